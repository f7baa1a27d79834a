package revue.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import revue.ingest.IngestProblem;

/**
 * What one indexing run did.
 *
 * @param collections counts per collection, sorted by name
 * @param problems every bad record or file, in the order met
 * @param elapsed wall time of the run
 */
public record IndexReport(
    Map<String, CollectionCounts> collections, List<IngestProblem> problems, Duration elapsed) {

  public IndexReport {
    collections = Map.copyOf(collections);
    problems = List.copyOf(problems);
  }

  /**
   * @param indexed articles written to the index
   * @param skipped records with nothing to index
   * @param failed records or files that could not be read
   */
  public record CollectionCounts(long indexed, long skipped, long failed) {}

  public long indexed() {
    return collections.values().stream().mapToLong(CollectionCounts::indexed).sum();
  }

  public long skipped() {
    return collections.values().stream().mapToLong(CollectionCounts::skipped).sum();
  }

  public long failed() {
    return collections.values().stream().mapToLong(CollectionCounts::failed).sum();
  }
}
