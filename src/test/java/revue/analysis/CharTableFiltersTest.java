package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The filters that answer common chars from tables must give exactly what the Lucene filters they
 * replace give: every char of the Basic Multilingual Plane alone, then words mixing scripts and
 * supplementary chars.
 */
class CharTableFiltersTest {

  private static final List<String> WORDS =
      List.of(
          "ΣΟΦΊΑ", "ĞÜNEŞ", "ǅ", "İZMİR", "ȺȾ", "٣٤", "۵", "߁߂", "١٢abc", "𝟘𝟙", "𐐀𐐁", "ABC𝟗",
          "Straße", "ÉTÉ", "МОСКВА", "بوريطة", "x\uD800", "\uDC00y", "ＦＵＬＬ１２");

  @Test
  void caseLoweringLowerCasesEveryCharAsLowerCaseFilter() throws IOException {
    List<String> input = everyCharThen(WORDS);
    assertEquals(run(input, LowerCaseFilter::new), run(input, CaseLoweringFilter::new));
  }

  @Test
  void caseLoweringExamples() throws IOException {
    assertEquals(
        List.of("σοφία", "ğüneş", "ǆ", "izmir", "ⱥⱦ", "𐐨𐐩", "abc𝟗"),
        run(
            List.of("ΣΟΦΊΑ", "ĞÜNEŞ", "ǅ", "İZMİR", "ȺȾ", "𐐀𐐁", "ABC𝟗"),
            CaseLoweringFilter::new));
  }

  @Test
  void digitFoldingFoldsEveryCharAsDecimalDigitFilter() throws IOException {
    List<String> input = everyCharThen(WORDS);
    assertEquals(run(input, DecimalDigitFilter::new), run(input, DigitFoldingFilter::new));
  }

  @Test
  void digitFoldingExamples() throws IOException {
    assertEquals(
        List.of("34", "5", "12", "12abc", "01", "ABC9", "ＦＵＬＬ12"),
        run(List.of("٣٤", "۵", "߁߂", "١٢abc", "𝟘𝟙", "ABC𝟗", "ＦＵＬＬ１２"), DigitFoldingFilter::new));
  }

  @Test
  void noDecimalDigitBetweenAsciiAndArabicIndicZero() {
    for (char c = 0x80; c < DigitFoldingFilter.FIRST_NON_ASCII_DIGIT; c++) {
      assertEquals(false, Character.isDigit(c), "U+" + Integer.toHexString(c));
    }
    assertEquals(true, Character.isDigit(DigitFoldingFilter.FIRST_NON_ASCII_DIGIT));
  }

  private static List<String> everyCharThen(List<String> words) {
    List<String> input = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      input.add(String.valueOf((char) c));
    }
    input.addAll(words);
    return input;
  }

  private static List<String> run(List<String> terms, Function<TokenStream, TokenStream> filter)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = filter.apply(new Terms(terms))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** A token stream of given terms, one per token. */
  private static final class Terms extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int next;

    Terms(List<String> terms) {
      this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
      if (next == terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next++));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
