package revue.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicSpelling} to every token. When indexing, a token left empty (only tatweel or
 * invisible marks) is dropped, its position kept as a gap; when normalizing a single query term it
 * is kept, since normalization must return exactly one token. Not thread-safe.
 */
final class ArabicSpellingFilter extends FilteringTokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  private final boolean dropEmpty;

  ArabicSpellingFilter(TokenStream input) {
    this(input, true);
  }

  ArabicSpellingFilter(TokenStream input, boolean dropEmpty) {
    super(input);
    this.dropEmpty = dropEmpty;
  }

  @Override
  protected boolean accept() {
    int length = ArabicSpelling.normalize(termAtt.buffer(), termAtt.length());
    termAtt.setLength(length);
    return length > 0 || !dropEmpty;
  }
}
