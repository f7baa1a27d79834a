package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import revue.SharedCorpora;

/**
 * Measures language identification on the real corpora in {@code ../shared/corpora}: each article
 * (title + body) and each title alone must get its corpus's language. Skips when the corpora are
 * absent.
 *
 * <p>By default a fixed-seed sample of {@value #DEFAULT_SAMPLE} articles per corpus keeps the suite
 * fast; {@code -Drevue.langid.sample=0} measures every article and prints figures, e.g. {@code mvn
 * -q test -Dtest=CorpusLanguageIdentificationTest -Drevue.langid.sample=0}.
 */
@Tag(SharedCorpora.TAG)
class CorpusLanguageIdentificationTest {

  private static final int DEFAULT_SAMPLE = 1500;
  private static final Path CORPORA = SharedCorpora.DIR;

  /** Corpus file, its language, and its title and body fields. */
  record Corpus(String file, String lang, String titleField, String bodyField) {}

  static final List<Corpus> CORPUS_FIELDS =
      List.of(
          new Corpus("orangesum-fr.jsonl.gz", "fr", "title", "article"),
          new Corpus("ant-multisource-ar.jsonl.gz", "ar", "title", "text"),
          new Corpus("ant-jawharafm-ar.jsonl.gz", "ar", "title", "text"),
          new Corpus("saudinewsnet-ar.jsonl.gz", "ar", "title", "content"),
          new Corpus("reuters21578-en.jsonl.gz", "en", "title", "body"));

  /**
   * What one corpus gave: records sampled, those with a body and with a title under the corpus's
   * field names, and how many of each got the corpus's language. Nothing measured scores 0.
   */
  record Tally(
      String corpus,
      int records,
      int bodies,
      int articles,
      int articlesRight,
      int titles,
      int titlesRight) {
    double articleAccuracy() {
      return articles == 0 ? 0 : articlesRight / (double) articles;
    }

    double titleAccuracy() {
      return titles == 0 ? 0 : titlesRight / (double) titles;
    }
  }

  @Test
  void articlesAndTitlesGetTheirCorpusLanguage() throws IOException {
    SharedCorpora.require();
    int sample = Integer.getInteger("revue.langid.sample", DEFAULT_SAMPLE);
    PrintStream out = System.out;
    List<Tally> tallies = new ArrayList<>();
    Map<String, Integer> confusions = new LinkedHashMap<>();
    for (Corpus corpus : CORPUS_FIELDS) {
      tallies.add(measure(corpus, sample, confusions, out));
    }
    int articles = 0;
    int articlesRight = 0;
    int titles = 0;
    int titlesRight = 0;
    for (Tally t : tallies) {
      out.printf(
          Locale.ROOT,
          "%-28s articles %6d/%6d = %.4f   titles %6d/%6d = %.4f%n",
          t.corpus(),
          t.articlesRight(),
          t.articles(),
          t.articleAccuracy(),
          t.titlesRight(),
          t.titles(),
          t.titleAccuracy());
      articles += t.articles();
      articlesRight += t.articlesRight();
      titles += t.titles();
      titlesRight += t.titlesRight();
    }
    out.printf(
        Locale.ROOT,
        "%-28s articles %6d/%6d = %.4f   titles %6d/%6d = %.4f%n",
        "all",
        articlesRight,
        articles,
        articlesRight / (double) articles,
        titlesRight,
        titles,
        titlesRight / (double) titles);
    out.println("confusions (corpus language -> identified, article|title): " + confusions);
    for (Tally t : tallies) {
      // the sample is drawn and the field names are right: a misspelled body field gives articles
      // of their title alone, a missing file or an empty sample gives nothing (the corpora README:
      // at most 12% of a file's records lack a body, Reuters)
      int least = sample <= 0 ? 10_000 : sample * 2 / 3;
      assertTrue(
          t.records() >= least, "sampled " + t.records() + " records, not ~" + sample + ": " + t);
      assertTrue(t.bodies() >= t.records() * 0.85, "body field missing or empty too often: " + t);
      assertTrue(t.titles() >= t.records() * 0.85, "title field missing or empty too often: " + t);
      assertTrue(t.articleAccuracy() >= 0.995, t.toString());
      assertTrue(t.titleAccuracy() >= 0.97, t.toString());
    }
  }

  /** Records per short-item sample. */
  private static final int SHORT_ITEMS = 2000;

  /**
   * Short items, as a feed gives them: a record's title and the first sentence of its abstract or
   * body as the description, through the enrichment's own reading (an article's language). A
   * fixed-seed sample of {@value #SHORT_ITEMS} records with both per corpus and field; at most 5 of
   * each may get another language. Prints the count and what they got.
   */
  @Test
  void shortItemsOfATitleAndOneSentenceGetTheirCorpusLanguage() throws IOException {
    SharedCorpora.require();
    revue.enrich.Enricher enricher =
        new revue.enrich.Enricher(
            revue.entity.EntityExtractor.defaults(), java.time.ZoneOffset.UTC);
    record Sample(String file, String lang, String bodyField) {}
    List<String> failures = new ArrayList<>();
    for (Sample sample :
        List.of(
            new Sample("orangesum-fr.jsonl.gz", "fr", "heading"),
            new Sample("orangesum-fr.jsonl.gz", "fr", "article"),
            new Sample("reuters21578-en.jsonl.gz", "en", "body"))) {
      Path file = CORPORA.resolve(sample.file());
      double keep = Math.min(1, SHORT_ITEMS * 1.3 / countLines(file));
      Random random = new Random(7L);
      ObjectMapper json = new ObjectMapper();
      int items = 0;
      Map<String, Integer> others = new java.util.TreeMap<>();
      try (BufferedReader reader = open(file)) {
        String line;
        while ((line = reader.readLine()) != null && items < SHORT_ITEMS) {
          if (random.nextDouble() >= keep) {
            continue;
          }
          JsonNode record = json.readTree(line);
          String title = text(record, "title").strip();
          String lead = firstSentence(text(record, sample.bodyField()));
          if (title.isEmpty() || lead.isEmpty()) {
            continue;
          }
          items++;
          String lang =
              enricher
                  .enrich(
                      new revue.ingest.Article(
                          "s/" + items,
                          "s",
                          "" + items,
                          title,
                          lead,
                          null,
                          null,
                          null,
                          items,
                          null,
                          null))
                  .lang();
          if (!lang.equals(sample.lang())) {
            others.merge(lang, 1, Integer::sum);
          }
        }
      }
      int wrong = others.values().stream().mapToInt(Integer::intValue).sum();
      System.out.printf(
          Locale.ROOT,
          "%-26s title + first sentence of %-8s %d items, %d not %s %s%n",
          sample.file(),
          sample.bodyField(),
          items,
          wrong,
          sample.lang(),
          others);
      if (items < SHORT_ITEMS || wrong > 5) {
        failures.add(sample + ": " + items + " items, " + wrong + " wrong " + others);
      }
    }
    assertTrue(failures.isEmpty(), failures.toString());
  }

  /**
   * The first sentence of a text, on one line: up to the first sentence mark followed by a space
   * and a capital, a digit or a quote, unless it ends an initial or a common abbreviation ("U.S.",
   * "M.", "Corp.").
   */
  static String firstSentence(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[.!?…](?= [\"«“]?[\\p{Lu}\\d])").matcher(flat);
    while (m.find()) {
      String before = flat.substring(0, m.start());
      if (!before.matches(
          "(?s).*(?:\\b\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|St|Corp|Inc|Co|Ltd|Jr|Sr|Mme|MM|Me|No|vs|etc))")) {
        return flat.substring(0, m.end());
      }
    }
    return flat;
  }

  private static Tally measure(
      Corpus corpus, int sample, Map<String, Integer> confusions, PrintStream out)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path file = CORPORA.resolve(corpus.file());
    // a fixed-seed Bernoulli sample; counting lines first is cheap next to parsing them all
    double keep = sample <= 0 ? 1 : Math.min(1, sample / (double) countLines(file));
    Random random = new Random(4L);
    List<String[]> chosen = new ArrayList<>();
    try (BufferedReader reader = open(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (keep < 1 && random.nextDouble() >= keep) {
          continue;
        }
        JsonNode record = json.readTree(line);
        chosen.add(
            new String[] {text(record, corpus.titleField()), text(record, corpus.bodyField())});
      }
    }
    int articles = 0;
    int articlesRight = 0;
    int titles = 0;
    int titlesRight = 0;
    int bodies = 0;
    boolean verbose = Boolean.getBoolean("revue.langid.verbose");
    for (String[] article : chosen) {
      String title = article[0];
      String body = article[1];
      if (!body.isBlank()) {
        bodies++;
      }
      String whole = (title + "\n" + body).strip();
      if (!whole.isEmpty()) {
        articles++;
        String lang = LanguageIdentifier.identify(whole);
        if (lang.equals(corpus.lang())) {
          articlesRight++;
        } else {
          confusions.merge(corpus.lang() + "->" + lang + "|article", 1, Integer::sum);
          if (verbose) {
            out.println("ARTICLE " + corpus.lang() + "->" + lang + ": " + abbreviate(whole));
          }
        }
      }
      if (!title.isBlank()) {
        titles++;
        String lang = LanguageIdentifier.identify(title);
        if (lang.equals(corpus.lang())) {
          titlesRight++;
        } else {
          confusions.merge(corpus.lang() + "->" + lang + "|title", 1, Integer::sum);
          if (verbose) {
            out.println("TITLE " + corpus.lang() + "->" + lang + ": " + title.strip());
          }
        }
      }
    }
    printParagraphTiming(corpus, chosen, out);
    return new Tally(
        corpus.file(), chosen.size(), bodies, articles, articlesRight, titles, titlesRight);
  }

  /**
   * Prints the time identify() takes per paragraph against a baseline measured in the same run: one
   * lower-casing pass over the same paragraphs (the least any text analysis does).
   */
  private static void printParagraphTiming(Corpus corpus, List<String[]> chosen, PrintStream out) {
    List<String> paragraphs = new ArrayList<>();
    long chars = 0;
    for (String[] article : chosen) {
      for (String paragraph : article[1].split("\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph);
          chars += paragraph.length();
        }
      }
    }
    if (paragraphs.isEmpty()) {
      return;
    }
    long sink = 0;
    long identifyNanos = Long.MAX_VALUE;
    long lowerNanos = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (String paragraph : paragraphs) {
        sink += LanguageIdentifier.identify(paragraph).length();
      }
      identifyNanos = Math.min(identifyNanos, System.nanoTime() - start);
      start = System.nanoTime();
      for (String paragraph : paragraphs) {
        sink += paragraph.toLowerCase(Locale.ROOT).length();
      }
      lowerNanos = Math.min(lowerNanos, System.nanoTime() - start);
    }
    out.printf(
        Locale.ROOT,
        "%-28s %d paragraphs (%.0f chars avg): identify %.2f us/paragraph,"
            + " lower-case pass %.2f us/paragraph, ratio %.1f (%d)%n",
        corpus.file(),
        paragraphs.size(),
        chars / (double) paragraphs.size(),
        identifyNanos / 1000.0 / paragraphs.size(),
        lowerNanos / 1000.0 / paragraphs.size(),
        identifyNanos / (double) lowerNanos,
        sink % 10);
  }

  private static BufferedReader open(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
  }

  private static long countLines(Path file) throws IOException {
    try (BufferedReader reader = open(file)) {
      return reader.lines().count();
    }
  }

  private static String abbreviate(String s) {
    s = s.replace('\n', ' ');
    return s.length() > 160 ? s.substring(0, 160) : s;
  }

  private static String text(JsonNode record, String field) {
    JsonNode node = record.get(field);
    return node == null || node.isNull() ? "" : node.asText();
  }
}
