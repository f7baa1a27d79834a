package revue.entity;

/**
 * A run of words of a text that names a person: word indexes [from, to).
 *
 * @param from index of the first word
 * @param to index after the last word
 */
record NameSpan(int from, int to) {}
