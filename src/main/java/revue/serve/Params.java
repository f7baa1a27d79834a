package revue.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters of a request's query string, each name with its values in order. */
final class Params {

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses a raw (still percent-encoded) query string; a parameter not in {@code known}, or badly
   * encoded, is a bad request.
   */
  static Params parse(String rawQuery, Set<String> known) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (!known.contains(name)) {
          throw HttpError.badRequest(
              "unknown parameter '"
                  + clip(name)
                  + "' (use "
                  + String.join(", ", known.stream().sorted().toList())
                  + ")");
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Params(values);
  }

  private static String decode(String raw) {
    try {
      String text = URLDecoder.decode(raw, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0 && raw.indexOf('\uFFFD') < 0) {
        throw HttpError.badRequest("parameters must be UTF-8");
      }
      return text;
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("badly encoded parameter (a % must begin two hex digits)");
    }
  }

  /** All values of a parameter, in order; empty when absent. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /**
   * The one value of a parameter, or {@code fallback} when absent; given twice is a bad request.
   */
  String one(String name, String fallback) {
    List<String> v = all(name);
    if (v.size() > 1) {
      throw HttpError.badRequest("parameter '" + name + "' given " + v.size() + " times");
    }
    return v.isEmpty() ? fallback : v.get(0);
  }

  /** A whole number between {@code min} and {@code max}. */
  int integer(String name, int fallback, int min, int max) {
    String text = one(name, null);
    if (text == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number, got '" + clip(text) + "'");
    }
    if (n < min || n > max) {
      throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  /** A value echoed in a message, cut short and on one line. */
  static String clip(String text) {
    String line = text.replaceAll("[\\r\\n\\t]", " ");
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
