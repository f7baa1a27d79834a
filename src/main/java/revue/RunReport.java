package revue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last write to an index ({@code rebuild}, {@code index} or {@code rollback}) did,
 * successful or not; kept as {@code last-run.json} in the index root for {@code revue stats} and
 * for monitoring, and shown as {@link IndexStats#lastRun()}. {@link Revue#rebuild} and {@link
 * Revue#rollback} return the report of their run when it succeeds; when it fails they throw, and
 * the failed run's report is what {@link IndexStats#lastRun()} shows. Instances are immutable.
 *
 * @param command {@code rebuild}, {@code index} or {@code rollback}
 * @param started when the run took the write lock
 * @param finished when it ended
 * @param inputs the input paths, absolute; empty for a rollback
 * @param ok whether it succeeded
 * @param message why it failed, or a one-line summary
 * @param generation the live generation's folder name after the run, or null when there is none
 * @param documents articles in the live generation after the run
 * @param changes what it changed, in articles; all zero for a rollback or a failed run
 * @param skipped records with nothing to index
 * @param failed records or files that could not be read
 */
public record RunReport(
    String command,
    Instant started,
    Instant finished,
    List<String> inputs,
    boolean ok,
    String message,
    String generation,
    long documents,
    IndexReport.Changes changes,
    long skipped,
    long failed) {

  static final String FILE = "last-run.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Copies the inputs into an unmodifiable list; null changes read as all zero.
   *
   * @throws NullPointerException when {@code inputs} is null or holds null
   */
  public RunReport {
    inputs = List.copyOf(inputs);
    changes = changes == null ? new IndexReport.Changes(0, 0, 0, 0) : changes;
  }

  /**
   * Reads the last run's report of an index folder. A report that cannot be read (written by
   * another version, or torn by a crash) reads as absent rather than failing: it is a log, and the
   * index does not depend on it.
   *
   * @param root the index folder
   * @return the report, or empty when there is none or it cannot be read
   */
  public static Optional<RunReport> read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a report from its JSON, as {@code last-run.json} and {@code revue stats --json} write it
   * (an OpenSearch backend keeps it on the cluster). A report that cannot be read reads as absent.
   *
   * @param json the report's JSON object
   * @return the report, or empty when the text is not one
   */
  public static Optional<RunReport> parse(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      List<String> inputs = new ArrayList<>();
      n.path("inputs").forEach(i -> inputs.add(i.asText()));
      JsonNode c = n.path("changes");
      return Optional.of(
          new RunReport(
              n.path("command").asText(),
              Instant.parse(n.path("started").asText()),
              Instant.parse(n.path("finished").asText()),
              inputs,
              n.path("ok").asBoolean(),
              n.path("message").asText(),
              n.path("generation").isNull() ? null : n.path("generation").asText(null),
              n.path("documents").asLong(),
              new IndexReport.Changes(
                  c.path("added").asLong(),
                  c.path("updated").asLong(),
                  c.path("removed").asLong(),
                  c.path("unchanged").asLong()),
              n.path("skipped").asLong(),
              n.path("failed").asLong()));
    } catch (IOException | RuntimeException e) {
      return Optional
          .empty(); // a report from another version or a torn write: not worth failing stats
    }
  }

  /**
   * Writes this report as the folder's last run, replacing the previous one: to a temporary file,
   * then renamed over {@code last-run.json} (atomically where the file system can), so a reader
   * never sees half a report. Not safe for two writers at once: revue writes it under the index's
   * lock.
   *
   * @param root the index folder, which must exist
   * @throws IOException when the file cannot be written or renamed
   */
  public void write(Path root) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("command", command);
    n.put("started", started.toString());
    n.put("finished", finished.toString());
    inputs.forEach(n.putArray("inputs")::add);
    n.put("ok", ok);
    n.put("message", message);
    n.put("generation", generation);
    n.put("documents", documents);
    ObjectNode c = n.putObject("changes");
    c.put("added", changes.added());
    c.put("updated", changes.updated());
    c.put("removed", changes.removed());
    c.put("unchanged", changes.unchanged());
    n.put("skipped", skipped);
    n.put("failed", failed);
    Path tmp = root.resolve(FILE + ".tmp");
    Files.writeString(
        tmp,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n",
        StandardCharsets.UTF_8);
    try {
      Files.move(tmp, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
