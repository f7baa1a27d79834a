package revue.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.InvalidInputException;
import revue.Revue;
import revue.RunReport;
import revue.json.JsonContract;

/** {@code revue rollback}: makes the generation before the live one live again. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = "Make the previous generation (kept by the last rebuild) live again.")
final class RollbackCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin WriterOptions writer;

  @Option(names = "--json", description = "Print the run's report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (common.backend == null && !Revue.exists(common.index)) {
      throw new InvalidInputException("no index at " + common.index.toAbsolutePath());
    }
    RunReport run;
    try (Revue revue = Revue.open(common.index, common.options())) {
      run = revue.rollback(writer.lockWait());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonContract.write(run, out);
      out.println();
    } else {
      // "... (was gen-000002), 10,161 articles": one parenthesis, the message's own
      out.println(run.message() + ", " + Reports.articles(run.documents()));
    }
    return ExitCodes.OK;
  }
}
