package revue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage costs tool: the first N articles of each file (the bundled samples, one article a
 * file, and a file of five), every stage reported.
 */
class StageCostsTest {

  @Test
  void reportsEachStagePerArticleOverTheFirstArticlesOfEachFile(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    for (String sample : List.of("sample-en-guinea-bissau-2022.txt", "sample-fr-niamey-sahel-2023.txt")) {
      Files.copy(Path.of("corpus/samples", sample), corpus.resolve(sample));
    }
    StringBuilder five = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      five.append("{\"id\": \"a").append(i).append("\", \"title\": \"Rabat ").append(i)
          .append("\", \"body\": \"Le ministre s'est rendu au Niger.\"}\n");
    }
    Files.writeString(corpus.resolve("five.jsonl"), five);
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      StageCosts.main(new String[] {corpus.toString(), "3", "4"});
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    // one article from each sample, three of the five
    assertEquals(
        "5 articles (the first 3 of each file in " + corpus + "), 4 passes, median of the last 2,"
            + " us/article:",
        lines.get(0));
    assertTrue(lines.get(1).matches("  enrichment +\\d+\\.\\d"), lines.get(1));
    assertTrue(lines.get(2).matches("  document +\\d+\\.\\d"), lines.get(2));
    assertTrue(lines.get(3).matches("  analysis +\\d+\\.\\d"), lines.get(3));
    assertTrue(
        lines.get(4).matches("  \\(the baseline's analysis, StandardAnalyzer over title and body: \\d+\\.\\d\\)"),
        lines.get(4));
    assertEquals(6, lines.size(), String.join("\n", lines));
  }
}
