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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ministers revue knows by name: {@code revue/ministers.tsv} (its header documents the format)
 * plus any user files in the same format, indexed for exact phrase lookup and for spelling-tolerant
 * lookup by first or last word.
 *
 * <p>Immutable once built, thread-safe.
 */
final class MinisterGazetteer {

  static final String RESOURCE = "/revue/ministers.tsv";

  /** One office a person held. */
  record Office(String name, String country, String portfolio, LocalDate from, LocalDate to) {}

  /** One way of writing a minister's name, as folded words. */
  record Alias(String canonical, List<String> words) {}

  /** Days before a term's start and after its end that an article's date still falls in it. */
  static final int TERM_MARGIN_DAYS = 31;

  private static final Set<String> PORTFOLIOS = Set.of("foreign", "head-of-government");

  private final PhraseTrie<String> trie = new PhraseTrie<>();
  private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
  private final Map<String, List<Alias>> byLastWord = new HashMap<>();
  private final Map<String, List<Office>> offices = new LinkedHashMap<>();
  private final List<Alias> aliases = new ArrayList<>();

  /** The canonical names whose offices a collection showed ({@link ObservedTenures}). */
  private final Set<String> observed = new java.util.HashSet<>();

  /** Their spellings, matched after the names a text presents with a title. */
  private final PhraseTrie<String> observedTrie = new PhraseTrie<>();

  /**
   * Their Latin-script names' ends past the first word, folded ("blanquer", "le drian"): the family
   * names a courtesy title may stand before ("M. Blanquer"), each with the names ending so.
   */
  private final Map<String, List<String>> observedFamilies = new HashMap<>();

  private MinisterGazetteer() {}

  /** The bundled gazetteer {@value #RESOURCE} plus the user's files. */
  static MinisterGazetteer load(List<Path> userFiles) {
    return withUserFiles(bundled(), userFiles);
  }

  /** Reads the bundled gazetteer {@value #RESOURCE}. */
  static MinisterGazetteer bundled() {
    MinisterGazetteer g = new MinisterGazetteer();
    try (InputStream in = MinisterGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      g.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  /** Adds the user's files to a gazetteer not yet shared, and returns it. */
  static MinisterGazetteer withUserFiles(MinisterGazetteer g, List<Path> userFiles) {
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

  /** The spellings of the ministers a collection showed in office, empty for the gazetteer's. */
  PhraseTrie<String> observedTrie() {
    return observedTrie;
  }

  boolean hasObserved() {
    return !observed.isEmpty();
  }

  /** The observed names whose words after the first end as {@code family} (folded words). */
  List<String> observedWithFamily(String family) {
    return observedFamilies.getOrDefault(family, List.of());
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

  /**
   * Whether a person held one of their offices on a date, give or take {@link #TERM_MARGIN_DAYS}
   * (news names a minister designate and an outgoing one around the change, and the file's dates
   * are a reader's); true for a name with no dated office, such as a user file's line without
   * dates.
   */
  boolean inOffice(String canonical, LocalDate date) {
    List<Office> held = offices.get(canonical);
    if (held == null || held.isEmpty()) {
      return true;
    }
    LocalDate early = date.plusDays(TERM_MARGIN_DAYS);
    LocalDate late = date.minusDays(TERM_MARGIN_DAYS);
    for (Office o : held) {
      if ((o.from() == null || !early.isBefore(o.from()))
          && (o.to() == null || !late.isAfter(o.to()))) {
        return true;
      }
    }
    return false;
  }

  /** Every office, by canonical name in the order first read (for {@link GazetteerSnapshot}). */
  Map<String, List<Office>> allOffices() {
    return java.util.Collections.unmodifiableMap(offices);
  }

  /** An empty gazetteer that {@link GazetteerSnapshot} fills as it was read. */
  static MinisterGazetteer restoring() {
    return new MinisterGazetteer();
  }

  /** Puts back an office, in order. */
  void restoreOffice(Office office) {
    offices.computeIfAbsent(office.name(), k -> new ArrayList<>()).add(office);
  }

  /** Puts back an alias (folded words), in order. */
  void restoreAlias(Alias alias) {
    addFolded(alias.canonical(), alias.words());
  }

  boolean knows(String canonical) {
    return offices.containsKey(canonical) && !observed.contains(canonical);
  }

  /**
   * This gazetteer and the ministers a collection showed in office ({@link ObservedTenures}): each
   * tag's own spelling ({@link #observedTrie}), matched exactly (not by its first or last word, as
   * the gazetteer's names are read with one slip), counted on the dates of its observed terms. A
   * name the gazetteer spells already stays the gazetteer's.
   */
  MinisterGazetteer withTenures(ObservedTenures tenures) {
    MinisterGazetteer g = new MinisterGazetteer();
    g.offices.putAll(offices);
    for (Alias a : aliases) {
      g.addFolded(a.canonical(), a.words());
    }
    for (ObservedTenures.Tenure t : tenures.tenures()) {
      if (offices.containsKey(t.name())) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (Token tok : TextFolding.tokens(t.name())) {
        words.add(tok.norm());
      }
      PhraseTrie.Match<String> spelled = trie.longestAt(words.stream().map(List::of).toList(), 0);
      if (spelled != null && spelled.to() == words.size()) {
        continue; // the gazetteer's spelling of someone
      }
      List<Office> held = new ArrayList<>();
      for (ObservedTenures.Term term : t.terms()) {
        held.add(new Office(t.name(), "", "observed", term.from(), term.to()));
      }
      g.offices.put(t.name(), held);
      g.observed.add(t.name());
      g.observedTrie.put(List.copyOf(words), t.name(), (old, neu) -> old);
      for (String family : t.familyNames()) {
        List<String> names = g.observedFamilies.computeIfAbsent(family, x -> new ArrayList<>());
        if (!names.contains(t.name())) {
          names.add(t.name());
        }
      }
    }
    return g;
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
            source,
            n,
            "expected 6 tab-separated columns (name, country, portfolio, from, to,"
                + " aliases), found "
                + c.length);
      }
      String name = c[0].strip();
      if (name.isEmpty()) {
        throw new GazetteerFormatException(source, n, "empty canonical name");
      }
      String country = c[1].strip();
      if (!isCountryCode(country)) {
        throw new GazetteerFormatException(
            source,
            n,
            "country must be an ISO 3166 alpha-2 code such as MA, found '" + country + "'");
      }
      String portfolio = c[2].strip();
      if (!PORTFOLIOS.contains(portfolio)) {
        // Users may list other portfolios; keep them but check the spelling is a single word.
        if (!isPortfolioWord(portfolio)) {
          throw new GazetteerFormatException(
              source,
              n,
              "portfolio must be a lower-case word such as foreign, found '" + portfolio + "'");
        }
      }
      LocalDate from = date(c[3], source, n);
      LocalDate to = date(c[4], source, n);
      offices
          .computeIfAbsent(name, k -> new ArrayList<>())
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

  // The checks below are written out rather than as regular expressions: three patterns compiled
  // per line were a good part of a cold start's gazetteer load.

  /** Two capital ASCII letters, as [A-Z]{2}. */
  private static boolean isCountryCode(String s) {
    return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A lower-case ASCII word that may hold hyphens, as [a-z][a-z-]*. */
  private static boolean isPortfolioWord(String s) {
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 'a' || c > 'z') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** YYYY (the first of January) or YYYY-MM-DD; null when empty. */
  private static LocalDate date(String s, String source, int line) {
    String v = s.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      if (v.length() == 4 && digits(v, 0, 4)) {
        return LocalDate.of(Integer.parseInt(v), 1, 1);
      }
      if (v.length() == 10
          && digits(v, 0, 4)
          && v.charAt(4) == '-'
          && digits(v, 5, 7)
          && v.charAt(7) == '-'
          && digits(v, 8, 10)) {
        return LocalDate.of(
            Integer.parseInt(v, 0, 4, 10),
            Integer.parseInt(v, 5, 7, 10),
            Integer.parseInt(v, 8, 10, 10));
      }
    } catch (DateTimeException e) {
      // a month or day out of range (2020-02-30): the same message as a malformed date
    }
    throw new GazetteerFormatException(
        source, line, "date must be YYYY or YYYY-MM-DD, found '" + v + "'");
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void addAlias(String canonical, String alias) {
    List<String> words = new ArrayList<>();
    for (Token t : TextFolding.tokens(alias)) {
      words.add(t.norm());
    }
    if (!words.isEmpty()) {
      addFolded(canonical, words);
    }
  }

  private void addFolded(String canonical, List<String> words) {
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
