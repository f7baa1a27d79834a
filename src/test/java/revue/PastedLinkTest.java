package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static revue.PastedLinkTestCorpus.FEED_URL;
import static revue.PastedLinkTestCorpus.ids;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.ingest.UrlKey;

/**
 * An article's address pasted alone finds that article, however the browser or the feed wrote it
 * (user trial: a pasted link found nothing); a link no article has is searched as before.
 */
class PastedLinkTest {

  @TempDir static Path tmp;
  static Revue revue;

  @BeforeAll
  static void index() throws IOException {
    revue = Revue.open(tmp.resolve("index"));
    revue.index(List.of(PastedLinkTestCorpus.write(tmp.resolve("in"))));
  }

  @AfterAll
  static void close() {
    revue.close();
  }

  @Test
  void theKeyLeavesOutWhatCopiesOfOneLinkDifferIn() {
    assertEquals("example-news.com/2020/01/15/maroc-niger", UrlKey.of(FEED_URL));
    assertEquals(
        "example-news.com/2020/01/15/maroc-niger",
        UrlKey.of("HTTP://Example-News.com/2020/01/15/maroc-niger#comments"));
    assertEquals(
        "alwatan.example" + PastedLinkTestCorpus.ARABIC_PATH,
        UrlKey.of(PastedLinkTestCorpus.encodedArabicUrl()));
    assertEquals("example.org/a%zz", UrlKey.of("http://example.org/a%zz"));
    assertNull(UrlKey.of("https://"));
  }

  @Test
  void anArticlesAddressPastedAloneFindsIt() {
    assertEquals(List.of("liens-fr/a1"), ids(revue, FEED_URL));
    assertEquals(List.of("liens-fr/a1"), ids(revue, "example-news.com/2020/01/15/maroc-niger"));
    assertEquals(List.of("liens-fr/a1"), ids(revue, "<" + FEED_URL + "#top>"));
    assertEquals(List.of("liens-fr/a2"), ids(revue, PastedLinkTestCorpus.encodedArabicUrl()));
  }

  @Test
  void aLinkNoArticleHasIsSearchedAsBefore() {
    assertEquals(List.of(), ids(revue, "https://www.example-news.com/2021/02/01/autre/"));
    // among words, a link is still left out
    assertEquals(List.of("liens-fr/a2"), ids(revue, "Bourita " + FEED_URL + " Niamey"));
  }
}
