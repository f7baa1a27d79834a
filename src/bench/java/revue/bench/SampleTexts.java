package revue.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Texts the microbenchmarks run on, read from the project's own bundled corpus (never from the
 * shared corpora): the seed article (French with Arabic and English tweets) and the samples per
 * language. Paths are relative to the project folder, where scripts/jmh.sh runs.
 */
final class SampleTexts {

  private SampleTexts() {}

  /** The seed article, whole (dateline, title, body). */
  static String seedArticle() {
    return read(Path.of("corpus", "marrakech-coalition-2022.txt"));
  }

  /** The bodies (lines after the title) of the samples in one language, joined by newlines. */
  static String paragraphs(String lang) {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("corpus", "samples"))) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().startsWith("sample-" + lang + "-")) {
          List<String> lines = read(f).lines().toList();
          lines.subList(Math.min(2, lines.size()), lines.size()).stream()
              .filter(l -> !l.isBlank())
              .forEach(l -> text.append(l).append('\n'));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.isEmpty()) {
      throw new IllegalStateException("no sample for language " + lang + " in corpus/samples");
    }
    return text.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + p.toAbsolutePath() + " (run from the project folder)", e);
    }
  }
}
