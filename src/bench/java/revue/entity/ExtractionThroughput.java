package revue.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark: time per article of countries + ministers + dateInText on the first N articles of the
 * French and Arabic corpora, against a baseline measured in the same run (splitting the text into
 * folded words, which every extraction does once).
 *
 * <p>Run: {@code java -cp target/revue-bench.jar revue.entity.ExtractionThroughput 5000 [rounds]}
 * after {@code mvn -q -DskipTests package}. (In revue.entity, as it times a package-private
 * tokenizer; built into revue-bench.jar with the rest of src/bench.)
 */
public final class ExtractionThroughput {

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    List<String> texts = new ArrayList<>();
    texts.addAll(read("orangesum-fr.jsonl.gz", "article", n));
    texts.addAll(read("ant-multisource-ar.jsonl.gz", "text", n));
    EntityExtractor x = EntityExtractor.defaults();
    long chars = texts.stream().mapToLong(String::length).sum();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double best = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) { // the first rounds warm the JIT up
      long t0 = System.nanoTime();
      long words = 0;
      for (String t : texts) {
        words += TextFolding.tokens(t).size();
      }
      long t1 = System.nanoTime();
      long found = 0;
      for (String t : texts) {
        found += x.countries(t).size() + x.ministers(t).size();
        found += x.dateInText(t).isPresent() ? 1 : 0;
      }
      long t2 = System.nanoTime();
      double base = (t1 - t0) / 1e3 / texts.size();
      double full = (t2 - t1) / 1e3 / texts.size();
      System.out.printf(
          Locale.ROOT,
          "round %d: %d articles (%.0f chars avg, %d words): tokenize %.1f us/article,"
              + " extract %.1f us/article (%.1fx tokenize), %d entities%n",
          round,
          texts.size(),
          (double) chars / texts.size(),
          words,
          base,
          full,
          full / base,
          found);
      best = Math.min(best, full);
    }
    // On a shared machine the fastest round is the least disturbed one.
    System.out.printf(Locale.ROOT, "best extract %.1f us/article%n", best);
  }

  static List<String> read(String file, String field, int n) throws IOException {
    List<String> out = new ArrayList<>();
    Path p = Path.of("..", "shared", "corpora", file);
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < n && (line = r.readLine()) != null) {
        JsonNode node = json.readTree(line);
        out.add(node.path(field).asText(""));
      }
    }
    return out;
  }
}
