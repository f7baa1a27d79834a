package revue.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ministers revue knows by name: {@code revue/ministers.tsv} (its header documents the
 * format) plus any user files in the same format, indexed for exact phrase lookup and for
 * spelling-tolerant lookup by first or last word.
 *
 * <p>Immutable once built, thread-safe.
 */
final class MinisterGazetteer {

  static final String RESOURCE = "/revue/ministers.tsv";

  /** One office a person held. */
  record Office(String name, String country, String portfolio, LocalDate from, LocalDate to) {}

  /** One way of writing a minister's name, as folded words. */
  record Alias(String canonical, List<String> words) {}

  private static final Set<String> PORTFOLIOS = Set.of("foreign", "head-of-government");

  private final PhraseTrie<String> trie = new PhraseTrie<>();
  private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
  private final Map<String, List<Alias>> byLastWord = new HashMap<>();
  private final Map<String, List<Office>> offices = new LinkedHashMap<>();
  private final List<Alias> aliases = new ArrayList<>();

  private MinisterGazetteer() {}

  static MinisterGazetteer load(List<Path> userFiles) {
    MinisterGazetteer g = new MinisterGazetteer();
    try (InputStream in = MinisterGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      g.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path p : userFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        g.read(r, p.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + p, e);
      }
    }
    return g;
  }

  PhraseTrie<String> trie() {
    return trie;
  }

  java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(byFirstWord.keySet());
  }

  java.util.Set<String> lastWords() {
    return java.util.Collections.unmodifiableSet(byLastWord.keySet());
  }

  List<Alias> aliasesStartingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  List<Alias> aliasesEndingWith(String word) {
    return byLastWord.getOrDefault(word, List.of());
  }

  List<Alias> aliases() {
    return aliases;
  }

  boolean knows(String canonical) {
    return offices.containsKey(canonical);
  }

  List<Office> offices(String canonical) {
    return offices.getOrDefault(canonical, List.of());
  }

  private void read(Reader reader, String source) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 5 || c.length > 6) {
        throw new GazetteerFormatException(
            source, n, "expected 6 tab-separated columns (name, country, portfolio, from, to,"
                + " aliases), found " + c.length);
      }
      String name = c[0].strip();
      if (name.isEmpty()) {
        throw new GazetteerFormatException(source, n, "empty canonical name");
      }
      String country = c[1].strip();
      if (!country.matches("[A-Z]{2}")) {
        throw new GazetteerFormatException(
            source, n, "country must be an ISO 3166 alpha-2 code such as MA, found '" + country + "'");
      }
      String portfolio = c[2].strip();
      if (!PORTFOLIOS.contains(portfolio)) {
        // Users may list other portfolios; keep them but check the spelling is a single word.
        if (!portfolio.matches("[a-z][a-z-]*")) {
          throw new GazetteerFormatException(
              source, n, "portfolio must be a lower-case word such as foreign, found '" + portfolio + "'");
        }
      }
      LocalDate from = date(c[3], source, n);
      LocalDate to = date(c[4], source, n);
      offices.computeIfAbsent(name, k -> new ArrayList<>())
          .add(new Office(name, country, portfolio, from, to));
      addAlias(name, name);
      if (c.length == 6 && !c[5].isBlank()) {
        for (String a : c[5].split("\\|")) {
          if (!a.isBlank()) {
            addAlias(name, a.strip());
          }
        }
      }
    }
  }

  private static LocalDate date(String s, String source, int line) {
    String v = s.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      if (v.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(v), 1, 1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new GazetteerFormatException(source, line, "date must be YYYY or YYYY-MM-DD, found '" + v + "'");
    }
  }

  private void addAlias(String canonical, String alias) {
    List<String> words = new ArrayList<>();
    for (Token t : TextFolding.tokens(alias)) {
      words.add(t.norm());
    }
    if (words.isEmpty()) {
      return;
    }
    // The first file to claim a spelling keeps it, so a user file cannot silently re-point one.
    trie.put(List.copyOf(words), canonical, (old, neu) -> old);
    Alias a = new Alias(canonical, List.copyOf(words));
    aliases.add(a);
    if (words.size() >= 2) {
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(a);
      byLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(a);
    }
  }
}
