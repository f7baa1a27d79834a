package revue;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to read input whose layout cannot be guessed.
 *
 * @param fieldMap overrides of the automatic field mapping: key is a revue field ({@code title,
 *     body, date, url, id, source, lang}), value the name of the record's field that holds it
 * @param charset the charset of text files, or null to detect it (UTF-8, else windows-1256 for
 *     Arabic bytes, else windows-1252)
 * @param zone the zone of dates that carry no offset
 */
public record IngestOptions(Map<String, String> fieldMap, Charset charset, ZoneId zone) {

  /** The revue fields a {@link #fieldMap} may name. */
  public static final Set<String> MAPPABLE_FIELDS =
      Set.of("title", "body", "date", "url", "id", "source", "lang");

  public IngestOptions {
    fieldMap = fieldMap == null ? Map.of() : Map.copyOf(fieldMap);
    for (Map.Entry<String, String> e : fieldMap.entrySet()) {
      if (!MAPPABLE_FIELDS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "fieldMap: unknown revue field '"
                + e.getKey()
                + "', expected one of "
                + new TreeSet<>(MAPPABLE_FIELDS));
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("fieldMap: empty record field name for '" + e.getKey() + "'");
      }
    }
    zone = zone == null ? ZoneOffset.UTC : zone;
  }

  /** No overrides, charset detected, zone-less dates in UTC. */
  public static IngestOptions defaults() {
    return new IngestOptions(Map.of(), null, ZoneOffset.UTC);
  }
}
