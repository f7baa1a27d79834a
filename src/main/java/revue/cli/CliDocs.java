package revue.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes what an installed command line comes with, from picocli's model of the commands, so that
 * they never drift from the options: the bash completion script ({@code revue.bash}, picocli's
 * {@link AutoComplete}), the same for zsh ({@code _revue}, for a folder of {@code fpath}), and the
 * man page ({@code revue.1}: each command's help, as {@code revue help COMMAND} prints it). The
 * build runs it (pom.xml) into {@code target/cli-docs}; {@code scripts/install.sh} installs them.
 *
 * <p>Usage: {@code java -cp target/classes revue.cli.CliDocs OUT_DIR}
 */
final class CliDocs {

  private CliDocs() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CliDocs OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    CommandLine tree = RevueCli.tree();
    String bash = AutoComplete.bash("revue", tree);
    Files.writeString(out.resolve("revue.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("_revue"), zsh(bash), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("revue.1"), manPage(tree), StandardCharsets.UTF_8);
  }

  /**
   * picocli's script is written for bash and zsh alike (in zsh it runs through bashcompinit). As a
   * file of zsh's {@code fpath}, it is the body of the function {@code _revue}, run at the first
   * completion of {@code revue}: it registers its completer, which then completes that first call.
   */
  static String zsh(String bash) {
    return "#compdef revue\n"
        + "# revue's completion for zsh: picocli's script for bash and zsh (below), loaded at the first\n"
        + "# completion of revue, which it then completes.\n"
        + bash
        + "\n_bash_complete -F _complete_revue\n";
  }

  /** The man page, in roff: the top-level help, then each command's. */
  static String manPage(CommandLine tree) {
    StringBuilder m = new StringBuilder();
    String version = VersionInfo.revueVersion();
    m.append(".TH REVUE 1 \"\" \"revue ").append(version).append("\" \"User Commands\"\n");
    m.append(".SH NAME\n");
    m.append("revue \\- ").append(roff(description(tree))).append('\n');
    m.append(".SH SYNOPSIS\n");
    m.append(".B revue\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n");
    m.append(".SH DESCRIPTION\n");
    m.append(preformatted(tree.getUsageMessage(Ansi.OFF)));
    m.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> sub : tree.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      m.append(".SS revue ").append(sub.getKey()).append('\n');
      m.append(preformatted(sub.getValue().getUsageMessage(Ansi.OFF)));
    }
    m.append(".SH ENVIRONMENT\n");
    m.append(
        ".TP\n.B REVUE_HOME\nThe folder whose index/ and corpus/ are the default index and corpus;"
            + " without it, those of the current folder. The launcher sets it to its own folder when it runs"
            + " from another one.\n");
    m.append(
        ".TP\n.B REVUE_CONFIG\nA properties file of option defaults, one long option name without"
            + " dashes a line (backend=opensearch://HOST:PORT/NAME, index=DIR, gazetteer=FILE); options"
            + " given on the command line win. Without it, ~/.config/revue/revue.properties"
            + " (XDG_CONFIG_HOME) when it exists.\n");
    m.append(
        ".TP\n.B JAVA_HOME\nThe Java (21 or newer) the launcher runs; without it, the java on PATH,"
            + " then the JDKs under /usr/lib/jvm and /opt/java.\n");
    m.append(".SH EXIT STATUS\n");
    m.append("0 success, 1 failure, 2 bad usage or bad input.\n");
    return m.toString();
  }

  private static String description(CommandLine cli) {
    String[] d = cli.getCommandSpec().usageMessage().description();
    String first = d.length == 0 ? "" : d[0];
    // the NAME line is a phrase: "revue - search French, ..."
    first = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    return first.isEmpty() ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  /** Text shown as it is, line by line, in a fixed-width block. */
  private static String preformatted(String text) {
    StringBuilder b = new StringBuilder(".nf\n");
    for (String line : text.strip().split("\\R")) {
      b.append(roff(line)).append('\n');
    }
    return b.append(".fi\n").toString();
  }

  /**
   * Escapes text for roff: backslashes, hyphens (else rendered as typographic dashes), leading
   * dots.
   */
  static String roff(String line) {
    String s = line.replace("\\", "\\e").replace("-", "\\-");
    if (s.startsWith(".") || s.startsWith("'")) {
      s = "\\&" + s;
    }
    return s;
  }
}
