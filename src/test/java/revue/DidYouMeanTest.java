package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you mean" offers the common spelling of a name that a query misspells by one letter, though
 * the analysis stems the typed word short ("Abas" is read "aba") and other words are as close (user
 * trial: {@code "Netanyahu Abas"}, Abas in 4 articles and Abbas in 67, got none). A real index of
 * French articles: Abbas beside Netanyahu in 30, the place Abas in 2, "abus" in 40 (3 of them with
 * Netanyahu), the minister Abad in 40.
 */
public class DidYouMeanTest {

  @TempDir static Path tmp;
  static Revue revue;

  @BeforeAll
  static void index() throws IOException {
    revue = Revue.open(tmp.resolve("index"));
    revue.index(List.of(write(tmp.resolve("in"))));
  }

  /** Writes the articles into a new folder, which it returns (the cluster's test reads it too). */
  public static Path write(Path in) throws IOException {
    List<String> lines = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < 30; i++) {
      lines.add(
          JsonLine.article(
              "n" + ++id,
              "2020-01-" + (10 + i % 18),
              "Netanyahu et Mahmoud Abbas, rencontre " + i,
              "Benyamin Netanyahu a reçu Mahmoud Abbas pour parler de la paix, tour " + i + "."));
    }
    for (int i = 0; i < 2; i++) {
      lines.add(
          JsonLine.article(
              "v" + ++id,
              "2020-02-0" + (1 + i),
              "Le village fête la moisson " + i,
              "Les habitants d'Abas ont fêté la moisson sur la place du marché."));
    }
    for (int i = 0; i < 40; i++) {
      lines.add(
          JsonLine.article(
              "a" + ++id,
              "2020-03-" + (10 + i % 18),
              (i < 3 ? "Netanyahu dénonce les abus " : "Les abus de pouvoir dénoncés ") + i,
              "L'opposition dénonce les abus de pouvoir et demande une enquête, numéro "
                  + i
                  + "."));
      lines.add(
          JsonLine.article(
              "m" + ++id,
              "2020-04-" + (10 + i % 18),
              "Le ministre Abad visite une usine " + i,
              "Le ministre Abad a visité l'usine de textile et parlé aux ouvriers, visite "
                  + i
                  + "."));
    }
    Files.createDirectories(in);
    Files.write(in.resolve("presse-fr.jsonl"), lines);
    return in;
  }

  @AfterAll
  static void close() {
    revue.close();
  }

  @Test
  void aMisspelledNameBesideAnotherWordIsSpelledAsTheArticlesThatNameBothWriteIt() {
    checkNameBesideAnotherWord(revue);
  }

  @Test
  void aRareSpellingThatMatchesAFewArticlesGetsTheSpellingsTenTimesAsCommon() {
    checkRareSpelling(revue);
  }

  /** On an index of {@link #write}'s articles. */
  public static void checkNameBesideAnotherWord(Revue revue) {
    SearchResults r = revue.search(SearchRequest.of("Netanyahu Abas"));
    assertEquals(0, r.total());
    // both one letter from "Abas"; Abbas is beside Netanyahu in 30 articles, abus in 3
    assertEquals(List.of("Netanyahu Abbas", "Netanyahu Abus"), r.suggestions());
  }

  /** On an index of {@link #write}'s articles. */
  public static void checkRareSpelling(Revue revue) {
    SearchResults r = revue.search(SearchRequest.of("Abas"));
    assertEquals(2, r.total());
    // all three one letter from "Abas"; a letter written once for a double one is the likeliest
    // slip (and transliteration), so Abbas goes first though abus and Abad are in more articles
    // (abus and Abad, in 40 articles each, then by their terms)
    assertEquals(List.of("Abbas", "Abad", "Abus"), r.suggestions());
    // a spelling as common as the query's words is no suggestion
    assertEquals(List.of(), revue.search(SearchRequest.of("Abbas")).suggestions());
    // more words that find a few articles (a pasted title finding its own) are not corrected:
    // the corrections would cost every such search more than the search itself
    SearchResults title = revue.search(SearchRequest.of("Abas la"));
    assertEquals(2, title.total());
    assertEquals(List.of(), title.suggestions());
  }
}
