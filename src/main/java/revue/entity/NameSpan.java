package revue.entity;

/**
 * A run of words of a text that names a person: word indexes [from, to).
 *
 * @param from index of the first word
 * @param to index after the last word
 * @param clitic chars of the first word that are a preposition glued to the name, not part of it
 *     ("لجيرار": 1)
 */
record NameSpan(int from, int to, int clitic) {

  NameSpan(int from, int to) {
    this(from, to, 0);
  }
}
