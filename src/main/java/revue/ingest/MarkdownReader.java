package revue.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import revue.IngestOptions;

/**
 * Reads a Markdown article: an optional front-matter block ({@code ---} lines around {@code key:
 * value} pairs, mapped like JSON fields, {@link IngestOptions#fieldMap()} included), the title from
 * the front matter or else the first {@code #} heading, and the body as plain text, one paragraph
 * per block (lines of a paragraph joined, list items and headings on their own).
 *
 * <p>Only flat front matter is read (scalars, quoted or not); nested YAML is ignored. Inline markup
 * is removed: emphasis, code marks, images; links keep their text. Stateless.
 */
final class MarkdownReader implements FormatReader {

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+|~~)");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    byte[] bytes = file.readAll(PlainTextReader.MAX_DOCUMENT_BYTES);
    String text = TextDecoder.decode(bytes, sink.options().charset(), null);
    ArticleDraft draft = new ArticleDraft(0, file.path().getFileName().toString());
    List<String> lines = text.lines().toList();
    int start = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = 1;
      while (end < lines.size() && !isFrontMatterEnd(lines.get(end))) {
        end++;
      }
      if (end == lines.size()) {
        sink.failed(1, "front matter opened by --- is never closed");
        return;
      }
      sink.fieldMapping().fill(frontMatter(lines.subList(1, end)), draft);
      start = end + 1;
    }
    StringBuilder body = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean inFence = false;
    for (String raw : lines.subList(start, lines.size())) {
      String line = raw.strip();
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
        flush(paragraph, body);
        continue;
      }
      if (inFence) {
        paragraph.append(raw).append('\n'); // code keeps its lines
        continue;
      }
      if (line.isEmpty()) {
        flush(paragraph, body);
        continue;
      }
      if (line.startsWith("#")) {
        flush(paragraph, body);
        String heading = line.replaceFirst("^#+\\s*", "").replaceFirst("\\s#+$", "");
        if (draft.title == null && line.startsWith("# ")) {
          draft.title = inline(heading);
        } else {
          body.append(inline(heading)).append('\n');
        }
        continue;
      }
      if (line.matches("^([-*_]\\s*){3,}$")) {
        flush(paragraph, body); // thematic break
        continue;
      }
      if (LIST_MARK.matcher(line).find()) {
        flush(paragraph, body);
        line = LIST_MARK.matcher(line).replaceFirst("");
      }
      while (line.startsWith(">")) {
        line = line.substring(1).strip();
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(inline(line));
    }
    flush(paragraph, body);
    draft.body = body.toString();
    sink.accept(draft);
  }

  private static boolean isFrontMatterEnd(String line) {
    String s = line.strip();
    return s.equals("---") || s.equals("...");
  }

  private static void flush(StringBuilder paragraph, StringBuilder body) {
    if (paragraph.length() > 0) {
      body.append(paragraph).append('\n');
      paragraph.setLength(0);
    }
  }

  private static String inline(String line) {
    String s = IMAGE.matcher(line).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = TAG.matcher(s).replaceAll("");
    return EMPHASIS.matcher(s).replaceAll("");
  }

  /** key: value lines, keys lower-cased, quotes around values removed, nested lines ignored. */
  static Map<String, String> frontMatter(List<String> lines) {
    Map<String, String> record = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (value.length() >= 2
          && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.charAt(value.length() - 1) == value.charAt(0)) {
        value = value.substring(1, value.length() - 1);
      }
      if (!value.isEmpty()) {
        record.put(key, value);
      }
    }
    return record;
  }
}
