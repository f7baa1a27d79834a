package revue.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON object into a flat record for {@link FieldMapping}: keys lower-cased, scalar
 * values as text, arrays of scalars joined by {@code \n} (bodies given as paragraph lists), nested
 * objects ignored.
 *
 * <p>The shared factory is thread-safe; parsers are not.
 */
final class JsonRecords {

  /** Longest text value accepted, in chars; longer records are reported as failed. */
  static final int MAX_VALUE_CHARS = 16 << 20;

  /** The reason given for a record with a value over {@link #MAX_VALUE_CHARS}. */
  static final String TOO_LONG =
      "a value is longer than the " + (MAX_VALUE_CHARS >> 20) + " M-char limit, record skipped";

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARS).build())
          // Messages name line and item themselves; the source snippet would echo article text.
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private JsonRecords() {}

  /** What a token is, for a message: "an array", "a string", ... */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  /**
   * Reads the object whose START_OBJECT is the current token, up to and including its end, keeping
   * the fields whose lower-cased name is in {@code keys}: the values of the others are never
   * decoded (Jackson skips an unread string), which saves a good part of the parsing.
   */
  static Map<String, String> readObject(JsonParser p, Set<String> keys) throws IOException {
    Map<String, String> record = new HashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName().toLowerCase(Locale.ROOT);
      JsonToken v = p.nextToken();
      if (!keys.contains(key)) {
        p.skipChildren(); // no-op for scalars
        continue;
      }
      switch (v) {
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
            record.put(key, p.getText());
        case START_ARRAY -> {
          String joined = joinScalars(p);
          if (joined != null) {
            record.put(key, joined);
          }
        }
        case START_OBJECT -> p.skipChildren();
        default -> {} // null
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + describe(t));
    }
    return record;
  }

  private static String joinScalars(JsonParser p) throws IOException {
    StringBuilder out = null;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        return null;
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
        if (out == null) {
          out = new StringBuilder();
        } else {
          out.append('\n');
        }
        out.append(p.getText());
        if (out.length() > MAX_VALUE_CHARS) {
          throw new StreamConstraintsException(TOO_LONG);
        }
      }
    }
    return out == null ? null : out.toString();
  }

  /** A one-line reason from a Jackson exception, without the location Jackson appends. */
  static String reason(IOException e) {
    String message =
        e instanceof com.fasterxml.jackson.core.JacksonException je
            ? je.getOriginalMessage()
            : e.getMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    // Jackson appends where a structure started; the problem already names the line.
    for (String tail : new String[] {"\n", " (start marker at"}) {
      int at = message.indexOf(tail);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    return message;
  }
}
