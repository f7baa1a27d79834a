package revue.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import revue.analysis.Segment;
import revue.ingest.Article;

/**
 * An article with what revue derived from it: its languages, entities and calendar date.
 *
 * @param article the article as read
 * @param lang the article's main language (ISO 639-1, or "und")
 * @param segments the body as runs of one language, in order
 * @param countries ISO 3166 alpha-2 codes named in title or body, in order of first mention
 * @param ministers canonical names of the ministers the article presents as in office (or names
 *     while in office), in order of first mention: the minister facet
 * @param countryMentions how often the title and the body name each of {@code countries}
 * @param ministerMentions how often the title and the body name each of {@code ministers}
 * @param formerMinisters canonical names of the people the article presents only as former
 *     ministers, in order of first mention: shown, not faceted
 * @param date the calendar day of publication, or null when unknown
 * @param dateSource where the date came from: "metadata" (the record's date), "dateline" (the
 *     article's dateline: a record's dateline field, the first line of a plain-text article, or the
 *     words a body opens with before a dash when they start with a place, "RABAT (Reuters) -"),
 *     "text" (a date the title or body presents as its own day), or null when the date is unknown
 * @param dateLine the line of the text the date was read from: 0 the dateline, 1 the title, 2 and
 *     up the body's paragraphs in order; -1 when the date comes from metadata or is unknown
 * @param dateline the article's dateline as written (see {@code dateSource}), or null
 * @param signature the body's near-duplicate signature, from which the index groups copies of one
 *     story; null when the body is too short to tell (see {@link DuplicateSignature#of})
 * @param courtesyNames the words written after a courtesy title ("M. Blanquer": "blanquer"),
 *     folded, for finding the articles that name a minister only so ({@link
 *     revue.entity.EntityExtractor#courtesyNames})
 */
public record EnrichedArticle(
    Article article,
    String lang,
    List<Segment> segments,
    List<String> countries,
    List<String> ministers,
    Map<String, MentionCount> countryMentions,
    Map<String, MentionCount> ministerMentions,
    List<String> formerMinisters,
    LocalDate date,
    String dateSource,
    int dateLine,
    String dateline,
    DuplicateSignature signature,
    List<String> courtesyNames) {

  public EnrichedArticle {
    courtesyNames = List.copyOf(courtesyNames);
    segments = List.copyOf(segments);
    countries = List.copyOf(countries);
    ministers = List.copyOf(ministers);
    countryMentions = Map.copyOf(countryMentions);
    ministerMentions = Map.copyOf(ministerMentions);
    formerMinisters = List.copyOf(formerMinisters);
  }

  /**
   * How often an article names one entity.
   *
   * @param title mentions in the title
   * @param body mentions in the body
   */
  public record MentionCount(int title, int body) {}

  /** Distinct languages of the segments, in order of first appearance. */
  public List<String> segmentLangs() {
    return segments.stream().map(Segment::lang).distinct().toList();
  }
}
