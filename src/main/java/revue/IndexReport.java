package revue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one incremental indexing run ({@link Revue#index}) did: counts per collection, every problem
 * met in the input, and what changed in the index. Instances are immutable.
 *
 * <p>Bad input does not fail a run: each bad record or file is one entry of {@code problems} and
 * one count under skipped or failed, and the rest is indexed.
 *
 * @param collections counts per collection name, unmodifiable and in no particular order (sort the
 *     keys to print them)
 * @param problems every bad record or file and every warning, in about the order met; unmodifiable
 * @param elapsed wall time of the run
 * @param changes what the run did to the index, in articles
 */
public record IndexReport(
    Map<String, CollectionCounts> collections,
    List<IngestProblem> problems,
    Duration elapsed,
    Changes changes) {

  /**
   * Copies the map and list into unmodifiable ones.
   *
   * @throws NullPointerException when {@code collections} or {@code problems} is null or holds null
   */
  public IndexReport {
    collections = Map.copyOf(collections);
    problems = List.copyOf(problems);
  }

  /**
   * What a run changed, in articles. An incremental run counts per input file: every article of a
   * new or changed file is added (id not in the index before) or updated (id was there); the
   * articles of an unchanged file are unchanged; those of a vanished file, or no longer in a
   * changed one, are removed. A full build adds every article.
   *
   * @param added articles whose id was not in the index before
   * @param updated articles written again over an article of the same id
   * @param removed articles deleted: their file vanished from under the paths, or no longer holds
   *     them
   * @param unchanged articles of unchanged files, left as they were and not read
   */
  public record Changes(long added, long updated, long removed, long unchanged) {

    /**
     * Whether the run left the index's articles as they were.
     *
     * @return true when nothing was added, updated or removed
     */
    public boolean none() {
      return added == 0 && updated == 0 && removed == 0;
    }

    /**
     * The counts in words, as run reports and the CLI give them.
     *
     * @return "1,204 added, 3 updated, 0 removed, 98,311 unchanged"
     */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "%,d added, %,d updated, %,d removed, %,d unchanged",
          added,
          updated,
          removed,
          unchanged);
    }
  }

  /**
   * The counts of one collection. Warnings ({@link IngestProblem.Severity#WARNING}) count under
   * none of them: their articles are indexed.
   *
   * @param indexed articles written to the index (added or updated)
   * @param skipped records or files with nothing to index
   * @param failed records or files that could not be read
   */
  public record CollectionCounts(long indexed, long skipped, long failed) {}

  /**
   * Articles written to the index, over all collections.
   *
   * @return the sum of {@link CollectionCounts#indexed()}
   */
  public long indexed() {
    return collections.values().stream().mapToLong(CollectionCounts::indexed).sum();
  }

  /**
   * Records and files with nothing to index, over all collections.
   *
   * @return the sum of {@link CollectionCounts#skipped()}
   */
  public long skipped() {
    return collections.values().stream().mapToLong(CollectionCounts::skipped).sum();
  }

  /**
   * Records and files that could not be read, over all collections.
   *
   * @return the sum of {@link CollectionCounts#failed()}
   */
  public long failed() {
    return collections.values().stream().mapToLong(CollectionCounts::failed).sum();
  }
}
