package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;

class JsonLinesReaderTest {

  @TempDir Path dir;

  @Test
  void recordsDatelineFieldIsKeptApartFromTheBody() throws IOException {
    Path file = dir.resolve("wire.jsonl");
    Files.writeString(
        file,
        "{\"newid\": \"5\", \"date\": \"16-MAR-1987 10:00:00.00\", \"title\": \"GOLD\","
            + " \"dateline\": \"  LONDON, March 16 - \", \"body\": \"Gold rose.\"}\n"
            + "{\"newid\": \"6\", \"title\": \"T\", \"dateline\": \"\", \"body\": \"B.\"}\n");
    List<Article> got = CollectingListener.read(file).articles;
    assertEquals("LONDON, March 16 -", got.get(0).dateline());
    assertEquals("Gold rose.", got.get(0).body());
    assertNull(got.get(1).dateline());
  }

  @Test
  void datelineFieldCanBeMapped() throws IOException {
    Path file = dir.resolve("mapped.jsonl");
    Files.writeString(
        file, "{\"id\": \"1\", \"title\": \"T\", \"place\": \"RABAT\", \"body\": \"B.\"}\n");
    IngestOptions options = new IngestOptions(Map.of("dateline", "place"), null, null);
    assertEquals("RABAT", CollectingListener.read(options, file).articles.get(0).dateline());
  }

  static final Path FORMATS = Path.of("src/test/resources/revue/ingest/formats");

  @Test
  void jsonLinesMapsCommonFieldNames() throws IOException {
    CollectingListener got = CollectingListener.read(FORMATS.resolve("wire.jsonl"));
    assertEquals(List.of(), got.problems);
    assertWire(got.articles, "wire", FORMATS.resolve("wire.jsonl").toString());
  }

  @Test
  void gzippedJsonLinesReadLikePlainOnes() throws IOException {
    CollectingListener got = CollectingListener.read(FORMATS.resolve("wire-gz.jsonl.gz"));
    assertEquals(List.of(), got.problems);
    assertWire(got.articles, "wire-gz", FORMATS.resolve("wire-gz.jsonl.gz").toString());
  }

  static void assertWire(List<Article> articles, String collection, String path) {
    assertEquals(4, articles.size());
    Article first = articles.get(0);
    assertEquals(
        new Article(
            collection + "/a1",
            collection,
            "a1",
            "Rabat accueille la conférence",
            "Premier paragraphe.\nSecond paragraphe & suite.",
            Instant.parse("2020-07-02T00:00:00Z"),
            "https://example.org/a1",
            path,
            1,
            "example",
            "fr"),
        first);
    Article second = articles.get(1);
    assertEquals(collection + "/7", second.id());
    assertEquals("Deuxième titre", second.title());
    assertEquals("Un.\nDeux.", second.body());
    assertEquals(Instant.parse("2018-02-18T17:35:43Z"), second.published());
    assertEquals(3, second.line());
    assertNull(second.url());
    Article third = articles.get(2);
    assertEquals(collection + "/https://example.org/third", third.id());
    assertEquals(Instant.parse("2015-07-21T02:51:37Z"), third.published());
    Article fourth = articles.get(3);
    assertEquals(collection + "/5", fourth.id());
    assertEquals("5", fourth.sourceId());
    assertEquals("Text four", fourth.body());
    assertEquals(Instant.parse("2017-01-20T20:43:00Z"), fourth.published());
  }

  @Test
  void fieldMapOverridesTheCommonNames() throws IOException {
    IngestOptions options =
        new IngestOptions(Map.of("title", "text", "body", "headline", "id", "url"), null, null);
    Article first = CollectingListener.read(options, FORMATS.resolve("wire.jsonl")).articles.get(0);
    assertEquals("Premier paragraphe. Second paragraphe & suite.", first.title());
    assertEquals("Rabat accueille la conférence", first.body());
    assertEquals("https://example.org/a1", first.sourceId());
  }
}
