package revue.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A query that may be a person's whole name: two to four plain words (letters, hyphens,
 * apostrophes), as an analyst types "Giovanni Tria". The local parser and the OpenSearch translator
 * both ask whether a minister discovered in the index's texts bears it, and then let each of its
 * words stand for that minister.
 *
 * @param name the words joined by single spaces
 * @param lowerWords the words in lower case, for matching a query word against them
 */
public record WholeName(String name, Set<String> lowerWords) {

  public WholeName {
    lowerWords = Set.copyOf(lowerWords);
  }

  /**
   * The query as a whole name; empty when it has fewer than two or more than four words, or any
   * char that is query syntax or punctuation (fields, quotes, operators, wildcards), which is read
   * as the user wrote it.
   */
  public static Optional<WholeName> of(String query) {
    String[] words = query.strip().split("\\s+");
    if (words.length < 2 || words.length > 4) {
      return Optional.empty();
    }
    Set<String> lower = new HashSet<>();
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
          return Optional.empty();
        }
      }
      lower.add(w.toLowerCase(Locale.ROOT));
    }
    return Optional.of(new WholeName(String.join(" ", words), lower));
  }
}
