package revue.cli;

import java.nio.charset.StandardCharsets;
import revue.ingest.TextDecoder;

/**
 * URLs, and ids that hold one, as a person reads them in plain output: the percent-escapes of
 * non-ASCII characters (their UTF-8 bytes, as {@code %D8%A7%D9%84...} for Arabic) shown as the
 * characters, as a browser's address bar shows them. The escapes of ASCII characters ({@code %20},
 * {@code %2F}, {@code %3F}, {@code %25}) stay, since decoding them would change what the URL says,
 * and so do those of characters a reader cannot see or that could turn the text around (controls,
 * format characters such as bidi overrides, spaces), and bytes that are not UTF-8. The JSON output
 * keeps the URL as stored. Stateless.
 */
final class ReadableUrls {

  private ReadableUrls() {}

  /** The text with the escapes of visible non-ASCII characters decoded; null stays null. */
  static String decode(String text) {
    if (text == null || text.indexOf('%') < 0) {
      return text;
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      int lead = escapedByte(text, i);
      int length = lead < 0 ? 0 : utf8Length(lead);
      if (length == 0) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      byte[] bytes = new byte[length];
      boolean complete = true;
      for (int k = 0; k < length; k++) {
        int b = escapedByte(text, i + 3 * k);
        if (b < 0 || k > 0 && (b & 0xC0) != 0x80) {
          complete = false;
          break;
        }
        bytes[k] = (byte) b;
      }
      String decoded = complete ? visible(bytes) : null;
      if (decoded == null) {
        out.append(text, i, i + 3);
        i += 3;
      } else {
        out.append(decoded);
        i += 3 * length;
      }
    }
    return out.toString();
  }

  /**
   * The reverse of {@link #decode} for the usual spelling of a URL: each non-ASCII character as the
   * percent-escapes of its UTF-8 bytes, in upper-case hexadecimal ({@code lowerCase}: lower-case).
   */
  static String encode(String text, boolean lowerCase) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    String digits = lowerCase ? "0123456789abcdef" : "0123456789ABCDEF";
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) cp);
        continue;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(digits.charAt((b >> 4) & 0xF)).append(digits.charAt(b & 0xF));
      }
    }
    return out.toString();
  }

  /** The byte {@code %XX} at {@code i} stands for, or -1. */
  private static int escapedByte(String text, int i) {
    if (i + 2 >= text.length() || text.charAt(i) != '%') {
      return -1;
    }
    int high = Character.digit(text.charAt(i + 1), 16);
    int low = Character.digit(text.charAt(i + 2), 16);
    return high < 0 || low < 0 ? -1 : high << 4 | low;
  }

  /** How many bytes a UTF-8 sequence that starts with {@code lead} has; 0 for ASCII or no lead. */
  private static int utf8Length(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /** The one character the bytes encode, when it is well-formed UTF-8 and visible; else null. */
  private static String visible(byte[] bytes) {
    String decoded = TextDecoder.strictUtf8(bytes);
    if (decoded == null) {
      return null;
    }
    int cp = decoded.codePointAt(0);
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          null;
      default -> decoded;
    };
  }
}
