package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.IngestProblem;

class IngestTest {

  @TempDir Path dir;

  @Test
  void missingPathIsNamedBeforeAnythingIsRead() throws IOException {
    Path good = Files.writeString(dir.resolve("a.txt"), "Titre\nCorps\n");
    Path missing = dir.resolve("nope.jsonl");
    CollectingListener listener = new CollectingListener();
    NoSuchFileException e =
        assertThrows(
            NoSuchFileException.class,
            () -> Ingest.read(List.of(good, missing), IngestOptions.defaults(), listener));
    assertEquals(missing.toString(), e.getFile());
    assertEquals(List.of(), listener.articles);
  }

  @Test
  void collectionDocumentationInAWalkedFolderIsSkippedButReadWhenNamed() throws IOException {
    Path readme =
        Files.writeString(dir.resolve("README.md"), "# About these files\n\nThey are news.\n");
    Files.writeString(dir.resolve("LICENSE"), "Research use only.\n");
    Files.writeString(dir.resolve("a.txt"), "Titre\nCorps\n");
    CollectingListener walked = new CollectingListener();
    Ingest.read(List.of(dir), IngestOptions.defaults(), walked);
    assertEquals(List.of("Titre"), walked.articles.stream().map(Article::title).toList());
    assertEquals(2, walked.problems.size());
    assertTrue(
        walked.problems.stream().allMatch(p -> p.severity() == IngestProblem.Severity.SKIPPED));
    CollectingListener named = new CollectingListener();
    Ingest.read(List.of(readme), IngestOptions.defaults(), named);
    assertEquals(1, named.articles.size());
  }

  @Test
  void problemPrintsPathLineAndReason() {
    assertEquals(
        "a/b.jsonl:7: not a JSON object",
        new IngestProblem("a/b.jsonl", 7, IngestProblem.Severity.FAILED, "not a JSON object")
            .toString());
    assertEquals(
        "a/c.bin: binary file",
        new IngestProblem("a/c.bin", 0, IngestProblem.Severity.SKIPPED, "binary file").toString());
  }

  @Test
  void collectionIsFileNameWithoutExtensionsOrFolderOfOneArticleFiles() {
    assertEquals("orangesum-fr", Ingest.collectionOf(Path.of("x", "orangesum-fr.jsonl.gz")));
    assertEquals("reuters", Ingest.collectionOf(Path.of("reuters.json")));
    assertEquals("feed.v2", Ingest.collectionOf(Path.of("f", "feed.v2.rss")));
    assertEquals("corpus", Ingest.collectionOf(Path.of("corpus", "marrakech-coalition-2022.txt")));
    assertEquals("pages", Ingest.collectionOf(Path.of("site", "pages", "a.html.gz")));
    assertEquals("notes", Ingest.collectionOf(Path.of("notes", "a.md")));
  }

  @Test
  void defaultsDetectCharsetAndUseUtc() {
    IngestOptions d = IngestOptions.defaults();
    assertEquals(Map.of(), d.fieldMap());
    assertEquals(null, d.charset());
    assertEquals(java.time.ZoneOffset.UTC, d.zone());
  }

  @Test
  void unknownFieldMapKeyIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new IngestOptions(Map.of("headline", "h"), null, null));
    assertTrue(e.getMessage().contains("'headline'"), e.getMessage());
  }

  @Test
  void duplicateIdsAreSuffixedAndReported() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("dup.jsonl"),
            """
            {"id": "1", "title": "A"}
            {"id": "1", "title": "B"}
            {"id": "1", "title": "C"}
            """);
    CollectingListener got = CollectingListener.read(file);
    assertEquals(
        List.of("dup/1", "dup/1~2", "dup/1~3"), got.articles.stream().map(Article::id).toList());
    assertEquals("1~2", got.articles.get(1).sourceId());
    assertEquals(
        List.of(
            "WARNING " + file + ":2: duplicate id dup/1, renamed dup/1~2",
            "WARNING " + file + ":3: duplicate id dup/1, renamed dup/1~3"),
        got.problemLines());
  }

  @Test
  void formatOfAFileWithoutExtensionComesFromItsContent() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("dump"));
    Files.writeString(folder.resolve("records"), "{\"id\": \"r1\", \"title\": \"From JSON\"}\n");
    Files.writeString(
        folder.resolve("page"),
        "<!DOCTYPE html><html><head><title>From HTML</title></head></html>");
    Files.writeString(folder.resolve("note"), "From text, a title line\nBody.\n");
    CollectingListener got = CollectingListener.read(folder);
    assertEquals(
        List.of("dump/note", "dump/page", "dump/r1"),
        got.articles.stream().map(Article::id).toList());
    assertEquals(
        List.of("From text, a title line", "From HTML", "From JSON"),
        got.articles.stream().map(Article::title).toList());
  }

  @Test
  void declaredCharsetAppliesToJsonLines() throws IOException {
    Path file = dir.resolve("legacy.jsonl");
    Files.write(
        file, "{\"id\": \"1\", \"title\": \"وزير الخارجية\"}\n".getBytes(TextDecoder.WINDOWS_1256));
    assertEquals(
        "FAILED " + file + ":1: invalid JSON: Invalid UTF-8 middle byte 0xd2",
        CollectingListener.read(file).problemLines().get(0));
    IngestOptions declared = new IngestOptions(null, TextDecoder.WINDOWS_1256, null);
    assertEquals("وزير الخارجية", CollectingListener.read(declared, file).only().title());
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("b/sub/z.txt"), "Zed title\nBody\n");
    Files.writeString(dir.resolve("b/c.txt"), "Cee title\nBody\n");
    Files.writeString(dir.resolve("a/y.jsonl"), "{\"title\": \"Why\"}\n");
    CollectingListener got = CollectingListener.read(dir);
    assertEquals(
        List.of("y/1", "b/c.txt", "sub/z.txt"), got.articles.stream().map(Article::id).toList());
    assertEquals(List.of(), got.problems);
  }
}
