package revue.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

  static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RevueCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRunner(code, out.toString(), err.toString());
  }
}
