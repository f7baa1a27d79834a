package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder mixing good files with one broken file of each kind: every good article is read, and
 * each broken file or record is reported exactly once.
 */
class BrokenInputTest {

  @TempDir Path dir;

  @Test
  void anIndexKeptInsideTheInputFolderIsSkippedNotReadAsArticles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Titre\nCorps du texte.\n");
    Path index = Files.createDirectories(in.resolve("index"));
    Files.writeString(index.resolve("revue.lock"), "pid=1\n");
    Files.writeString(index.resolve("CURRENT"), "gen-000001\n");
    // a folder merely named like an index, without its lock file, is read
    Path other = Files.createDirectories(in.resolve("notes"));
    Files.writeString(other.resolve("CURRENT"), "Titre courant\nCorps.\n");

    CollectingListener got = CollectingListener.read(in);

    assertEquals(
        List.of("in/a.txt", "notes/CURRENT"),
        got.articles.stream().map(a -> a.id()).sorted().toList());
    assertEquals(
        List.of("SKIPPED " + index + ": a revue index folder, not read"),
        got.problems.stream().map(p -> p.severity() + " " + p).toList());
  }

  @Test
  void anIndexFolderNamedAsTheInputIsSkippedNotReadAsArticles() throws IOException {
    Path index = Files.createDirectories(dir.resolve("index"));
    Files.writeString(index.resolve("revue.lock"), "pid=1\n");
    Files.writeString(index.resolve("watches.txt"), "[maroc]\nquery = Maroc\n");
    Path state = Files.createDirectories(index.resolve("watch-state"));
    Files.writeString(state.resolve("maroc.reported"), "Maroc\ncorpus/a.txt\n");

    CollectingListener got = CollectingListener.read(index);

    assertEquals(List.of(), got.articles);
    assertEquals(
        List.of("SKIPPED " + index + ": a revue index folder, not read"),
        got.problems.stream().map(p -> p.severity() + " " + p).toList());
  }

  @Test
  void everyGoodArticleIsReadAndEachBrokenInputReportedOnce() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    // good files
    Files.copy(JsonLinesReaderTest.FORMATS.resolve("page.html"), in.resolve("a-page.html"));
    Files.copy(JsonLinesReaderTest.FORMATS.resolve("feed.rss"), in.resolve("a-feed.rss"));
    Files.writeString(in.resolve("a-note.txt"), "Un titre de note assez long\nCorps de la note.\n");
    Files.writeString(
        in.resolve("a-wire.jsonl"),
        """
        {"id": "w1", "title": "One", "body": "Body one"}
        {"id": "w2", "title": "Two", "date": "yesterday"}
        """);
    // broken files, one problem each
    Files.writeString(
        in.resolve("b-truncated.json"),
        "[{\"id\": \"t1\", \"title\": \"Kept\"}, {\"id\": \"t2\", \"title\": \"Cut");
    Files.writeString(
        in.resolve("c-not-object.jsonl"),
        "{\"id\": \"n1\", \"title\": \"Kept\"}\n[1, 2]\n{\"id\": \"n3\", \"title\": \"Kept too\"}\n");
    Files.writeString(
        in.resolve("d-truncated-line.jsonl"),
        "{\"id\": \"d1\", \"title\": \"Kept\"}\n{\"id\": \"d2\", \"title\": \"Cu\n");
    Files.write(
        in.resolve("e-invalid-utf8.jsonl"),
        concat(
            "{\"id\": \"u1\", \"title\": \"Kept\"}\n{\"id\": \"u2\", \"title\": \"caf"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9, (byte) 0xFF},
            "\"}\n".getBytes(StandardCharsets.UTF_8)));
    Files.write(in.resolve("f-empty.txt"), new byte[0]);
    try (OutputStream out = Files.newOutputStream(in.resolve("g-huge-line.jsonl"))) {
      out.write(
          "{\"id\": \"h1\", \"title\": \"Kept\"}\n{\"id\": \"h2\", \"body\": \""
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write(
          "\"}\n{\"id\": \"h3\", \"title\": \"Kept too\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] gz =
        gzip("{\"id\": \"z1\", \"title\": \"Kept\"}\n{\"id\": \"z2\", \"title\": \"Kept too\"}\n");
    Files.write(in.resolve("h-corrupt.jsonl.gz"), Arrays.copyOf(gz, gz.length - 8));
    Files.writeString(
        in.resolve("i-no-text.html"),
        "<html><head></head><body><nav><a href=\"/\">Accueil</a></nav><p> </p></body></html>");
    Files.writeString(
        in.resolve("j-empty-feed.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Vide</title></channel></rss>");
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Files.write(in.resolve("k-binary.txt"), binary);
    Files.write(in.resolve("l-image.png"), binary);
    Files.writeString(in.resolve(".hidden.txt"), "Titre caché\nCorps\n");
    // the same 50 MB in a JSON document and in a one-article text file
    try (OutputStream out = Files.newOutputStream(in.resolve("m-huge.json"))) {
      out.write(
          "[{\"id\": \"m1\", \"title\": \"Kept\"}, {\"id\": \"m2\", \"body\": \""
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}]".getBytes(StandardCharsets.UTF_8));
    }
    try (OutputStream out = Files.newOutputStream(in.resolve("n-huge.txt"))) {
      out.write("Titre\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }

    CollectingListener got = CollectingListener.read(in);

    assertEquals(
        List.of(
            "SKIPPED " + in.resolve(".hidden.txt") + ": hidden file, not read",
            "WARNING " + in.resolve("a-wire.jsonl") + ":2: unparseable date 'yesterday', left out",
            "FAILED "
                + in.resolve("b-truncated.json")
                + ":2: invalid JSON: Unexpected end-of-input in VALUE_STRING; rest of file skipped",
            "FAILED " + in.resolve("c-not-object.jsonl") + ":2: not a JSON object: found an array",
            "FAILED "
                + in.resolve("d-truncated-line.jsonl")
                + ":2: invalid JSON: Unexpected end-of-input in VALUE_STRING",
            "FAILED "
                + in.resolve("e-invalid-utf8.jsonl")
                + ":2: invalid JSON: Invalid UTF-8 middle byte 0xff",
            "SKIPPED " + in.resolve("f-empty.txt") + ": empty file",
            "FAILED "
                + in.resolve("g-huge-line.jsonl")
                + ":2: line of 52428824 bytes is longer than the 16 MB limit, skipped",
            "FAILED "
                + in.resolve("h-corrupt.jsonl.gz")
                + ":3: corrupt gzip: unexpected end of file; rest of file skipped",
            "SKIPPED " + in.resolve("i-no-text.html") + ": no title and no body",
            "SKIPPED " + in.resolve("j-empty-feed.rss") + ": feed has no items",
            "FAILED " + in.resolve("k-binary.txt") + ": binary content in a .txt file, not read",
            "SKIPPED " + in.resolve("l-image.png") + ": binary file, not read",
            "FAILED "
                + in.resolve("m-huge.json")
                + ":2: a value is longer than the 16 M-char limit, record skipped; rest of file skipped",
            "FAILED " + in.resolve("n-huge.txt") + ": file longer than 16 MB, not read (split it)"),
        got.problemLines());
    assertEquals(
        List.of(
            "a-feed/agence-1001",
            "a-feed/https://agence.example/dakar",
            "in/a-note.txt",
            "in/https://journal.example/maroc/bourita-homologue",
            "a-wire/w1",
            "a-wire/w2",
            "b-truncated/t1",
            "c-not-object/n1",
            "c-not-object/n3",
            "d-truncated-line/d1",
            "e-invalid-utf8/u1",
            "g-huge-line/h1",
            "g-huge-line/h3",
            "h-corrupt/z1",
            "h-corrupt/z2",
            "m-huge/m1"),
        got.articles.stream().map(Article::id).toList());
  }

  @Test
  void aGzipCutOffKeepsItsWholeLinesAndOneCutBeforeItsFirstLineIsNotEmpty() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append(" mot").append(i * 1000 + w * 37 % 101).append(w % 7 == 0 ? "," : "");
      }
      text.append("{\"id\": \"c").append(i).append("\", \"title\": \"Titre ").append(i);
      text.append("\", \"body\": \"").append(body).append("\"}\n");
    }
    byte[] gz = gzip(text.toString());
    // cut inside the last line's compressed bytes: the first two lines are whole
    Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length * 4 / 5));
    // cut within the gzip header's first block: no line at all, yet not an empty file
    Files.write(in.resolve("stub.jsonl.gz"), Arrays.copyOf(gz, 12));

    CollectingListener got = CollectingListener.read(in);

    assertEquals(List.of("cut/c1", "cut/c2"), got.articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            "FAILED "
                + in.resolve("cut.jsonl.gz")
                + ":3: corrupt gzip: Unexpected end of ZLIB input stream; rest of file skipped",
            "FAILED "
                + in.resolve("stub.jsonl.gz")
                + ":1: corrupt gzip: Unexpected end of ZLIB input stream; nothing read"),
        got.problems.stream().map(p -> p.severity() + " " + p).toList());
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
