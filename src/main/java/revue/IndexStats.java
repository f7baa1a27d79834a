package revue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a revue index holds, as {@link Revue#stats()} read it: the live generation's articles and
 * size, how it was built, and the last write to the folder. Instances are immutable; the maps and
 * the list are unmodifiable.
 *
 * @param documents articles in the live generation; 0 when the folder holds no index
 * @param byLanguage articles per main language (ISO 639-1 code, or {@code und}), in no particular
 *     order
 * @param byCollection articles per collection, in no particular order
 * @param sizeBytes bytes on disk of the live generation's files
 * @param generation the live generation's folder name, such as {@code gen-000003}, or null when the
 *     folder holds no index
 * @param location the index folder, absolute
 * @param builtAt when the live generation was built, or null when unknown (an older index)
 * @param builtFrom the input paths it was built and updated from, absolute; empty when unknown
 * @param updatedAt when {@link Revue#index} last changed it, or null when it is as built
 * @param previousGeneration the generation {@link Revue#rollback} would go back to, or null when
 *     there is none
 * @param lastRun the last write to the index ({@code rebuild}, {@code index}, {@code rollback}),
 *     successful or not, or null when none was recorded
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

  /**
   * Copies the maps and the list into unmodifiable ones.
   *
   * @throws NullPointerException when {@code byLanguage}, {@code byCollection} or {@code builtFrom}
   *     is null or holds null
   */
  public IndexStats {
    byLanguage = Map.copyOf(byLanguage);
    byCollection = Map.copyOf(byCollection);
    builtFrom = List.copyOf(builtFrom);
  }
}
