package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsAndEvalTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexBundledCorpus() {
    index = tmp.resolve("index");
    assertEquals(
        0, CliRunner.run("index", "corpus", "--index", index.toString(), "--quiet").exitCode());
  }

  @Test
  void topicsWriteATrecRunThatEvalScores() throws Exception {
    Path topics = tmp.resolve("titles.tsv");
    // titles taken literally: parentheses, a hyphen and upper-case AND are not query syntax here
    Files.writeString(
        topics,
        "t1\tLe monde affûte ses armes au Maroc contre le terrorisme (vidéos)\n"
            + "t2\tGuinea AND Guinea-Bissau discuss border trade\n");
    Path run = tmp.resolve("run.txt");
    CliRunner search =
        CliRunner.run(
            "search",
            "--index",
            index.toString(),
            "--topics",
            topics.toString(),
            "--run",
            run.toString(),
            "--limit",
            "3",
            "--tag",
            "test");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(
        search
            .err()
            .matches(
                "(?s)revue: 2 queries: p50 \\S+ ms, p95 \\S+ ms, p99 \\S+ ms, \\S+ queries/s \\(after a warm-up pass\\)\\s*"),
        search.err());
    List<String> lines = Files.readAllLines(run);
    assertTrue(
        lines.get(0).matches("t1 Q0 corpus/marrakech-coalition-2022.txt 1 \\S+ test"),
        lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("t2 Q0 samples/sample-en-guinea-bissau-2022.txt 1 \\S+ test")),
        lines.toString());

    Path qrels = tmp.resolve("qrels.txt");
    Files.writeString(
        qrels,
        "t1 0 corpus/marrakech-coalition-2022.txt 1\n"
            + "t2 0 samples/sample-en-guinea-bissau-2022.txt 1\n"
            + "t3 0 samples/sample-fr-niamey-sahel-2023.txt 1\n");
    CliRunner eval = CliRunner.run("eval", "--qrels", qrels.toString(), "--run", run.toString());
    assertEquals(0, eval.exitCode(), eval.err());
    // t3 is judged but not in the run: it counts as a miss
    assertTrue(eval.out().contains("num_q\tall\t3"), eval.out());
    assertTrue(eval.out().contains("recip_rank@10\tall\t0.6667"), eval.out());
    assertTrue(eval.out().contains("success@1\tall\t0.6667"), eval.out());
  }

  @Test
  void aTopicWithoutWordsRanksNothingAndTheOthersStillRun() throws Exception {
    Path topics = tmp.resolve("punctuation.tsv");
    Files.writeString(topics, "p1\t« – »\np2\tGuinea-Bissau border trade\n");
    Path run = tmp.resolve("punctuation.run");
    CliRunner search =
        CliRunner.run(
            "search",
            "--index",
            index.toString(),
            "--topics",
            topics.toString(),
            "--run",
            run.toString());
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(
        search
            .err()
            .startsWith(
                "revue: topic p1: nothing to search for: '« – »' holds no words"
                    + System.lineSeparator()),
        search.err());
    List<String> lines = Files.readAllLines(run);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).matches("p2 Q0 samples/sample-en-guinea-bissau-2022.txt 1 \\S+ revue"),
        lines.get(0));
  }

  @Test
  void queryAndTopicsTogetherIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "x", "--topics", "t.tsv");
    assertEquals(2, r.exitCode());
    assertEquals("revue: give either a QUERY or --topics FILE", r.err().strip());
  }

  @Test
  void missingRunFileIsBadInput() {
    CliRunner r = CliRunner.run("eval", "--qrels", "nope.qrels", "--run", "nope.run");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("revue: no such file: nope."), r.err());
  }
}
