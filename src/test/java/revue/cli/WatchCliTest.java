package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.EnrichedArticle;
import revue.entity.EntityExtractor;

/** Saved searches through the real CLI, on real indexes of the bundled corpus. */
class WatchCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String NEW_MATCHING =
      "{\"id\":\"a1\",\"title\":\"Le Maroc et la Mauritanie signent un accord\",\"body\":\"Rabat, le 3 mai 2023."
          + " Le Maroc et la Mauritanie ont signé un accord de coopération énergétique.\",\"date\":\"2023-05-03\","
          + "\"url\":\"https://example.org/maroc-mauritanie\"}\n";
  private static final String NEW_OTHER =
      "{\"id\":\"b1\",\"title\":\"La Norvège vote\",\"body\":\"Oslo, le 3 mai 2023. Les électeurs norvégiens ont"
          + " voté.\",\"date\":\"2023-05-03\"}\n";

  @TempDir Path tmp;
  private Path corpus;
  private String index;

  @BeforeEach
  void indexBundledCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = corpus.resolve(Path.of("corpus").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("index", corpus.toString(), "--index", index, "--quiet").exitCode());
  }

  @Test
  void aRunReportsTheNewMatchingArticleOnceAndItsFeedReadsBack() throws Exception {
    CliRunner add = CliRunner.run("watch", "add", "maroc", "Maroc", "--index", index);
    assertEquals(0, add.exitCode(), add.err());
    assertEquals(
        "saved 'maroc': Maroc (4 articles match now, taken as reported: a run reports the"
            + " articles that match later)\n",
        add.out());

    Files.writeString(corpus.resolve("new-maroc.jsonl"), NEW_MATCHING);
    Files.writeString(corpus.resolve("new-other.jsonl"), NEW_OTHER);
    CliRunner indexed =
        CliRunner.run("index", corpus.toString(), "--index", index, "--quiet", "--json", "--watch");
    assertEquals(0, indexed.exitCode(), indexed.err());
    List<JsonNode> docs = jsonDocuments(indexed.out());
    assertEquals(2, docs.size(), "the index report, then the run's");
    JsonNode run = docs.get(1);
    assertEquals(1, run.get("searches").size());
    JsonNode report = run.get("searches").get(0);
    assertEquals("maroc", report.get("name").asText());
    assertEquals(false, report.get("baseline").asBoolean());
    assertEquals(List.of("new-maroc/a1"), ids(report));
    assertEquals("2023-05-03", run.get("latestDay").asText());

    CliRunner again = CliRunner.run("watch", "run", "--index", index);
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("maroc: nothing new\n", again.out());

    CliRunner rebuilt =
        CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet", "--watch");
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertTrue(rebuilt.out().endsWith("\nmaroc: nothing new\n"), rebuilt.out());

    Path feed = tmp.resolve("index/feeds/maroc.atom");
    Document xml = parseXml(feed);
    Element root = xml.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(1, entries.getLength());
    Element entry = (Element) entries.item(0);
    assertEquals("urn:revue:article:new-maroc/a1", childText(entry, "id"));
    assertEquals("fr", entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals("Le Maroc et la Mauritanie signent un accord", childText(entry, "title"));
    assertEquals("2023-05-03T00:00:00Z", childText(entry, "published"));
    Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals("https://example.org/maroc-mauritanie", link.getAttribute("href"));
    List<String> categories = new ArrayList<>();
    NodeList cats = entry.getElementsByTagNameNS(ATOM, "category");
    for (int i = 0; i < cats.getLength(); i++) {
      Element c = (Element) cats.item(i);
      categories.add(c.getAttribute("scheme") + " " + c.getAttribute("term"));
    }
    assertEquals(List.of("urn:revue:country MA", "urn:revue:country MR"), categories);

    List<IngestProblem> problems = new ArrayList<>();
    List<EnrichedArticle> read =
        revue.enrich.Enricher.analyze(
            List.of(feed), EntityExtractor.defaults(), IngestOptions.defaults(), problems);
    assertEquals(List.of(), problems);
    assertEquals(1, read.size());
    EnrichedArticle article = read.get(0);
    assertEquals("Le Maroc et la Mauritanie signent un accord", article.article().title());
    assertEquals("maroc/urn:revue:article:new-maroc/a1", article.article().id());
    assertEquals("https://example.org/maroc-mauritanie", article.article().url());
    assertEquals("2023-05-03", article.date().toString());
    assertEquals("fr", article.lang());
    assertEquals(
        "Rabat, le 3 mai 2023. Le Maroc et la Mauritanie ont signé un accord de coopération énergétique.",
        article.article().body());
  }

  @Test
  void anUnknownNameIsOneLineAndExit2() {
    CliRunner r = CliRunner.run("watch", "run", "nope", "--index", index);
    assertEquals(2, r.exitCode());
    assertEquals(
        "revue: no saved search named 'nope' in "
            + tmp.resolve("index").toAbsolutePath().resolve("watches.txt")
            + "\n",
        r.err());
    CliRunner removed = CliRunner.run("watch", "remove", "nope", "--index", index);
    assertEquals(2, removed.exitCode());
    assertEquals(1, removed.err().lines().count(), removed.err());
  }

  @Test
  void aQueryThatDoesNotParseIsNotSaved() throws IOException {
    CliRunner r = CliRunner.run("watch", "add", "broken", "country:Narnia", "--index", index);
    assertEquals(2, r.exitCode());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("revue: bad query: "), r.err());
    assertEquals(false, Files.exists(tmp.resolve("index/watches.txt")));
    CliRunner badName = CliRunner.run("watch", "add", "../x", "Maroc", "--index", index);
    assertEquals(2, badName.exitCode());
    assertTrue(badName.err().startsWith("revue: bad saved search name '../x'"), badName.err());
  }

  @Test
  void anEmptyQueryIsNotSavedAndLeavesTheOtherSavedSearchesWorking() throws IOException {
    assertEquals(0, CliRunner.run("watch", "add", "maroc", "Maroc", "--index", index).exitCode());
    String before = Files.readString(tmp.resolve("index/watches.txt"));
    for (String query : List.of("", "   ")) {
      CliRunner r =
          CliRunner.run("watch", "add", "niger", query, "--filter", "country=NE", "--index", index);
      assertEquals(2, r.exitCode());
      assertEquals(
          "revue: saved search 'niger' has no query (to follow a country or a minister, make it"
              + " the query: country:NE, minister:Bourita)\n",
          r.err());
    }
    assertEquals(before, Files.readString(tmp.resolve("index/watches.txt")));
    assertEquals(false, Files.exists(tmp.resolve("index/watch-state/niger.reported")));
    CliRunner list = CliRunner.run("watch", "list", "--index", index);
    assertEquals(0, list.exitCode(), list.err());
    assertEquals(0, CliRunner.run("watch", "run", "--index", index).exitCode());
  }

  @Test
  void aWatchFileEditedIntoNonsenseReportsEachBadSectionAndRunsTheOthers() throws IOException {
    assertEquals(0, CliRunner.run("watch", "add", "maroc", "Maroc", "--index", index).exitCode());
    Path file = tmp.resolve("index/watches.txt");
    String text = Files.readString(file);
    Files.writeString(
        file,
        text
            + "\n[no-query]\nfilter = country=NE\n"
            + "\n[garbage]\nquery = Niger\nthis line means nothing\n"
            + "\n[bad-query]\nquery = country:Narnia\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("new-maroc.jsonl"), NEW_MATCHING);
    assertEquals(
        0, CliRunner.run("index", corpus.toString(), "--index", index, "--quiet").exitCode());

    CliRunner r = CliRunner.run("watch", "run", "--index", index);
    assertEquals(2, r.exitCode());
    int lines = text.split("\n", -1).length; // the lines before the appended sections, plus one
    String where = file.toAbsolutePath() + ":";
    assertEquals(
        List.of(
            "revue: " + where + (lines + 1) + ": saved search 'no-query' has no query",
            "revue: "
                + where
                + (lines + 6)
                + ": saved search 'garbage': expected 'query = ...' or 'filter = DIM=VALUE', got 'this line means nothing'",
            "revue: saved search 'bad-query': bad query: unknown country 'Narnia' (use an ISO code such as NE, or a name)"),
        r.err().lines().toList());
    assertEquals(
        "maroc: 1 new article (feed "
            + tmp.resolve("index/feeds/maroc.atom").toAbsolutePath()
            + ")\n"
            + "  2023-05-03  fr  Le Maroc et la Mauritanie signent un accord\n"
            + "      new-maroc/a1  https://example.org/maroc-mauritanie\n"
            + "      Rabat, le 3 mai 2023. Le **Maroc** et la Mauritanie ont signé un accord de coopération énergétique.\n",
        r.out());
  }

  @Test
  void listAndRemoveKeepHandWrittenComments() throws IOException {
    assertEquals(0, CliRunner.run("watch", "add", "maroc", "Maroc", "--index", index).exitCode());
    assertEquals(
        0,
        CliRunner.run(
                "watch", "add", "niger", "Bourita", "--filter", "country=NE", "--index", index)
            .exitCode());
    Path file = tmp.resolve("index/watches.txt");
    Files.writeString(file, Files.readString(file) + "# mine: keep this\n");
    assertEquals(
        0,
        CliRunner.run(
                "watch", "feeds", tmp.resolve("feeds").toString(), "--keep", "7", "--index", index)
            .exitCode());
    CliRunner list = CliRunner.run("watch", "list", "--index", index);
    assertEquals(
        "maroc                    Maroc\nniger                    Bourita [country=NE]\n(feeds in "
            + tmp.resolve("feeds")
            + ", 7 entries each)\n",
        list.out());
    CliRunner removed = CliRunner.run("watch", "remove", "maroc", "--index", index);
    assertEquals(0, removed.exitCode(), removed.err());
    String text = Files.readString(file);
    assertEquals(false, text.contains("[maroc]"));
    assertTrue(
        text.endsWith("[niger]\nquery = Bourita\nfilter = country=NE\n# mine: keep this\n"), text);
    assertTrue(text.contains("\nfeeds = " + tmp.resolve("feeds") + "\nkeep = 7\n"), text);
    assertEquals(false, Files.exists(tmp.resolve("index/watch-state/maroc.reported")));
  }

  private static List<JsonNode> jsonDocuments(String out) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var it = JSON.readerFor(JsonNode.class).readValues(out)) {
      while (it.hasNext()) {
        docs.add((JsonNode) it.next());
      }
    }
    return docs;
  }

  private static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String childText(Element e, String name) {
    return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }
}
