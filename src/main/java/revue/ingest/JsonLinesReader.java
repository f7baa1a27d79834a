package revue.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads JSON Lines: one object per line, streamed line by line with a cap on the line length.
 *
 * <p>JSON is UTF-8 (RFC 8259), so a line with invalid UTF-8 is reported as failed rather than
 * guessed, unless the caller declared a charset. Blank lines are ignored. Stateless.
 */
final class JsonLinesReader implements FormatReader {

  /** Longest line read; longer ones are reported and skipped without being held in memory. */
  static final int MAX_LINE_BYTES = 16 << 20;

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    LineReader lines = new LineReader(file.stream(), MAX_LINE_BYTES);
    Charset declared = sink.options().charset();
    boolean decode = declared != null && !declared.equals(StandardCharsets.UTF_8);
    while (true) {
      try {
        if (!lines.next()) {
          return;
        }
      } catch (CorruptInputException e) {
        // The stream broke (damaged gzip) while reading the next line: name that line.
        sink.failed(lines.lineNumber() + 1, e.getMessage() + "; rest of file skipped");
        return;
      }
      long n = lines.lineNumber();
      sink.at(n);
      if (lines.tooLong()) {
        sink.failed(
            n,
            "line of "
                + lines.fullLength()
                + " bytes is longer than the "
                + (MAX_LINE_BYTES >> 20)
                + " MB limit, skipped");
        continue;
      }
      if (lines.isBlank() || !sink.wantsLine(n)) {
        continue;
      }
      Map<String, String> record;
      try (JsonParser p =
          decode
              ? JsonRecords.FACTORY.createParser(
                  new String(lines.bytes(), 0, lines.length(), declared))
              : JsonRecords.FACTORY.createParser(lines.bytes(), 0, lines.length())) {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
          sink.failed(n, "not a JSON object: found " + JsonRecords.describe(first));
          continue;
        }
        record = JsonRecords.readObject(p, sink.fieldMapping().recordKeys());
        JsonToken after = p.nextToken();
        if (after != null) {
          sink.failed(n, "invalid JSON: more than one value on the line");
          continue;
        }
      } catch (CorruptInputException e) {
        sink.failed(n, e.getMessage());
        continue;
      } catch (StreamConstraintsException e) {
        sink.failed(n, JsonRecords.TOO_LONG);
        continue;
      } catch (IOException e) {
        // Jackson's parse errors (truncated object, bad token, invalid UTF-8) are IOExceptions;
        // the stream itself is read by LineReader, so failures here concern this line only.
        sink.failed(n, "invalid JSON: " + JsonRecords.reason(e));
        continue;
      }
      ArticleDraft draft = new ArticleDraft(n, Long.toString(n));
      sink.fieldMapping().fill(record, draft);
      sink.accept(draft);
    }
  }
}
