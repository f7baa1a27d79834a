package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Surges through the CLI, on an index of made-up days with one planted surge. */
class SurgesCliTest {

  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

  @TempDir Path tmp;

  /** 36 days of 20 articles, one a day on drought; on the last day ten are. */
  private String indexDays() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Writer out =
        Files.newBufferedWriter(corpus.resolve("days.jsonl"), StandardCharsets.UTF_8)) {
      for (int d = 0; d < 36; d++) {
        int drought = d == 35 ? 10 : 1;
        for (int i = 0; i < 20; i++) {
          String body =
              i < drought
                  ? "La sécheresse inquiète les agriculteurs cette semaine."
                  : "Le budget de la commune est voté en conseil.";
          out.write(
              "{\"id\":\""
                  + d
                  + "-"
                  + i
                  + "\",\"title\":\"Article "
                  + i
                  + "\",\"body\":\""
                  + body
                  + "\",\"date\":\""
                  + FIRST.plusDays(d)
                  + "\"}\n");
        }
      }
    }
    String index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("index", corpus.toString(), "--index", index, "--quiet").exitCode());
    return index;
  }

  @Test
  void listsThePlantedSurgeOfASavedSearchAndNothingElse() throws IOException {
    String index = indexDays();
    assertEquals(
        0, CliRunner.run("watch", "add", "secheresse", "sécheresse", "--index", index).exitCode());
    CliRunner r = CliRunner.run("surges", "--days", "36", "--index", index);
    assertEquals(0, r.exitCode(), r.err());
    // baseline share 1/20 every day, no deviation; the scale is the share of one article of 20
    assertEquals(
        "1 surge from 2023-01-01 to 2023-02-05\n"
            + "  search secheresse  2023-02-05 fr: 10 of 20 articles (50.00%, baseline 5.00%), z 9.0\n",
        r.out());
    CliRunner earlier =
        CliRunner.run("surges", "--days", "30", "--until", "2023-02-04", "--index", index);
    assertEquals("0 surges from 2023-01-06 to 2023-02-04\n", earlier.out());

    CliRunner run = CliRunner.run("watch", "run", "--index", index);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "secheresse: nothing new\n  surge: 2023-02-05 fr: 10 of 20 articles (50.00%, baseline 5.00%), z 9.0\n",
        run.out());
  }

  @Test
  void badOptionsAreOneLineAndExit2() throws IOException {
    String index = indexDays();
    CliRunner r = CliRunner.run("surges", "--until", "yesterday", "--index", index);
    assertEquals(2, r.exitCode());
    assertEquals("revue: --until must be a day, YYYY-MM-DD, got 'yesterday'\n", r.err());
  }
}
