package revue.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    version = "revue 0.1.0",
    description = "Search French, Arabic and English press coverage.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      StatsCommand.class,
      EvalCommand.class,
      RebuildCommand.class,
      RollbackCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RevueCli implements Runnable {

  /**
   * Lucene logs a hint about the incubating vector module at every start; it is not for users.
   * Held in a field: the logging framework keeps loggers only weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(utf8(System.out), utf8(System.err), args));
  }

  /** Runs a command line, printing to the given writers; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new RevueCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("revue: " + ex.getMessage());
          CommandLine cmd = ex.getCommandLine();
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
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
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
}
