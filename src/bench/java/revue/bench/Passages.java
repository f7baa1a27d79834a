package revue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.analysis.LanguageIdentifier;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * The long queries the harness replays: pasted paragraphs, passages of 30 to 60 words (the length
 * drawn by the seed) cut from the middle of article bodies of at least 120 words, as the known-item
 * passage sets of {@code scripts/make-known-item-sets.py} are cut. Sampled the way the titles are
 * ({@link BaselineIndexer}): a reservoir with a fixed seed over the articles in reading order, one
 * reservoir per language (French, Arabic, English, as revue's language identifier reads the body),
 * so that each language has the same number of queries.
 *
 * <p>Written to a file of {@code language TAB id TAB passage} lines, each language's measured
 * passages first, then as many others for the warm-up.
 */
final class Passages {

  static final List<String> LANGUAGES = List.of("fr", "ar", "en");
  static final int MIN_BODY_WORDS = 120;
  static final int MIN_WORDS = 30;
  static final int MAX_WORDS = 60;

  /** One passage: its article's language and id, and the words cut from the middle. */
  record Passage(String language, String id, String text) {

    String line() {
      return language + "\t" + id + "\t" + text;
    }

    static Passage parse(String line) {
      String[] parts = line.split("\t", 3);
      return new Passage(parts[0], parts[1], parts[2]);
    }
  }

  private Passages() {}

  /**
   * Samples {@code perLanguage} passages of each language from the articles of {@code inputs}.
   *
   * @return each language's passages, in {@link #LANGUAGES} order (fewer when a language has fewer
   *     long bodies)
   */
  static Map<String, List<Passage>> sample(List<Path> inputs, int perLanguage, long seed)
      throws IOException {
    Map<String, Reservoir> reservoirs = new LinkedHashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      // one generator per language: adding a corpus of one language leaves the others' draws
      reservoirs.put(LANGUAGES.get(i), new Reservoir(perLanguage, new Random(seed + i)));
    }
    Ingest.read(
        inputs,
        IngestOptions.defaults(),
        new IngestListener() {
          @Override
          public void article(Article a) {
            String[] words = a.body().strip().split("\\s+");
            if (words.length < MIN_BODY_WORDS) {
              return;
            }
            Reservoir r = reservoirs.get(LanguageIdentifier.identify(a.body(), a.langHint()));
            if (r != null) {
              r.offer(a.id(), words);
            }
          }

          @Override
          public void problem(IngestProblem p) {}
        });
    Map<String, List<Passage>> out = new LinkedHashMap<>();
    reservoirs.forEach(
        (lang, r) -> {
          List<Passage> list = new ArrayList<>();
          for (int i = 0; i < r.ids.size(); i++) {
            list.add(new Passage(lang, r.ids.get(i), r.texts.get(i)));
          }
          out.put(lang, list);
        });
    return out;
  }

  /** Writes every language's passages, measured ones first ({@link #split} reads them back). */
  static void write(Path file, Map<String, List<Passage>> byLanguage) throws IOException {
    List<String> lines = new ArrayList<>();
    byLanguage.values().forEach(list -> list.forEach(p -> lines.add(p.line())));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static Map<String, List<Passage>> read(Path file) throws IOException {
    Map<String, List<Passage>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Passage p = Passage.parse(line);
      out.computeIfAbsent(p.language(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  /**
   * Each language's first half of passages (rounded up) as the measured queries, its second half as
   * the warm-up, the languages taking turns in both lists (so a slow moment of the machine falls on
   * all three).
   *
   * @return {measured, warmUp}
   */
  static List<List<Passage>> split(Map<String, List<Passage>> byLanguage) {
    List<List<Passage>> measured = new ArrayList<>();
    List<List<Passage>> warmUp = new ArrayList<>();
    for (List<Passage> list : byLanguage.values()) {
      int half = (list.size() + 1) / 2; // a language's one passage is measured
      measured.add(list.subList(0, half));
      warmUp.add(list.subList(half, list.size()));
    }
    return List.of(interleave(measured), interleave(warmUp));
  }

  private static List<Passage> interleave(List<List<Passage>> lists) {
    List<Passage> out = new ArrayList<>();
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Passage> list : lists) {
        if (i < list.size()) {
          out.add(list.get(i));
        }
      }
    }
    return out;
  }

  /** Reservoir sampling: each long body kept with equal chance, its passage cut when kept. */
  private static final class Reservoir {
    final int size;
    final Random random;
    final List<String> ids = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    long seen;

    Reservoir(int size, Random random) {
      this.size = size;
      this.random = random;
    }

    void offer(String id, String[] words) {
      long n = ++seen;
      int slot;
      if (ids.size() < size) {
        slot = ids.size();
        ids.add(null);
        texts.add(null);
      } else {
        long drawn = (long) (random.nextDouble() * n);
        if (drawn >= size) {
          return;
        }
        slot = (int) drawn;
      }
      int length = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
      int start = (words.length - length) / 2;
      ids.set(slot, id);
      texts.set(slot, String.join(" ", List.of(words).subList(start, start + length)));
    }
  }
}
