package revue.entity;

/**
 * Decides whether two folded spellings of a name word are the same name written differently
 * (Massaoudou / Massoudou, Mouallem / Moallem): an edit distance that grows with the word.
 *
 * <p>Stateless, thread-safe.
 */
final class NameDistance {

  private NameDistance() {}

  /** The most edits {@link #close} ever allows: names further apart in length are never close. */
  static final int MAX_EDITS = 2;

  /** Edits allowed between two spellings of a word of this length. */
  static int allowedEdits(int length) {
    if (length >= 8) {
      return MAX_EDITS;
    }
    return length >= 5 ? 1 : 0;
  }

  static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int allowed = allowedEdits(Math.min(a.length(), b.length()));
    if (allowed == 1) {
      return withinOneEdit(a, b);
    }
    return allowed > 0 && distance(a, b, allowed) <= allowed;
  }

  /**
   * Whether the Levenshtein distance is at most one, in one pass and without the distance table:
   * most words a one-word query meets are 5 to 7 letters long and allowed one edit.
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.length() < b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int la = a.length();
    int lb = b.length();
    if (la - lb > 1) {
      return false;
    }
    int i = 0;
    while (i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == lb) {
      return true; // equal, or one letter added at the end
    }
    return la == lb
        ? a.regionMatches(i + 1, b, i + 1, la - i - 1) // one letter replaced
        : a.regionMatches(i + 1, b, i, lb - i); // one letter added
  }

  /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
