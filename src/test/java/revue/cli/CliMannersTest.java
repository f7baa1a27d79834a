package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets: misspelt commands, the command list, stats' times, no escape codes. */
class CliMannersTest {

  @TempDir Path tmp;

  @Test
  void aMisspeltCommandGetsSuggestions() {
    CliRunner r = CliRunner.run("rolback");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertEquals(
        List.of(
            "revue: unknown command 'rolback'",
            "Did you mean: revue rollback?",
            "Try 'revue --help'."),
        r.err().lines().toList());
    // picocli offers every close command: search, and serve and watch, which are as near
    r = CliRunner.run("serch", "Bourita");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "revue: unknown command 'serch'",
            "Did you mean: revue search or revue serve or revue watch?",
            "Try 'revue --help'."),
        r.err().lines().toList());
  }

  @Test
  void aWordThatIsNoCommandGetsNoFarFetchedSuggestions() {
    CliRunner r = CliRunner.run("frobnicate");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of("revue: unknown command 'frobnicate'", "Try 'revue --help'."),
        r.err().lines().toList());
  }

  @Test
  void aMisspeltOptionGetsSuggestions() {
    CliRunner r = CliRunner.run("search", "Bourita", "--limt", "3");
    assertEquals(2, r.exitCode());
    List<String> err = r.err().lines().toList();
    assertEquals("revue: Unknown options: '--limt', '3'", err.get(0));
    assertTrue(err.contains("Possible solutions: --limit"), r.err());
    assertEquals("Try 'revue search --help'.", err.get(err.size() - 1));
  }

  @Test
  void aQueryThatExcludesAWordFirstIsToldToGoAfterTheDoubleDash() {
    CliRunner r = CliRunner.run("search", "-Maroc");
    assertEquals(2, r.exitCode());
    assertEquals(
        List.of(
            "revue: Unknown option: '-Maroc'",
            "A query starting with '-' goes after '--': revue search -- '-Maroc'",
            "Try 'revue search --help'."),
        r.err().lines().toList());
    // a misspelt long option is no query
    assertFalse(CliRunner.run("search", "--limt", "3").err().contains("goes after '--'"));
  }

  /**
   * Each command's summary in the top-level help is one whole sentence: a capital, then a full
   * stop.
   */
  @Test
  void eachCommandsSummaryIsAWholeSentence() {
    CliRunner r = CliRunner.run("--help");
    assertEquals(0, r.exitCode());
    List<String> lines = r.out().lines().toList();
    int start = lines.indexOf("Commands:");
    assertTrue(start > 0, r.out());
    List<String> summaries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Pattern command = Pattern.compile("^  ([a-z]+) +(.*)$");
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher m = command.matcher(line);
      if (m.matches()) {
        names.add(m.group(1));
        summaries.add(m.group(2).strip());
      } else {
        int last = summaries.size() - 1;
        summaries.set(last, summaries.get(last) + " " + line.strip());
      }
    }
    assertEquals(
        List.of(
            "index",
            "search",
            "related",
            "analyze",
            "stats",
            "eval",
            "rebuild",
            "rollback",
            "serve",
            "watch",
            "surges",
            "help"),
        names);
    for (String s : summaries) {
      assertTrue(Character.isUpperCase(s.charAt(0)) && s.endsWith("."), "not a sentence: " + s);
      assertFalse(s.contains(". "), "more than one sentence: " + s);
    }
  }

  /**
   * Every paragraph of every command's and subcommand's help ends a sentence: picocli starts each
   * on a line of its own, so one that stops mid-sentence breaks the help there ("that it\nhas not
   * reported before,"), and a subcommand's first one is its summary in its parent's list.
   */
  @Test
  void everyHelpParagraphEndsASentence() {
    List<String> broken = new ArrayList<>();
    List<picocli.CommandLine> commands = new ArrayList<>(List.of(RevueCli.tree()));
    for (int i = 0; i < commands.size(); i++) {
      picocli.CommandLine c = commands.get(i);
      commands.addAll(c.getSubcommands().values());
      for (String paragraph : c.getCommandSpec().usageMessage().description()) {
        if (!paragraph.replace("%n", "").strip().endsWith(".")) {
          broken.add(c.getCommandSpec().qualifiedName() + ": " + paragraph);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void statsPrintsTimesToTheSecondInTheUsersZone() throws Exception {
    Path index = CliRunner.indexBundledCorpus(tmp);
    JsonNode json =
        new ObjectMapper()
            .readTree(CliRunner.run("stats", "--index", index.toString(), "--json").out());
    Instant built = Instant.parse(json.at("/builtAt").asText());
    Instant finished = Instant.parse(json.at("/lastRun/finished").asText());
    CliRunner text = CliRunner.run("stats", "--index", index.toString());
    assertEquals(0, text.exitCode(), text.err());
    List<String> lines = text.out().lines().toList();
    assertTrue(
        lines.get(2).startsWith("built       " + secondsInDefaultZone(built) + " "), lines.get(2));
    assertFalse(lines.get(2).matches(".*\\dT\\d.*"), "an ISO instant: " + lines.get(2));
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "last run    index ok at " + secondsInDefaultZone(finished) + " ")),
        text.out());
    assertTrue(lines.contains("documents   7"), text.out());
  }

  private static String secondsInDefaultZone(Instant t) {
    ZonedDateTime z = t.atZone(ZoneId.systemDefault());
    return String.format(
        "%04d-%02d-%02d %02d:%02d:%02d",
        z.getYear(),
        z.getMonthValue(),
        z.getDayOfMonth(),
        z.getHour(),
        z.getMinute(),
        z.getSecond());
  }

  @Test
  void helpAndErrorsHoldNoEscapeCodesWhenNotATerminal() {
    for (String[] args :
        List.of(
            new String[] {"--help"}, new String[] {"search", "--help"}, new String[] {"serch"})) {
      CliRunner r = CliRunner.run(args);
      assertFalse(r.out().contains("\u001b"), r.out());
      assertFalse(r.err().contains("\u001b"), r.err());
    }
  }
}
