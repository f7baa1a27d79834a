package revue.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import revue.ingest.Folding;

/**
 * Splits text into words and folds each word so that spelling variants compare equal: case, Latin
 * accents, Arabic hamza forms, teh marbuta, alef maksura, tatweel, harakat and Arabic-Indic digits.
 *
 * <p>Stateless and thread-safe. Words are runs of letters, digits and combining marks; hyphens and
 * apostrophes separate words, so "Guinée-Bissau" and "l'Espagne" give two words each.
 */
final class TextFolding {

  private TextFolding() {}

  static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F';
  }

  /** The words of a text with their offsets. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String raw = text.substring(start, i);
        String norm = fold(raw);
        if (!norm.isEmpty()) {
          out.add(new Token(raw, norm, start, i));
        }
      }
    }
    return out;
  }

  /**
   * {@link #isWordCharSlow} for the chars from U+0080 to U+07FF (accented Latin, Greek, Cyrillic,
   * Arabic), worked out once: the JDK's character tables cost two look-ups and a few branches per
   * call, and Arabic text asks for every char.
   */
  private static final boolean[] WORD_CHAR = new boolean[0x800];

  static {
    for (char c = 0x80; c < WORD_CHAR.length; c++) {
      WORD_CHAR[c] = isWordCharSlow(c);
    }
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      // ASCII, most of the text: no combining mark or tatweel there
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return c < WORD_CHAR.length ? WORD_CHAR[c] : isWordCharSlow(c);
  }

  /** Letters, digits, combining marks (accents typed apart, Arabic harakat) and tatweel. */
  static boolean isWordCharSlow(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    // Combining marks (accents typed separately, Arabic harakat) and tatweel belong to the word.
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == '\u0640';
  }

  /**
   * Each char's decomposition with combining marks dropped, for the Latin and Arabic blocks, so
   * folding needs no per-word Normalizer call; null where the char folds to itself. In a holder:
   * only {@link #foldSlow} needs it, and a cold start with the bundled {@link JdkTables} never
   * calls it for these blocks.
   */
  private static final class Decompositions {
    static final String[] STRIPPED = new String[0x700];

    static {
      for (char c = 0x80; c < STRIPPED.length; c++) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
          int type = Character.getType(d.charAt(i));
          if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
            b.append(d.charAt(i));
          }
        }
        if (!b.toString().equals(String.valueOf(c))) {
          STRIPPED[c] = b.toString();
        }
      }
    }
  }

  /**
   * Each char's folded form below U+0700 (Latin, Greek, Cyrillic, Arabic): a char, NO_CHAR when the
   * char folds to nothing, or MANY when it folds to several chars (œ, ß). Folding is then one table
   * look-up per char, with no intermediate strings. Derived by {@link #deriveFoldingTable}, once at
   * build time (see {@link JdkTables}).
   */
  private static final char[] FOLDED =
      JdkTables.bundled().map(JdkTables::foldingTable).orElseGet(TextFolding::deriveFoldingTable);

  private static final int TABLE_SIZE = 0x700;
  private static final char NO_CHAR = '\uFFFF';
  private static final char MANY = '\uFFFE';

  /** The folding table, computed by {@link #foldSlow} char by char. */
  static char[] deriveFoldingTable() {
    char[] table = new char[TABLE_SIZE];
    for (char c = 0; c < table.length; c++) {
      String f = foldSlow(String.valueOf(c));
      table[c] = f.isEmpty() ? NO_CHAR : f.length() == 1 ? f.charAt(0) : MANY;
    }
    // Lower-casing capital sigma depends on its place in the word (σ or ς): leave it to foldSlow.
    table['\u03A3'] = MANY;
    return table;
  }

  /** The folded form of one word or phrase; words keep their separators. */
  static String fold(String s) {
    int n = s.length();
    int i = 0;
    // Plain lower-case ASCII, the commonest French and English word, is its own folded form.
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    // Most Arabic words fold to themselves: the copy is only made at the first char that changes.
    int same = i;
    for (; same < n; same++) {
      char c = s.charAt(same);
      char f = c < FOLDED.length ? FOLDED[c] : MANY;
      if (f == MANY) {
        return foldSlow(s);
      }
      if (f != c) {
        break;
      }
    }
    if (same == n) {
      return s;
    }
    char[] out = new char[n];
    s.getChars(0, same, out, 0);
    int o = same;
    for (i = same; i < n; i++) {
      char c = s.charAt(i);
      char f = c < FOLDED.length ? FOLDED[c] : MANY;
      if (f == MANY) {
        return foldSlow(s);
      }
      if (f != NO_CHAR) {
        out[o++] = f;
      }
    }
    return new String(out, 0, o);
  }

  /**
   * Folding by Unicode decomposition: the reference for the table, and the path for other scripts.
   */
  static String foldSlow(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        plain = false;
        break;
      }
    }
    if (plain) {
      return s;
    }
    // NFD splits accented Latin letters and hamza-carrying Arabic letters (أ إ آ ؤ ئ) into a base
    // letter plus a combining mark, so dropping the marks folds both at once. The table above
    // does it for the common blocks; Normalizer only runs for other scripts.
    String d = s;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= TABLE_SIZE && !Character.isLetterOrDigit(c) || c >= 0x2000 && c < 0xFB00) {
        continue;
      }
      if (c >= TABLE_SIZE) {
        d = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    if (d == s) {
      StringBuilder pre = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        String r = c < TABLE_SIZE ? Decompositions.STRIPPED[c] : null;
        if (r != null) {
          pre.append(r);
        } else {
          pre.append(c);
        }
      }
      d = pre.toString();
    }
    return Folding.foldDecomposed(d);
  }

  /**
   * The forms an Arabic word may take once its clitics are removed: و and ف (and), ب (in), ل (to),
   * ك (like), the article ال, and لل (ل + ال). The word itself comes first. Latin words have one
   * form.
   */
  static List<String> arabicForms(String norm) {
    if (norm.isEmpty() || !isArabic(norm.charAt(0))) {
      return List.of(norm);
    }
    List<String> out = new ArrayList<>(6);
    out.add(norm);
    char c0 = norm.charAt(0);
    String withoutAnd = null;
    if ((c0 == 'و' || c0 == 'ف') && norm.length() > 3) {
      withoutAnd = norm.substring(1);
      out.add(withoutAnd);
    }
    addCliticForms(out, norm);
    if (withoutAnd != null) {
      addCliticForms(out, withoutAnd);
    }
    return out;
  }

  /** The forms of a word (or of the word after و or ف) without ب ل ك, ال or لل. */
  private static void addCliticForms(List<String> out, String base) {
    if (base.length() > 3 && base.startsWith("لل")) {
      addOnce(out, "ال" + base.substring(2));
      addOnce(out, base.substring(2));
    } else if (base.length() > 4
        && (base.charAt(0) == 'ب' || base.charAt(0) == 'ل' || base.charAt(0) == 'ك')
        && base.startsWith("ال", 1)) {
      addOnce(out, base.substring(1));
      addOnce(out, base.substring(3));
    } else if (base.length() > 3
        && (base.charAt(0) == 'ب' || base.charAt(0) == 'ل' || base.charAt(0) == 'ك')) {
      addOnce(out, base.substring(1));
    }
    if (base.length() > 4 && base.startsWith("ال")) {
      addOnce(out, base.substring(2));
    }
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
