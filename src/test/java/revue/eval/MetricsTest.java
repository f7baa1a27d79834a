package revue.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {

  private static final double EPS = 1e-12;

  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void scoresHandMadeRunExactly() throws IOException {
    Qrels qrels =
        Qrels.read(
            file(
                "qrels",
                "q1 0 d1 1",
                "q2 0 d2 2",
                "q2 0 d3 1",
                "q2 0 d9 0",
                "q3 0 d5 1",
                // no relevant document: not averaged
                "q4 0 d6 0"));
    TrecRun run =
        TrecRun.read(
            file(
                "run",
                "q1 Q0 d0 1 3.0 test",
                "q1 Q0 d1 2 2.0 test",
                // listed out of order: scores decide
                "q2 Q0 d2 3 3.0 test",
                "q2 Q0 d3 1 5.0 test",
                "q2 Q0 d7 2 4.0 test",
                "q2 Q0 d9 4 2.0 test",
                "q4 Q0 d6 1 1.0 test",
                // not judged: ignored
                "q8 Q0 d1 1 1.0 test"));
    EvalReport report = Metrics.evaluate(qrels, run);

    assertEquals(3, report.queries());
    // q1: first relevant at rank 2; q2: at rank 1; q3: not retrieved
    assertEquals((0.5 + 1 + 0) / 3, report.mrr10(), EPS);
    assertEquals(1.0 / 3, report.success1(), EPS);
    // q1: (1/log2 3) / 1 = 0.6309297535714575; q2: (2/1 + ... ) DCG = 1/log2 2 + 2/log2 4 = 2,
    // IDCG = 2/log2 2 + 1/log2 3 = 2.6309297535714575, nDCG = 0.7601875334318685; q3: 0
    assertEquals(0.463705762334442, report.ndcg10(), 1e-15);
    // q1: 1/2; q2: (1/1 + 2/3) / 2 = 5/6; q3: 0
    assertEquals(0.4444444444444445, report.map(), 1e-15);

    EvalReport.QueryScores q2 = report.perQuery().get(1);
    assertEquals("q2", q2.queryId());
    assertEquals(0.7601875334318685, q2.ndcg10(), 1e-15);
    assertEquals(5.0 / 6, q2.averagePrecision(), EPS);
  }

  @Test
  void relevantDocumentBelowRankTenCountsForMapOnly() {
    Map<String, List<TrecRun.Result>> results =
        Map.of(
            "q",
            java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new TrecRun.Result("d" + i, 100 - i))
                .toList());
    Qrels qrels = new Qrels(Map.of("q", Map.of("d11", 1)));
    EvalReport report = Metrics.evaluate(qrels, new TrecRun("t", results));
    assertEquals(0, report.mrr10(), EPS);
    assertEquals(0, report.ndcg10(), EPS);
    assertEquals(0, report.success1(), EPS);
    assertEquals(1.0 / 11, report.map(), EPS);
  }

  @Test
  void tiesAreBrokenByDocumentIdInReverseOrderLikeTrecEval() {
    TrecRun run =
        new TrecRun(
            "t",
            Map.of("q", List.of(new TrecRun.Result("da", 1.0), new TrecRun.Result("db", 1.0))));
    assertEquals(
        List.of("db", "da"), run.results("q").stream().map(TrecRun.Result::docId).toList());
    EvalReport report = Metrics.evaluate(new Qrels(Map.of("q", Map.of("da", 1))), run);
    assertEquals(0.5, report.mrr10(), EPS);
  }

  @Test
  void documentRetrievedTwiceCountsOnceAtItsBestPlace() {
    TrecRun run =
        new TrecRun(
            "t",
            Map.of(
                "q",
                List.of(
                    new TrecRun.Result("d1", 3.0),
                    new TrecRun.Result("d2", 2.0),
                    new TrecRun.Result("d1", 1.0))));
    assertEquals(
        List.of("d1", "d2"), run.results("q").stream().map(TrecRun.Result::docId).toList());
    EvalReport report = Metrics.evaluate(new Qrels(Map.of("q", Map.of("d1", 1, "d2", 1))), run);
    assertEquals(1.0, report.map(), EPS);
    assertEquals(1.0, report.ndcg10(), EPS);
  }

  @Test
  void runWrittenThenReadGivesTheSameRanking() throws IOException {
    TrecRun run =
        new TrecRun(
            "revue-fr",
            Map.of(
                "k1",
                List.of(
                    new TrecRun.Result("orangesum-fr/12", 7.25),
                    new TrecRun.Result("orangesum-fr/3", 9.5))));
    Path path = dir.resolve("run.txt");
    run.write(path);
    assertEquals(
        List.of(
            "k1 Q0 orangesum-fr/3 1 9.500000 revue-fr",
            "k1 Q0 orangesum-fr/12 2 7.250000 revue-fr"),
        Files.readAllLines(path));
    TrecRun back = TrecRun.read(path);
    assertEquals("revue-fr", back.tag());
    assertEquals(run.results("k1"), back.results("k1"));
  }

  @Test
  void topicsWrittenThenReadAreEqual() throws IOException {
    List<Topic> topics =
        List.of(
            new Topic("fr-1", "Le Maroc accueille la coalition"),
            new Topic("ar-1", "بوريطة يستقبل"));
    Path path = dir.resolve("topics.tsv");
    Topic.write(path, topics);
    assertEquals(
        List.of("fr-1\tLe Maroc accueille la coalition", "ar-1\tبوريطة يستقبل"),
        Files.readAllLines(path));
    assertEquals(topics, Topic.read(path));
  }

  @Test
  void malformedLinesNameTheFileAndLine() throws IOException {
    Path qrels = file("bad-qrels", "q1 0 d1 1", "q1 0 d2 yes");
    TrecFormatException e = assertThrows(TrecFormatException.class, () -> Qrels.read(qrels));
    assertTrue(
        e.getMessage().endsWith("bad-qrels:2: relevance 'yes' is not an integer"), e.getMessage());

    Path run = file("bad-run", "q1 Q0 d1 1 2.0");
    e = assertThrows(TrecFormatException.class, () -> TrecRun.read(run));
    assertTrue(
        e.getMessage().contains("bad-run:1: expected 'qid Q0 docid rank score tag'"),
        e.getMessage());

    Path topics = file("bad-topics", "q1 no tab here");
    e = assertThrows(TrecFormatException.class, () -> Topic.read(topics));
    assertTrue(e.getMessage().contains("bad-topics:1:"), e.getMessage());
  }

  @Test
  void emptyQrelsGiveAnEmptyReport() {
    EvalReport report = Metrics.evaluate(new Qrels(Map.of()), new TrecRun("t", Map.of()));
    assertEquals(new EvalReport(0, 0, 0, 0, 0, List.of()), report);
  }
}
