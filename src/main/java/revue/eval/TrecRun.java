package revue.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ranked results of a system for a set of queries, as in a TREC run file of {@code qid Q0 docid
 * rank score tag} lines.
 *
 * <p>Results of a query are ordered as trec_eval orders them: by score, highest first, ties by
 * document id in reverse lexical order; the rank column is written but not trusted on reading.
 * Immutable and thread-safe.
 */
public final class TrecRun {

  /** One retrieved document. */
  public record Result(String docId, double score) {
    public Result {
      Objects.requireNonNull(docId, "docId");
      if (docId.isEmpty() || docId.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "document id must be non-empty without whitespace: '" + docId + "'");
      }
    }

    /**
     * A retrieved article, its id written with {@code %20} for each whitespace character: the
     * format separates columns by whitespace, and a few article ids (URLs with spaces) have some.
     * Qrels never name those articles, so the rank of every judged one is kept.
     */
    public static Result ofArticle(String articleId, double score) {
      return new Result(articleId.replaceAll("\\s", "%20"), score);
    }
  }

  private static final Comparator<Result> TREC_ORDER =
      Comparator.comparingDouble(Result::score)
          .reversed()
          .thenComparing(Result::docId, Comparator.reverseOrder());

  private final String tag;
  private final Map<String, List<Result>> results;

  /**
   * A run from results by query id (copied, then sorted in trec_eval order).
   *
   * @param tag the run's name, written in the last column
   */
  public TrecRun(String tag, Map<String, List<Result>> results) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isEmpty() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "run tag must be non-empty without whitespace: '" + tag + "'");
    }
    this.tag = tag;
    Map<String, List<Result>> copy = new LinkedHashMap<>();
    results.forEach(
        (qid, list) -> {
          List<Result> sorted = new ArrayList<>(list);
          sorted.sort(TREC_ORDER);
          // a document retrieved twice counts once, at its best place
          Set<String> seen = new HashSet<>();
          sorted.removeIf(result -> !seen.add(result.docId()));
          copy.put(qid, Collections.unmodifiableList(sorted));
        });
    this.results = Collections.unmodifiableMap(copy);
  }

  /** Reads a run file: whitespace-separated {@code qid Q0 docid rank score tag}. */
  public static TrecRun read(Path file) throws IOException {
    Map<String, List<Result>> results = new LinkedHashMap<>();
    String[] tag = {null};
    TrecLines.read(
        file,
        "qid Q0 docid rank score tag",
        (number, fields) -> {
          double score;
          try {
            score = Double.parseDouble(fields[4]);
          } catch (NumberFormatException e) {
            throw new TrecFormatException(
                file.toString(), number, "score '" + fields[4] + "' is not a number");
          }
          tag[0] = tag[0] == null ? fields[5] : tag[0];
          results
              .computeIfAbsent(fields[0], q -> new ArrayList<>())
              .add(new Result(fields[2], score));
        });
    return new TrecRun(tag[0] == null ? "empty" : tag[0], results);
  }

  /** Writes the run, ranks from 1, scores with enough digits to keep their order. */
  public void write(Path file) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(writer);
    }
  }

  /** Writes the run to a writer, which is left open. */
  public void write(Writer writer) throws IOException {
    for (var entry : results.entrySet()) {
      int rank = 1;
      for (Result result : entry.getValue()) {
        writer.write(
            String.format(
                Locale.ROOT,
                "%s Q0 %s %d %.6f %s%n",
                entry.getKey(),
                result.docId(),
                rank++,
                result.score(),
                tag));
      }
    }
    writer.flush();
  }

  /** The run's name. */
  public String tag() {
    return tag;
  }

  /** The query ids the run answers, in insertion order. */
  public Set<String> queryIds() {
    return results.keySet();
  }

  /** The results of a query, best first; empty when the run has none for it. */
  public List<Result> results(String queryId) {
    return results.getOrDefault(queryId, List.of());
  }
}
