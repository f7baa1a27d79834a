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
 * Scores the extractor against the hand-labelled gold set (issue 5): precision and recall per
 * language for countries and ministers, read from ../shared/corpora by article id.
 *
 * <p>Run: {@code mvn -q test -Dtest=GoldSetEvaluationTest} (prints both tables, gold first), or
 * its main method (argument "heldout" for the held-out set).
 * Skips when ../shared/corpora is absent.
 */
@Tag(SharedCorpora.TAG)
class GoldSetEvaluationTest {

  static final Path CORPORA = Path.of("..", "shared", "corpora");

  /** One labelled article. */
  record Gold(String collection, String sourceId, Set<String> countries, Set<String> ministers) {}

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
          "orangesum-fr", new String[] {"id", "title", "article"},
          "ant-multisource-ar", new String[] {"docno", "title", "text"},
          "ant-jawharafm-ar", new String[] {"docno", "title", "text"},
          "saudinewsnet-ar", new String[] {"url", "title", "content"},
          "reuters21578-en", new String[] {"newid", "title", "body"});

  /** The issue's targets on the gold set: countries P and R >= 0.95, ministers >= 0.90, no split. */
  @Test
  void holdsPrecisionAndRecallOnTheGoldSet() throws IOException {
    SharedCorpora.require();
    Map<String, Score[]> scores = evaluate(EntityExtractor.defaults(), GOLD, true);
    for (Map.Entry<String, Score[]> e : scores.entrySet()) {
      Score c = e.getValue()[0];
      Score m = e.getValue()[1];
      String lang = e.getKey();
      assertTrue(c.precision() >= 0.95, lang + " country precision " + c.precision());
      assertTrue(c.recall() >= 0.95, lang + " country recall " + c.recall());
      assertTrue(m.precision() >= 0.90, lang + " minister precision " + m.precision());
      assertTrue(m.recall() >= 0.90, lang + " minister recall " + m.recall());
      assertEquals(0, e.getValue()[2].fp, lang + " ministers split in two");
    }
  }

  /**
   * The held-out set (heldout-entities.tsv: articles labelled before scoring, never read while
   * writing rules) is the honest figure; run {@code main} to print it. First measurement (fr, ar,
   * en): countries P 1.00/0.94/0.87, R 1.00/0.98/1.00; ministers P 0.93/0.71/0.67, R
   * 0.76/0.71/0.40. The floors sit below it and only guard against regressions; they are not
   * targets.
   */
  @Test
  void holdsUpOnTheHeldOutSet() throws IOException {
    SharedCorpora.require();
    Map<String, Score[]> scores = evaluate(EntityExtractor.defaults(), HELD_OUT, true);
    for (Map.Entry<String, Score[]> e : scores.entrySet()) {
      Score c = e.getValue()[0];
      Score m = e.getValue()[1];
      String lang = e.getKey();
      assertTrue(c.precision() >= 0.85, lang + " country precision " + c.precision());
      assertTrue(c.recall() >= 0.85, lang + " country recall " + c.recall());
      assertTrue(m.precision() >= 0.60, lang + " minister precision " + m.precision());
      assertTrue(m.recall() >= 0.35, lang + " minister recall " + m.recall());
    }
  }

  static final String GOLD = "/revue/entity/gold-entities.tsv";
  static final String HELD_OUT = "/revue/entity/heldout-entities.tsv";

  /** Prints the figures of the gold set, or of the set named as the argument ("heldout"). */
  public static void main(String[] args) throws IOException {
    boolean heldOut = args.length > 0 && args[0].equals("heldout");
    evaluate(EntityExtractor.defaults(), heldOut ? HELD_OUT : GOLD, true);
  }

  /** Per language: [countries, ministers, splits (fp = split names)]. */
  static Map<String, Score[]> evaluate(EntityExtractor extractor, String labels, boolean print)
      throws IOException {
    List<Gold> gold = readGold(labels);
    Map<String, Set<String>> wanted = new HashMap<>();
    for (Gold g : gold) {
      wanted.computeIfAbsent(g.collection(), k -> new java.util.HashSet<>()).add(g.sourceId());
    }
    Map<String, String> texts = new HashMap<>();
    for (Map.Entry<String, Set<String>> w : wanted.entrySet()) {
      readTexts(w.getKey(), w.getValue(), texts);
    }
    Map<String, Score[]> byLang = new java.util.TreeMap<>();
    for (Gold g : gold) {
      String text = texts.get(g.collection() + "\t" + g.sourceId());
      if (text == null) {
        throw new IllegalStateException("article not found: " + g.collection() + " " + g.sourceId());
      }
      String lang = g.collection().substring(g.collection().lastIndexOf('-') + 1);
      Score[] s = byLang.computeIfAbsent(lang, k -> new Score[] {new Score(), new Score(), new Score()});
      count(s[0], g.sourceId(), g.countries(), new LinkedHashSet<>(extractor.countries(text)));
      Set<String> predicted = new LinkedHashSet<>();
      for (String name : extractor.ministers(text)) {
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
          System.out.printf(
              Locale.ROOT, "%-5s %-10s %.3f  %.3f  %3d %3d %3d%n", e.getKey(), names[i],
              s.precision(), s.recall(), s.tp, s.fp, s.fn);
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
    List<Gold> out = new ArrayList<>();
    try (InputStream in = GoldSetEvaluationTest.class.getResourceAsStream(labels);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        Set<String> countries = new LinkedHashSet<>();
        for (String code : c[2].split(" ")) {
          if (!code.isBlank()) {
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

  private static void readTexts(String collection, Set<String> ids, Map<String, String> out)
      throws IOException {
    String[] f = FIELDS.get(collection);
    ObjectMapper json = new ObjectMapper();
    Path file = CORPORA.resolve(collection + ".jsonl.gz");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      int found = 0;
      while ((line = r.readLine()) != null && found < ids.size()) {
        JsonNode n = json.readTree(line);
        String id = n.path(f[0]).asText();
        if (ids.contains(id)) {
          out.put(collection + "\t" + id, n.path(f[1]).asText("").strip() + "\n" + n.path(f[2]).asText(""));
          found++;
        }
      }
    }
  }
}
