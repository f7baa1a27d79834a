package revue.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgements: for each query id, the judged documents and their grades (0 = not relevant,
 * higher = more relevant), read from a TREC qrels file of {@code qid 0 docid rel} lines.
 *
 * <p>Immutable and thread-safe.
 */
public final class Qrels {

  private final Map<String, Map<String, Integer>> judgements;

  /** Judgements by query id, then document id; copied. */
  public Qrels(Map<String, Map<String, Integer>> judgements) {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgements.forEach(
        (qid, docs) -> copy.put(qid, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    this.judgements = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a qrels file: whitespace-separated {@code qid iteration docid rel}, the iteration
   * ignored; a document judged twice for a query keeps its last grade.
   */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    TrecLines.read(
        file,
        "qid 0 docid rel",
        (number, fields) -> {
          int grade;
          try {
            grade = Integer.parseInt(fields[3]);
          } catch (NumberFormatException e) {
            throw new TrecFormatException(
                file.toString(), number, "relevance '" + fields[3] + "' is not an integer");
          }
          judgements.computeIfAbsent(fields[0], q -> new LinkedHashMap<>()).put(fields[2], grade);
        });
    return new Qrels(judgements);
  }

  /** The query ids judged, in file order. */
  public Set<String> queryIds() {
    return judgements.keySet();
  }

  /** The grades of the documents judged for a query, empty when the query has none. */
  public Map<String, Integer> judgements(String queryId) {
    return judgements.getOrDefault(queryId, Map.of());
  }

  /** The grade of a document for a query, 0 when not judged. */
  public int grade(String queryId, String docId) {
    return judgements(queryId).getOrDefault(docId, 0);
  }

  /** How many documents are relevant (grade above 0) for a query. */
  public int relevantCount(String queryId) {
    return (int) judgements(queryId).values().stream().filter(g -> g > 0).count();
  }
}
