package revue.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.StemmerUtil;

/**
 * Folds every decimal digit (general category Nd) to 0-9 exactly as {@link DecimalDigitFilter}
 * does, but passes the chars below U+0660, the first decimal digit after ASCII, without asking the
 * JDK's character tables: Lucene's filter asks for every char of Arabic text.
 *
 * <p>Not thread-safe, like every token filter.
 */
final class DigitFoldingFilter extends TokenFilter {

  /** The first char past ASCII that {@link Character#isDigit(char)} accepts (ARABIC-INDIC ZERO). */
  static final char FIRST_NON_ASCII_DIGIT = '\u0660';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DigitFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (buffer[i] < FIRST_NON_ASCII_DIGIT) {
        continue;
      }
      int ch = Character.codePointAt(buffer, i, length);
      if (Character.isDigit(ch)) {
        buffer[i] = (char) ('0' + Character.getNumericValue(ch));
        if (ch > 0xFFFF) {
          // a supplementary digit was two chars: the low surrogate goes
          length = StemmerUtil.delete(buffer, i + 1, length);
          term.setLength(length);
        }
      }
    }
    return true;
  }
}
