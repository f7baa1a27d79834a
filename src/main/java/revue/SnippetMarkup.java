package revue;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet's HTML read back into plain text and the ranges of its {@code <b>} matches. Snippets
 * are written by Lucene's passage formatter, which escapes {@code & < > " ' /} and marks matches
 * with {@code <b>...</b>}; any numeric or named character reference of those is decoded.
 */
record SnippetMarkup(String text, List<Hit.Span> matches) {

  static SnippetMarkup parse(String html) {
    if (html == null || html.isEmpty()) {
      return new SnippetMarkup("", List.of());
    }
    StringBuilder text = new StringBuilder(html.length());
    List<Hit.Span> matches = new ArrayList<>();
    int open = -1;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          text.append(html, i, html.length());
          break;
        }
        String tag = html.substring(i + 1, close).strip();
        if (tag.equalsIgnoreCase("b")) {
          open = text.length();
        } else if (tag.equalsIgnoreCase("/b") && open >= 0) {
          matches.add(new Hit.Span(open, text.length()));
          open = -1;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        String decoded = semi < 0 || semi - i > 10 ? null : decode(html.substring(i + 1, semi));
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = semi + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new SnippetMarkup(text.toString(), List.copyOf(matches));
  }

  private static String decode(String entity) {
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        return Character.toString(Integer.parseInt(entity.substring(2), 16));
      }
      if (entity.startsWith("#")) {
        return Character.toString(Integer.parseInt(entity.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> "\u00a0";
      default -> null;
    };
  }
}
