package revue.serve;

import java.util.List;

/**
 * CSV lines as RFC 4180 writes them, for spreadsheets: a field with a comma, quote or line break is
 * quoted, and one that begins as a formula would ({@code = + - @}) gets a leading apostrophe so
 * that a spreadsheet shows it rather than running it.
 */
final class Csv {

  private final StringBuilder text = new StringBuilder();

  /** A comment line before the header: {@code # name: value}. */
  Csv comment(String name, String value) {
    text.append("# ")
        .append(name)
        .append(": ")
        .append(value.replaceAll("[\\r\\n]+", " "))
        .append("\r\n");
    return this;
  }

  Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      Object f = fields.get(i);
      text.append(field(f == null ? "" : f.toString()));
    }
    text.append("\r\n");
    return this;
  }

  static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
