package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import revue.entity.EntityExtractor;
import revue.index.Fields;

/**
 * Whether a query word that the gazetteers resolve to a country or minister stands for it in the
 * cluster's index, judged as the local searcher judges it (revue.search.EntityLookups): by how many
 * articles hold the word in its most frequent text field against how many are tagged with the
 * entity. A word held in more than five times as many articles as the tag is mostly another word; a
 * misspelt minister's name stands only when the tag is ten times as frequent.
 *
 * <p>Thread-safe. One count request per word and entity, remembered (up to 10,000, then emptied);
 * the judgement may lag a rebuild that changes the counts much.
 */
final class EntityStanding implements QueryTranslator.Standing {

  private static final int MAX_WORD_PER_TAG = 5;
  private static final int MIN_TAG_PER_MISSPELLING = 10;
  private static final int MAX_ENTRIES = 10_000;

  private final Function<ObjectNode, JsonNode> search;
  private final Supplier<EntityExtractor> entities;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  EntityStanding(Function<ObjectNode, JsonNode> search, Supplier<EntityExtractor> entities) {
    this.search = search;
    this.entities = entities;
  }

  private static int terms(String word) {
    int most = 0;
    for (String lang : java.util.List.of("fr", "ar", "en")) {
      int n = 0;
      try (org.apache.lucene.analysis.TokenStream ts =
          revue.analysis.RevueAnalyzers.forLanguage(lang).tokenStream("f", word)) {
        ts.reset();
        while (ts.incrementToken()) {
          n++;
        }
        ts.end();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      most = Math.max(most, n);
    }
    return most;
  }

  @Override
  public boolean standsFor(String dimension, String value, String word) {
    String key = dimension + ':' + value + '|' + word;
    Boolean stands = known.get(key);
    if (stands == null) {
      stands = judge(dimension, value, word);
      if (known.size() >= MAX_ENTRIES) {
        known.clear();
      }
      known.put(key, stands);
    }
    return stands;
  }

  @Override
  public boolean familyStandsFor(java.util.List<String> tags, String word) {
    String key = "family:" + tags + '|' + word;
    Boolean stands = known.get(key);
    if (stands == null) {
      // as locally: the word in the Latin-script fields (a family name alone is a Latin word), a
      // stop word there naming nobody
      int tokens = 0;
      boolean stopWord = false;
      for (String lang : Fields.TEXT_LANGS) {
        if (!lang.equals("ar")) {
          String analysed = AnalysedText.of(lang, word).replace(AnalysedText.GAP, " ").strip();
          stopWord |= analysed.isEmpty();
          tokens = Math.max(tokens, analysed.isEmpty() ? 0 : analysed.split(" +").length);
        }
      }
      if (stopWord) {
        stands = false; // a stop word in a language of its script ("Avec") names nobody
      } else if (tokens > 1) {
        stands = true; // as locally, where only a word that analyses to one term is counted
      } else {
        ObjectNode filter = Cluster.JSON.createObjectNode();
        tags.forEach(filter.putObject("terms").putArray(Fields.MINISTER)::add);
        long[] counts = counts(word, filter, true);
        stands = counts[0] <= counts[1] * MAX_WORD_PER_TAG;
      }
      if (known.size() >= MAX_ENTRIES) {
        known.clear();
      }
      known.put(key, stands);
    }
    return stands;
  }

  /**
   * The most articles holding the word in one text field (a Latin-script one when told), and the
   * articles the filter keeps.
   */
  private long[] counts(String word, ObjectNode tagFilter, boolean latinOnly) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    for (String lang : Fields.TEXT_LANGS) {
      for (String field : new String[] {Fields.titleField(lang), Fields.bodyField(lang)}) {
        String tokens = AnalysedText.of(AnalysedText.lang(field), word);
        ObjectNode filter = aggs.putObject(field).putObject("filter");
        if (tokens.isEmpty()) {
          filter.putObject("match_none");
        } else {
          filter
              .putObject("match")
              .putObject(AnalysedText.field(field))
              .put("query", tokens)
              .put("operator", "and");
        }
      }
    }
    aggs.putObject("tag").set("filter", tagFilter);
    JsonNode reply = search.apply(body).path("aggregations");
    long wordArticles = 0;
    for (String lang : Fields.TEXT_LANGS) {
      if (latinOnly && lang.equals("ar")) {
        continue;
      }
      for (String field : new String[] {Fields.titleField(lang), Fields.bodyField(lang)}) {
        wordArticles = Math.max(wordArticles, reply.path(field).path("doc_count").asLong());
      }
    }
    return new long[] {wordArticles, reply.path("tag").path("doc_count").asLong()};
  }

  private boolean judge(String dimension, String value, String word) {
    if (terms(word) > 1) {
      return true; // as locally, where only a word that analyses to one term is counted
    }
    long[] counts = counts(word, QueryTranslator.term(dimension, value), false);
    long wordArticles = counts[0];
    long tagged = counts[1];
    boolean misspelt =
        dimension.equals(Fields.MINISTER) && entities.get().ministerForQueryExactly(word).isEmpty();
    return misspelt
        ? wordArticles * MIN_TAG_PER_MISSPELLING <= tagged
        : wordArticles <= tagged * MAX_WORD_PER_TAG;
  }
}
