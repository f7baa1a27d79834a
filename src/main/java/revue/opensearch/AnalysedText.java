package revue.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import revue.analysis.RevueAnalyzers;

/**
 * Text as revue's own analysis reads it ({@link RevueAnalyzers}), written out for the cluster: the
 * tokens separated by spaces, and a {@link #GAP} token for each position a removed stopword left
 * empty. The cluster indexes and searches it with the {@code revue_tokens} analyzer (whitespace
 * tokenizer, then a stop filter that removes the gap tokens but keeps their positions), so that its
 * terms, positions and field lengths are the local index's: the tokenizer for social text, revue's
 * Arabic spelling folding and stopword list, which no built-in filter expresses, then hold on the
 * cluster too.
 *
 * <p>One thing does not carry over: a token stacked at its predecessor's position (the parts {@code
 * HandleHashtagSplitter} adds beside a whole handle or hashtag) takes the next position instead, so
 * a phrase across a hashtag's parts and such an article's field length differ slightly.
 */
final class AnalysedText {

  /** Marks a position left empty; removed by the cluster's analyzer, position kept. */
  static final String GAP = "\uE001";

  /** The cluster's analyzer for analysed text. */
  static final String ANALYZER = "revue_tokens";

  private AnalysedText() {}

  /**
   * The field holding a text field's analysed tokens ({@code title_ar} -> {@code title_ar_tokens}).
   */
  static String field(String textField) {
    return textField + "_tokens";
  }

  /**
   * The field holding a language's title and body tokens as one field, the title's written {@link
   * revue.search.ArticleSearcher#LONG_QUERY_TITLE_WEIGHT} times: long queries match on it, which
   * scores as the local index's BM25F over title and body (Lucene's {@code CombinedFieldQuery}; the
   * cluster has no {@code combined_fields} query): the same term frequencies and lengths, the title
   * counted as many times.
   */
  static String combinedField(String lang) {
    return "title_body_" + lang + "_tokens";
  }

  /** A language's combined tokens (see {@link #combinedField}); "" when both are empty. */
  static String combined(String titleTokens, String bodyTokens) {
    StringBuilder out = new StringBuilder();
    if (!titleTokens.isEmpty()) {
      for (int i = 0; i < revue.search.ArticleSearcher.LONG_QUERY_TITLE_WEIGHT; i++) {
        out.append(titleTokens).append(' ');
      }
    }
    return out.append(bodyTokens).toString().strip();
  }

  /** The language of a text field ({@code body_ar} -> {@code ar}). */
  static String lang(String textField) {
    return textField.substring(textField.indexOf('_') + 1);
  }

  /**
   * {@code text} analysed as the local index analyses the field's language; "" when no token is
   * left.
   */
  static String of(String lang, String text) {
    return analysed(lang, text).tokens();
  }

  /**
   * A text's tokens as {@link #of} writes them, and each token with the word the text writes where
   * it first came from (as {@link revue.search.RelatedArticles#surface}).
   */
  record Analysed(String tokens, Map<String, String> surfaces) {}

  /** {@code text} analysed once, for its tokens and their surfaces. */
  static Analysed analysed(String lang, String text) {
    Analyzer analyzer = RevueAnalyzers.forLanguage(lang);
    StringBuilder out = new StringBuilder();
    Map<String, String> surfaces = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // a leading gap is kept too: the first token's position is then the local one
        for (int i = 1; i < inc.getPositionIncrement(); i++) {
          out.append(GAP).append(' ');
        }
        String token = term.toString();
        out.append(token).append(' ');
        surfaces.putIfAbsent(token, revue.search.RelatedArticles.surface(text, offsets, token));
      }
      ts.end();
      return new Analysed(out.toString().strip(), surfaces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
