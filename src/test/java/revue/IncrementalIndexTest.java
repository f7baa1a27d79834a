package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IndexReport.Changes;
import revue.index.GeneratedCorpus;

class IncrementalIndexTest {

  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    Path notes = Files.createDirectories(corpus.resolve("notes"));
    article(
        notes.resolve("rabat.txt"),
        "RABAT, 10 mai 2022",
        "Nasser Bourita reçoit son homologue du Niger",
        "Les deux ministres ont parlé de sécurité au Sahel.");
    article(
        notes.resolve("dakar.txt"),
        "DAKAR, 3 juin 2022",
        "Sommet sur l'eau au Sénégal",
        "Le Sénégal accueille un sommet régional sur l'eau.");
    article(
        notes.resolve("tunis.txt"),
        "TUNIS, 8 juin 2022",
        "Budget voté en Tunisie",
        "Le parlement a voté le budget au son du xylophone.");
    article(
        notes.resolve("bamako.txt"),
        "BAMAKO, 9 juin 2022",
        "Accord de coopération au Mali",
        "Un accord de coopération ferroviaire a été signé.");
    GeneratedCorpus.write(corpus.resolve("feeds"), 2, 10, 9);
    index = tmp.resolve("index");
  }

  private static void article(Path file, String dateline, String title, String body)
      throws IOException {
    Files.writeString(file, dateline + "\n" + title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
  }

  private Changes index(Revue revue) {
    return revue.index(List.of(corpus), IngestOptions.defaults(), n -> {}, Duration.ZERO).changes();
  }

  @Test
  void indexTouchesExactlyTheChangedDeletedAndAddedFilesAndMatchesAFullRebuild() throws Exception {
    try (Revue revue = Revue.open(index)) {
      assertEquals(new Changes(24, 0, 0, 0), index(revue));
      Path notes = corpus.resolve("notes");
      article(
          notes.resolve("dakar.txt"),
          "DAKAR, 3 juin 2022",
          "Sommet sur l'eau au Sénégal et au Mali",
          "Le Mali rejoint le sommet.");
      Files.delete(notes.resolve("tunis.txt"));
      article(
          notes.resolve("niamey.txt"),
          "NIAMEY, 12 juin 2022",
          "Le Niger et le Maroc signent un accord",
          "Accord de coopération.");

      assertEquals(new Changes(1, 1, 1, 22), index(revue));
      assertEquals(24, revue.search(SearchRequest.of("").withLimit(0)).total());
      assertEquals(1, revue.search(SearchRequest.of("rejoint").withLimit(0)).total());
      assertEquals(0, revue.search(SearchRequest.of("xylophone").withLimit(0)).total());
    }

    Path rebuilt = tmp.resolve("rebuilt");
    try (Revue incremental = Revue.open(index);
        Revue full = Revue.open(rebuilt)) {
      full.rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      SearchResults a =
          incremental.search(SearchRequest.of("").withLimit(100).withFacetLimit(1000));
      SearchResults b = full.search(SearchRequest.of("").withLimit(100).withFacetLimit(1000));
      assertEquals(ids(b), ids(a));
      assertEquals(24, ids(a).size());
      assertEquals(b.facets(), a.facets());
    }
  }

  @Test
  void indexWithNothingChangedWritesNothing() throws Exception {
    try (Revue revue = Revue.open(index)) {
      index(revue);
      List<String> before = files(index);
      assertEquals(new Changes(0, 0, 0, 24), index(revue));
      assertEquals(before, files(index));
    }
  }

  @Test
  void changedLineOfAJsonLinesFileReindexesThatFileOnly() throws Exception {
    try (Revue revue = Revue.open(index)) {
      index(revue);
      Path feed = corpus.resolve("feeds/part-00.jsonl");
      List<String> lines = Files.readAllLines(feed);
      lines.set(3, lines.get(3).replace("\"id\":\"a0-3\"", "\"id\":\"a0-3-bis\""));
      Files.write(feed, lines);
      // file of 10 articles: 9 same ids updated, 1 new id added, the old id removed
      assertEquals(new Changes(1, 9, 1, 14), index(revue));
    }
  }

  @Test
  void aChangedFileThatFailsToReadKeepsTheArticlesItHad() throws Exception {
    try (Revue revue = Revue.open(index)) {
      index(revue);
      Path feed = corpus.resolve("feeds/part-00.jsonl");
      List<String> good = Files.readAllLines(feed);
      // a broken record where a0-3 was: the 9 others written again, a0-3 kept as it was
      List<String> broken = new java.util.ArrayList<>(good);
      broken.set(3, "{\"id\":\"a0-3\",\"title\":\"cut off");
      Files.write(feed, broken);
      assertEquals(new Changes(0, 9, 0, 14), index(revue));
      assertEquals(24, revue.search(SearchRequest.of("").withLimit(0)).total());
      assertEquals(
          10,
          revue
              .search(SearchRequest.of("").withFilter("collection", "part-00").withLimit(0))
              .total());
      // a copy gone binary (a bad download): nothing read, nothing lost
      Files.write(feed, new byte[] {'{', 0, 1, 2, 0, 0, 3, 0, '}', '\n'});
      assertEquals(new Changes(0, 0, 0, 14), index(revue));
      assertEquals(24, revue.search(SearchRequest.of("").withLimit(0)).total());
      // read whole again, without a0-3: now it goes
      good.remove(3);
      Files.write(feed, good);
      assertEquals(new Changes(0, 9, 1, 14), index(revue));
      assertEquals(23, revue.search(SearchRequest.of("").withLimit(0)).total());
    }
  }

  @Test
  void aTruncatedGzipKeepsTheArticlesPastTheCut() throws Exception {
    Path feed = corpus.resolve("feeds/part-00.jsonl");
    Path gz = corpus.resolve("feeds/part-00.jsonl.gz");
    byte[] plain = Files.readAllBytes(feed);
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(plain);
    }
    Files.delete(feed);
    try (Revue revue = Revue.open(index)) {
      assertEquals(new Changes(24, 0, 0, 0), index(revue));
      byte[] whole = Files.readAllBytes(gz);
      Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
      IndexReport report =
          revue.index(List.of(corpus), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      assertEquals(1, report.failed());
      assertEquals(0, report.changes().removed());
      assertEquals(24, revue.search(SearchRequest.of("").withLimit(0)).total());
    }
  }

  @Test
  void indexingAnotherFolderKeepsTheFilesIndexedFromElsewhere() throws Exception {
    try (Revue revue = Revue.open(index)) {
      index(revue);
      Path more = tmp.resolve("more");
      GeneratedCorpus.write(more, 1, 5, 1);
      Files.move(
          more.resolve("part-00.jsonl"),
          more.resolve("extra.jsonl")); // its own collection, so new ids
      Changes changes =
          revue.index(List.of(more), IngestOptions.defaults(), n -> {}, Duration.ZERO).changes();
      assertEquals(new Changes(5, 0, 0, 0), changes);
      assertEquals(29, revue.search(SearchRequest.of("").withLimit(0)).total());
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).sorted().toList();
  }

  private static List<String> files(Path index) throws IOException {
    try (Stream<Path> files = Files.walk(index)) {
      return files
          .filter(f -> !f.getFileName().toString().equals("last-run.json"))
          .filter(f -> !f.getFileName().toString().equals("revue.lock"))
          .map(
              f -> {
                try {
                  return f
                      + " "
                      + (Files.isRegularFile(f) ? Files.getLastModifiedTime(f).toMillis() : 0);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .sorted()
          .toList();
    }
  }
}
