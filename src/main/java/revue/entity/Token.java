package revue.entity;

/**
 * One word of a text: its surface form, its folded form for matching, and its character offsets.
 *
 * @param raw the word as written
 * @param norm the word folded by {@link TextFolding#fold(String)}
 * @param start offset of the first char in the text
 * @param end offset after the last char
 * @param isArabic whether the word is in Arabic script (its first folded char), worked out once
 */
record Token(String raw, String norm, int start, int end, boolean isArabic) {

  Token(String raw, String norm, int start, int end) {
    this(raw, norm, start, end, !norm.isEmpty() && TextFolding.isArabic(norm.charAt(0)));
  }

  /** Whether the word starts with an upper-case letter (Latin, Greek, Cyrillic scripts only). */
  boolean isCapitalized() {
    return Character.isUpperCase(raw.codePointAt(0));
  }

  /** Whether every letter is upper case: acronyms such as USA, EAU, U.S. */
  boolean isAllUpperCase() {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
