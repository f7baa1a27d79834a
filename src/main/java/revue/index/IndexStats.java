package revue.index;

import java.util.Map;

/**
 * What a revue index holds.
 *
 * @param documents articles in the live generation
 * @param byLanguage articles per main language
 * @param byCollection articles per collection
 * @param sizeBytes bytes on disk of the live generation
 * @param generation the live generation's folder name
 * @param location the index folder
 */
public record IndexStats(
    long documents,
    Map<String, Long> byLanguage,
    Map<String, Long> byCollection,
    long sizeBytes,
    String generation,
    String location) {

  public IndexStats {
    byLanguage = Map.copyOf(byLanguage);
    byCollection = Map.copyOf(byCollection);
  }
}
