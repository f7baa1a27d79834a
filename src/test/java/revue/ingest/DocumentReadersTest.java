package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers of HTML pages, RSS and Atom feeds, Markdown and JSON documents, on tiny fixtures. */
class DocumentReadersTest {

  static final Path FORMATS = JsonLinesReaderTest.FORMATS;

  @Test
  void htmlPageGivesMetadataAndMainTextWithoutBoilerplate() throws IOException {
    Path file = FORMATS.resolve("page.html");
    Article a = CollectingListener.read(file).only();
    assertEquals(
        new Article(
            "formats/https://journal.example/maroc/bourita-homologue",
            "formats",
            "https://journal.example/maroc/bourita-homologue",
            "Bourita reçoit son homologue espagnol à Rabat",
            "Le ministre des Affaires étrangères, Nasser Bourita, a reçu mercredi son homologue"
                + " espagnol.\nLes deux ministres ont évoqué la coopération & la sécurité\ndans la"
                + " région.\nMigration\nTerrorisme",
            Instant.parse("2022-05-11T08:30:00Z"),
            "https://journal.example/maroc/bourita-homologue",
            file.toString(),
            0,
            "Le Journal",
            "fr"),
        a);
  }

  @Test
  void htmlPageDeclaredInWindows1256IsDecoded() throws IOException {
    Article a = CollectingListener.read(FORMATS.resolve("page-cp1256.html")).only();
    assertEquals("بوريطة في نيامي", a.title());
    assertEquals("وصل وزير الخارجية إلى نيامي.", a.body());
    assertEquals("formats/page-cp1256.html", a.id());
  }

  @Test
  void gzippedHtmlPageReadsLikeThePlainOne() throws IOException {
    Article plain = CollectingListener.read(FORMATS.resolve("page.html")).only();
    Article gzipped = CollectingListener.read(FORMATS.resolve("page-gz.html.gz")).only();
    assertEquals(plain.id(), gzipped.id());
    assertEquals(plain.title(), gzipped.title());
    assertEquals(plain.body(), gzipped.body());
    assertEquals(plain.published(), gzipped.published());
  }

  @Test
  void rssItemsAreArticlesWithTheirOwnDateAndLink() throws IOException {
    Path file = FORMATS.resolve("feed.rss");
    CollectingListener got = CollectingListener.read(file);
    assertEquals(List.of(), got.problems);
    assertEquals(
        List.of(
            new Article(
                "feed/agence-1001",
                "feed",
                "agence-1001",
                "Le Niger et le Maroc signent un accord",
                "Accord signé à Niamey.\nDeuxième paragraphe.",
                Instant.parse("2022-05-10T13:05:00Z"),
                "https://agence.example/niger-maroc",
                file.toString(),
                1,
                "Agence Exemple",
                "fr"),
            new Article(
                "feed/https://agence.example/dakar",
                "feed",
                "https://agence.example/dakar",
                "Sommet à Dakar",
                "Les chefs d'État se réunissent.",
                Instant.parse("2022-05-09T08:00:00Z"),
                "https://agence.example/dakar",
                file.toString(),
                2,
                "Agence Exemple",
                "fr")),
        got.articles);
  }

  @Test
  void atomEntriesUseAlternateLinkPublishedDateAndContent() throws IOException {
    Path file = FORMATS.resolve("feed.atom");
    CollectingListener got = CollectingListener.read(file);
    assertEquals(List.of(), got.problems);
    Article first = got.articles.get(0);
    assertEquals(
        new Article(
            "feed/urn:example:wire:42",
            "feed",
            "urn:example:wire:42",
            "Coalition meets in Marrakech",
            "Ministers met in Marrakech.\nThey pledged funds.",
            Instant.parse("2022-05-11T07:15:00Z"),
            "https://wire.example/coalition",
            file.toString(),
            1,
            "Example Wire",
            "en"),
        first);
    Article second = got.articles.get(1);
    assertEquals("Only a summary.", second.body());
    assertEquals("https://wire.example/second", second.url());
    assertEquals(Instant.parse("2022-05-12T00:00:00Z"), second.published());
    assertEquals(2, got.articles.size());
  }

  @Test
  void markdownFrontMatterGivesTitleDateAndUrl() throws IOException {
    Path file = FORMATS.resolve("article.md");
    Article a = CollectingListener.read(file).only();
    assertEquals("La coalition se réunit à Marrakech", a.title());
    assertEquals(
        "Titre de repli qui ne sert pas\n"
            + "Premier paragraphe écrit sur deux lignes avec un lien et du gras.\n"
            + "premier point\nsecond point\nUne citation.",
        a.body());
    assertEquals(Instant.parse("2022-05-11T10:00:00Z"), a.published());
    assertEquals("formats/https://blog.example/coalition", a.id());
  }

  @Test
  void jsonArrayItemsAreNumberedAndEmptyOnesSkipped() throws IOException {
    Path file = FORMATS.resolve("array.json");
    CollectingListener got = CollectingListener.read(file);
    assertEquals(List.of("array/1", "array/3"), got.articles.stream().map(Article::id).toList());
    assertEquals(3, got.articles.get(1).line());
    assertEquals("Troisième", got.articles.get(1).title());
    assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), got.articles.get(1).published());
    assertEquals(List.of("SKIPPED " + file + ":2: no title and no body"), got.problemLines());
  }
}
