package revue.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that spelling variants compare equal: Latin accents and Arabic marks dropped, hamza
 * forms as their bare letter, teh marbuta as heh, alef maksura and Farsi yeh as yeh, keheh as kaf,
 * alef wasla as alef, tatweel and a lone hamza dropped, œ æ ß spelled out, Arabic-Indic digits as
 * ASCII ones, lower case ({@link Locale#ROOT}). The one folding of ingest's {@link CalendarNames}
 * and of the entity package's words (which reach it through their faster tables). Stateless.
 */
public final class Folding {

  private Folding() {}

  /** The text folded: decomposed (NFD), then {@link #foldDecomposed}. */
  public static String fold(String text) {
    return foldDecomposed(Normalizer.normalize(text, Normalizer.Form.NFD));
  }

  /**
   * Text already decomposed (NFD, or the same for the chars it holds) folded: its combining marks
   * dropped and the letters mapped as {@link Folding} says.
   */
  public static String foldDecomposed(String d) {
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case '\u0640' -> {} // tatweel
        case '\u0621' -> {} // lone hamza: written or dropped freely
        case '\u0629' -> b.append('\u0647'); // teh marbuta -> heh
        case '\u0649' -> b.append('\u064A'); // alef maksura -> yeh
        case '\u0671' -> b.append('\u0627'); // alef wasla -> alef
        case '\u06CC' -> b.append('\u064A'); // Farsi yeh -> yeh
        case '\u06A9' -> b.append('\u0643'); // keheh -> kaf
        case 'œ', 'Œ' -> b.append("oe");
        case 'æ', 'Æ' -> b.append("ae");
        case 'ß' -> b.append("ss");
        default -> {
          if (c >= '\u0660' && c <= '\u0669') {
            b.append((char) ('0' + c - '\u0660'));
          } else if (c >= '\u06F0' && c <= '\u06F9') {
            b.append((char) ('0' + c - '\u06F0'));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
