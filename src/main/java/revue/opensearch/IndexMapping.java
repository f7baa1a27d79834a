package revue.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import revue.analysis.Segment;
import revue.enrich.EnrichedArticle;
import revue.index.ArticleDocuments;
import revue.index.Fields;
import revue.ingest.Article;

/**
 * The settings and mapping of a revue index on OpenSearch, and an enriched article as the JSON
 * document it indexes. The fields mirror the local index's ({@link Fields}): per-language text
 * fields analysed by OpenSearch's built-in filters in revue's order, keyword fields for the facets
 * and filters, the entity mention counts as term frequencies (see {@link #feature}), and the stored
 * source for display. What the built-in filters cannot express of revue's analysis is listed in
 * docs/opensearch.md.
 */
final class IndexMapping {

  private IndexMapping() {}

  /** The month and day facets, keywords so that terms aggregations count them exactly. */
  static final String MONTH = Fields.FACET_MONTH;

  static final String DAY = Fields.FACET_DAY;

  /** The similarity of the mentions fields: BM25 with k1 = 1.2 and no length normalisation. */
  static final String MENTIONS_SIMILARITY = "revue_mentions";

  /** The settings and mappings of a new generation's index. */
  static ObjectNode create(int shards, int replicas) {
    ObjectNode root = Cluster.JSON.createObjectNode();
    ObjectNode settings = root.putObject("settings");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.put("refresh_interval", "1s");
    // BM25 without length normalisation (b = 0) for the mentions fields: without norms Lucene
    // still divides by the average field length (a document's length taken as 1), which made an
    // entity's mention weigh more on the cluster than locally (tf / (tf + 0.9) instead of
    // tf / (tf + 1.2) on a six-article index)
    settings
        .putObject("similarity")
        .putObject(MENTIONS_SIMILARITY)
        .put("type", "BM25")
        .put("k1", 1.2)
        .put("b", 0);
    ObjectNode analysis = settings.putObject("analysis");
    ObjectNode filter = analysis.putObject("filter");
    filter
        .putObject("revue_fr_elision")
        .put("type", "elision")
        .put("articles_case", true)
        .putArray("articles")
        .add("l")
        .add("m")
        .add("t")
        .add("qu")
        .add("n")
        .add("s")
        .add("j")
        .add("d")
        .add("c")
        .add("jusqu")
        .add("quoiqu")
        .add("lorsqu")
        .add("puisqu");
    filter.putObject("revue_fr_stop").put("type", "stop").put("stopwords", "_french_");
    filter.putObject("revue_fr_stem").put("type", "stemmer").put("language", "light_french");
    filter.putObject("revue_ar_stop").put("type", "stop").put("stopwords", "_arabic_");
    filter.putObject("revue_ar_stem").put("type", "stemmer").put("language", "arabic");
    filter
        .putObject("revue_en_possessive")
        .put("type", "stemmer")
        .put("language", "possessive_english");
    filter.putObject("revue_en_stop").put("type", "stop").put("stopwords", "_english_");
    filter.putObject("revue_en_stem").put("type", "stemmer").put("language", "english");
    ObjectNode analyzer = analysis.putObject("analyzer");
    // each recipe as revue.analysis.RevueAnalyzers has it, step for step where a built-in exists
    analyzer(
        analyzer,
        "revue_fr",
        "revue_fr_elision",
        "lowercase",
        "revue_fr_stop",
        "asciifolding",
        "revue_fr_stem");
    // stopwords before spelling folding, as locally: folded, "على" (on) would become "علي" (Ali)
    analyzer(
        analyzer,
        "revue_ar",
        "lowercase",
        "revue_ar_stop",
        "arabic_normalization",
        "decimal_digit",
        "asciifolding",
        "revue_ar_stem");
    analyzer(
        analyzer,
        "revue_en",
        "revue_en_possessive",
        "lowercase",
        "revue_en_stop",
        "asciifolding",
        "revue_en_stem");
    analyzer(
        analyzer, "revue_xx", "lowercase", "arabic_normalization", "decimal_digit", "asciifolding");
    // text revue analysed itself (AnalysedText): split on spaces, the gap marks dropped with
    // their positions kept; searches match and rank on these fields, the ones above give snippets
    filter.putObject("revue_gap").put("type", "stop").putArray("stopwords").add(AnalysedText.GAP);
    ObjectNode tokens = analyzer.putObject(AnalysedText.ANALYZER);
    tokens.put("type", "custom").put("tokenizer", "whitespace");
    tokens.putArray("filter").add("revue_gap");

    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    // the analysed tokens stay in _source, though only searches read them: the regrouping of
    // stories updates documents in place, which OpenSearch does by rewriting them from _source
    ObjectNode props = mappings.putObject("properties");
    for (String keyword :
        new String[] {
          Fields.ID,
          Fields.COLLECTION,
          Fields.LANG,
          Fields.SOURCE,
          Fields.COUNTRY,
          Fields.MINISTER,
          Fields.SEGMENT_LANGS,
          Fields.FILE,
          Fields.FILE_HASH,
          Fields.FACET_YEAR,
          MONTH,
          DAY,
          Fields.STORY // the story's leader's id (its own when alone): searches collapse on it
        }) {
      props.putObject(keyword).put("type", "keyword");
    }
    // the near-duplicate signature, read back (from _source) when the stories are regrouped
    props.putObject(Fields.DUPLICATE_SIGNATURE).put("type", "binary");
    // for display only: kept in _source, not indexed
    for (String display :
        new String[] {
          Fields.SOURCE_ID,
          Fields.TITLE,
          Fields.URL,
          Fields.PATH,
          Fields.PUBLISHED,
          Fields.DATE_SOURCE
        }) {
      props.putObject(display).put("type", "keyword").put("index", false).put("doc_values", false);
    }
    props.putObject(Fields.URL_KEY).put("type", "keyword").put("doc_values", false);
    props.putObject(Fields.DATE).put("type", "date").put("format", "strict_date");
    // mentions as term frequencies without norms: a term query scores them as BM25 scores a word
    // without length normalization, which is how the local index ranks its FeatureFields
    // (rank_features, the closer type, is in the mapper-extras module, which a cluster may lack)
    for (String mentions : new String[] {Fields.COUNTRY_MENTIONS, Fields.MINISTER_MENTIONS}) {
      props
          .putObject(mentions)
          .put("type", "text")
          .put("analyzer", "whitespace")
          .put("norms", false)
          .put("similarity", MENTIONS_SIMILARITY)
          .put("index_options", "freqs");
    }
    for (String lang : Fields.TEXT_LANGS) {
      props.putObject(Fields.titleField(lang)).put("type", "text").put("analyzer", "revue_" + lang);
      props
          .putObject(Fields.bodyField(lang))
          .put("type", "text")
          .put("analyzer", "revue_" + lang)
          .put(
              "index_options", "offsets"); // the unified highlighter's snippets without re-analysis
      for (String field : new String[] {Fields.titleField(lang), Fields.bodyField(lang)}) {
        props
            .putObject(AnalysedText.field(field))
            .put("type", "text")
            .put("analyzer", AnalysedText.ANALYZER);
      }
    }
    props.setAll(combinedProperties());
    return root;
  }

  /**
   * The mapping of the fields long queries match on ({@link AnalysedText#combinedField}): term
   * frequencies and lengths, no positions (no phrase is searched in them). Also put into an index
   * made before they existed, whose articles get them when indexed again.
   */
  static ObjectNode combinedProperties() {
    ObjectNode props = Cluster.JSON.createObjectNode();
    // and the fields of the tenures' pass (ClusterTenures), also added after they existed: the tags
    // read from a tenure, the words after courtesy titles, and the line of its file an article was
    // read from (kept, not searched)
    props.putObject(Fields.MINISTER_OBSERVED).put("type", "keyword");
    props.putObject(Fields.COURTESY_NAME).put("type", "keyword").put("doc_values", false);
    props.putObject(Fields.LINE).put("type", "long").put("index", false).put("doc_values", false);
    for (String lang : Fields.TEXT_LANGS) {
      props
          .putObject(AnalysedText.combinedField(lang))
          .put("type", "text")
          .put("analyzer", AnalysedText.ANALYZER)
          .put("index_options", "freqs");
    }
    return props;
  }

  private static void analyzer(ObjectNode analyzers, String name, String... filters) {
    ObjectNode a = analyzers.putObject(name);
    a.put("type", "custom");
    a.put("tokenizer", "standard");
    ArrayNode list = a.putArray("filter");
    for (String f : filters) {
      list.add(f);
    }
  }

  /**
   * An entity as one term of a mentions field (whitespace-tokenized): its spaces become {@code _}.
   * The field holds the term once per mention, so its frequency is the mention count.
   */
  static String feature(String entity) {
    return entity.strip().replace('_', '\u2017').replaceAll("\\s+", "_");
  }

  /** Mention counts above this are written as this many: BM25 saturates long before. */
  static final int MAX_MENTIONS = 100;

  /** An enriched article as its document, with the input file's hash for incremental runs. */
  static ObjectNode document(EnrichedArticle enriched, String fileHash) {
    Article article = enriched.article();
    ObjectNode doc = Cluster.JSON.createObjectNode();
    doc.put(Fields.ID, article.id());
    doc.put(Fields.SOURCE_ID, article.sourceId());
    doc.put(Fields.TITLE, article.title());
    String file = ArticleDocuments.inputFile(article.path());
    doc.put(Fields.PATH, file);
    if (article.url() != null) {
      doc.put(Fields.URL, article.url());
      String key = revue.ingest.UrlKey.of(article.url());
      if (key != null) {
        doc.put(Fields.URL_KEY, key);
      }
    }
    doc.put(Fields.FILE, file);
    doc.put(Fields.FILE_HASH, fileHash);
    doc.put(Fields.LINE, article.line());
    doc.put(Fields.COLLECTION, article.collection());
    doc.put(Fields.STORY, article.id()); // alone until the run's regrouping says otherwise
    if (enriched.signature() != null) {
      doc.put(Fields.DUPLICATE_SIGNATURE, enriched.signature().bytes()); // base64 in JSON
    }
    doc.put(Fields.LANG, enriched.lang());
    if (article.source() != null && !article.source().isBlank()) {
      doc.put(Fields.SOURCE, article.source());
    }
    enriched.countries().forEach(doc.putArray(Fields.COUNTRY)::add);
    enriched.ministers().forEach(doc.putArray(Fields.MINISTER)::add);
    doc.put(Fields.COUNTRY_MENTIONS, mentions(enriched.countries(), enriched.countryMentions()));
    doc.put(Fields.MINISTER_MENTIONS, mentions(enriched.ministers(), enriched.ministerMentions()));
    enriched.segmentLangs().forEach(doc.putArray(Fields.SEGMENT_LANGS)::add);
    enriched.courtesyNames().forEach(doc.putArray(Fields.COURTESY_NAME)::add);
    LocalDate date = enriched.date();
    if (date != null) {
      String day = date.toString();
      doc.put(Fields.DATE, day);
      doc.put(Fields.DATE_SOURCE, enriched.dateSource());
      doc.put(Fields.FACET_YEAR, day.substring(0, 4));
      doc.put(MONTH, day.substring(0, 7));
      doc.put(DAY, day);
    }
    if (article.published() != null) {
      doc.put(Fields.PUBLISHED, article.published().toString());
    }
    Map<String, String> titleTokens = new LinkedHashMap<>();
    if (!article.title().isBlank()) {
      doc.put(Fields.titleField(enriched.lang()), article.title());
      titleTokens.put(
          AnalysedText.lang(Fields.titleField(enriched.lang())),
          analysed(doc, Fields.titleField(enriched.lang()), article.title()));
    }
    Map<String, StringBuilder> bodies = new LinkedHashMap<>();
    for (Segment segment : enriched.segments()) {
      StringBuilder text =
          bodies.computeIfAbsent(Fields.bodyField(segment.lang()), k -> new StringBuilder());
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(segment.text());
    }
    Map<String, String> bodyTokens = new LinkedHashMap<>();
    bodies.forEach(
        (field, text) -> {
          doc.put(field, text.toString());
          bodyTokens.put(AnalysedText.lang(field), analysed(doc, field, text.toString()));
        });
    for (String lang : Fields.TEXT_LANGS) {
      String combined =
          AnalysedText.combined(
              titleTokens.getOrDefault(lang, ""), bodyTokens.getOrDefault(lang, ""));
      if (!combined.isEmpty()) {
        doc.put(AnalysedText.combinedField(lang), combined);
      }
    }
    return doc;
  }

  /**
   * A text field's tokens as revue's analysis gives them, in the field searches match on; returns
   * them ("" for none).
   */
  private static String analysed(ObjectNode doc, String field, String text) {
    String tokens = AnalysedText.of(AnalysedText.lang(field), text);
    if (!tokens.isEmpty()) {
      doc.put(AnalysedText.field(field), tokens);
    }
    return tokens;
  }

  /**
   * A term every mentions field holds once, so that every article has the field: Lucene's BM25
   * counts an idf over the documents that have the field, and the local index's entity weight
   * counts it over all of them.
   */
  static final String EVERY_ARTICLE = "\u2205";

  private static String mentions(
      java.util.List<String> entities, Map<String, EnrichedArticle.MentionCount> counts) {
    StringBuilder text = new StringBuilder(EVERY_ARTICLE).append(' ');
    for (String entity : entities) {
      EnrichedArticle.MentionCount count = counts.get(entity);
      // as locally: at least one mention, a title mention weighing as Fields says
      int weight =
          count == null
              ? 1
              : Math.max(1, count.body() + Fields.TITLE_MENTION_WEIGHT * count.title());
      String term = feature(entity);
      for (int i = 0; i < Math.min(weight, MAX_MENTIONS); i++) {
        text.append(term).append(' ');
      }
    }
    return text.toString().strip();
  }
}
