package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import revue.SharedCorpora;

/**
 * Scores the extractor against the hand-labelled sets (issues 5, 20, 26): precision and recall per
 * language for countries and ministers, read from ../shared/corpora by article id. Every set is
 * split into a development half and a held-out half (gold-split.tsv); the floors are asserted on
 * the held-out halves only.
 *
 * <p>Run: {@code mvn -q test -Dtest=GoldSetEvaluationTest -Drevue.gold.summary=true} prints every
 * set and half in one table (main with argument "summary" does the same; "summary errors" lists the
 * development halves' misses too, never the held-out ones'). Skips when ../shared/corpora is
 * absent.
 */
@Tag(SharedCorpora.TAG)
class GoldSetEvaluationTest {

  static final Path CORPORA = Path.of("..", "shared", "corpora");

  /** One labelled article; countries is null when the set does not label them. */
  record Gold(String collection, String sourceId, Set<String> countries, Set<String> ministers) {}

  /** Which articles of a labelled file are scored: one half of gold-split.tsv, or all. */
  enum Half {
    DEV,
    HELDOUT,
    ALL
  }

  /** Counts of one measure. */
  static final class Score {
    int tp;
    int fp;
    int fn;
    final List<String> errors = new ArrayList<>();

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  /** Where each collection keeps its id, title and body. */
  private static final Map<String, String[]> FIELDS =
      Map.of(
          "orangesum-fr", new String[] {"id", "title", "article", "date"},
          "ant-multisource-ar", new String[] {"docno", "title", "text", "time"},
          "ant-jawharafm-ar", new String[] {"docno", "title", "text", "time"},
          "saudinewsnet-ar", new String[] {"url", "title", "content", "date_extracted"},
          "reuters21578-en", new String[] {"newid", "title", "body", "date"});

  /**
   * The day of a record's date field, in the collections' formats: "2020-07-02",
   * "2017-01-20T21:43:00+01:00", "2015-07-21 02:51:32", "23/05/2015", "Sun, 18 Feb 2018 21:35:43
   * +0400", "26-FEB-1987 15:01:01.79"; null when absent or in another format.
   */
  static java.time.LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return java.time.LocalDate.parse(value.substring(0, 10));
    }
    if (value.matches("\\d{1,2}-[A-Za-z]{3}-\\d{4}.*")) {
      String[] p =
          value
              .substring(0, value.indexOf(' ') < 0 ? value.length() : value.indexOf(' '))
              .split("-");
      String month = p[1].charAt(0) + p[1].substring(1).toLowerCase(Locale.ROOT);
      return java.time.LocalDate.parse(
          p[0] + "-" + month + "-" + p[2],
          java.time.format.DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH));
    }
    if (value.matches("\\d{2}/\\d{2}/\\d{4}.*")) {
      return java.time.LocalDate.parse(
          value.substring(0, 10), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
    try {
      return java.time.ZonedDateTime.parse(
              value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDate();
    } catch (java.time.format.DateTimeParseException e) {
      return null; // an unknown format: every gazetteer name counts, as without a date
    }
  }

  /**
   * Floors on the held-out halves (gold-split.tsv), the figures users get: articles never read
   * while writing rules. Each floor is the measured figure rounded down to 0.05, a guard against
   * regressions, not a target; a set's development half is printed by {@code main} and asserts
   * nothing. Per language: countries P, R (-1: not labelled), ministers P, R.
   */
  @Test
  void holdsUpOnTheHeldOutHalves() throws IOException {
    SharedCorpora.require();
    if (Boolean.getBoolean("revue.gold.summary")) {
      summary(false);
    }
    assertFloors(
        GOLD,
        Map.of(
            "fr", new double[] {0.95, 0.95, 0.90, 0.90},
            "ar", new double[] {0.95, 0.95, 0.95, 0.80}));
    assertFloors(
        HELD_OUT,
        Map.of(
            "fr", new double[] {0.95, 0.95, 0.90, 0.90},
            "ar", new double[] {0.95, 0.95, 0.95, 0.65},
            "en", new double[] {0.75, 0.95, 0.95, 0.95}));
    assertFloors(
        DISCOVERY,
        Map.of(
            "fr", new double[] {-1, -1, 0.95, 0.70},
            "ar", new double[] {-1, -1, 0.90, 0.75},
            "en", new double[] {-1, -1, 0.95, 0.80}));
  }

  private static void assertFloors(String labels, Map<String, double[]> floors) throws IOException {
    Map<String, Score[]> scores = evaluate(EntityExtractor.defaults(), labels, Half.HELDOUT, false);
    assertEquals(floors.keySet(), scores.keySet(), labels + " languages");
    for (Map.Entry<String, Score[]> e : scores.entrySet()) {
      String what = labels + " held-out half, " + e.getKey();
      double[] f = floors.get(e.getKey());
      Score c = e.getValue()[0];
      Score m = e.getValue()[1];
      if (f[0] >= 0) {
        assertTrue(c.tp + c.fn > 0, what + ": countries labelled");
        assertTrue(c.precision() >= f[0], what + " country precision " + c.precision());
        assertTrue(c.recall() >= f[1], what + " country recall " + c.recall());
      }
      assertTrue(m.tp + m.fn > 0, what + ": ministers labelled");
      assertTrue(m.precision() >= f[2], what + " minister precision " + m.precision());
      assertTrue(m.recall() >= f[3], what + " minister recall " + m.recall());
      assertEquals(
          0, e.getValue()[2].fp, what + ": ministers split in two " + e.getValue()[2].errors);
    }
  }

  static final String GOLD = "/revue/entity/gold-entities.tsv";
  static final String HELD_OUT = "/revue/entity/heldout-entities.tsv";
  static final String DISCOVERY = "/revue/entity/discovery-entities.tsv";
  static final String SPLIT = "/revue/entity/gold-split.tsv";

  /**
   * Second draws of the discovery pools (issue 20), French and English, and Arabic: development
   * articles only, every one of them (no line in gold-split.tsv), labelled after the first sets'
   * held-out figures stopped following the development ones.
   */
  static final String DISCOVERY2_LATIN = "/revue/entity/discovery2-latin-entities.tsv";

  static final String DISCOVERY2_ARABIC = "/revue/entity/discovery2-arabic-entities.tsv";

  /** Third draws, continuing the second ones' order (labelled blind in the eighth session). */
  static final String DISCOVERY3_LATIN = "/revue/entity/discovery3-latin-entities.tsv";

  static final String DISCOVERY3_ARABIC = "/revue/entity/discovery3-arabic-entities.tsv";

  /** Fourth draw, French and English, continuing the third one's order (labelled blind). */
  static final String DISCOVERY4_LATIN = "/revue/entity/discovery4-latin-entities.tsv";

  /** Fourth Arabic draw, continuing the third one's order (labelled blind). */
  static final String DISCOVERY4_ARABIC = "/revue/entity/discovery4-arabic-entities.tsv";

  /** Fifth draw, French and English, continuing the fourth one's order (labelled blind). */
  static final String DISCOVERY5_LATIN = "/revue/entity/discovery5-latin-entities.tsv";

  /** Fifth Arabic draw, continuing the fourth one's order (labelled blind). */
  static final String DISCOVERY5_ARABIC = "/revue/entity/discovery5-arabic-entities.tsv";

  /** Sixth draw, French and English, continuing the fifth one's order (labelled blind). */
  static final String DISCOVERY6_LATIN = "/revue/entity/discovery6-latin-entities.tsv";

  /** Sixth Arabic draw, continuing the fifth one's order (labelled blind). */
  static final String DISCOVERY6_ARABIC = "/revue/entity/discovery6-arabic-entities.tsv";

  private static final Set<String> DEVELOPMENT_ONLY =
      Set.of(
          DISCOVERY2_LATIN,
          DISCOVERY2_ARABIC,
          DISCOVERY3_LATIN,
          DISCOVERY3_ARABIC,
          DISCOVERY4_LATIN,
          DISCOVERY4_ARABIC,
          DISCOVERY5_LATIN,
          DISCOVERY5_ARABIC,
          DISCOVERY6_LATIN,
          DISCOVERY6_ARABIC);

  /**
   * Prints the figures of one labelled set ("gold", "heldout" or "discovery"; default gold) on one
   * half ("dev", "heldout" or "all"; default all), e.g. {@code discovery heldout}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("summary")) {
      summary(args.length > 1 && args[1].equals("errors"));
      return;
    }
    String set = args.length > 0 ? args[0] : "gold";
    Half half = args.length > 1 ? Half.valueOf(args[1].toUpperCase(Locale.ROOT)) : Half.ALL;
    String labels =
        switch (set) {
          case "gold" -> GOLD;
          case "heldout" -> HELD_OUT;
          case "discovery" -> DISCOVERY;
          case "discovery2-latin" -> DISCOVERY2_LATIN;
          case "discovery2-arabic" -> DISCOVERY2_ARABIC;
          case "discovery3-latin" -> DISCOVERY3_LATIN;
          case "discovery3-arabic" -> DISCOVERY3_ARABIC;
          case "discovery4-latin" -> DISCOVERY4_LATIN;
          case "discovery4-arabic" -> DISCOVERY4_ARABIC;
          case "discovery5-latin" -> DISCOVERY5_LATIN;
          case "discovery5-arabic" -> DISCOVERY5_ARABIC;
          case "discovery6-latin" -> DISCOVERY6_LATIN;
          case "discovery6-arabic" -> DISCOVERY6_ARABIC;
          default ->
              throw new IllegalArgumentException(
                  "set: gold, heldout, discovery, discovery2-latin, discovery2-arabic, discovery3-latin,"
                      + " discovery3-arabic, discovery4-latin, discovery4-arabic, discovery5-latin,"
                      + " discovery5-arabic, discovery6-latin or discovery6-arabic, not "
                      + set);
        };
    System.out.println(set + " / " + half.name().toLowerCase(Locale.ROOT));
    evaluate(EntityExtractor.defaults(), labels, half, true);
  }

  /**
   * One line per set, half and language: ministers P / R (and countries where labelled), splits.
   */
  static void summary(boolean errors) throws IOException {
    EntityExtractor extractor = extractor();
    List<String> lines = new ArrayList<>();
    String[][] sets = {
      {"discovery", DISCOVERY},
      {"gold", GOLD},
      {"heldout", HELD_OUT},
      {"disc2-lat", DISCOVERY2_LATIN},
      {"disc2-ar", DISCOVERY2_ARABIC},
      {"disc3-lat", DISCOVERY3_LATIN},
      {"disc3-ar", DISCOVERY3_ARABIC},
      {"disc4-lat", DISCOVERY4_LATIN},
      {"disc4-ar", DISCOVERY4_ARABIC},
      {"disc5-lat", DISCOVERY5_LATIN},
      {"disc5-ar", DISCOVERY5_ARABIC},
      {"disc6-lat", DISCOVERY6_LATIN},
      {"disc6-ar", DISCOVERY6_ARABIC}
    };
    System.out.println(
        "set        half     lang  ministers P / R      countries P / R      splits");
    for (String[] set : sets) {
      for (Half half : List.of(Half.DEV, Half.HELDOUT)) {
        for (Map.Entry<String, Score[]> e : evaluate(extractor, set[1], half, false).entrySet()) {
          Score c = e.getValue()[0];
          Score m = e.getValue()[1];
          System.out.printf(
              Locale.ROOT,
              "%-10s %-8s %-5s %.3f / %.3f (%d/%d/%d)  %s  %d%n",
              set[0],
              half.name().toLowerCase(Locale.ROOT),
              e.getKey(),
              m.precision(),
              m.recall(),
              m.tp,
              m.fp,
              m.fn,
              c.tp + c.fp + c.fn == 0
                  ? "-                  "
                  : String.format(Locale.ROOT, "%.3f / %.3f", c.precision(), c.recall()),
              e.getValue()[2].fp);
          // the misses of the development halves only: the held-out ones are scored, never read
          for (Score sc : half == Half.DEV ? e.getValue() : new Score[0]) {
            sc.errors.forEach(
                x -> lines.add(set[0] + " " + half.name().toLowerCase(Locale.ROOT) + " " + x));
          }
        }
      }
    }
    if (errors) {
      lines.forEach(System.out::println);
    }
  }

  /**
   * The bundled extractor, with the tenures a collection's index shows when the system property
   * {@code revue.gold.index} names a generation directory (the index of the shared corpora): the
   * figures an article gets once indexed among them.
   */
  static EntityExtractor extractor() throws IOException {
    String index = System.getProperty("revue.gold.index");
    if (index == null) {
      return EntityExtractor.defaults();
    }
    try (var dir = org.apache.lucene.store.FSDirectory.open(Path.of(index));
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      ObservedTenures t =
          revue.index.TenureTagging.observe(reader, EntityExtractor.defaults()::knowsMinister);
      System.out.println("tenures observed in " + index + ": " + t.tenures().size());
      return EntityExtractor.defaults().withTenures(t);
    }
  }

  /** Per language: [countries, ministers, splits (fp = split names)]. */
  static Map<String, Score[]> evaluate(EntityExtractor extractor, String labels, boolean print)
      throws IOException {
    return evaluate(extractor, labels, Half.ALL, print);
  }

  private static final Map<String, Map<String, String>> TEXTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The day of each article read, by collection TAB id: a gazetteer minister counts on it. */
  private static final Map<String, java.time.LocalDate> DATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Per language, on one half of the labelled file: [countries, ministers, splits]. */
  static Map<String, Score[]> evaluate(
      EntityExtractor extractor, String labels, Half half, boolean print) throws IOException {
    List<Gold> gold = readGold(labels, half);
    Map<String, String> texts = TEXTS.get(labels);
    if (texts == null) {
      // every article of the file, read once per run: the halves and sets share one pass
      Map<String, Set<String>> wanted = new HashMap<>();
      for (Gold g : readGold(labels)) {
        wanted.computeIfAbsent(g.collection(), k -> new java.util.HashSet<>()).add(g.sourceId());
      }
      texts = new HashMap<>();
      for (Map.Entry<String, Set<String>> w : wanted.entrySet()) {
        readTexts(w.getKey(), w.getValue(), texts);
      }
      TEXTS.put(labels, texts);
    }
    Map<String, Score[]> byLang = new java.util.TreeMap<>();
    for (Gold g : gold) {
      String text = texts.get(g.collection() + "\t" + g.sourceId());
      if (text == null) {
        throw new IllegalStateException(
            "article not found: " + g.collection() + " " + g.sourceId());
      }
      String lang = g.collection().substring(g.collection().lastIndexOf('-') + 1);
      Score[] s =
          byLang.computeIfAbsent(lang, k -> new Score[] {new Score(), new Score(), new Score()});
      if (g.countries() != null) {
        count(s[0], g.sourceId(), g.countries(), new LinkedHashSet<>(extractor.countries(text)));
      }
      Set<String> predicted = new LinkedHashSet<>();
      for (String name :
          extractor.ministers(text, DATES.get(g.collection() + "\t" + g.sourceId()))) {
        predicted.add(key(name));
      }
      Set<String> expected = new LinkedHashSet<>();
      for (String name : g.ministers()) {
        expected.add(key(name));
      }
      count(s[1], g.sourceId(), expected, predicted);
      // A split: two predicted names for one person (same last word, not both expected).
      Map<String, Integer> lastWords = new HashMap<>();
      for (String p : predicted) {
        lastWords.merge(p.substring(p.lastIndexOf(' ') + 1), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> lw : lastWords.entrySet()) {
        if (lw.getValue() > 1) {
          s[2].fp++;
          s[2].errors.add(g.sourceId() + " split " + lw.getKey() + " in " + predicted);
        }
      }
    }
    if (print) {
      System.out.println("lang  measure    P      R      tp  fp  fn");
      for (Map.Entry<String, Score[]> e : byLang.entrySet()) {
        String[] names = {"countries", "ministers"};
        for (int i = 0; i < 2; i++) {
          Score s = e.getValue()[i];
          if (s.tp + s.fp + s.fn == 0) {
            continue; // not labelled in this set (discovery labels ministers only)
          }
          System.out.printf(
              Locale.ROOT,
              "%-5s %-10s %.3f  %.3f  %3d %3d %3d%n",
              e.getKey(),
              names[i],
              s.precision(),
              s.recall(),
              s.tp,
              s.fp,
              s.fn);
        }
        System.out.println("      splits     " + e.getValue()[2].fp);
      }
      for (Map.Entry<String, Score[]> e : byLang.entrySet()) {
        for (Score s : e.getValue()) {
          s.errors.forEach(x -> System.out.println(e.getKey() + "  " + x));
        }
      }
    }
    return byLang;
  }

  private static String key(String name) {
    return String.join(" ", TextFolding.tokens(name).stream().map(Token::norm).toList());
  }

  private static void count(Score s, String id, Set<String> expected, Set<String> predicted) {
    for (String p : predicted) {
      if (expected.contains(p)) {
        s.tp++;
      } else {
        s.fp++;
        s.errors.add(id + " FP " + p);
      }
    }
    for (String e : expected) {
      if (!predicted.contains(e)) {
        s.fn++;
        s.errors.add(id + " FN " + e);
      }
    }
  }

  static List<Gold> readGold(String labels) throws IOException {
    return readGold(labels, Half.ALL);
  }

  /** The labelled articles of one half (gold-split.tsv) of a labels file. */
  static List<Gold> readGold(String labels, Half half) throws IOException {
    if (DEVELOPMENT_ONLY.contains(labels) && half != Half.ALL) {
      return half == Half.DEV ? readGold(labels, Half.ALL) : List.of();
    }
    Map<String, String> halves = half == Half.ALL ? Map.of() : readSplit(labels);
    List<Gold> out = new ArrayList<>();
    try (InputStream in = GoldSetEvaluationTest.class.getResourceAsStream(labels);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (half != Half.ALL) {
          String h = halves.get(c[0] + "\t" + c[1]);
          if (h == null) {
            throw new IllegalStateException(
                labels + ": no half in gold-split.tsv for " + c[0] + " " + c[1]);
          }
          if (!h.equals(half.name().toLowerCase(Locale.ROOT))) {
            continue;
          }
        }
        Set<String> countries = c[2].equals("-") ? null : new LinkedHashSet<>();
        for (String code : c[2].split(" ")) {
          if (countries != null && !code.isBlank()) {
            countries.add(code);
          }
        }
        Set<String> ministers = new LinkedHashSet<>();
        for (String m : c[3].split("\\|")) {
          if (!m.isBlank()) {
            ministers.add(m.strip());
          }
        }
        out.add(new Gold(c[0], c[1], countries, ministers));
      }
    }
    return out;
  }

  /** collection TAB id -> "dev" or "heldout", for one labels file, from gold-split.tsv. */
  static Map<String, String> readSplit(String labels) throws IOException {
    String file = labels.substring(labels.lastIndexOf('/') + 1);
    Map<String, String> out = new HashMap<>();
    try (InputStream in = GoldSetEvaluationTest.class.getResourceAsStream(SPLIT);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c[0].equals(file)) {
          out.put(c[1] + "\t" + c[2], c[3]);
        }
      }
    }
    return out;
  }

  private static void readTexts(String collection, Set<String> ids, Map<String, String> out)
      throws IOException {
    String[] f = FIELDS.get(collection);
    ObjectMapper json = new ObjectMapper();
    Path file = CORPORA.resolve(collection + ".jsonl.gz");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      int found = 0;
      while ((line = r.readLine()) != null && found < ids.size()) {
        JsonNode n = json.readTree(line);
        String id = n.path(f[0]).asText();
        if (ids.contains(id)) {
          out.put(
              collection + "\t" + id,
              n.path(f[1]).asText("").strip() + "\n" + n.path(f[2]).asText(""));
          java.time.LocalDate day = day(n.path(f[3]).asText(""));
          if (day != null) {
            DATES.put(collection + "\t" + id, day);
          }
          found++;
        }
      }
    }
  }
}
