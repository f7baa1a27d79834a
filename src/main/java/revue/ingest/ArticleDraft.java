package revue.ingest;

import java.time.Instant;

/**
 * The raw fields of one record as a reader found them, before cleaning, date parsing and id
 * assignment by {@link ArticleSink}.
 *
 * <p>Mutable, confined to the reading thread.
 */
final class ArticleDraft {
  /** 1-based line or item number, 0 for a whole-file article. */
  long line;

  String title;
  String body;

  /** The date as written; parsed by the sink. */
  String date;

  /**
   * A date already parsed by the reader (dateline of a text file), used when {@link #date} is null.
   */
  Instant published;

  String url;
  String id;
  String source;
  String lang;

  /** The dateline as the source writes it apart from the body, or null. */
  String dateline;

  /** The sourceId when the record has neither id nor URL: line number or file name. */
  String fallbackSourceId;

  /**
   * True when title and body come from a parsed document (HTML, feed) whose entities are decoded.
   */
  boolean entitiesDecoded;

  ArticleDraft(long line, String fallbackSourceId) {
    this.line = line;
    this.fallbackSourceId = fallbackSourceId;
  }
}
