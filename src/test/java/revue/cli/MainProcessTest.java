package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's real {@code main} in a child JVM, as the launcher runs it: its early start (the
 * gazetteers and Lucene set up on other threads while the command line is read) must give the same
 * output as the in-process runs, and nothing on stderr (Lucene's start-up hint silenced).
 */
class MainProcessTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexBundledCorpus() {
    index = CliRunner.indexBundledCorpus(tmp);
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result main(String... args) throws IOException, InterruptedException {
    return mainWithHome(null, args);
  }

  /**
   * Runs main with {@code REVUE_HOME} set to {@code home} (as the launcher sets it), when not null.
   */
  private static Result mainWithHome(Path home, String... args)
      throws IOException, InterruptedException {
    List<String> command = javaCommand(args);
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (home != null) {
      builder.environment().put("REVUE_HOME", home.toString());
    }
    Process p = builder.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "revue did not finish");
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(
        "--enable-native-access=ALL-UNNAMED"); // as the launcher: Lucene maps files natively
    command.add("-XX:TieredStopAtLevel=1"); // a short run, as the launcher starts one-shot commands
    command.add(RevueCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void searchPrintsTheSameHitsAsInProcessAndNothingOnStderr() throws Exception {
    Result r = main("search", "Bourita Niger", "--index", index.toString(), "--json");
    CliRunner in = CliRunner.run("search", "Bourita Niger", "--index", index.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertEquals(in.out(), r.out());
  }

  /**
   * rebuild without PATH on the default index: the bundled corpus/ while the index records no paths
   * (a first run); once built from another folder, that folder, not corpus/ again.
   */
  @Test
  void rebuildWithoutPathOnTheDefaultIndexKeepsItsOwnPaths() throws Exception {
    Path home = tmp.resolve("home");
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    try (var samples = Files.list(Path.of("corpus", "samples"))) {
      for (Path f : samples.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.copy(
        Path.of("corpus", "marrakech-coalition-2022.txt"),
        elsewhere.resolve("marrakech-coalition-2022.txt"));
    String index = home.resolve("index").toString();

    Result first = mainWithHome(home, "rebuild", "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals("", first.err());
    assertTrue(first.out().contains(": built gen-000001 with 6 articles;"), first.out());

    Result other = mainWithHome(home, "rebuild", elsewhere.toString(), "--quiet");
    assertEquals(0, other.exitCode(), other.err());
    Result again = mainWithHome(home, "rebuild");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(
        "revue: rebuilding from the paths the index was built from: " + elsewhere + "\n",
        again.err());
    assertTrue(again.out().contains(": built gen-000003 with 1 article;"), again.out());
    CliRunner stats = CliRunner.run("stats", "--index", index);
    assertTrue(stats.out().contains("\nfrom        " + elsewhere + "\n"), stats.out());
    assertTrue(stats.out().contains("\ndocuments   1\n"), stats.out());
  }

  /**
   * index without PATH on the default index: the bundled corpus/, said in one line on stderr; with
   * --quiet, the summary alone.
   */
  @Test
  void indexWithoutPathOnTheDefaultIndexSaysItIndexesTheBundledCorpus() throws Exception {
    Path home = tmp.resolve("index-home");
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    Files.copy(
        Path.of("corpus", "marrakech-coalition-2022.txt"),
        corpus.resolve("marrakech-coalition-2022.txt"));
    Result r = mainWithHome(home, "index");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "revue: no PATH given: indexing the bundled "
            + corpus
            + "/ into "
            + home.resolve("index")
            + "/\n",
        r.err());
    assertTrue(r.out().startsWith("indexed 1 article into " + home.resolve("index")), r.out());
    Result quiet = mainWithHome(home, "index", "--quiet");
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals("", quiet.err());
  }

  @Test
  void searchWithUsersGazetteerUsesItNotTheBundledOneAlone() throws Exception {
    // an alias only the user's file knows: the early start must not hand the search the bundled
    // gazetteers
    Path ministers = tmp.resolve("ministers.tsv");
    Files.writeString(
        ministers, "Nasser Bourita\tMA\tforeign\t2017-04-05\t\tZorglubo\n", StandardCharsets.UTF_8);
    Result r =
        main(
            "search",
            "Zorglubo",
            "--index",
            index.toString(),
            "--gazetteer",
            ministers.toString(),
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("\"minister:Nasser Bourita\""), r.out());
  }

  @Test
  void snippetsAreBoldOnATerminalAndMarkedWithAsterisksInAFile() throws Exception {
    Result file = main("search", "Bourita Niger", "--index", index.toString(), "--limit", "1");
    assertTrue(file.out().contains("**Nasser Bourita**"), file.out());
    assertTrue(!file.out().contains("\u001b["), file.out());
    // a pseudo-terminal, from util-linux's script(1), where there is one
    Path script = Path.of("/usr/bin/script");
    Assumptions.assumeTrue(Files.isExecutable(script), "no script(1) to give the CLI a terminal");
    List<String> command =
        javaCommand("search", "Bourita Niger", "--index", index.toString(), "--limit", "1");
    StringBuilder line = new StringBuilder();
    for (String word : command) {
      line.append('\'').append(word.replace("'", "'\\''")).append("' ");
    }
    Process p =
        new ProcessBuilder(script.toString(), "-qec", line.toString(), "/dev/null")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("\u001b[1mNasser Bourita\u001b[0m"), out);
  }

  @Test
  void searchOfAFolderWithoutIndexSaysSoAndCreatesNothing() throws Exception {
    Path empty = tmp.resolve("no-index-here");
    Result r = main("search", "Bourita Niger", "--index=" + empty);
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(
        "revue: no index at " + empty + ": run 'revue index PATH --index " + empty + "' first\n",
        r.err());
    assertTrue(!Files.exists(empty), "the search created " + empty);
  }

  @Test
  void usageErrorIsOneLineAndExitCodeTwo() throws Exception {
    Result r = main("search", "--limit", "many", "--index", index.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("revue: Invalid value for option '--limit'"), r.err());
  }
}
