package revue.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import revue.RevueException;

/**
 * The ids of the articles a saved search has reported, in {@code watch-state/NAME.reported} beside
 * the watch file: a first line naming the query and filters they were taken for, then one article
 * id per line, sorted. Article ids ({@code collection/sourceId}) are the same after a rebuild and
 * after an unchanged file is read again, so neither reports an article twice.
 *
 * <p>Replaced atomically as the last step of a saved search's run: a run killed before it leaves
 * the previous list, and the next run reports those articles again. Immutable.
 */
final class ReportedIds {

  static final String FOLDER = "watch-state";
  private static final String FOR = "# reported by the saved search ";

  private final String definition;
  private final Set<String> ids;

  private ReportedIds(String definition, Set<String> ids) {
    this.definition = definition;
    this.ids = ids;
  }

  static Path file(Path indexDir, String name) {
    return indexDir.resolve(FOLDER).resolve(name + ".reported");
  }

  /** The list of a saved search, or empty when it has none yet (never run, or just added). */
  static Optional<ReportedIds> read(Path indexDir, String name) {
    Path file = file(indexDir, name);
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith(FOR)) {
        // not ours, or an older format: the saved search starts over from its current matches
        return Optional.empty();
      }
      Set<String> ids = new TreeSet<>(lines.subList(1, lines.size()));
      ids.remove("");
      return Optional.of(new ReportedIds(lines.get(0).substring(FOR.length()), ids));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new RevueException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The list as it stands after reporting {@code more} too. */
  static ReportedIds of(String definition, Collection<String> ids) {
    return new ReportedIds(definition.replace('\n', ' '), new TreeSet<>(ids));
  }

  ReportedIds plus(Collection<String> more) {
    Set<String> all = new TreeSet<>(ids);
    all.addAll(more);
    return new ReportedIds(definition, all);
  }

  /**
   * The query and filters the ids were taken for, as {@code SavedSearch#definition()} prints them.
   */
  String definition() {
    return definition;
  }

  boolean contains(String id) {
    return ids.contains(id);
  }

  int size() {
    return ids.size();
  }

  void write(Path indexDir, String name) {
    StringBuilder text = new StringBuilder(FOR).append(definition).append('\n');
    for (String id : ids) {
      text.append(id).append('\n');
    }
    Path file = file(indexDir, name);
    try {
      AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RevueException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static void delete(Path indexDir, String name) {
    try {
      Files.deleteIfExists(file(indexDir, name));
    } catch (IOException e) {
      throw new RevueException("cannot delete " + file(indexDir, name) + ": " + e.getMessage(), e);
    }
  }
}
