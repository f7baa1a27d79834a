package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.SharedCorpora;

/**
 * Reads the five real corpora of ../shared/corpora with default options and checks them against an
 * independent pass over the same files that knows each file's field names (from the corpora
 * README). Skips when ../shared is absent.
 */
@Tag(SharedCorpora.TAG)
class SharedCorporaTest {

  static final Path CORPORA = Path.of("..", "shared", "corpora");

  /** File -> {title field, body field, date field}, as documented in the corpora README. */
  static final Map<String, List<String>> FIELDS =
      Map.of(
          "orangesum-fr.jsonl.gz", List.of("title", "article", "date"),
          "ant-multisource-ar.jsonl.gz", List.of("title", "text", "time"),
          "ant-jawharafm-ar.jsonl.gz", List.of("title", "text", "time"),
          "saudinewsnet-ar.jsonl.gz", List.of("title", "content", "date_extracted"),
          "reuters21578-en.jsonl.gz", List.of("title", "body", "date"));

  static final Instant EARLIEST = Instant.parse("1987-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("2021-01-01T00:00:00Z");

  @Test
  void everyRecordWithTitleOrBodyIsReadWithItsDate() throws IOException {
    SharedCorpora.require();
    List<Path> files = new ArrayList<>();
    Map<String, CompletableFuture<Integer>> expectedCounts = new TreeMap<>();
    Map<String, BitSet> datedLines = new HashMap<>();
    for (String name : FIELDS.keySet()) {
      Path file = CORPORA.resolve(name);
      files.add(file);
      String collection = name.substring(0, name.indexOf('.'));
      BitSet dated = new BitSet();
      datedLines.put(collection, dated);
      // The independent pass runs beside ingest, on the other core(s).
      expectedCounts.put(
          collection,
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return expected(file, FIELDS.get(name), dated);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }));
    }

    Map<String, Integer> counts = new TreeMap<>();
    List<String> badDates = new ArrayList<>();
    List<String> articles = new ArrayList<>(); // "collection line published", checked after
    List<IngestProblem> failures = new ArrayList<>();
    Ingest.read(
        files,
        IngestOptions.defaults(),
        new IngestListener() {
          @Override
          public void article(Article a) {
            counts.merge(a.collection(), 1, Integer::sum);
            articles.add(a.collection() + " " + a.line() + " " + a.published());
          }

          @Override
          public void problem(IngestProblem problem) {
            if (!problem.reason().startsWith("duplicate id")
                && problem.severity() == IngestProblem.Severity.FAILED) {
              failures.add(problem);
            }
          }
        });
    Map<String, Integer> expected = new TreeMap<>();
    expectedCounts.forEach((collection, count) -> expected.put(collection, count.join()));
    assertEquals(expected, counts);
    for (String a : articles) {
      String[] parts = a.split(" ");
      boolean hasDate = datedLines.get(parts[0]).get(Integer.parseInt(parts[1]));
      Instant p = parts[2].equals("null") ? null : Instant.parse(parts[2]);
      if (hasDate && (p == null || p.isBefore(EARLIEST) || !p.isBefore(LATEST))) {
        badDates.add(a);
      }
    }
    assertEquals(List.of(), badDates.stream().limit(10).toList());
    assertEquals(List.of(), failures.stream().limit(10).toList());
  }

  /**
   * Counts records with a non-blank title or body; marks the lines that carry a date. One streaming
   * parser over the whole file (each record is one line, so the n-th top-level object is line n).
   */
  private static int expected(Path file, List<String> fields, BitSet dated) throws IOException {
    int count = 0;
    int lineNumber = 0;
    try (JsonParser p =
        new JsonFactory().createParser(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        lineNumber++;
        boolean text = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
            if (name.equals(fields.get(0)) || name.equals(fields.get(1))) {
              text = true;
            } else if (name.equals(fields.get(2))) {
              dated.set(lineNumber);
            }
          } else {
            p.skipChildren();
          }
        }
        if (text) {
          count++;
        }
      }
    }
    return count;
  }
}
