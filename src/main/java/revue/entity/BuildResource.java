package revue.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a resource the build computes once (Maven runs the {@code main} of {@link JdkTables} and
 * {@link GazetteerSnapshot} at process-classes) to the file named by a tool's one argument.
 */
final class BuildResource {

  /** What writes the resource's bytes. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private BuildResource() {}

  /** Writes to the file {@code args[0]}; with any other number of arguments prints the usage. */
  static void main(String tool, String[] args, Writer writer) {
    if (args.length != 1) {
      System.err.println("usage: " + tool + " OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        writer.write(o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }
}
