package revue.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text hygiene shared by all readers: HTML entities decoded, Unicode NFC, zero-width and bidi
 * control characters removed, whitespace collapsed, paragraphs kept one per line.
 *
 * <p>Not thread-safe: it reuses its buffers from one text to the next (a corpus is hundreds of
 * millions of chars; fresh arrays per text cost more than the cleaning), so use one per reading
 * thread.
 */
final class TextCleaner {

  private char[] in = new char[1 << 12];
  private char[] out = new char[1 << 12];

  /** A title: one line, whitespace collapsed and trimmed (orangesum titles end with a newline). */
  String title(String raw, boolean decodeEntities) {
    return clean(raw, decodeEntities, true, true);
  }

  /**
   * A body: paragraphs joined by {@code \n}, no empty paragraphs, each paragraph trimmed.
   * Hard-wrapped text (Reuters: lines of at most 80 chars, paragraphs marked by indentation or
   * blank lines) is unwrapped, and a paragraph glued to the previous one without a space
   * (OrangeSum: "jeudi.Le gouvernement") gets its break back: the analyzers would otherwise see one
   * word "jeudi.Le".
   */
  String body(String raw, boolean decodeEntities) {
    return clean(unwrap(raw), decodeEntities, false, true);
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
  private static final int WRAP_WIDTH = 80;
  private static final int MIN_FILLED_LINE = 50;

  /** Joins the lines of hard-wrapped paragraphs; other text is returned unchanged. */
  static String unwrap(String raw) {
    if (raw == null || raw.indexOf('\n') < 0) {
      return raw;
    }
    // Cheap first pass: most bodies have a line too long to be wrapped; they are not split.
    int count = 1;
    for (int start = 0; ; ) {
      int nl = raw.indexOf('\n', start);
      int end = nl < 0 ? raw.length() : nl;
      if (end - start > WRAP_WIDTH && raw.substring(start, end).strip().length() > WRAP_WIDTH) {
        return raw;
      }
      if (nl < 0) {
        break;
      }
      count++;
      start = nl + 1;
    }
    if (count < 3) {
      return raw;
    }
    String[] lines = LINE_BREAK.split(raw, -1);
    boolean marked = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.stripTrailing().length() > WRAP_WIDTH) {
        return raw;
      }
      if (i > 0 && (line.isBlank() || Character.isWhitespace(line.charAt(0)))) {
        marked = true;
      }
    }
    if (!marked || !wrapsNearWidth(lines)) {
      return raw; // short lines without paragraph marks, or not filled: one paragraph per line
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : lines) {
      if (line.isBlank()) {
        out.append('\n');
      } else {
        out.append(Character.isWhitespace(line.charAt(0)) ? '\n' : ' ').append(line);
      }
    }
    return out.toString();
  }

  /** A short metadata value (url, source, id): trimmed, null when blank. */
  String value(String raw) {
    if (raw == null) {
      return null;
    }
    String s = clean(raw, false, true, false);
    return s.isEmpty() ? null : s;
  }

  private String clean(String raw, boolean decodeEntities, boolean singleLine, boolean prose) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = raw;
    // Only strings with '&' can hold entities; skipping the others keeps the common case cheap.
    if (decodeEntities && s.indexOf('&') >= 0) {
      s = Parser.unescapeEntities(s, false);
    }
    if (!surelyNfc(s) && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    // Char arrays rather than a StringBuilder: this loop sees every char of a corpus, and
    // StringBuilder.append(char) was most of the reading time. The output holds at most one
    // restored break per three input chars ("a.B"), hence its size.
    int n = s.length();
    if (in.length < n) {
      in = new char[n + (n >> 1)];
    }
    if (out.length < n + n / 2 + 1) {
      out = new char[n + n / 2 + 1];
    }
    char[] chars = in;
    char[] out = this.out;
    s.getChars(0, n, chars, 0);
    int length = 0;
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == ' ') {
        pendingSpace = true;
        continue;
      }
      if ((c > ' ' && c < 0x7f) || (c >= 0xC0 && c < 0x2000 && c != 0x61C)) {
        // printable ASCII, Latin, Arabic letters: the common cases, kept without further tests
      } else if (isLineBreak(c)) {
        if (singleLine) {
          pendingSpace = true;
        } else {
          pendingBreak = true;
        }
        continue;
      } else if (isSpace(c)) {
        pendingSpace = true;
        continue;
      } else if (c < 0x20 || c == 0x7f || isInvisible(c)) {
        continue; // controls and invisible marks carry no text
      }
      if (length > 0) {
        if (pendingBreak) {
          out[length++] = '\n';
        } else if (pendingSpace) {
          out[length++] = ' ';
        } else if (prose
            && length >= 2
            && isSentenceEnd(out[length - 1])
            && isUpperCase(c)
            && Character.isLowerCase(out[length - 2])) {
          out[length++] = singleLine ? ' ' : '\n'; // "jeudi.Le": a lost paragraph break
        }
      }
      pendingSpace = false;
      pendingBreak = false;
      out[length++] = c;
    }
    return new String(out, 0, length);
  }

  /**
   * A fast sufficient test for NFC: no char that may change under NFC (those below U+0300, and
   * Arabic letters other than the combining maddah and hamzas U+0653..U+0655, are stable).
   */
  private static boolean surelyNfc(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x300
          && !(c >= 0x600 && c <= 0x6ff && (c < 0x653 || c > 0x655))
          && !(c >= 0x2010 && c <= 0x206f)) {
        return false;
      }
    }
    return true;
  }

  static boolean isInvisible(char c) {
    return switch (c) {
      // zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space,
      // soft hyphen: invisible, and they split words for the analyzers.
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> true;
      // bidi marks, embeddings, overrides and isolates, Arabic letter mark
      case '\u200E',
          '\u200F',
          '\u202A',
          '\u202B',
          '\u202C',
          '\u202D',
          '\u202E',
          '\u2066',
          '\u2067',
          '\u2068',
          '\u2069',
          '\u061C' ->
          true;
      default -> false;
    };
  }

  /** True when most lines that continue on the next line are filled (at least 50 chars). */
  private static boolean wrapsNearWidth(String[] lines) {
    int continued = 0;
    int filled = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String next = lines[i + 1];
      if (!lines[i].isBlank() && !next.isBlank() && !Character.isWhitespace(next.charAt(0))) {
        continued++;
        if (lines[i].strip().length() >= MIN_FILLED_LINE) {
          filled++;
        }
      }
    }
    return continued > 0 && filled * 2 >= continued;
  }

  /**
   * {@link Character#isUpperCase(char)}, answered without the JDK's tables for ASCII and for Arabic
   * letters, which have no case: "..." and "3.5" between Arabic words ask it often.
   */
  static boolean isUpperCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return (c < 0x600 || c > 0x6FF) && Character.isUpperCase(c);
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u000B'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A');
  }
}
