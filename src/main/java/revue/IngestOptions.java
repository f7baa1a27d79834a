package revue;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to read input whose layout or encoding cannot be guessed, for {@link Revue#index} and {@link
 * Revue#rebuild}. Instances are immutable; {@link #defaults()} suits most input.
 *
 * @param fieldMap overrides of the automatic field mapping of records (JSON, JSON Lines, Markdown
 *     front matter): key is a revue field, one of {@link #MAPPABLE_FIELDS}, value the name of the
 *     record's field that holds it, as in {@code body -> maintext}; null means none
 * @param charset the charset of all input files, or null to detect it per file: a byte order mark,
 *     else strict UTF-8, else the charset the document declares (HTML meta, XML prolog), else
 *     windows-1256 for bytes that read as Arabic letters, else windows-1252
 * @param zone the zone of dates that carry no offset, and in which a publication instant becomes a
 *     calendar day; null means UTC
 * @param strict whether a {@link Revue#index} run that met a record or file it could not read is
 *     recorded as failed ({@link RunReport#ok()} false), its good articles indexed all the same;
 *     the CLI's {@code index --strict}, which then exits 1. Rebuilds ignore it
 */
public record IngestOptions(
    Map<String, String> fieldMap, Charset charset, ZoneId zone, boolean strict) {

  /** The revue fields a {@link #fieldMap} may name. */
  public static final Set<String> MAPPABLE_FIELDS =
      Set.of("title", "body", "date", "url", "id", "source", "lang", "dateline");

  /**
   * Checks the field map and fills in the defaults for null values.
   *
   * @throws IllegalArgumentException when the field map names a revue field not in {@link
   *     #MAPPABLE_FIELDS}, or maps one to a blank name
   * @throws NullPointerException when the field map holds a null key or value
   */
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
        throw new IllegalArgumentException(
            "fieldMap: empty record field name for '" + e.getKey() + "'");
      }
    }
    zone = zone == null ? ZoneOffset.UTC : zone;
  }

  /**
   * Options that are not strict; see {@link #IngestOptions(Map, Charset, ZoneId, boolean)}.
   *
   * @param fieldMap overrides of the automatic field mapping, or null
   * @param charset the charset of all input files, or null to detect it
   * @param zone the zone of dates without one, or null for UTC
   */
  public IngestOptions(Map<String, String> fieldMap, Charset charset, ZoneId zone) {
    this(fieldMap, charset, zone, false);
  }

  /**
   * These options, strict or not.
   *
   * @param strict whether an index run with a failed record or file is recorded as failed
   * @return the options with {@code strict} set
   */
  public IngestOptions withStrict(boolean strict) {
    return new IngestOptions(fieldMap, charset, zone, strict);
  }

  /**
   * The options for input revue can read without help: no field overrides, the charset detected per
   * file, dates without offset and calendar days in UTC.
   *
   * @return the default options
   */
  public static IngestOptions defaults() {
    return new IngestOptions(Map.of(), null, ZoneOffset.UTC);
  }
}
