package revue.cli;

/**
 * Turns a snippet's HTML markup into terminal text: bold on a terminal, {@code **word**} elsewhere
 * (guillemets, the marks once used, are quotation marks in French text).
 */
final class Snippets {

  private Snippets() {}

  static String forTerminal(String html, boolean terminal) {
    String open = terminal ? "\u001b[1m" : "**";
    String close = terminal ? "\u001b[0m" : "**";
    return html.replace("<b>", open)
        .replace("</b>", close)
        .replace("\n", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
