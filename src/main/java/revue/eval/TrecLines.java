package revue.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the whitespace-separated line formats of TREC (runs, qrels), one record a line. */
final class TrecLines {

  /** Receives one non-blank line's fields, with its 1-based line number. */
  interface Handler {
    void accept(long line, String[] fields);
  }

  private TrecLines() {}

  /**
   * Calls the handler for each non-blank line of the file.
   *
   * @param layout the expected fields, e.g. "qid Q0 docid rank score tag": a line with another
   *     number of fields is a {@link TrecFormatException} naming file and line
   */
  static void read(Path file, String layout, Handler handler) throws IOException {
    int expected = layout.split(" ").length;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.strip().split("\\s+");
        if (fields.length != expected) {
          throw new TrecFormatException(
              file.toString(),
              number,
              "expected '" + layout + "', found " + fields.length + " fields");
        }
        handler.accept(number, fields);
      }
    }
  }
}
