package revue.entity;

/**
 * Decides whether two folded spellings of a name word are the same name written differently
 * (Massaoudou / Massoudou, Mouallem / Moallem): an edit distance that grows with the word.
 *
 * <p>Stateless, thread-safe.
 */
final class NameDistance {

  private NameDistance() {}

  /** Edits allowed between two spellings of a word of this length. */
  static int allowedEdits(int length) {
    if (length >= 8) {
      return 2;
    }
    return length >= 5 ? 1 : 0;
  }

  static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int allowed = allowedEdits(Math.min(a.length(), b.length()));
    return allowed > 0 && distance(a, b, allowed) <= allowed;
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
