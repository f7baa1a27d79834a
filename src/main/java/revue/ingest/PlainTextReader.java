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
 * the title on the first line and the body after it. A first line that is only a dateline by its
 * shape ({@link Datelines}: "RABAT, 15 janvier 2023 -", "الرباط، 15 يناير 2023", "TOKYO, March 3
 * (Reuters) -") is the dateline whatever follows, and the title is the next line when it reads as
 * one (a body follows it, it is no sentence), else the article has none. Otherwise a file is taken
 * for the first layout when its second line is not blank and does not end with a period, its third
 * is blank, and its first looks like a dateline (at most three words, or a date, or capitals). The
 * dateline is kept as the article's {@link Article#dateline()}, from which enrichment reads its
 * place and date. Each non-blank body line is a paragraph. Stateless.
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
    if (Datelines.isOnlyDateline(lines.get(0))) {
      // a line that is only a dateline is no title: the title is the next line when it reads as
      // one, else there is none
      draft.dateline = lines.get(0).strip();
      int next = 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      boolean titled = next < lines.size() && readsAsTitle(lines, next);
      draft.title = titled ? lines.get(next) : "";
      draft.body = String.join("\n", lines.subList(titled ? next + 1 : next, lines.size()));
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

  private static final int MAX_TITLE_CHARS = 200;

  /**
   * Whether the line at {@code i} reads as a title: a body follows it, and it is not a sentence (it
   * does not end with a period, except an ellipsis), nor the first line of a wrapped paragraph (the
   * next line carries on in lower case).
   */
  private static boolean readsAsTitle(List<String> lines, int i) {
    String line = lines.get(i).strip();
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    if (next == lines.size() || line.length() > MAX_TITLE_CHARS) {
      return false;
    }
    if (line.endsWith(".") && !line.endsWith("...")) {
      return false;
    }
    String following = lines.get(next).strip();
    return next > i + 1 || !Character.isLowerCase(following.codePointAt(0));
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
