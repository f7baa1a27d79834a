package revue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.analysis.LanguageIdentifier;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/** The harness's long queries, sampled from the bundled corpus. */
class PassagesTest {

  @Test
  void cutsThirtyToSixtyWordsFromTheMiddleOfLongBodiesByLanguage(@TempDir Path dir)
      throws Exception {
    List<Path> corpus = List.of(Path.of("corpus"));
    Map<String, Article> articles = new HashMap<>();
    Ingest.read(
        corpus,
        IngestOptions.defaults(),
        new IngestListener() {
          @Override
          public void article(Article a) {
            articles.put(a.id(), a);
          }

          @Override
          public void problem(IngestProblem p) {}
        });
    long longBodies =
        articles.values().stream()
            .filter(a -> a.body().strip().split("\\s+").length >= Passages.MIN_BODY_WORDS)
            .count();

    Map<String, List<Passages.Passage>> sampled = Passages.sample(corpus, 10, 20240607L);

    assertEquals(Passages.LANGUAGES, List.copyOf(sampled.keySet()));
    List<Passages.Passage> all = sampled.values().stream().flatMap(List::stream).toList();
    // every long body of a sampled language, as there are fewer than 10 of each
    assertFalse(all.isEmpty());
    assertTrue(all.size() <= longBodies, all.size() + " passages of " + longBodies + " bodies");
    for (Passages.Passage p : all) {
      Article a = articles.get(p.id());
      String[] body = a.body().strip().split("\\s+");
      assertTrue(body.length >= Passages.MIN_BODY_WORDS, p.id());
      String[] words = p.text().split(" ");
      assertTrue(words.length >= 30 && words.length <= 60, words.length + " words: " + p.id());
      int start = (body.length - words.length) / 2;
      assertEquals(
          String.join(" ", List.of(body).subList(start, start + words.length)), p.text(), p.id());
      assertEquals(LanguageIdentifier.identify(a.body(), a.langHint()), p.language());
    }
    // the seed decides: sampled again, the same passages; written and read back, the same too
    assertEquals(sampled, Passages.sample(corpus, 10, 20240607L));
    Path file = dir.resolve("passages.tsv");
    Passages.write(file, sampled);
    Map<String, List<Passages.Passage>> read = Passages.read(file);
    assertEquals(all, read.values().stream().flatMap(List::stream).toList());
  }

  @Test
  void measuresTheFirstHalfOfEachLanguageAndWarmsUpOnTheSecondTheLanguagesTakingTurns() {
    Passages.Passage fr1 = new Passages.Passage("fr", "a/1", "un");
    Passages.Passage fr2 = new Passages.Passage("fr", "a/2", "deux");
    Passages.Passage fr3 = new Passages.Passage("fr", "a/3", "trois");
    Passages.Passage fr4 = new Passages.Passage("fr", "a/4", "quatre");
    Passages.Passage en1 = new Passages.Passage("en", "b/1", "one");
    Passages.Passage en2 = new Passages.Passage("en", "b/2", "two");

    assertEquals(
        List.of(fr1, en1, fr2), Passages.split(orderedFrEn(fr1, fr2, fr3, fr4, en1, en2)).get(0));
    assertEquals(
        List.of(fr3, en2, fr4), Passages.split(orderedFrEn(fr1, fr2, fr3, fr4, en1, en2)).get(1));
  }

  private static Map<String, List<Passages.Passage>> orderedFrEn(Passages.Passage... p) {
    Map<String, List<Passages.Passage>> m = new java.util.LinkedHashMap<>();
    m.put("fr", List.of(p[0], p[1], p[2], p[3]));
    m.put("en", List.of(p[4], p[5]));
    return m;
  }
}
