package revue.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds accents and other Latin variants to ASCII exactly as {@link ASCIIFoldingFilter} does, but
 * leaves tokens of ASCII and basic Arabic letters alone without looking each character up: the fold
 * table has no Arabic entry, and Lucene's filter would walk it for every Arabic character (a
 * visible share of the indexing time of an Arabic corpus; docs/benchmarks.md, "Profiles behind
 * smaller choices").
 *
 * <p>Not thread-safe, like every token filter.
 */
final class AccentFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[64];

  AccentFoldingFilter(TokenStream input) {
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
      char c = buffer[i];
      if (c >= '\u0080' && (c < '\u0600' || c > '\u06FF')) {
        fold(buffer, length);
        break;
      }
    }
    return true;
  }

  private void fold(char[] buffer, int length) {
    // one character folds to at most four ("ǆ" is one of the widest)
    int maxSize = 4 * length;
    if (output.length < maxSize) {
      output = new char[ArrayUtil.oversize(maxSize, Character.BYTES)];
    }
    int folded = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
    term.copyBuffer(output, 0, folded);
  }
}
