package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import revue.index.Fields;
import revue.search.Suggestions;

/**
 * The cluster's terms as "did you mean" reads them ({@link Suggestions.Vocabulary}): the {@code
 * _tokens} fields hold revue's own analysis of every title and body, so their terms are the local
 * index's. Terms near a typed one come from the cluster's term suggester (Lucene's {@code
 * DirectSpellChecker} on each shard, the document frequencies summed), the articles holding a term
 * from filter aggregations, and the word articles write for a term from the article that the term
 * query ranks first, analysed again here as locally.
 */
final class ClusterVocabulary implements Suggestions.Vocabulary {

  /** Near terms asked of the suggester per language: more than the few any typo has. */
  private static final int NEAR_TERMS = 50;

  private final Function<ObjectNode, JsonNode> search;

  ClusterVocabulary(Function<ObjectNode, JsonNode> search) {
    this.search = search;
  }

  @Override
  public long docFreq(String lang, String term) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0).put("track_total_hits", false);
    ObjectNode aggs = body.putObject("aggs");
    String[] fields = {Fields.bodyField(lang), Fields.titleField(lang)};
    for (int i = 0; i < fields.length; i++) {
      aggs.putObject("f" + i)
          .putObject("filter")
          .putObject("term")
          .put(AnalysedText.field(fields[i]), term);
    }
    JsonNode reply = search.apply(body).path("aggregations");
    return reply.path("f0").path("doc_count").asLong()
        + reply.path("f1").path("doc_count").asLong();
  }

  @Override
  public List<Suggestions.Near> near(String lang, String term, int edits) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0).put("track_total_hits", false);
    ObjectNode suggester =
        body.putObject("suggest").putObject("near").put("text", term).putObject("term");
    suggester
        .put("field", AnalysedText.field(Fields.bodyField(lang)))
        .put("suggest_mode", "always")
        .put("max_edits", edits)
        .put("prefix_length", 1)
        .put("min_word_length", 1)
        .put("size", NEAR_TERMS)
        // a typed word in any number of articles gets its near terms (the default leaves out
        // words in more than 1% of the articles); revue decides what is a typo
        .put("max_term_freq", Integer.MAX_VALUE);
    List<Suggestions.Near> near = new ArrayList<>();
    for (JsonNode entry : search.apply(body).path("suggest").path("near")) {
      for (JsonNode option : entry.path("options")) {
        near.add(new Suggestions.Near(option.path("text").asText(), option.path("freq").asInt()));
      }
    }
    return near;
  }

  @Override
  public String surface(String lang, String term) {
    String field = Fields.bodyField(lang);
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 1).put("track_total_hits", false);
    body.putObject("query").putObject("term").put(AnalysedText.field(field), term);
    body.putArray("_source").add(field);
    for (JsonNode hit : search.apply(body).path("hits").path("hits")) {
      JsonNode text = hit.path("_source").path(field);
      if (text.isTextual()) {
        return Suggestions.commonestWordReadAs(field, text.asText(), term);
      }
    }
    return term;
  }
}
