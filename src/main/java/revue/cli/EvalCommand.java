package revue.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.InvalidInputException;
import revue.eval.EvalReport;
import revue.eval.Metrics;
import revue.eval.Qrels;
import revue.eval.TrecFormatException;
import revue.eval.TrecRun;

/** {@code revue eval}: scores a TREC run against relevance judgements. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Print MRR@10, Success@1, nDCG@10 and MAP of a TREC run against qrels (qid 0 docid rel).")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--qrels",
      required = true,
      paramLabel = "FILE",
      description = "Relevance judgements.")
  Path qrels;

  @Option(
      names = "--run",
      required = true,
      paramLabel = "FILE",
      description = "The run to score (revue search --topics).")
  Path run;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    EvalReport report;
    try {
      report = Metrics.evaluate(Qrels.read(qrels), TrecRun.read(run));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("no such file: " + e.getFile());
    } catch (TrecFormatException e) {
      throw new InvalidInputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.summary());
    out.flush();
    return ExitCodes.OK;
  }
}
