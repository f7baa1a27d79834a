package revue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * Writes each article as one text file (title line, body), for grep and ripgrep to search the same
 * text the engines index. Files go to a scratch folder that is never part of the project.
 */
final class ArticleFiles {

  private static final String DONE = ".complete";

  private ArticleFiles() {}

  /** Writes the files unless an earlier run completed them; returns how many there are. */
  static long writeOnce(List<Path> inputs, Path folder) throws IOException {
    Path done = folder.resolve(DONE);
    if (Files.exists(done)) {
      return Long.parseLong(Files.readString(done).strip());
    }
    Harness.deleteTree(folder);
    Files.createDirectories(folder);
    System.err.println("bench: writing the articles as files into " + folder + " ...");
    long[] n = new long[1];
    Ingest.read(
        inputs,
        IngestOptions.defaults(),
        new IngestListener() {
          @Override
          public void article(Article a) {
            // a few hundred files per folder keeps listing fast
            Path dir = folder.resolve(Long.toString(n[0] / 500));
            try {
              if (n[0] % 500 == 0) {
                Files.createDirectories(dir);
              }
              Files.writeString(
                  dir.resolve(n[0] + ".txt"),
                  a.title() + "\n" + a.body() + "\n",
                  StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            n[0]++;
          }

          @Override
          public void problem(IngestProblem p) {}
        });
    Files.writeString(done, Long.toString(n[0]));
    return n[0];
  }
}
