package revue.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An article's URL as a key that the same link pasted from a browser, a feed or a message finds:
 * without its scheme, {@code www.}, fragment and closing slashes, the host lower-cased, and
 * percent-escapes decoded (a browser copies {@code %D8%A8...} where a feed wrote the Arabic
 * letters). Stateless.
 */
public final class UrlKey {

  private UrlKey() {}

  /** The key of a URL; null when it is blank or has nothing after its scheme. */
  public static String of(String url) {
    if (url == null) {
      return null;
    }
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"https://", "http://", "//"}) {
      if (lower.startsWith(scheme)) {
        s = s.substring(scheme.length());
        break;
      }
    }
    int slash = s.indexOf('/');
    String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : decode(s.substring(slash));
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int end = rest.length();
    while (end > 0 && rest.charAt(end - 1) == '/') {
      end--;
    }
    String key = host + rest.substring(0, end);
    return key.isBlank() ? null : key;
  }

  /** Percent-escapes decoded as UTF-8; a malformed escape is kept as written. */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
    }
    String decoded = TextDecoder.strictUtf8(bytes.toByteArray());
    return decoded == null ? s : decoded;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
