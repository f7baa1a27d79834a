package revue.entity;

import java.util.List;

/**
 * One name found in a text before grouping: its words [from, to), folded, as written, and the
 * gazetteer's canonical name or null.
 */
record FoundName(int from, int to, List<String> words, String surface, String canonical) {}
