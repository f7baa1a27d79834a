package revue.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import revue.InvalidInputException;
import revue.RevueException;

/**
 * The {@code revue} command: subcommands bind options, call the library, print. Errors become one
 * line on stderr and an exit code: 0 ok, 1 failure, 2 bad usage or input.
 */
@Command(
    name = "revue",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Search French, Arabic and English press coverage.")
public final class RevueCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    EarlyStart.begin(args);
    System.exit(run(utf8(System.out), utf8(System.err), args));
  }

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("index", IndexCommand::new);
    commands.put("search", () -> new SearchCommand().spec());
    commands.put("related", RelatedCommand::new);
    commands.put("analyze", AnalyzeCommand::new);
    commands.put("stats", StatsCommand::new);
    commands.put("eval", EvalCommand::new);
    commands.put("rebuild", RebuildCommand::new);
    commands.put("rollback", RollbackCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("watch", WatchCommand::new);
    commands.put("surges", SurgesCommand::new);
    // a lambda, not CommandLine.HelpCommand::new: the JDK 25 AOT cache writer crashes on a method
    // reference into picocli, whose Java 5 classes it cannot archive
    commands.put("help", () -> new CommandLine.HelpCommand());
    return Collections.unmodifiableMap(commands);
  }

  /** Runs a command line, printing to the given writers; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    String named = commandName(args);
    CommandLine cli;
    String[] rest;
    if (named != null && args[0].equals(named)) {
      // "revue search ...": the subcommand alone is the command line, named "revue search".
      // Building the top command too (its annotations, a second set of type converters) was a
      // tenth of a cold one-shot search's start. Its messages, help and exit codes are the same.
      cli = new CommandLine(SUBCOMMANDS.get(named).get());
      cli.setCommandName("revue " + named);
      rest = Arrays.copyOfRange(args, 1, args.length);
    } else {
      // options before the command, help, usage, a typo: the whole tree
      cli = tree();
      rest = args;
    }
    cli.setOut(out);
    cli.setErr(err);
    Path config = Defaults.configFile();
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        err.println("revue: no config file at " + config + " (REVUE_CONFIG or -Drevue.config)");
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      // option defaults from a properties file: backend=opensearch://..., index=/srv/revue/index
      cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(config.toFile()));
    }
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine cmd = ex.getCommandLine();
          if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
              && cmd.getCommandSpec().parent() == null
              && !cmd.getSubcommands().isEmpty()
              && !unmatched.getUnmatched().isEmpty()
              && !unmatched.getUnmatched().get(0).startsWith("-")) {
            // "revue serch": a command misspelt, not stray arguments
            String typed = unmatched.getUnmatched().get(0);
            err.println("revue: unknown command '" + typed + "'");
            // picocli's nearest commands, those a slip away only: 'frobnicate' is no misspelt
            // 'related'
            List<String> near =
                unmatched.getSuggestions().stream()
                    .filter(c -> editDistance(typed, c) <= MAX_COMMAND_SLIP)
                    .map(c -> "revue " + c)
                    .toList();
            if (!near.isEmpty()) {
              err.println("Did you mean: " + String.join(" or ", near) + "?");
            }
          } else {
            err.println("revue: " + ex.getMessage());
            // picocli's "Possible solutions: --limit", from the names of the options nearest
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            String query = excludingQuery(ex, cmd);
            if (query != null) {
              // "revue search '-Maroc'": a query that excludes a word first reads as an option
              err.println(
                  "A query starting with '-' goes after '--': "
                      + cmd.getCommandSpec().qualifiedName()
                      + " -- '"
                      + query
                      + "'");
            }
          }
          err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCodes.BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          boolean verbose = Arrays.asList(args).contains("--verbose");
          err.println("revue: " + oneLine(ex));
          if (verbose) {
            ex.printStackTrace(err);
          }
          err.flush();
          return ex instanceof InvalidInputException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        });
    EarlyStart.loggingQuiet();
    int code = cli.execute(rest);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The unknown "option" a command that takes a query first was given, when it reads as a query
   * that excludes a word ({@code -Maroc}, {@code -"Nasser Bourita"}): one dash, then no option
   * name; else null.
   */
  private static String excludingQuery(CommandLine.ParameterException ex, CommandLine cmd) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()
        || cmd.getCommandSpec().positionalParameters().stream()
            .noneMatch(p -> p.paramLabel().equals("QUERY") && p.index().min() == 0)) {
      return null;
    }
    String first = unmatched.getUnmatched().get(0);
    return first.length() > 1 && first.charAt(0) == '-' && first.charAt(1) != '-' ? first : null;
  }

  /**
   * The whole command tree: revue and its subcommands, as help, completion and the man page see it.
   */
  static CommandLine tree() {
    CommandLine top = new CommandLine(new RevueCli());
    SUBCOMMANDS.forEach((name, command) -> top.addSubcommand(name, command.get()));
    return top;
  }

  /**
   * The subcommand the arguments name (the first argument that is not an option; the top-level
   * options take no value), or null when there is none or it is no known command.
   */
  static String commandName(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return SUBCOMMANDS.containsKey(a) && !a.equals("help") ? a : null;
      }
    }
    return null;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  private static String oneLine(Exception ex) {
    String message = ex.getMessage();
    if (!(ex instanceof RevueException) || message == null) {
      message = ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
    return message.replace('\n', ' ').strip();
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** The most edits a misspelt command is from a command it is offered. */
  private static final int MAX_COMMAND_SLIP = 3;

  /** Levenshtein distance, case ignored. */
  static int editDistance(String a, String b) {
    a = a.toLowerCase(java.util.Locale.ROOT);
    b = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
