package revue.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import revue.Filter;
import revue.InvalidInputException;
import revue.RevueException;
import revue.Watches.SavedSearch;

/**
 * The saved-search file beside an index, {@code watches.txt}: settings, then one section per saved
 * search.
 *
 * <pre>
 * # comments and blank lines are kept as they are
 * # where runs write NAME.atom (relative to the index folder), and the entries each feed keeps
 * feeds = feeds
 * keep = 50
 *
 * [bourita-niger]
 * query = Bourita Niger
 * # as many filters as wanted, as after --filter
 * filter = country=NE
 * </pre>
 *
 * <p>Read leniently: a section edited into nonsense is a problem naming its line, and the other
 * sections stay usable. Adding and removing edit the text, so hand-written comments (and a broken
 * section, until it is fixed or removed) survive; every change replaces the file atomically.
 * Immutable.
 */
public final class WatchFile {

  public static final String NAME = "watches.txt";
  static final String DEFAULT_FEEDS = "feeds";
  static final int DEFAULT_KEEP = 50;

  private static final String HEADER =
      """
      # revue saved searches: `revue watch add/remove`, or edit by hand (see docs/watch.md).
      # Settings: the folder runs write NAME.atom feeds into (relative to this folder), and how many
      # entries each feed keeps. Then one [NAME] section per saved search: one query, any filters.
      feeds = feeds
      keep = 50
      """;

  /** One [NAME] section: its lines in the file, and the saved search or what is wrong with it. */
  record Section(String name, int firstLine, int lastLine, SavedSearch search, String problem) {}

  private final Path file;
  private final List<String> lines;
  private final List<Section> sections;
  private final List<String> problems;
  private final String feeds;
  private final int keep;

  private WatchFile(Path file, List<String> lines) {
    this.file = file;
    this.lines = List.copyOf(lines);
    List<Section> found = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    String feedsSetting = DEFAULT_FEEDS;
    int keepSetting = DEFAULT_KEEP;
    Map<String, Integer> seen = new LinkedHashMap<>();
    int i = 0;
    // settings, up to the first section
    for (; i < lines.size() && !isSection(lines.get(i)); i++) {
      String line = content(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String value = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (eq < 0 || value.isEmpty()) {
        bad.add(where(i) + "expected 'feeds = DIR' or 'keep = N', got '" + line + "'");
      } else if (key.equals("feeds")) {
        feedsSetting = value;
      } else if (key.equals("keep")) {
        try {
          keepSetting = Integer.parseInt(value);
          if (keepSetting < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          keepSetting = DEFAULT_KEEP;
          bad.add(
              where(i) + "keep must be a whole number of entries, at least 1, got '" + value + "'");
        }
      } else {
        bad.add(where(i) + "unknown setting '" + key + "' (feeds or keep)");
      }
    }
    while (i < lines.size()) {
      int first = i;
      String header = content(lines.get(i));
      String name = header.substring(1, header.length() - 1).strip();
      String query = null;
      List<Filter> filters = new ArrayList<>();
      String problem = null;
      for (i++; i < lines.size() && !isSection(lines.get(i)); i++) {
        String line = content(lines.get(i));
        if (line.isEmpty() || problem != null) {
          continue;
        }
        int eq = line.indexOf('=');
        String key = eq < 0 ? "" : line.substring(0, eq).strip();
        String value = eq < 0 ? "" : line.substring(eq + 1).strip();
        if (key.equals("query") && query == null) {
          query = value;
        } else if (key.equals("query")) {
          problem = where(i) + "saved search '" + name + "' has a second query";
        } else if (key.equals("filter")) {
          try {
            filters.add(Filter.parse(value));
          } catch (InvalidInputException e) {
            problem = where(i) + "saved search '" + name + "': " + e.getMessage();
          }
        } else {
          problem =
              where(i)
                  + "saved search '"
                  + name
                  + "': expected 'query = ...' or 'filter = DIM=VALUE', got '"
                  + line
                  + "'";
        }
      }
      int last = i - 1;
      if (problem == null) {
        problem = nameProblem(name).map(p -> where(first) + p).orElse(null);
      }
      if (problem == null && seen.containsKey(name)) {
        problem =
            where(first)
                + "saved search '"
                + name
                + "' is defined twice (first at line "
                + seen.get(name)
                + ")";
      }
      if (problem == null && (query == null || query.isBlank())) {
        problem = where(first) + "saved search '" + name + "' has no query";
      }
      seen.putIfAbsent(name, first + 1);
      SavedSearch search = problem == null ? new SavedSearch(name, query, filters) : null;
      if (problem != null) {
        bad.add(problem);
      }
      found.add(new Section(name, first, last, search, problem));
    }
    this.sections = List.copyOf(found);
    this.problems = List.copyOf(bad);
    this.feeds = feedsSetting;
    this.keep = keepSetting;
  }

  /** Reads the file in {@code indexDir}; a missing file has no saved searches and the defaults. */
  public static WatchFile read(Path indexDir) {
    Path file = indexDir.resolve(NAME);
    if (!Files.exists(file)) {
      return new WatchFile(file, List.of());
    }
    try {
      return new WatchFile(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RevueException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Why a name cannot name a saved search (it names its feed file too), if it cannot. */
  public static Optional<String> nameProblem(String name) {
    if (name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
      return Optional.empty();
    }
    return Optional.of(
        "bad saved search name '"
            + name
            + "' (letters, digits, '.', '_' and '-', starting with a letter or digit)");
  }

  public Path file() {
    return file;
  }

  /** The well-formed saved searches, in file order. */
  public List<SavedSearch> searches() {
    return sections.stream().filter(s -> s.search() != null).map(Section::search).toList();
  }

  /** One line per problem, each naming the file and line. */
  public List<String> problems() {
    return problems;
  }

  /** The problem of a section with this name that is not well-formed, if there is one. */
  public Optional<String> problemOf(String name) {
    return sections.stream()
        .filter(s -> s.name().equals(name) && s.problem() != null)
        .map(Section::problem)
        .findFirst();
  }

  public boolean has(String name) {
    return sections.stream().anyMatch(s -> s.name().equals(name));
  }

  /** The folder feeds are written into, resolved against the index folder. */
  public Path feeds() {
    return file.toAbsolutePath().getParent().resolve(feeds);
  }

  public int keep() {
    return keep;
  }

  /** Adds a section at the end of the file, creating it with its settings when it is missing. */
  public void add(SavedSearch search) {
    if (has(search.name())) {
      throw new InvalidInputException(
          "a saved search named '" + search.name() + "' exists already (remove it first)");
    }
    StringBuilder text = new StringBuilder();
    if (lines.isEmpty()) {
      text.append(HEADER);
    } else {
      lines.forEach(l -> text.append(l).append('\n'));
    }
    text.append('\n').append('[').append(search.name()).append("]\n");
    text.append("query = ").append(oneLine(search.query())).append('\n');
    for (Filter f : search.filters()) {
      text.append("filter = ")
          .append(f.dimension())
          .append('=')
          .append(oneLine(f.value()))
          .append('\n');
    }
    write(text.toString());
  }

  /** Removes the named section (well-formed or not), with the blank lines before it. */
  public void remove(String name) {
    Section section =
        sections.stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("no saved search named '" + name + "' in " + file));
    int from = section.firstLine();
    while (from > 0 && lines.get(from - 1).isBlank()) {
      from--;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i < from || i > section.lastLine()) {
        text.append(lines.get(i)).append('\n');
      }
    }
    write(text.toString());
  }

  /** Sets where feeds go and how many entries they keep, keeping everything else. */
  public void configure(String feedsDir, int keepEntries) {
    if (keepEntries < 1) {
      throw new InvalidInputException("--keep must be at least 1, got " + keepEntries);
    }
    List<String> out = new ArrayList<>(lines.isEmpty() ? HEADER.lines().toList() : lines);
    int end = 0;
    while (end < out.size() && !isSection(out.get(end))) {
      end++;
    }
    boolean feedsSet = false;
    boolean keepSet = false;
    for (int i = 0; i < end; i++) {
      String key = content(out.get(i)).split("=", 2)[0].strip();
      if (key.equals("feeds")) {
        out.set(i, "feeds = " + oneLine(feedsDir));
        feedsSet = true;
      } else if (key.equals("keep")) {
        out.set(i, "keep = " + keepEntries);
        keepSet = true;
      }
    }
    if (!keepSet) {
      out.add(end, "keep = " + keepEntries);
    }
    if (!feedsSet) {
      out.add(end, "feeds = " + oneLine(feedsDir));
    }
    StringBuilder text = new StringBuilder();
    out.forEach(l -> text.append(l).append('\n'));
    write(text.toString());
  }

  private void write(String text) {
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RevueException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isSection(String line) {
    String c = content(line);
    return c.startsWith("[") && c.endsWith("]");
  }

  /**
   * The line without outer blanks; a comment line is empty. Comments take whole lines only: a query
   * may hold a '#' (hashtags).
   */
  private static String content(String line) {
    String s = line.strip();
    return s.startsWith("#") ? "" : s;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private String where(int line) {
    return file + ":" + (line + 1) + ": ";
  }
}
