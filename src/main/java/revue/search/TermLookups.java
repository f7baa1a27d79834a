package revue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Looks up every term of a query's term queries in the index once, field by field, and gives the
 * query its term queries back carrying what was found ({@link TermStates}), for the search and the
 * snippets to use.
 *
 * <p>A revue query asks for each word in eight text fields; {@link TermQuery} would look each term
 * up on its own, with a new terms enum per term and segment (most of the cost of a look-up that
 * finds nothing, the usual case in the other languages' fields). Here one enum per segment and
 * field seeks the field's terms in order. The statistics are the same, so are the scores.
 *
 * <p>A disjunct with a term that no document holds (a French stem in the Arabic fields, an entity
 * spelling the index never saw) is left out of its disjunction: it could not match, so the hits and
 * scores stay the same, and the search and snippets do not build its weight and scorers. A
 * disjunction left empty becomes a {@link MatchNoDocsQuery}.
 *
 * <p>What a term's look-up found is remembered for later searches of the same searcher (its reader
 * never changes): analysts repeat their words, and each word is eight or more look-ups.
 *
 * <p>Thread-safe. Bounded: the memory outgrowing {@link #MAX_ENTRIES} terms is emptied and
 * refilled.
 */
final class TermLookups {

  static final int MAX_ENTRIES = 50_000;

  private final IndexSearcher searcher;

  /** Read-only once remembered: built with no term, a {@link TermStates} never loads lazily. */
  private final Map<Term, TermStates> remembered = new ConcurrentHashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** As {@link #withTermStates(Query)} on a new instance, remembering nothing. */
  static Query withTermStates(Query query, IndexSearcher searcher) throws IOException {
    return new TermLookups(searcher).withTermStates(query);
  }

  /** The query with its term queries (under boosts, disjunctions, booleans) carrying states. */
  Query withTermStates(Query query) throws IOException {
    Map<String, TreeMap<BytesRef, Term>> byField = new HashMap<>();
    collect(query, byField);
    if (byField.isEmpty()) {
      return query;
    }
    Map<Term, TermStates> states = new HashMap<>();
    for (var fieldTerms = byField.values().iterator(); fieldTerms.hasNext(); ) {
      TreeMap<BytesRef, Term> terms = fieldTerms.next();
      terms
          .values()
          .removeIf(
              term -> {
                TermStates known = remembered.get(term);
                if (known != null) {
                  states.put(term, known);
                }
                return known != null;
              });
      if (terms.isEmpty()) {
        fieldTerms.remove();
      }
    }
    if (!byField.isEmpty()) {
      Map<Term, TermStates> found = lookUp(byField);
      if (remembered.size() + found.size() > MAX_ENTRIES) {
        remembered.clear();
      }
      remembered.putAll(found);
      states.putAll(found);
    }
    return rebuild(query, states);
  }

  /** Looks the terms up, one terms enum per segment and field seeking them in order. */
  private Map<Term, TermStates> lookUp(Map<String, TreeMap<BytesRef, Term>> byField)
      throws IOException {
    IndexReaderContext top = searcher.getTopReaderContext();
    Map<Term, TermStates> states = new HashMap<>();
    for (TreeMap<BytesRef, Term> terms : byField.values()) {
      for (Term term : terms.values()) {
        states.put(term, new TermStates(top));
      }
    }
    for (LeafReaderContext leaf : searcher.getLeafContexts()) {
      for (var field : byField.entrySet()) {
        Terms terms = leaf.reader().terms(field.getKey());
        if (terms == null) {
          continue;
        }
        TermsEnum termsEnum = terms.iterator();
        for (Term term : field.getValue().values()) { // in order: seeks move forward
          if (termsEnum.seekExact(term.bytes())) {
            states
                .get(term)
                .register(
                    termsEnum.termState(),
                    leaf.ord,
                    termsEnum.docFreq(),
                    termsEnum.totalTermFreq());
          }
        }
      }
    }
    return states;
  }

  // The type tests below are if-chains, not pattern switches: a pattern switch makes its call site
  // at first use (a generated class the AOT cache cannot keep), a few milliseconds of each cold
  // one-shot search.

  private static void collect(Query query, Map<String, TreeMap<BytesRef, Term>> byField) {
    if (query instanceof TermQuery term) {
      byField
          .computeIfAbsent(term.getTerm().field(), f -> new TreeMap<>())
          .put(term.getTerm().bytes(), term.getTerm());
    } else if (query instanceof BoostQuery boost) {
      collect(boost.getQuery(), byField);
    } else if (query instanceof DisjunctionMaxQuery dismax) {
      dismax.getDisjuncts().forEach(q -> collect(q, byField));
    } else if (query instanceof BooleanQuery bool) {
      bool.clauses().forEach(c -> collect(c.query(), byField));
    } else if (query instanceof ConstantScoreQuery constant) {
      collect(constant.getQuery(), byField);
    } else if (query instanceof EntityMatch entity) {
      // the spellings, for the snippets; the ranking feature looks its term up itself
      collect(entity.tag(), byField);
      if (entity.spellings() != null) {
        collect(entity.spellings(), byField);
      }
      collect(entity.rank(), byField);
    } else if (query instanceof PhraseQuery phrase) {
      // looked up only to know whether the phrase can match; it looks its terms up itself
      for (Term term : phrase.getTerms()) {
        byField.computeIfAbsent(term.field(), f -> new TreeMap<>()).put(term.bytes(), term);
      }
    } // the rest look their terms up themselves
  }

  /**
   * False when the query has a term that no document holds, and so matches nothing: a disjunct that
   * never matches adds nothing to a disjunction's score, and leaving it out spares building its
   * weight, scorers and highlighting matches.
   */
  private static boolean canMatch(Query query, Map<Term, TermStates> states) {
    if (query instanceof TermQuery term) {
      return states.get(term.getTerm()).docFreq() > 0;
    } else if (query instanceof BoostQuery boost) {
      return canMatch(boost.getQuery(), states);
    } else if (query instanceof ConstantScoreQuery constant) {
      return canMatch(constant.getQuery(), states);
    } else if (query instanceof PhraseQuery phrase) {
      for (Term term : phrase.getTerms()) {
        if (states.get(term).docFreq() == 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static Query rebuild(Query query, Map<Term, TermStates> states) {
    if (query instanceof TermQuery term) {
      return new TermQuery(term.getTerm(), states.get(term.getTerm()));
    } else if (query instanceof BoostQuery boost) {
      return new BoostQuery(rebuild(boost.getQuery(), states), boost.getBoost());
    } else if (query instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(rebuild(constant.getQuery(), states));
    } else if (query instanceof DisjunctionMaxQuery dismax) {
      List<Query> disjuncts = new ArrayList<>();
      for (Query disjunct : dismax.getDisjuncts()) {
        if (canMatch(disjunct, states)) {
          disjuncts.add(rebuild(disjunct, states));
        }
      }
      return disjuncts.isEmpty()
          ? new MatchNoDocsQuery("no term of the disjunction is in the index")
          : new DisjunctionMaxQuery(disjuncts, dismax.getTieBreakerMultiplier());
    } else if (query instanceof EntityMatch entity) {
      Query spellings = entity.spellings();
      if (spellings != null) {
        spellings = canMatch(spellings, states) ? rebuild(spellings, states) : null;
      }
      return new EntityMatch(
          rebuild(entity.rank(), states), rebuild(entity.tag(), states), spellings);
    } else if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder rebuilt =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        rebuilt.add(rebuild(clause.query(), states), clause.occur());
      }
      return rebuilt.build();
    }
    return query;
  }
}
