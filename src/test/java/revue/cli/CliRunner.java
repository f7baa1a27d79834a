package revue.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

  /** Indexes the bundled corpus/ into {@code dir}/index with the CLI; returns the index folder. */
  static java.nio.file.Path indexBundledCorpus(java.nio.file.Path dir) {
    java.nio.file.Path index = dir.resolve("index");
    CliRunner r = run("index", "corpus", "--index", index.toString(), "--quiet");
    if (r.exitCode() != 0) {
      throw new AssertionError("indexing corpus/ failed: " + r.err());
    }
    return index;
  }

  static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RevueCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRunner(code, out.toString(), err.toString());
  }
}
