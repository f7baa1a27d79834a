package revue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import revue.IngestProblem;

/**
 * What one indexing run did.
 *
 * @param collections counts per collection, sorted by name
 * @param problems every bad record or file, in the order met
 * @param elapsed wall time of the run
 * @param changes what the run did to the index, in articles
 */
public record IndexReport(
    Map<String, CollectionCounts> collections,
    List<IngestProblem> problems,
    Duration elapsed,
    Changes changes) {

  public IndexReport {
    collections = Map.copyOf(collections);
    problems = List.copyOf(problems);
  }

  /**
   * What a run changed, in articles. An incremental run counts per input file: every article of
   * a new or changed file is added (id not in the index before) or updated (id was there); the
   * articles of an unchanged file are unchanged; those of a vanished file, or no longer in a
   * changed one, are removed. A full build adds every article.
   */
  public record Changes(long added, long updated, long removed, long unchanged) {

    /** True when the run left the index as it was. */
    public boolean none() {
      return added == 0 && updated == 0 && removed == 0;
    }
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
