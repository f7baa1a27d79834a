package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** AccentFoldingFilter must fold exactly as Lucene's ASCIIFoldingFilter, only faster. */
class AccentFoldingFilterTest {

  private static final String TEXT =
      "sécurité Guinée-Bissau ÉTÉ cœur Œdipe straße ǆ Ｆｕｌｌ ① ﬁn Ærø "
          + "بوريطة النيجر وزير 2022 ٢٠٢٢ ۱۲ "
          + "Bourita-بوريطة café٢ Đakovo İstanbul ﺍﻟﻨﻴﺠﺮ ıi plain ascii";

  @Test
  void foldsEveryTokenAsAsciiFoldingFilterDoes() throws IOException {
    List<String> expected = tokens(new ASCIIFoldingFilter(whitespace(TEXT)));
    assertEquals(expected, tokens(new AccentFoldingFilter(whitespace(TEXT))));
    // and the fold is not a no-op on this text
    assertEquals("securite", expected.get(0));
    assertEquals("coeur", expected.get(3));
    assertEquals("بوريطة", expected.get(11));
  }

  private static Tokenizer whitespace(String text) {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new StringReader(text));
    return t;
  }

  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    ts.close();
    return out;
  }
}
