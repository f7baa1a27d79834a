package revue.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;

/**
 * The queries the analysis of a query word builds in a text field, remembered: a word is analysed
 * for each language's fields (tokenizer, folding, stemming), the largest part of parsing, and
 * analysts repeat their words. Analysis depends on the word and the field only, so a remembered
 * query is the one the analysis would build again; queries are immutable, so searches share them.
 *
 * <p>Thread-safe. Bounded: a map that outgrows {@link #MAX_ENTRIES} is emptied and refilled.
 */
final class WordAnalyses {

  static final int MAX_ENTRIES = 20_000;

  private final Map<String, Optional<Query>> queries = new ConcurrentHashMap<>();

  /** Builds a field's query of a word; may return null (nothing left after analysis). */
  interface Analysis {
    Query analyze() throws org.apache.lucene.queryparser.classic.ParseException;
  }

  /**
   * The query of {@code text} in {@code field}, analysed as {@code kind} says (a plain word, a
   * quoted phrase, a phrase with slop), built by {@code analysis} the first time; null when the
   * analysis leaves nothing.
   */
  Query query(String field, String kind, String text, Analysis analysis)
      throws org.apache.lucene.queryparser.classic.ParseException {
    String key = field + '\u0000' + kind + '\u0000' + text;
    Optional<Query> query = queries.get(key);
    if (query == null) {
      query = Optional.ofNullable(analysis.analyze());
      if (queries.size() >= MAX_ENTRIES) {
        queries.clear();
      }
      queries.put(key, query);
    }
    return query.orElse(null);
  }
}
