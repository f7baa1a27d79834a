package revue.analysis;

/**
 * Folds the spelling variants of Arabic script that writers use interchangeably into one form:
 * hamza seats (أ إ آ ٱ → ا, ؤ → و, ئ → ي), alef maksura ى → ي, teh marbuta ة → ه, Persian and Urdu
 * letters (ک → ك, ی → ي, ۀ → ه), Arabic-Indic and Persian digits → ASCII; removes tatweel, harakat
 * and other diacritics, and invisible direction and joiner marks.
 *
 * <p>Goes beyond Lucene's {@code ArabicNormalizer}, which leaves ؤ, ئ, Persian letters and digits
 * alone. Stateless and thread-safe.
 */
public final class ArabicSpelling {

  private static final char REMOVE = '\uFFFF';

  /**
   * {@link #fold} of the chars below U+0800 (Latin, Greek, Cyrillic, Arabic), worked out once:
   * Arabic text folds every char, and a look-up costs less than the ranges and the switch.
   */
  private static final char[] FOLDED = new char[0x800];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = fold(c);
    }
  }

  private ArabicSpelling() {}

  /** Whether the text holds a char of Arabic script (a word, a name, a query). */
  public static boolean hasArabicScript(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC) {
        return true;
      }
    }
    return false;
  }

  /** Returns the folded spelling of a text; other scripts are returned unchanged. */
  public static String normalize(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.charAt(i);
    }
    int length = normalize(chars, chars.length);
    return new String(chars, 0, length);
  }

  /**
   * Folds {@code buffer[0..length)} in place and returns the new length (never longer): the form a
   * token filter needs.
   */
  static int normalize(char[] buffer, int length) {
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      char folded = c < FOLDED.length ? FOLDED[c] : fold(c);
      if (folded != REMOVE) {
        buffer[out++] = folded;
      }
    }
    return out;
  }

  /** The folded form of one character, or {@link #REMOVE}. */
  static char fold(char c) {
    if (c >= '\u064B' && c <= '\u065F' // harakat, tanwin, shadda, sukun, small hamza...
        || c >= '\u0610' && c <= '\u061A' // Quranic honorifics and small marks
        || c >= '\u06D6' && c <= '\u06DC'
        || c >= '\u06DF' && c <= '\u06E8'
        || c >= '\u06EA' && c <= '\u06ED') {
      return REMOVE;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // alef
      case '\u0624' -> '\u0648'; // waw with hamza -> waw
      case '\u0626', '\u0649', '\u06CC', '\u06D0' -> '\u064A'; // yeh forms -> yeh
      case '\u0629', '\u06C0', '\u06D5' -> '\u0647'; // teh marbuta, heh forms -> heh
      case '\u06A9', '\u06AA' -> '\u0643'; // keheh, swash kaf -> kaf
      case '\u0640', // tatweel
          '\u0670', // superscript alef
          '\u00AD', // soft hyphen
          '\u061C', // Arabic letter mark
          '\u200B',
          '\u200C',
          '\u200D',
          '\u200E',
          '\u200F', // zero-width, joiners, LRM/RLM
          '\u202A',
          '\u202B',
          '\u202C',
          '\u202D',
          '\u202E', // bidi embeddings
          '\u2066',
          '\u2067',
          '\u2068',
          '\u2069', // bidi isolates
          '\uFEFF' ->
          REMOVE;
      default -> c;
    };
  }
}
