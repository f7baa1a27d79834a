package revue.ingest;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Text hygiene shared by all readers: HTML entities decoded, Unicode NFC, zero-width and bidi
 * control characters removed, whitespace collapsed, paragraphs kept one per line.
 *
 * <p>Stateless and thread-safe.
 */
final class TextCleaner {

  private TextCleaner() {}

  /** A title: one line, whitespace collapsed and trimmed (orangesum titles end with a newline). */
  static String title(String raw, boolean decodeEntities) {
    return clean(raw, decodeEntities, true);
  }

  /** A body: paragraphs joined by {@code \n}, no empty paragraphs, each paragraph trimmed. */
  static String body(String raw, boolean decodeEntities) {
    return clean(raw, decodeEntities, false);
  }

  /** A short metadata value (url, source, id): trimmed, null when blank. */
  static String value(String raw) {
    if (raw == null) {
      return null;
    }
    String s = clean(raw, false, true);
    return s.isEmpty() ? null : s;
  }

  private static String clean(String raw, boolean decodeEntities, boolean singleLine) {
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
    // A char array rather than a StringBuilder: this loop sees every char of a corpus, and
    // StringBuilder.append(char) was most of the reading time on Arabic text.
    int n = s.length();
    char[] out = new char[n];
    int length = 0;
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
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
      case '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
          '\u2067', '\u2068', '\u2069', '\u061C' ->
          true;
      default -> false;
    };
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
