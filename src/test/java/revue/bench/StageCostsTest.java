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
 * The stage costs tool: the first N articles of each file (two files of one article, one of five),
 * every stage reported with the work it did. The times are not checked (no timing assertions); the
 * work is, counted by hand over articles written here.
 */
class StageCostsTest {

  @Test
  void reportsEachStagePerArticleOverTheFirstArticlesOfEachFile(@TempDir Path dir)
      throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    // dateline, title, blank line, body
    Files.writeString(
        corpus.resolve("a.txt"),
        "Rabat, 2 février 2023\nBourita reçu à Niamey par son homologue\n\nLe ministre est arrivé.\n");
    Files.writeString(
        corpus.resolve("b.txt"),
        "Rabat, June 21, 2022\nTrade talks between Morocco and Spain\n\nThe ministers met in Rabat today.\n");
    StringBuilder five = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      five.append("{\"id\": \"a")
          .append(i)
          .append("\", \"title\": \"Rabat ")
          .append(i)
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
    // one article from each text file, three of the five
    assertEquals(
        "5 articles (the first 3 of each file in "
            + corpus
            + "), 4 passes, median of the last 2,"
            + " us/article:",
        lines.get(0));
    assertTrue(
        lines.get(1).matches("  enrichment +\\d+\\.\\d   \\(5 language segments a pass\\)"),
        lines.get(1));
    assertTrue(
        lines.get(2).matches("  document +\\d+\\.\\d   \\(5 documents, \\d+ fields a pass\\)"),
        lines.get(2));
    // the title and body fields through each language's analyzer, Lucene's stopwords out:
    // bourita recu niamey son homologu, ministr est ariv (8, French: à par le); trade talk between
    // morocco spain, minist met rabat todai (9, English: and the in); rabat 1, ministr est rendu
    // nig (6 three times, French: le s' au)
    assertTrue(
        lines.get(3).matches("  analysis +\\d+\\.\\d   \\(35 tokens a pass\\)"), lines.get(3));
    // StandardAnalyzer over title + body, no stopwords: bourita reçu à niamey par son homologue le
    // ministre est arrivé (11), trade talks between morocco and spain the ministers met in rabat
    // today (12), rabat N le ministre s'est rendu au niger (8, three times)
    assertTrue(
        lines
            .get(4)
            .matches(
                "  \\(the baseline's analysis, StandardAnalyzer over title and body: \\d+\\.\\d; 47 tokens a pass\\)"),
        lines.get(4));
    assertEquals(5, lines.size(), String.join("\n", lines));
  }
}
