package revue.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import revue.IngestOptions;

/**
 * Decodes the bytes of a whole text document (plain text, Markdown, HTML, feed) without mojibake.
 *
 * <p>Order: the charset the caller declared ({@link IngestOptions#charset()}), a byte order mark,
 * strict UTF-8, the charset the document declares (HTML meta, XML prolog), then a guess: bytes that
 * form runs of high-bit letters are Arabic in windows-1256, others are Western text in windows-1252
 * (a superset of ISO-8859-1 for printable text). Stateless and thread-safe.
 */
public final class TextDecoder {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text, without a byte order mark. */
  static String decode(byte[] bytes, Charset declaredByCaller, String declaredInDocument) {
    if (declaredByCaller != null) {
      return stripBom(new String(bytes, declaredByCaller));
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    Charset declared = charsetNamed(declaredInDocument);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    return new String(bytes, looksArabic(bytes) ? WINDOWS_1256 : WINDOWS_1252);
  }

  /** The text when the bytes are valid UTF-8, else null. */
  public static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * True when most high-bit bytes come in runs (words written in a single-byte Arabic charset),
   * rather than alone between ASCII letters (accents of Western text).
   */
  static boolean looksArabic(byte[] bytes) {
    int high = 0;
    int inRuns = 0;
    int run = 0;
    for (int i = 0; i <= bytes.length; i++) {
      boolean isHigh = i < bytes.length && (bytes[i] & 0x80) != 0;
      if (isHigh) {
        high++;
        run++;
      } else {
        if (run >= 3) {
          inRuns += run;
        }
        run = 0;
      }
    }
    return high > 0 && inRuns * 2 > high;
  }

  private static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
