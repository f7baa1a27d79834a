package revue.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import revue.IngestOptions;

/**
 * Maps the fields of a flat record (a JSON object, a front-matter block) onto revue fields, by the
 * common names of press datasets unless {@link IngestOptions#fieldMap()} names the field.
 *
 * <p>Record keys are matched case-insensitively: callers pass maps whose keys are lower-cased with
 * {@link Locale#ROOT}. Immutable and thread-safe.
 */
final class FieldMapping {

  // Candidates in order of preference: a record with both `date` and `date_extracted` is dated by
  // its publication, not by its crawl.
  private static final Map<String, List<String>> DEFAULTS =
      Map.of(
          "title", List.of("title", "headline"),
          "body", List.of("body", "text", "content", "article", "maintext"),
          "date",
              List.of(
                  "date",
                  "published",
                  "date_publish",
                  "datepublished",
                  "date_published",
                  "published_at",
                  "pubdate",
                  "time",
                  "date_extracted"),
          "url", List.of("url", "link"),
          "id", List.of("id", "docno", "newid", "guid", "_id"),
          "source", List.of("source", "src", "source_domain"),
          "lang", List.of("lang", "language"),
          // newswire records (Reuters-21578) carry "LONDON, March 16 -" apart from the body
          "dateline", List.of("dateline"));

  private final List<String> title;
  private final List<String> body;
  private final List<String> date;
  private final List<String> url;
  private final List<String> id;
  private final List<String> source;
  private final List<String> lang;
  private final List<String> dateline;
  private final Set<String> recordKeys;

  FieldMapping(Map<String, String> overrides) {
    title = candidates("title", overrides);
    body = candidates("body", overrides);
    date = candidates("date", overrides);
    url = candidates("url", overrides);
    id = candidates("id", overrides);
    source = candidates("source", overrides);
    lang = candidates("lang", overrides);
    dateline = candidates("dateline", overrides);
    Set<String> keys = new HashSet<>();
    for (List<String> names : List.of(title, body, date, url, id, source, lang, dateline)) {
      keys.addAll(names);
    }
    recordKeys = Set.copyOf(keys);
  }

  /** The record keys (lower-cased) this mapping may read; readers can skip the others. */
  Set<String> recordKeys() {
    return recordKeys;
  }

  private static List<String> candidates(String field, Map<String, String> overrides) {
    String override = overrides.get(field);
    if (override != null) {
      return List.of(override.toLowerCase(Locale.ROOT));
    }
    return DEFAULTS.get(field);
  }

  /** Fills the draft from a record whose keys are lower-cased. */
  void fill(Map<String, String> record, ArticleDraft draft) {
    draft.title = first(record, title);
    draft.body = first(record, body);
    draft.date = first(record, date);
    draft.url = first(record, url);
    draft.id = first(record, id);
    draft.source = first(record, source);
    draft.lang = first(record, lang);
    draft.dateline = first(record, dateline);
  }

  private static String first(Map<String, String> record, List<String> names) {
    for (int i = 0, n = names.size(); i < n; i++) {
      String v = record.get(names.get(i));
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
