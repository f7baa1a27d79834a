package revue.cli;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Option;
import revue.IngestOptions;

/**
 * How to read input files: options shared by {@code index}, {@code rebuild} and {@code analyze}.
 */
final class InputOptions {

  @Option(
      names = "--map",
      paramLabel = "FIELD=NAME",
      description =
          "Read revue's FIELD (title, body, date, url, id, source, lang, dateline) from the record's NAME.")
  Map<String, String> fieldMap = Map.of();

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      description = "Charset of the input (default: detect).")
  Charset charset;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description = "Zone for dates without one and for calendar days (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  IngestOptions ingestOptions() {
    return new IngestOptions(fieldMap, charset, zone);
  }
}
