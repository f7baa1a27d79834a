package revue.index;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import revue.analysis.Segment;
import revue.enrich.EnrichedArticle;
import revue.enrich.EnrichedArticle.MentionCount;
import revue.ingest.Article;

/**
 * Maps an enriched article to a Lucene document. The only place that knows how each value is
 * indexed.
 *
 * <p>Thread-safe.
 */
public final class ArticleDocuments {

  /**
   * Body text: analyzed, stored for snippets, positions in postings. No offsets: they made builds
   * measurably slower and the index larger (docs/benchmarks.md, "What changes bought, measured
   * apart"), and the highlighter finds them from the positions by analysing a hit's text again (see
   * {@code SnippetHighlighter}).
   */
  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    BODY.freeze();
  }

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private ArticleDocuments() {}

  /** The facet configuration shared by indexing and search. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.COUNTRY, true);
    config.setMultiValued(Fields.MINISTER, true);
    return config;
  }

  /**
   * An input file's path as documents store it ({@link Fields#PATH}, {@link Fields#FILE}): absolute
   * and normalized, so that it names the file from any working folder.
   */
  public static String inputFile(String path) {
    return Path.of(path).toAbsolutePath().normalize().toString();
  }

  public static Document toDocument(EnrichedArticle enriched) {
    return toDocument(enriched, inputFile(enriched.article().path()));
  }

  /**
   * The article's document, {@code file} being its input file as {@link #inputFile} gives it
   * (worked out once per file by the caller).
   */
  static Document toDocument(EnrichedArticle enriched, String file) {
    Article article = enriched.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID_VALUE, new BytesRef(article.id())));
    doc.add(new StoredField(Fields.SOURCE_ID, article.sourceId()));
    doc.add(new StoredField(Fields.TITLE, article.title()));
    doc.add(new StoredField(Fields.PATH, file));
    doc.add(new StoredField(Fields.LINE, article.line()));
    if (article.url() != null) {
      doc.add(new StoredField(Fields.URL, article.url()));
      String key = revue.ingest.UrlKey.of(article.url());
      if (key != null) {
        doc.add(new StringField(Fields.URL_KEY, key, Field.Store.NO));
      }
    }
    keyword(doc, Fields.COLLECTION, article.collection());
    keyword(doc, Fields.LANG, enriched.lang());
    if (article.source() != null && !article.source().isBlank()) {
      keyword(doc, Fields.SOURCE, article.source());
    }
    for (String country : enriched.countries()) {
      keyword(doc, Fields.COUNTRY, country);
      mentions(doc, Fields.COUNTRY_MENTIONS, country, enriched.countryMentions().get(country));
    }
    for (String minister : enriched.ministers()) {
      keyword(doc, Fields.MINISTER, minister);
      mentions(doc, Fields.MINISTER_MENTIONS, minister, enriched.ministerMentions().get(minister));
    }
    for (String lang : enriched.segmentLangs()) {
      doc.add(new StringField(Fields.SEGMENT_LANGS, lang, Field.Store.YES));
    }
    for (String name : enriched.courtesyNames()) {
      doc.add(new StringField(Fields.COURTESY_NAME, name, Field.Store.NO));
    }
    if (enriched.date() != null) {
      long epochDay = enriched.date().toEpochDay();
      doc.add(new StoredField(Fields.DATE, enriched.date().toString()));
      doc.add(new StoredField(Fields.DATE_SOURCE, enriched.dateSource()));
      doc.add(new LongPoint(Fields.DATE_DAY, epochDay)); // range filters: --filter date=a..b
      doc.add(new NumericDocValuesField(Fields.DATE_DAY, epochDay)); // sorting by date
      String day = enriched.date().toString();
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, day.substring(0, 4)));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, day.substring(0, 7)));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DAY, day));
    }
    // every article starts alone in its story (a value the regrouping can update in place); its
    // signature tells the regrouping which articles are copies of one another
    doc.add(new NumericDocValuesField(Fields.STORY, 0));
    if (enriched.signature() != null) {
      doc.add(
          new BinaryDocValuesField(
              Fields.DUPLICATE_SIGNATURE, new BytesRef(enriched.signature().bytes())));
    }
    if (article.published() != null) {
      doc.add(new StoredField(Fields.PUBLISHED, article.published().toString()));
    }
    if (!article.title().isBlank()) {
      doc.add(new TextField(Fields.titleField(enriched.lang()), article.title(), Field.Store.NO));
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
    bodies.forEach((field, text) -> doc.add(new Field(field, text.toString(), BODY)));
    return doc;
  }

  /** The input file an article's document came from ({@link Fields#FILE}) and its hash. */
  static void inputFileFields(Document doc, String file, String hash) {
    doc.add(new StringField(Fields.FILE, file, Field.Store.YES));
    doc.add(new StoredField(Fields.FILE_HASH, hash));
  }

  /**
   * Marks ministers of an article's document as tagged from an observed tenure ({@link
   * Fields#MINISTER_OBSERVED}).
   */
  static void observedMinisters(Document doc, java.util.Collection<String> ministers) {
    for (String m : ministers) {
      doc.add(new StringField(Fields.MINISTER_OBSERVED, m, Field.Store.YES));
    }
  }

  private static void mentions(Document doc, String field, String entity, MentionCount count) {
    // an entity is tagged because it is named: at least one mention, also for an article enriched
    // elsewhere without counts
    int weight =
        count == null ? 1 : Math.max(1, count.body() + Fields.TITLE_MENTION_WEIGHT * count.title());
    doc.add(new FeatureField(field, entity, weight));
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }
}
