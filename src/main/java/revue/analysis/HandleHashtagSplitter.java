package revue.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the parts of a handle or hashtag next to the whole: {@code MarocDiplomatie} also gives
 * {@code Maroc} and {@code Diplomatie}, {@code SkyNewsArabia_B} gives {@code Sky News Arabia B},
 * {@code #يوم_الأرض} gives its two words; other tokens pass through untouched.
 *
 * <p>The whole spans its parts; the graph is flattened token by token, inside the condition, so
 * that the plain words (nearly all of them) skip the flattening's buffering. Not thread-safe.
 */
final class HandleHashtagSplitter extends ConditionalTokenFilter {

  private static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
          | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
          | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  HandleHashtagSplitter(TokenStream input) {
    super(input, in -> new FlattenGraphFilter(new WordDelimiterGraphFilter(in, FLAGS, null)));
  }

  @Override
  protected boolean shouldFilter() {
    String type = typeAtt.type();
    return SocialTextTokenizer.HANDLE.equals(type) || SocialTextTokenizer.HASHTAG.equals(type);
  }
}
