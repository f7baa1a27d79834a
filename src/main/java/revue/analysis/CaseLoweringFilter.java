package revue.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases tokens exactly as {@link LowerCaseFilter} does ({@link Character#toLowerCase(int)}
 * per code point), but answers nearly all the chars below U+0800 (Latin, Greek, Cyrillic, Arabic:
 * nearly every char of the corpora) from a table made once, instead of decoding a code point and
 * asking the JDK's two-level character tables for each.
 *
 * <p>Not thread-safe, like every token filter.
 */
final class CaseLoweringFilter extends TokenFilter {

  /**
   * {@code Character.toLowerCase(c)} for the chars below U+0800, or {@link #ASK} for the few whose
   * lower case lies beyond (Ⱥ is ⱥ, U+2C65).
   */
  private static final char[] LOWER = new char[0x800];

  private static final char ASK = '\uFFFF';

  static {
    for (char c = 0; c < LOWER.length; c++) {
      int lower = Character.toLowerCase((int) c);
      LOWER[c] = lower < LOWER.length ? (char) lower : ASK;
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CaseLoweringFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; ) {
      char c = buffer[i];
      char lower = c < LOWER.length ? LOWER[c] : ASK;
      if (lower != ASK) {
        buffer[i++] = lower;
      } else {
        // as LowerCaseFilter: a code point's lower case has as many chars as the code point
        i +=
            Character.toChars(
                Character.toLowerCase(Character.codePointAt(buffer, i, length)), buffer, i);
      }
    }
    return true;
  }
}
