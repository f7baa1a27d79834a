package revue.index;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of small made-up articles as JSON Lines files, the same for the same seed; for
 * tests that need thousands of articles without the shared corpora.
 */
public final class GeneratedCorpus {

  private static final List<String> WORDS =
      List.of(
          "ministre",
          "sommet",
          "accord",
          "frontière",
          "élections",
          "économie",
          "sécurité",
          "coopération",
          "Niger",
          "Maroc",
          "Sénégal",
          "Mali",
          "Tunisie",
          "réunion",
          "budget",
          "minister",
          "summit",
          "agreement",
          "border",
          "trade",
          "talks",
          "visit",
          "drought",
          "president",
          "parliament",
          "vote",
          "reform",
          "energy",
          "water",
          "port",
          "railway");

  private GeneratedCorpus() {}

  /**
   * Indexes {@code runs} generated corpora into {@code engine}, one indexing run each (so at least
   * one segment each, of different sizes): run k writes 2 files of {@code step * (k + 1)} articles
   * into {@code dir/corpus-k}, seed k.
   */
  public static void indexInRuns(revue.Revue engine, Path dir, int runs, int step)
      throws IOException {
    for (int run = 0; run < runs; run++) {
      Path folder = dir.resolve("corpus-" + run);
      write(folder, 2, step * (run + 1), run);
      engine.index(
          List.of(folder), revue.IngestOptions.defaults(), n -> {}, java.time.Duration.ZERO);
    }
  }

  /**
   * Writes {@code files} files {@code part-NN.jsonl} of {@code perFile} articles each into {@code
   * dir}.
   */
  public static void write(Path dir, int files, int perFile, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    for (int f = 0; f < files; f++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%02d.jsonl", f));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < perFile; i++) {
          out.write(article(random, "a" + f + "-" + i));
          out.write('\n');
        }
      }
    }
  }

  /** One JSON Lines record with the given id. */
  public static String article(Random random, String id) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(900));
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + words(random, 6)
        + "\",\"date\":\""
        + date
        + "\",\"body\":\""
        + words(random, 25)
        + ". "
        + words(random, 15)
        + ".\"}";
  }

  private static String words(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.toString();
  }
}
