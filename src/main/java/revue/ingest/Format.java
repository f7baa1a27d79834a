package revue.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * The input formats ingest knows, picked by extension and, when the extension says little ({@code
 * .xml}, {@code .json}, none or unknown), by the first bytes.
 */
enum Format {
  TEXT,
  MARKDOWN,
  JSON_LINES,
  /** A JSON document: an array of objects, or objects at the top level. */
  JSON,
  HTML,
  FEED,
  /** XML that is neither a feed nor a page. */
  OTHER_XML,
  /** Binary content (not indexable) under a binary or unknown extension. */
  BINARY,
  /** Binary content under a text extension: a damaged or misnamed file. */
  BINARY_AS_TEXT;

  /** Extensions of formats ingest reads; binary content under them is bad input. */
  static final Set<String> TEXT_EXTENSIONS =
      Set.of(
          "txt",
          "text",
          "md",
          "markdown",
          "json",
          "jsonl",
          "ndjson",
          "html",
          "htm",
          "xhtml",
          "xml",
          "rss",
          "atom");

  /** Extensions whose files hold one article each; their collection is their folder. */
  static final Set<String> ONE_ARTICLE_EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml");

  private static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "pdf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "zip", "jar", "class", "doc",
          "docx", "xls", "xlsx", "ppt", "pptx", "odt", "mp3", "mp4", "wav", "avi", "mov", "exe",
          "so", "dll", "bin", "7z", "bz2", "xz", "zst", "tar", "woff", "woff2", "ttf");

  static Format detect(SourceFile file) {
    String ext = extension(file.innerName());
    boolean textExtension = TEXT_EXTENSIONS.contains(ext);
    if (BINARY_EXTENSIONS.contains(ext) || hasBinaryMagic(file.head()) || file.looksBinary()) {
      return textExtension ? BINARY_AS_TEXT : BINARY;
    }
    return switch (ext) {
      case "txt", "text" -> TEXT;
      case "md", "markdown" -> MARKDOWN;
      case "jsonl", "ndjson" -> JSON_LINES;
      case "json" -> JSON;
      case "html", "htm", "xhtml" -> HTML;
      case "rss", "atom" -> FEED;
      case "xml" -> markup(file, OTHER_XML);
      default -> sniff(file);
    };
  }

  private static Format sniff(SourceFile file) {
    int first = file.firstSignificantByte();
    if (first == '{') {
      return JSON_LINES;
    }
    if (first == '[') {
      return JSON;
    }
    if (first == '<') {
      return markup(file, TEXT);
    }
    if (first == '-' && file.headText().stripLeading().startsWith("---")) {
      return MARKDOWN;
    }
    return TEXT;
  }

  private static Format markup(SourceFile file, Format otherwise) {
    String head = file.headText();
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return FEED;
    }
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
      return HTML;
    }
    return otherwise;
  }

  private static boolean hasBinaryMagic(byte[] head) {
    return startsWith(head, "%PDF-")
        || startsWith(head, "PK\u0003\u0004")
        || startsWith(head, "\u0089PNG")
        || startsWith(head, "GIF8")
        || (head.length >= 3
            && head[0] == (byte) 0xFF
            && head[1] == (byte) 0xD8
            && head[2] == (byte) 0xFF);
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((head[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The last extension of a file name, lower-cased, or "" when it has none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
