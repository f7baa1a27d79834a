package revue.opensearch;

import static revue.opensearch.OpenSearchBackend.strings;
import static revue.opensearch.OpenSearchBackend.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.util.SmallFloat;
import revue.Related;
import revue.SearchRequest;
import revue.index.Fields;
import revue.search.RelatedArticles;

/**
 * The related articles of one article on the cluster, by the local rule ({@link RelatedArticles})
 * step by step, so that both backends relate the same articles:
 *
 * <ul>
 *   <li>its telling terms: the cluster's term vectors of the article's bodies as revue analyses
 *       them (the {@code body_LANG_tokens} fields, sent as an artificial document), chosen as
 *       locally (tf-idf over the articles that have the field, at most {@link
 *       RelatedArticles#QUERY_TERMS}, minimum document frequency 2, maximum {@link
 *       RelatedArticles#maxDocFreq} of the field's articles, the three languages' stopwords left
 *       out), then queried as MoreLikeThis queries them: one {@code term} query per term, boosted
 *       by its tf-idf over the best term's. OpenSearch's own {@code more_like_this} query would do
 *       the same but does not say which terms it chose, which the {@code why} lists; and it cannot
 *       read the tokens fields, which are not in {@code _source}.
 *   <li>its entities: the articles within {@link RelatedArticles#WINDOW_DAYS} days that share a
 *       minister or two countries, weighed by rarity as locally.
 * </ul>
 *
 * Which of the terms each related article holds comes back as named queries ({@code
 * matched_queries}). Thread-safe.
 */
final class ClusterRelated {

  private final Function<ObjectNode, JsonNode> search;
  private final Cluster cluster;
  private final QueryTranslator translator;

  ClusterRelated(Cluster cluster, Function<ObjectNode, JsonNode> search, QueryTranslator t) {
    this.cluster = cluster;
    this.search = search;
    this.translator = t;
  }

  /** A term of the article and its weight. */
  record Weighted(String field, String term, double weight) {}

  /** The cluster's BM25 parameters: OpenSearch's defaults, which are Lucene's. */
  private static final double BM25_K1 = 1.2;

  private static final double BM25_B = 0.75;

  /** One candidate: its id, its score, why, and its search hit (for display). */
  record Found(String id, float score, Related.Why why, JsonNode hit) {}

  /** The article's own fields, and the candidates in rank order, at most {@code limit}. */
  List<Found> find(String live, JsonNode self, int limit, Set<String> excluded) {
    JsonNode source = self.path("_source");
    String id = source.path(Fields.ID).asText();
    List<String> countries = strings(source.path(Fields.COUNTRY));
    List<String> ministers = strings(source.path(Fields.MINISTER));
    String date = text(source, Fields.DATE);
    String lang = text(source, Fields.LANG);
    long articles = count();
    Telling telling = terms(live, source, articles);
    List<Weighted> terms = telling.terms();

    int wanted = RelatedArticles.CANDIDATES + 1 + excluded.size();
    // id -> its share of the article's telling weight; the entity evidence is read from its why
    Map<String, Float> scores = new LinkedHashMap<>();
    if (!terms.isEmpty()) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.set("query", termQuery(terms, false));
      body.put("size", wanted);
      body.putArray("_source").add(Fields.ID);
      ArrayNode sort = body.putArray("sort");
      sort.add("_score");
      sort.addObject().putObject(Fields.ID).put("order", "asc");
      JsonNode hits = search.apply(body).path("hits").path("hits");
      // scaled by the article's own score against its terms, as locally
      float full = telling.full();
      for (JsonNode h : hits) {
        String other = h.path("_source").path(Fields.ID).asText();
        if (!other.equals(id) && !excluded.contains(other) && full > 0) {
          scores.put(other, Math.min(1f, (float) h.path("_score").asDouble() / full));
        }
      }
    }
    ObjectNode entityQuery = entityQuery(countries, ministers, date);
    if (entityQuery != null) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      if (!terms.isEmpty()) {
        // of the articles in the window that share them, those that also share words first
        ObjectNode both = Cluster.JSON.createObjectNode();
        ObjectNode bool = both.putObject("bool");
        bool.putArray("must").add(entityQuery);
        bool.putArray("should").add(termQuery(terms, false));
        entityQuery = both;
      }
      body.set("query", entityQuery);
      body.put("size", wanted);
      body.putArray("_source").add(Fields.ID);
      ArrayNode sort = body.putArray("sort");
      sort.add("_score");
      sort.addObject().putObject(Fields.ID).put("order", "asc");
      for (JsonNode h : search.apply(body).path("hits").path("hits")) {
        String other = h.path("_source").path(Fields.ID).asText();
        if (!other.equals(id) && !excluded.contains(other)) {
          // it shares the event (see sharesEvent below); below the term candidates, what it
          // shares in words counts for nothing, as locally
          scores.putIfAbsent(other, 0f);
        }
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    // the candidates themselves: their entities, dates, the terms they hold, snippets
    Map<String, JsonNode> byId = fetch(scores.keySet(), terms);
    Set<String> entities = new HashSet<>();
    ministers.forEach(m -> entities.add(Fields.MINISTER + ":" + m));
    countries.forEach(c -> entities.add(Fields.COUNTRY + ":" + c));
    for (JsonNode h : byId.values()) {
      strings(h.path("_source").path(Fields.MINISTER))
          .forEach(m -> entities.add(Fields.MINISTER + ":" + m));
      strings(h.path("_source").path(Fields.COUNTRY))
          .forEach(c -> entities.add(Fields.COUNTRY + ":" + c));
    }
    Map<String, Float> rarity = rarities(entities, articles);
    List<Found> found = new ArrayList<>();
    for (var e : scores.entrySet()) {
      JsonNode h = byId.get(e.getKey());
      if (h == null) {
        continue; // deleted meanwhile
      }
      JsonNode other = h.path("_source");
      Related.Why why = why(h, terms, telling.surfaces(), countries, ministers, date);
      float entityPart = 0;
      boolean sharedMinister = RelatedArticles.sharedMinister(why);
      if (RelatedArticles.sharesEvent(why)) {
        float smaller =
            Math.min(
                weight(ministers, countries, rarity),
                weight(
                    strings(other.path(Fields.MINISTER)),
                    strings(other.path(Fields.COUNTRY)),
                    rarity));
        float shared = 0;
        for (String x : why.sharedEntities()) {
          shared += rarity.getOrDefault(x, 0f);
        }
        entityPart = RelatedArticles.entityPart(shared, smaller, sharedMinister, why.daysApart());
      }
      float score =
          RelatedArticles.score(
              e.getValue(),
              entityPart,
              sharedMinister,
              !Objects.equals(lang, text(other, Fields.LANG)));
      boolean sharesRareWord = false;
      for (JsonNode q : h.path("matched_queries")) {
        sharesRareWord |= telling.rare().contains(q.asText());
      }
      if (RelatedArticles.listed(score, sharedMinister, sharesRareWord)) {
        found.add(new Found(e.getKey(), score, why, h));
      }
    }
    found.sort(
        (a, b) ->
            a.score() != b.score()
                ? Float.compare(b.score(), a.score())
                : a.id().compareTo(b.id()));
    // one story, one related article, as locally: the story key is its leader's id
    List<Found> kept = new ArrayList<>();
    Set<String> stories = new HashSet<>();
    for (Found f : found) {
      if (kept.size() == limit) {
        break;
      }
      if (stories.add(f.hit().path("_source").path(Fields.STORY).asText(f.id()))) {
        kept.add(f);
      }
    }
    return kept;
  }

  /** The articles with these ids, with snippets marking the terms, by id. */
  Map<String, JsonNode> fetch(Set<String> ids, List<Weighted> terms) {
    Map<String, JsonNode> byId = new HashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    ObjectNode highlight = Cluster.JSON.createObjectNode();
    ArrayNode hs = highlight.putObject("bool").putArray("should");
    Map<String, Set<String>> perField = new LinkedHashMap<>();
    for (Weighted t : terms) {
      perField.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(t.term());
    }
    perField.forEach(
        (tokensField, words) -> {
          String textField = tokensField.substring(0, tokensField.length() - "_tokens".length());
          ArrayNode values = hs.addObject().putObject("terms").putArray(textField);
          words.forEach(values::add);
        });
    ObjectNode query = Cluster.JSON.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    if (!terms.isEmpty()) {
      bool.putArray("should").add(termQuery(terms, true));
    }
    ArrayNode idTerms = bool.putArray("filter").addObject().putObject("terms").putArray(Fields.ID);
    ids.forEach(idTerms::add);
    QueryTranslator.Translated t =
        new QueryTranslator.Translated(
            query,
            highlight,
            Map.of(),
            Set.of(),
            List.of(),
            false,
            false,
            false,
            revue.search.QueryLinks.withoutLinks(""),
            List.of());
    ObjectNode body =
        translator.searchBody(
            SearchRequest.of("").withFacetLimit(0).withLimit(ids.size()), t, ids.size(), 0);
    for (JsonNode h : search.apply(body).path("hits").path("hits")) {
      byId.put(h.path("_source").path(Fields.ID).asText(), h);
    }
    return byId;
  }

  /**
   * The article's telling terms, heaviest first, weighed as locally; the title read with the body
   * when the body gives fewer than {@link RelatedArticles#QUERY_TERMS}, as locally.
   */
  private Telling terms(String live, JsonNode source, long articles) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String lang : Fields.TEXT_LANGS) {
      String text = text(source, Fields.bodyField(lang));
      if (text != null) {
        texts.put(lang, text);
      }
    }
    Vectors vectors = candidateTerms(live, texts, articles);
    String title = text(source, Fields.TITLE);
    if (vectors.candidates().size() < RelatedArticles.QUERY_TERMS
        && title != null
        && !title.isBlank()) {
      String lang = Fields.textLang(Objects.requireNonNullElse(text(source, Fields.LANG), "xx"));
      texts.merge(lang, title, (body, t) -> body + "\n" + t);
      vectors = candidateTerms(live, texts, articles);
    }
    List<Weighted> terms = best(vectors.candidates(), title);
    Set<String> rare = new HashSet<>();
    for (Weighted t : terms) {
      String key = t.field() + "\u0000" + t.term();
      long[] stats = vectors.termStats().get(key);
      long[] field = vectors.fieldStats().get(t.field());
      if (stats != null && field != null && stats[1] <= RelatedArticles.rareDocFreq(field[0])) {
        rare.add(key);
      }
    }
    return new Telling(terms, selfScore(terms, vectors), rare, vectors.surfaces());
  }

  /**
   * The article's telling terms, its own score against them, and those of them that are specific
   * ({@link RelatedArticles#rareDocFreq}), as {@code field\u0000term}.
   */
  private record Telling(
      List<Weighted> terms, float full, Set<String> rare, Map<String, String> surfaces) {}

  /**
   * Every term of some texts that may be telling, with its tf-idf, and what the article's own score
   * against them needs: each term's frequency and document frequency, each field's statistics and
   * the texts' lengths (all by field name).
   */
  private record Vectors(
      List<Weighted> candidates,
      Map<String, long[]> termStats,
      Map<String, long[]> fieldStats,
      Map<String, Integer> lengths,
      Map<String, String> surfaces) {}

  /** Every term of these texts (language -> text) that may be telling, with its tf-idf. */
  private Vectors candidateTerms(String live, Map<String, String> texts, long articles) {
    Map<String, long[]> termStats = new HashMap<>();
    Map<String, long[]> fieldStats = new HashMap<>();
    Map<String, Integer> lengths = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    ObjectNode body = Cluster.JSON.createObjectNode();
    ObjectNode doc = body.putObject("doc");
    ArrayNode fields = body.putArray("fields");
    for (var e : texts.entrySet()) {
      String lang = e.getKey();
      String field = Fields.bodyField(lang);
      StringBuilder kept = new StringBuilder();
      int length = 0;
      AnalysedText.Analysed analysed = AnalysedText.analysed(lang, e.getValue());
      for (String token : analysed.tokens().split(" ")) {
        if (!token.isEmpty() && !token.equals(AnalysedText.GAP)) {
          length++; // the field's length as the cluster indexes it
        }
        // the analyzers keep no stopword, but a word of another language's list relates nothing
        if (!token.isEmpty()
            && !token.equals(AnalysedText.GAP)
            && token.length() >= RelatedArticles.MIN_WORD_LEN
            && !RelatedArticles.STOP_WORDS.contains(token)) {
          kept.append(token).append(' ');
        }
      }
      lengths.put(AnalysedText.field(field), length);
      analysed
          .surfaces()
          .forEach(
              (token, word) -> surfaces.put(AnalysedText.field(field) + "\u0000" + token, word));
      if (!kept.isEmpty()) {
        doc.put(AnalysedText.field(field), kept.toString());
        fields.add(AnalysedText.field(field));
      }
    }
    if (fields.isEmpty()) {
      return new Vectors(List.of(), termStats, fieldStats, lengths, surfaces);
    }
    body.put("positions", false).put("offsets", false).put("payloads", false);
    body.put("term_statistics", true).put("field_statistics", true);
    JsonNode vectors =
        cluster
            .require("POST", "/" + live + "/_termvectors", body, "term vectors in " + live)
            .path("term_vectors");
    // scored as RelatedArticles.telling scores them: tf times ClassicSimilarity's idf over the
    // articles that have the field, none in more than a tenth of those
    List<Weighted> terms = new ArrayList<>();
    vectors
        .fields()
        .forEachRemaining(
            f -> {
              JsonNode stats = f.getValue().path("field_statistics");
              long docs = stats.path("doc_count").asLong(articles);
              fieldStats.put(f.getKey(), new long[] {docs, stats.path("sum_ttf").asLong(0)});
              long maxDocFreq = RelatedArticles.maxDocFreq(docs);
              f.getValue()
                  .path("terms")
                  .fields()
                  .forEachRemaining(
                      t -> {
                        long df = t.getValue().path("doc_freq").asLong(0);
                        int tf = t.getValue().path("term_freq").asInt(0);
                        termStats.put(f.getKey() + "\u0000" + t.getKey(), new long[] {tf, df});
                        if (df >= 2 && df <= maxDocFreq && tf >= 1) {
                          terms.add(
                              new Weighted(
                                  f.getKey(), t.getKey(), tf * RelatedArticles.idf(df, docs)));
                        }
                      });
            });
    return new Vectors(terms, termStats, fieldStats, lengths, surfaces);
  }

  /**
   * The score that a document of the texts the terms came from would get against them on the
   * cluster: BM25 (k1 1.2, b 0.75, the cluster's and Lucene's default) over the field's statistics,
   * the length encoded as the index encodes it; the article's own score also when its terms came
   * from its body and its title, which the indexed body does not hold (as {@link RelatedArticles}).
   */
  static float selfScore(List<Weighted> terms, Vectors vectors) {
    double score = 0;
    for (Weighted t : terms) {
      long[] term = vectors.termStats().get(t.field() + "\u0000" + t.term());
      long[] field = vectors.fieldStats().get(t.field());
      if (term == null || field == null || term[0] == 0 || term[1] == 0 || field[0] == 0) {
        continue;
      }
      double idf = Math.log(1 + (field[0] - term[1] + 0.5) / (term[1] + 0.5));
      double avgLength = field[1] > 0 ? field[1] / (double) field[0] : 1;
      int length =
          SmallFloat.byte4ToInt(
              SmallFloat.intToByte4(vectors.lengths().getOrDefault(t.field(), 0)));
      double normInverse = 1 / (BM25_K1 * ((1 - BM25_B) + BM25_B * length / avgLength));
      double weight = t.weight() * idf;
      score += weight - weight / (1 + term[0] * normInverse);
    }
    return (float) score;
  }

  /** The best {@link RelatedArticles#QUERY_TERMS}, boosted as locally, heaviest first. */
  private static List<Weighted> best(List<Weighted> candidates, String title) {
    List<Weighted> terms = new ArrayList<>(candidates);
    // the best QUERY_TERMS over all fields, ties in field and term order, as locally
    terms.sort(
        (a, b) ->
            a.weight() != b.weight()
                ? Double.compare(b.weight(), a.weight())
                : a.field().equals(b.field())
                    ? a.term().compareTo(b.term())
                    : a.field().compareTo(b.field()));
    List<Weighted> top = terms.subList(0, Math.min(RelatedArticles.QUERY_TERMS, terms.size()));
    if (top.isEmpty() || top.get(0).weight() <= 0) {
      return List.of();
    }
    double best = top.get(0).weight();
    // the title's terms weighed as locally (RelatedArticles.TITLE_BOOST)
    Set<String> inTitle = new HashSet<>();
    if (title != null) {
      for (String lang : Fields.TEXT_LANGS) {
        String field = AnalysedText.field(Fields.bodyField(lang));
        for (String token : AnalysedText.of(lang, title).split(" ")) {
          inTitle.add(field + "\u0000" + token);
        }
      }
    }
    List<Weighted> boosted = new ArrayList<>();
    for (Weighted w : top) {
      double boost =
          inTitle.contains(w.field() + "\u0000" + w.term()) ? RelatedArticles.TITLE_BOOST : 1;
      boosted.add(new Weighted(w.field(), w.term(), w.weight() / best * boost));
    }
    boosted.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    return boosted;
  }

  /** One {@code term} query per term, boosted; named by the term when {@code named}. */
  private static ObjectNode termQuery(List<Weighted> terms, boolean named) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ArrayNode should = q.putObject("bool").putArray("should");
    for (Weighted t : terms) {
      ObjectNode term = should.addObject().putObject("term").putObject(t.field());
      term.put("value", t.term()).put("boost", (float) t.weight());
      if (named) {
        term.put("_name", t.field() + "\u0000" + t.term());
      }
    }
    return q;
  }

  /** As {@link RelatedArticles#entityQuery}: a minister or two countries shared, in the window. */
  static ObjectNode entityQuery(List<String> countries, List<String> ministers, String date) {
    if (date == null || (ministers.isEmpty() && countries.size() < 2)) {
      return null;
    }
    LocalDate day = LocalDate.parse(date);
    ObjectNode q = Cluster.JSON.createObjectNode();
    ObjectNode bool = q.putObject("bool");
    ObjectNode shared = bool.putArray("must").addObject().putObject("bool");
    ArrayNode should = shared.putArray("should");
    for (String m : ministers) {
      should.add(constant(Fields.MINISTER, m, RelatedArticles.MINISTER_WEIGHT));
    }
    if (countries.size() >= 2) {
      ObjectNode two = should.addObject().putObject("bool");
      two.put("minimum_should_match", 2);
      ArrayNode cs = two.putArray("should");
      for (String c : countries) {
        cs.add(constant(Fields.COUNTRY, c, RelatedArticles.COUNTRY_WEIGHT));
      }
    }
    shared.put("minimum_should_match", 1);
    bool.putArray("filter")
        .addObject()
        .putObject("range")
        .putObject(Fields.DATE)
        .put("gte", day.minusDays(RelatedArticles.WINDOW_DAYS).toString())
        .put("lte", day.plusDays(RelatedArticles.WINDOW_DAYS).toString());
    return q;
  }

  private static ObjectNode constant(String field, String value, float weight) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ObjectNode cs = q.putObject("constant_score");
    cs.set("filter", QueryTranslator.term(field, value));
    cs.put("boost", weight);
    return q;
  }

  private long count() {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0).put("track_total_hits", true);
    return search.apply(body).path("hits").path("total").path("value").asLong();
  }

  /** Each entity's weight ({@code country:MA}), from its document frequency. */
  private Map<String, Float> rarities(Set<String> entities, long articles) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    for (String field : List.of(Fields.COUNTRY, Fields.MINISTER)) {
      ArrayNode include =
          aggs.putObject(field)
              .putObject("terms")
              .put("field", field)
              .put("size", Math.max(1, entities.size()))
              .putArray("include");
      entities.stream()
          .filter(e -> e.startsWith(field + ":"))
          .forEach(e -> include.add(e.substring(field.length() + 1)));
    }
    JsonNode reply = search.apply(body).path("aggregations");
    Map<String, Long> df = new HashMap<>();
    for (String field : List.of(Fields.COUNTRY, Fields.MINISTER)) {
      for (JsonNode b : reply.path(field).path("buckets")) {
        df.put(field + ":" + b.path("key").asText(), b.path("doc_count").asLong());
      }
    }
    Map<String, Float> out = new HashMap<>();
    for (String e : entities) {
      out.put(
          e,
          RelatedArticles.rarity(
              e.startsWith(Fields.MINISTER + ":"), df.getOrDefault(e, 0L), articles));
    }
    return out;
  }

  private static float weight(
      List<String> ministers, List<String> countries, Map<String, Float> rarity) {
    float w = 0;
    for (String m : ministers) {
      w += rarity.getOrDefault(Fields.MINISTER + ":" + m, 0f);
    }
    for (String c : countries) {
      w += rarity.getOrDefault(Fields.COUNTRY + ":" + c, 0f);
    }
    return w;
  }

  private static Related.Why why(
      JsonNode hit,
      List<Weighted> terms,
      Map<String, String> surfaces,
      List<String> countries,
      List<String> ministers,
      String date) {
    Set<String> matched = new HashSet<>();
    hit.path("matched_queries").forEach(n -> matched.add(n.asText()));
    Set<String> stems = new HashSet<>();
    Set<String> sharedTerms = new LinkedHashSet<>();
    for (Weighted t : terms) {
      if (sharedTerms.size() == RelatedArticles.WHY_TERMS) {
        break;
      }
      String key = t.field() + "\u0000" + t.term();
      if (matched.contains(key) && stems.add(t.term())) {
        sharedTerms.add(surfaces.getOrDefault(key, t.term()));
      }
    }
    JsonNode other = hit.path("_source");
    return RelatedArticles.why(
        sharedTerms,
        ministers,
        countries,
        strings(other.path(Fields.MINISTER)),
        strings(other.path(Fields.COUNTRY)),
        date,
        text(other, Fields.DATE));
  }
}
