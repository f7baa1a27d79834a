package revue.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plain-text article: one file, one article, sourceId the file name.
 *
 * <p>Two layouts: a dateline line, a title line, a blank line, then the body (the seed article); or
 * the title on the first line and the body after it. A file is taken for the first layout when its
 * second line is not blank and does not end with a period, its third is blank, and its first looks
 * like a dateline (at most three words, or a date, or capitals). The dateline is kept as the
 * article's {@link Article#dateline()}, from which enrichment reads its place and date. Each
 * non-blank body line is a paragraph. Stateless.
 */
final class PlainTextReader implements FormatReader {

  /** Whole-file formats read at most this much. */
  static final int MAX_DOCUMENT_BYTES = 16 << 20;

  private static final int MAX_DATELINE_CHARS = 60;
  private static final int MAX_DATELINE_WORDS = 3;

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    byte[] bytes = file.readAll(MAX_DOCUMENT_BYTES);
    String text = TextDecoder.decode(bytes, sink.options().charset(), null);
    ArticleDraft draft = new ArticleDraft(0, file.path().getFileName().toString());
    parse(text, draft, sink.dates());
    sink.accept(draft);
  }

  static void parse(String text, ArticleDraft draft, DateParser dates) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      return;
    }
    int titleLine = 0;
    if (lines.size() >= 3 && !lines.get(1).isBlank() && lines.get(2).isBlank()) {
      Instant datelineDate = datelineDate(lines.get(0), dates);
      if (isDateline(lines.get(0), lines.get(1), datelineDate != null)) {
        titleLine = 1;
        // place and date are read from it by enrichment, which says the date came from it
        draft.dateline = lines.get(0);
      }
    }
    draft.title = lines.get(titleLine);
    draft.body = String.join("\n", lines.subList(titleLine + 1, lines.size()));
  }

  /**
   * A dateline is short and ends without a sentence mark: a place ("Marrakech", "PARIS"), maybe a
   * date ("Rabat, 10 mai 2022"). A short first line followed by a line ending with a period is
   * rather a title followed by a lead paragraph.
   */
  private static boolean isDateline(String first, String second, boolean hasDate) {
    String s = first.strip();
    String next = second.strip();
    if (s.length() > MAX_DATELINE_CHARS || s.length() >= next.length() || next.endsWith(".")) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '.' || last == '?' || last == '!') {
      return false;
    }
    return hasDate
        || s.split("\\s+").length <= MAX_DATELINE_WORDS
        || s.equals(s.toUpperCase(Locale.ROOT));
  }

  /** A date in a dateline such as "Marrakech, 10 mai 2022": tried on what follows each comma. */
  private static Instant datelineDate(String dateline, DateParser dates) {
    String s = dateline.strip();
    for (int i = -1; ; ) {
      String candidate = s.substring(i + 1).strip();
      if (candidate.regionMatches(true, 0, "le ", 0, 3)) {
        candidate = candidate.substring(3);
      }
      Instant parsed = dates.parse(candidate);
      if (parsed != null) {
        return parsed;
      }
      i = s.indexOf(',', i + 1);
      if (i < 0) {
        return null;
      }
    }
  }
}
