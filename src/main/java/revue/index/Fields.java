package revue.index;

import java.util.List;

/**
 * The names of every Lucene field and facet dimension revue writes and reads, shared by indexing
 * and search. The one place field names live.
 */
public final class Fields {

  private Fields() {}

  /** Stable article id {@code collection/sourceId}: StringField (updateDocument key), stored. */
  public static final String ID = "id";

  /**
   * The {@link #ID} again as SortedDocValues: a search reads the ids of a hit's copies from it
   * rather than decompressing their stored documents. Absent from indexes written before it (they
   * read the stored id).
   */
  public static final String ID_VALUE = "id_value";

  /** Stored only, for display. */
  public static final String SOURCE_ID = "sourceId";

  public static final String TITLE = "title";
  public static final String URL = "url";

  /**
   * The URL as a key ({@code revue.ingest.UrlKey}): a query that is one link alone finds the
   * article it is the address of. Indexed, not stored.
   */
  public static final String URL_KEY = "url_key";

  /**
   * The input file an article came from, as hits show it: its absolute normalized path, as {@link
   * #FILE} (an index written before 2026-12-07 holds it as given to the run), stored only.
   */
  public static final String PATH = "path";

  /**
   * The input file an article came from, as an absolute normalized path: StringField, stored.
   * Incremental indexing deletes a changed or vanished file's articles by this term.
   */
  public static final String FILE = "file";

  /**
   * The line of {@link #FILE} an article was read from (its first line; the item's number in a file
   * of several items that are not lines): stored only. A run's second pass reads again only the
   * lines it needs. Absent from indexes written before it.
   */
  public static final String LINE = "line";

  /**
   * SHA-256 (hex) of the raw bytes of {@link #FILE} when it was indexed: stored only. Incremental
   * indexing skips files whose hash did not change.
   */
  public static final String FILE_HASH = "file_sha256";

  /**
   * Collection, language, source, country and minister are each indexed three ways: a StringField
   * for {@code field:value} queries and entity expansion, a SortedSetDocValues facet field for
   * counts and drill-down, and a stored copy for display.
   */
  public static final String COLLECTION = "collection";

  public static final String LANG = "lang";
  public static final String SOURCE = "source";
  public static final String COUNTRY = "country";
  public static final String MINISTER = "minister";

  /**
   * The {@link #MINISTER} tags an article has from a tenure the collection showed ({@code
   * revue.index.TenureTagging}), not from its own text's giving the post: StringField, stored.
   * Tenures are observed from the other tags only.
   */
  public static final String MINISTER_OBSERVED = "minister_observed";

  /**
   * The words after each courtesy title of an article ("M. Blanquer": "blanquer"), folded: the
   * tenure pass finds by them the articles that name a minister by the family name alone.
   * StringField, not stored.
   */
  public static final String COURTESY_NAME = "courtesy_name";

  /**
   * How much an article names each of its countries and ministers, for ranking the articles an
   * entity query finds by their tags: a {@code FeatureField} per entity (feature: the ISO code or
   * the minister's canonical name; value: mentions in the body plus {@link #TITLE_MENTION_WEIGHT}
   * times those in the title). One field per dimension, see {@link #mentionsField}.
   */
  public static final String COUNTRY_MENTIONS = "country_mentions";

  public static final String MINISTER_MENTIONS = "minister_mentions";

  /**
   * A mention in the title weighs as much as this many in the body, as a title match does in
   * search.
   */
  public static final int TITLE_MENTION_WEIGHT = 2;

  /** The mentions field of {@link #COUNTRY} or {@link #MINISTER}. */
  public static String mentionsField(String dimension) {
    return switch (dimension) {
      case COUNTRY -> COUNTRY_MENTIONS;
      case MINISTER -> MINISTER_MENTIONS;
      default -> throw new IllegalArgumentException("no mentions field for " + dimension);
    };
  }

  /** Languages of the article's segments (multi-valued StringField), stored for display. */
  public static final String SEGMENT_LANGS = "segment_lang";

  /** Calendar day as ISO-8601 text, stored for display. */
  public static final String DATE = "date";

  /** Calendar day as epoch day: a LongPoint for range filters, NumericDocValues for sorting. */
  public static final String DATE_DAY = "date_epoch_day";

  /** Publication instant (ISO-8601), stored, when the metadata had a time. */
  public static final String PUBLISHED = "published";

  /** Where the date came from: "metadata" or "text". Stored. */
  public static final String DATE_SOURCE = "date_source";

  /** Facet dimensions of the date: year, year-month, day. */
  public static final String FACET_YEAR = "year";

  public static final String FACET_MONTH = "month";
  public static final String FACET_DAY = "day";

  /**
   * The story an article belongs to: NumericDocValues, updated in place ({@code
   * IndexWriter.tryUpdateDocValue}) when a run regroups the index ({@code StoryGroups}). 0 for an
   * article that is the only one of its story; else a key shared by every copy of the story, the
   * same for the same copies whatever the order they were indexed in. Search collapses hits by it.
   */
  public static final String STORY = "story";

  /**
   * The body's near-duplicate signature ({@code revue.enrich.DuplicateSignature#bytes()}):
   * BinaryDocValues, read when a run regroups the index. Absent when the body is too short.
   */
  public static final String DUPLICATE_SIGNATURE = "dup_signature";

  /** The language suffixes of the analyzed text fields; "xx" is the neutral analysis. */
  public static final List<String> TEXT_LANGS = List.of("fr", "ar", "en", "xx");

  /** Analyzed title in one language's analysis (not stored; the raw title is in {@link #TITLE}). */
  public static String titleField(String lang) {
    return "title_" + textLang(lang);
  }

  /**
   * Analyzed body segments of one language, stored, with positions (not offsets) in postings: the
   * highlighter and "did you mean" analyse a hit's stored text again to find where a word is.
   */
  public static String bodyField(String lang) {
    return "body_" + textLang(lang);
  }

  /**
   * The languages whose text fields may hold a text written in its script: Arabic and the neutral
   * analysis for Arabic script, the others for Latin.
   */
  public static List<String> textLangsOfScript(String text) {
    return revue.analysis.ArabicSpelling.hasArabicScript(text)
        ? List.of("ar", "xx")
        : List.of("fr", "en", "xx");
  }

  /** The language whose analysis a text in {@code lang} gets: fr, ar, en, or xx (neutral). */
  public static String textLang(String lang) {
    return TEXT_LANGS.contains(lang) && !lang.equals("xx") ? lang : "xx";
  }
}
