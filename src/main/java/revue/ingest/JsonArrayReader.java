package revue.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;

/**
 * Reads a JSON document streamed item by item: an array of objects, or one or more objects at the
 * top level. Items are numbered from 1; that number stands for the line in problems and articles.
 *
 * <p>A syntax error ends the file (a streaming parser cannot resynchronize): the items before it
 * are kept and the error is reported at the item where it happened. Stateless.
 */
final class JsonArrayReader implements FormatReader {

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    try (JsonParser p =
        sink.options().charset() != null
            ? JsonRecords.FACTORY.createParser(
                new InputStreamReader(file.stream(), sink.options().charset()))
            : JsonRecords.FACTORY.createParser(file.stream())) {
      long item = 0;
      try {
        JsonToken root = p.nextToken();
        boolean array = root == JsonToken.START_ARRAY;
        JsonToken t = array ? p.nextToken() : root;
        while (t != null && !(array && t == JsonToken.END_ARRAY)) {
          item++;
          sink.at(item);
          if (t == JsonToken.START_OBJECT) {
            Map<String, String> record =
                JsonRecords.readObject(p, sink.fieldMapping().recordKeys());
            ArticleDraft draft = new ArticleDraft(item, Long.toString(item));
            sink.fieldMapping().fill(record, draft);
            sink.accept(draft);
          } else {
            sink.failed(item, "not a JSON object: found " + JsonRecords.describe(t));
            p.skipChildren();
          }
          t = p.nextToken();
        }
        if (array && t == null) {
          sink.failed(Math.max(item, 1), "truncated JSON: the array is not closed");
        }
      } catch (CorruptInputException e) {
        throw e;
      } catch (StreamConstraintsException e) {
        sink.failed(Math.max(item, 1), JsonRecords.TOO_LONG + "; rest of file skipped");
      } catch (IOException e) {
        sink.failed(
            Math.max(item, 1), "invalid JSON: " + JsonRecords.reason(e) + "; rest of file skipped");
      }
    }
  }
}
