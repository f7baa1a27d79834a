package revue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One article as a JSON Lines record, written by Jackson, for tests that write input files. */
public final class JsonLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLine() {}

  /** {@code {"id", "date", "title", "body"}}, without a line end. */
  public static String article(String id, String date, String title, String body) {
    return article(id, date, null, title, body);
  }

  /** The same with a {@code url} when not null. */
  public static String article(String id, String date, String url, String title, String body) {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("date", date);
    if (url != null) {
      o.put("url", url);
    }
    return o.put("title", title).put("body", body).toString();
  }
}
