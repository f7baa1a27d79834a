package revue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a revue index holds.
 *
 * @param documents articles in the live generation
 * @param byLanguage articles per main language
 * @param byCollection articles per collection
 * @param sizeBytes bytes on disk of the live generation
 * @param generation the live generation's folder name, or null when the folder holds no index
 * @param location the index folder
 * @param builtAt when the live generation was built, or null when unknown (an older index)
 * @param builtFrom the input paths it was built and updated from
 * @param updatedAt when {@code index} last changed it, or null when it is as built
 * @param previousGeneration the generation {@code rollback} would go back to, or null
 * @param lastRun the last write to the index (rebuild, index, rollback), successful or not, or
 *     null
 */
public record IndexStats(
    long documents,
    Map<String, Long> byLanguage,
    Map<String, Long> byCollection,
    long sizeBytes,
    String generation,
    String location,
    Instant builtAt,
    List<String> builtFrom,
    Instant updatedAt,
    String previousGeneration,
    RunReport lastRun) {

  public IndexStats {
    byLanguage = Map.copyOf(byLanguage);
    byCollection = Map.copyOf(byCollection);
    builtFrom = List.copyOf(builtFrom);
  }
}
