package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;
import revue.index.FieldAnalyzers;

/**
 * The unified highlighter of one search: it reads the hits' bodies from the documents the search
 * already loaded, and finds where the query matches a hit's field with one weight per field for the
 * whole search.
 *
 * <p>Lucene's highlighter, in its weight-matches mode, builds a weight of the whole query (term
 * look-ups in every field of every word) for each hit and each field highlighted, and reads each
 * hit's stored document a second time; on revue's eight-field queries that was most of a search.
 * The matches are the same: the weights are built on the same reader, and with the highlighter's
 * default field matcher (a field's own terms only) a field's offsets are its part of the query's
 * {@link Matches}, which {@link #fieldPart} finds alone when the query's shape allows; its term
 * queries then read their postings with one enum per segment for all the hits ({@code
 * TermMatcher}), not one per hit.
 *
 * <p>Not thread-safe: one instance per search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final IndexSearcher matchSearcher;
  private final Map<Integer, Document> docs;
  private final Map<Integer, Matches> matchesByDoc = new HashMap<>();
  private final Map<String, FieldMatcher> matchersByField = new HashMap<>();

  /** The gate terms of the query (see collectGatedLeaves) and which hits hold them. */
  private final Map<Term, Gate> gates = new HashMap<>();

  private Query weightQuery;
  private Weight weight;

  /**
   * @param matchSearcher a searcher of the highlighter's reader without a query cache (matching one
   *     document gains nothing from cached filters)
   * @param fieldInfos the reader's merged field infos, which the superclass would merge again for
   *     each instance
   * @param docs the hits' stored documents by top-level doc id, with the highlighted fields
   */
  SnippetHighlighter(
      Builder builder,
      IndexSearcher matchSearcher,
      FieldInfos fieldInfos,
      Map<Integer, Document> docs) {
    super(builder);
    this.matchSearcher = matchSearcher;
    this.fieldInfos = fieldInfos;
    this.docs = docs;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(
      OffsetSource offsetSource, UHComponents components) {
    if (offsetSource == OffsetSource.POSTINGS
        && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedMatches(components);
    }
    return super.getOffsetStrategy(offsetSource, components);
  }

  /**
   * Postings also for a query with {@code word*} or {@code word~}: the superclass re-analyses the
   * text of such a query's fields into a one-document index, where the entity clauses' tag fields
   * are missing ("Bourita~" marked no Arabic spelling of Nasser Bourita); the hit's matches, read
   * from the index itself ({@link SharedMatches}), hold the multi-term words as well.
   */
  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource source = super.getOptimizedOffsetSource(components);
    if (source == OffsetSource.ANALYSIS
        && getOffsetSource(components.field()) == OffsetSource.POSTINGS
        && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return OffsetSource.POSTINGS;
    }
    return source;
  }

  /** As the stored-fields visitor of the superclass returns them, from the loaded documents. */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document loaded = docs.get(doc);
      if (loaded == null) {
        throw new IllegalStateException("document " + doc + " was not loaded before highlighting");
      }
      CharSequence[] byField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        byField[f] = joined(loaded.getValues(fields[f]));
      }
      values.add(byField);
    }
    return values;
  }

  /** Values of a multi-valued field joined by the separator the break iterator splits at. */
  private CharSequence joined(String[] values) {
    if (values.length == 0) {
      return null;
    }
    int maxLength = getMaxLength();
    String first = values[0].substring(0, Math.min(maxLength, values[0].length()));
    if (values.length == 1) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    for (int i = 1; i < values.length && joined.length() < maxLength; i++) {
      int budget = maxLength - joined.length();
      joined
          .append(MULTIVAL_SEP_CHAR)
          .append(values[i], 0, Math.min(budget - 1, values[i].length()));
    }
    return joined;
  }

  /**
   * The hit's matches to read {@code field}'s offsets from: those of the query's part in the field
   * when the query allows it ({@link #fieldPart}), else those of the whole query, found once per
   * hit for all its fields.
   */
  private Matches matches(Query query, String field, LeafReader leaf, int docInLeaf)
      throws IOException {
    if (weightQuery != query) {
      weightQuery = query;
      weight = null;
      matchersByField.clear();
      matchesByDoc.clear();
      gates.clear();
    }
    LeafReaderContext context = contextOf(leaf);
    FieldMatcher fieldMatcher =
        matchersByField.computeIfAbsent(field, f -> matcherOf(fieldPart(query, f)));
    if (fieldMatcher != null) {
      return fieldMatcher.matches(context, docInLeaf);
    }
    int doc = context.docBase + docInLeaf;
    if (matchesByDoc.containsKey(doc)) {
      return matchesByDoc.get(doc);
    }
    if (weight == null) {
      weight = weightOf(query);
    }
    Matches matches = weight.matches(context, docInLeaf);
    matchesByDoc.put(doc, matches);
    return matches;
  }

  /** Finds a query's matches in one document. */
  private interface FieldMatcher {
    Matches matches(LeafReaderContext context, int doc) throws IOException;
  }

  /**
   * The matches of a field's part of the query, as its weight finds them, but with its term queries
   * reading each term's postings with one enum per segment for all the hits (see {@link
   * TermMatcher}); null for a null query.
   */
  private FieldMatcher matcherOf(Query query) {
    if (query == null) {
      return null;
    }
    try {
      Query rewritten = matchSearcher.rewrite(query);
      if (!(rewritten instanceof DisjunctionMaxQuery dismax)) {
        return leafMatcher(rewritten);
      }
      // as DisjunctionMaxWeight.matches: its disjuncts' matches in the order it holds them
      List<FieldMatcher> disjuncts = new ArrayList<>();
      for (Query disjunct : dismax.getDisjuncts()) {
        disjuncts.add(leafMatcher(disjunct));
      }
      return (context, doc) -> {
        List<Matches> found = new ArrayList<>(disjuncts.size());
        for (FieldMatcher disjunct : disjuncts) {
          Matches matches = disjunct.matches(context, doc);
          if (matches != null) {
            found.add(matches);
          }
        }
        return MatchesUtils.fromSubMatches(found);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FieldMatcher leafMatcher(Query query) throws IOException {
    if (query instanceof TermQuery term && term.getTermStates() != null) {
      return new TermMatcher(term);
    }
    if (query instanceof PhraseQuery phrase
        && phrase.getSlop() == 0
        && phrase.getTerms().length > 1) {
      return new PhraseMatcher(phrase);
    }
    if (query instanceof BooleanQuery bool
        && bool.clauses().size() == 2
        && bool.clauses().get(0).occur() == BooleanClause.Occur.FILTER
        && bool.clauses().get(0).query() instanceof TermQuery gate
        && bool.clauses().get(1).occur() == BooleanClause.Occur.MUST) {
      // a leaf under a required term (see collectGatedLeaves): its matches count in the documents
      // that hold the term
      Gate held = gateFor(gate);
      FieldMatcher inner = leafMatcher(bool.clauses().get(1).query());
      return (context, doc) -> held.heldBy(context, doc) ? inner.matches(context, doc) : null;
    }
    Weight leafWeight = query.createWeight(matchSearcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return leafWeight::matches;
  }

  /**
   * Postings kept per segment from hit to hit, as the highlighter visits a field's hits in document
   * order: opened anew for a segment's first hit, and for a hit that is not after the last one
   * asked (an earlier hit, or the same again, whose positions were read already).
   */
  private static final class KeptPostings<P> {
    private final Map<Integer, P> byLeaf = new HashMap<>();
    private final Map<Integer, Integer> lastDocByLeaf = new HashMap<>();

    P forHit(LeafReaderContext context, int doc, IOFunction<LeafReaderContext, P> open)
        throws IOException {
      P postings = byLeaf.get(context.ord);
      Integer last = lastDocByLeaf.put(context.ord, doc);
      if (postings == null || last == null || doc <= last) {
        postings = open.apply(context);
        byLeaf.put(context.ord, postings);
      }
      return postings;
    }
  }

  /** Moves postings kept from an earlier hit on to {@code doc}; whether they hold it. */
  private static boolean onDoc(PostingsEnum postings, int doc) throws IOException {
    return (postings.docID() >= doc ? postings.docID() : postings.advance(doc)) == doc;
  }

  /**
   * The matches of a term query carrying its states ({@link TermLookups}), as {@code TermQuery}'s
   * weight finds them, but from one postings enum per segment advanced from hit to hit (the
   * highlighter visits a field's hits in document order), where the weight opens a terms enum and a
   * postings enum per hit.
   */
  private static final class TermMatcher implements FieldMatcher {
    private final TermQuery query;
    private final KeptPostings<PostingsEnum> kept = new KeptPostings<>();

    TermMatcher(TermQuery query) {
      this.query = query;
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      IOSupplier<TermState> supplier = query.getTermStates().get(context);
      TermState state = supplier == null ? null : supplier.get();
      if (state == null) {
        return null; // the term is not in this segment
      }
      Term term = query.getTerm();
      return MatchesUtils.forField(
          term.field(),
          () -> {
            PostingsEnum postings =
                kept.forHit(
                    context,
                    doc,
                    c -> {
                      TermsEnum terms = c.reader().terms(term.field()).iterator();
                      terms.seekExact(term.bytes(), state);
                      return terms.postings(null, PostingsEnum.OFFSETS);
                    });
            return onDoc(postings, doc) ? new PositionsMatches(query, postings) : null;
          });
    }
  }

  /**
   * The matches of an exact phrase (no slop), as {@code PhraseQuery}'s weight finds them (each
   * place the terms stand at their positions in the phrase, in document order; offsets from the
   * first term's start to the last term's end), but from one postings enum per term and segment
   * advanced from hit to hit, where the weight seeks every term and opens its postings for each
   * hit. Entity spellings are often phrases ("Arabie saoudite", "المملكة العربية السعودية"), and
   * opening them hit by hit was a visible share of the slowest searches at one million articles
   * (docs/benchmarks.md, "Profiles behind smaller choices").
   */
  private static final class PhraseMatcher implements FieldMatcher {
    private static final PostingsEnum[] ABSENT = new PostingsEnum[0];

    private final PhraseQuery query;
    private final Term[] terms;
    private final int[] positions;
    private final KeptPostings<PostingsEnum[]> kept = new KeptPostings<>();

    PhraseMatcher(PhraseQuery query) {
      this.query = query;
      this.terms = query.getTerms();
      this.positions = query.getPositions();
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return MatchesUtils.forField(
          query.getField(),
          () -> {
            PostingsEnum[] postings = kept.forHit(context, doc, this::open);
            if (postings == ABSENT) {
              return null;
            }
            for (PostingsEnum p : postings) {
              if (!onDoc(p, doc)) {
                return null;
              }
            }
            return phrasesIn(postings);
          });
    }

    /** The postings of every term in the segment, or {@link #ABSENT} when one is not there. */
    private PostingsEnum[] open(LeafReaderContext context) throws IOException {
      var fieldTerms = context.reader().terms(query.getField());
      if (fieldTerms == null) {
        return ABSENT;
      }
      TermsEnum termsEnum = fieldTerms.iterator();
      PostingsEnum[] postings = new PostingsEnum[terms.length];
      for (int i = 0; i < terms.length; i++) {
        if (!termsEnum.seekExact(terms[i].bytes())) {
          return ABSENT;
        }
        postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
      }
      return postings;
    }

    /** The phrase's occurrences in the document all the postings are on; null when none. */
    private MatchesIterator phrasesIn(PostingsEnum[] postings) throws IOException {
      int n = postings.length;
      int[][] at = new int[n][];
      int[][] starts = new int[n][];
      int[][] ends = new int[n][];
      for (int i = 0; i < n; i++) {
        int freq = postings[i].freq();
        at[i] = new int[freq];
        starts[i] = new int[freq];
        ends[i] = new int[freq];
        for (int k = 0; k < freq; k++) {
          at[i][k] = postings[i].nextPosition();
          starts[i][k] = postings[i].startOffset();
          ends[i][k] = postings[i].endOffset();
        }
      }
      List<int[]> found = new ArrayList<>(); // start and end position, start and end offset
      for (int k = 0; k < at[0].length; k++) {
        int phraseStart = at[0][k] - positions[0];
        int last = -1; // where the last term stands in its positions, when every term is in place
        for (int i = 1; i < n; i++) {
          last = Arrays.binarySearch(at[i], phraseStart + positions[i]);
          if (last < 0) {
            break;
          }
        }
        if (last >= 0) {
          found.add(new int[] {at[0][k], at[n - 1][last], starts[0][k], ends[n - 1][last]});
        }
      }
      return found.isEmpty() ? null : new PhraseMatches(query, found);
    }
  }

  /** Occurrences of a phrase, each a leaf (as PhraseWeight's, no sub-matches). */
  private static final class PhraseMatches implements MatchesIterator {
    private final Query query;
    private final List<int[]> found;
    private int upTo = -1;

    PhraseMatches(Query query, List<int[]> found) {
      this.query = query;
      this.found = found;
    }

    @Override
    public boolean next() {
      return ++upTo < found.size();
    }

    @Override
    public int startPosition() {
      return found.get(upTo)[0];
    }

    @Override
    public int endPosition() {
      return found.get(upTo)[1];
    }

    @Override
    public int startOffset() {
      return found.get(upTo)[2];
    }

    @Override
    public int endOffset() {
      return found.get(upTo)[3];
    }

    @Override
    public MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return query;
    }
  }

  /** The positions and offsets of a term in the document its postings are on, in order. */
  private static final class PositionsMatches implements MatchesIterator {
    private final Query query;
    private final PostingsEnum postings;
    private int left;
    private int position;

    PositionsMatches(Query query, PostingsEnum postings) throws IOException {
      this.query = query;
      this.postings = postings;
      this.left = postings.freq();
    }

    @Override
    public boolean next() throws IOException {
      if (left-- > 0) {
        position = postings.nextPosition();
        return true;
      }
      return false;
    }

    @Override
    public int startPosition() {
      return position;
    }

    @Override
    public int endPosition() {
      return position;
    }

    @Override
    public int startOffset() throws IOException {
      return postings.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return postings.endOffset();
    }

    @Override
    public MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return query;
    }
  }

  /** Every spelling of an entity, in every field, asks the same of a hit: one gate per term. */
  private Gate gateFor(TermQuery gate) throws IOException {
    Gate held = gates.get(gate.getTerm());
    if (held == null) {
      held = new Gate(gate.createWeight(matchSearcher, ScoreMode.COMPLETE_NO_SCORES, 1f));
      gates.put(gate.getTerm(), held);
    }
    return held;
  }

  /** A term the hits must hold for a leaf to count, and the answer for each hit asked. */
  private static final class Gate {
    private final Weight weight;
    private final Map<Integer, Boolean> held = new HashMap<>();

    Gate(Weight weight) {
      this.weight = weight;
    }

    boolean heldBy(LeafReaderContext context, int doc) throws IOException {
      Boolean holds = held.get(context.docBase + doc);
      if (holds == null) {
        var supplier = weight.scorerSupplier(context);
        holds = supplier != null && supplier.get(1).iterator().advance(doc) == doc;
        held.put(context.docBase + doc, holds);
      }
      return holds;
    }
  }

  private Weight weightOf(Query query) {
    if (query == null) {
      return null;
    }
    try {
      return matchSearcher
          .rewrite(query)
          .createWeight(matchSearcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The leaves of {@code query} in {@code field} as one disjunction (repeats kept), when that
   * disjunction matches a hit of the query where the whole query does in that field; null when the
   * query does not allow it. It does when, under the top level (where the hit matched every
   * required clause), the query only has disjunctions (words, their per-field and per-entity
   * variants) down to its leaves: each leaf then adds its own matches whatever the other fields
   * hold. A nested conjunction ({@code (a AND b) c}) or negation makes a leaf's matches depend on
   * other leaves. Negated clauses of the top level are left out (a hit matches none of them).
   */
  static Query fieldPart(Query query, String field) {
    List<Query> leaves = new ArrayList<>();
    if (!collectTopLeaves(query, field, leaves)) {
      return null;
    }
    if (leaves.isEmpty()) {
      return new MatchNoDocsQuery("no part of the query is in " + field);
    }
    if (leaves.size() == 1) {
      return leaves.get(0);
    }
    // not a boolean query, whose rewrite merges equal clauses: a term that two words of the query
    // (or a word and an entity spelling) analyze to matches twice in the whole query, and the
    // passage scorer counts both
    return new DisjunctionMaxQuery(leaves, 0f);
  }

  /**
   * Adds the leaves in {@code field} of a query every hit matches: of each clause of a top-level
   * boolean query but the negated ones, and in the same way of a boolean query it requires (the
   * words that count, beside optional ones: see RevueQueryParser#getBooleanQuery).
   */
  private static boolean collectTopLeaves(Query query, String field, List<Query> leaves) {
    if (!(query instanceof BooleanQuery top)) {
      return collectLeaves(query, field, leaves);
    }
    for (BooleanClause clause : top.clauses()) {
      boolean ok =
          switch (clause.occur()) {
            case MUST_NOT -> true;
            case MUST, FILTER -> collectTopLeaves(clause.query(), field, leaves);
            case SHOULD -> collectLeaves(clause.query(), field, leaves);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Adds the leaves in {@code field} under a disjunction; false when something else is found. */
  private static boolean collectLeaves(Query query, String field, List<Query> leaves) {
    // an if-chain, not a pattern switch: see TermLookups on the cost of a switch's first use
    if (query instanceof BoostQuery boost) {
      return collectLeaves(boost.getQuery(), field, leaves);
    } else if (query instanceof ConstantScoreQuery constant) {
      return collectLeaves(constant.getQuery(), field, leaves);
    } else if (query instanceof DisjunctionMaxQuery dismax) {
      for (Query disjunct : dismax.getDisjuncts()) {
        if (!collectLeaves(disjunct, field, leaves)) {
          return false;
        }
      }
      return true;
    } else if (query instanceof BooleanQuery bool) {
      if (bool.getMinimumNumberShouldMatch() > 1) {
        return false;
      }
      TermQuery gate = gateOf(bool);
      if (gate != null) {
        return collectGatedLeaves(bool, gate, field, leaves);
      }
      for (BooleanClause clause : bool.clauses()) {
        if (clause.occur() != BooleanClause.Occur.SHOULD
            || !collectLeaves(clause.query(), field, leaves)) {
          return false;
        }
      }
      return true;
    } else if (query instanceof EntityMatch entity) {
      return collectLeaves(entity.highlightForm(), field, leaves);
    } else if (query instanceof MatchAllDocsQuery) {
      return true; // matches without terms: nothing to highlight
    } else if (query instanceof MatchNoDocsQuery) {
      return true; // a word none of whose terms is in the index (see TermLookups)
    } else if (query instanceof TermQuery term) {
      if (term.getTerm().field().equals(field)) {
        leaves.add(term);
      }
      return true;
    } else if (query instanceof PhraseQuery phrase) {
      if (phrase.getField() != null && phrase.getField().equals(field)) {
        leaves.add(phrase);
      }
      return true;
    } else if (query instanceof SynonymQuery synonyms) {
      if (synonyms.getField().equals(field)) {
        leaves.add(synonyms);
      }
      return true;
    } else if (query instanceof MultiTermQuery multi) {
      // word*, word~: matched in the field as its terms (the rewrite reads the field's terms)
      if (multi.getField().equals(field)) {
        leaves.add(multi);
      }
      return true;
    }
    return false; // other queries (nested spans...): match the whole query
  }

  /**
   * The term a boolean query requires when it requires just that term (possibly boosted or
   * constant-scored) and has only optional clauses besides, as an entity's tag and its spellings
   * ({@link RevueQueryParser}); else null.
   */
  private static TermQuery gateOf(BooleanQuery bool) {
    TermQuery gate = null;
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() == BooleanClause.Occur.SHOULD) {
        continue;
      }
      if (gate != null
          || clause.occur() == BooleanClause.Occur.MUST_NOT
          || !(unwrapped(clause.query()) instanceof TermQuery term)) {
        return null;
      }
      gate = term;
    }
    return gate;
  }

  private static Query unwrapped(Query query) {
    if (query instanceof BoostQuery boost) {
      return unwrapped(boost.getQuery());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return unwrapped(constant.getQuery());
    }
    return query;
  }

  /**
   * The leaves in {@code field} of a query that requires {@code gate} and has optional clauses: the
   * gate itself when it is in the field, and each optional leaf required together with the gate,
   * since it matches only in the documents that hold the gate.
   */
  private static boolean collectGatedLeaves(
      BooleanQuery bool, TermQuery gate, String field, List<Query> leaves) {
    if (gate.getTerm().field().equals(field)) {
      leaves.add(gate);
    }
    List<Query> optional = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() == BooleanClause.Occur.SHOULD
          && !collectLeaves(clause.query(), field, optional)) {
        return false;
      }
    }
    for (Query leaf : optional) {
      leaves.add(
          new BooleanQuery.Builder()
              .add(gate, BooleanClause.Occur.FILTER)
              .add(leaf, BooleanClause.Occur.MUST)
              .build());
    }
    return true;
  }

  private LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext context : matchSearcher.getIndexReader().leaves()) {
      if (context.reader() == leaf) {
        return context;
      }
    }
    throw new IllegalStateException("highlighting a reader the searcher does not hold");
  }

  /** The offsets of one field, read from the hit's matches shared by all its fields. */
  private final class SharedMatches extends FieldOffsetStrategy {

    SharedMatches(UHComponents components) {
      super(components);
    }

    @Override
    public OffsetSource getOffsetSource() {
      return OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      if (reader.terms(getField()) == null) {
        return OffsetsEnum.EMPTY;
      }
      Matches matches = matches(components.query(), getField(), reader, docId);
      if (matches == null) {
        return OffsetsEnum.EMPTY;
      }
      MatchesIterator iterator = matches.getMatches(getField());
      if (iterator == null) {
        return OffsetsEnum.EMPTY;
      }
      FieldInfo info = reader.getFieldInfos().fieldInfo(getField());
      if (positionsWithoutOffsets(info)) {
        TokenOffsets tokens = new TokenOffsets(FieldAnalyzers.positions(), getField(), content);
        return new OffsetsEnum.OfMatchesIteratorWithSubs(tokens.of(iterator)) {
          @Override
          public void close() throws IOException {
            try {
              tokens.close();
            } finally {
              super.close();
            }
          }
        };
      }
      return new OffsetsEnum.OfMatchesIteratorWithSubs(iterator);
    }
  }

  /**
   * A body field is indexed with positions but no offsets (offsets in postings slowed builds, see
   * {@code ArticleDocuments}): its matches still come from postings, and {@link TokenOffsets} turns
   * their positions into offsets. An index written with offsets in postings keeps reading them.
   */
  @Override
  protected OffsetSource getOffsetSource(String field) {
    if (positionsWithoutOffsets(fieldInfos == null ? null : fieldInfos.fieldInfo(field))) {
      return OffsetSource.POSTINGS;
    }
    return super.getOffsetSource(field);
  }

  /** A field whose postings hold positions but no offsets: {@link TokenOffsets} finds them. */
  private static boolean positionsWithoutOffsets(FieldInfo info) {
    return info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
  }

  /**
   * The offsets of a hit's field text by position: the text tokenized again with the analyzer of
   * {@link FieldAnalyzers#positions()} (the field's tokens at their indexed positions and offsets,
   * without the steps that only change a token's text), only as far as the last position a match
   * asks for. The tokens stacked at one position (a handle or hashtag and its first part) share
   * their offsets, so a position has one token's. Closed with its offsets enum.
   */
  private static final class TokenOffsets {
    private final Analyzer analyzer;
    private final String field;
    private final String content;
    private int[] positions;
    private int[] starts;
    private int[] ends;
    private int size;
    private TokenStream stream;
    private OffsetAttribute offsetAtt;
    private PositionIncrementAttribute incrementAtt;
    private int position = -1;
    private boolean exhausted;

    TokenOffsets(Analyzer analyzer, String field, String content) {
      this.analyzer = analyzer;
      this.field = field;
      this.content = content;
    }

    MatchesIterator of(MatchesIterator in) {
      return new OffsetsFromPositions(in, this);
    }

    /** Reads tokens until one lies past {@code wanted} or the text ends. */
    private void analyseTo(int wanted) throws IOException {
      if (positions == null) {
        positions = new int[64];
        starts = new int[64];
        ends = new int[64];
        stream = analyzer.tokenStream(field, content);
        offsetAtt = stream.addAttribute(OffsetAttribute.class);
        incrementAtt = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
      }
      while (!exhausted && (size == 0 || positions[size - 1] <= wanted)) {
        if (!stream.incrementToken()) {
          exhausted = true;
          break;
        }
        int increment = incrementAtt.getPositionIncrement();
        if (increment == 0 && size > 0) {
          continue; // stacked on the token before, with its offsets
        }
        position += increment;
        if (size == positions.length) {
          int n = size * 2;
          positions = Arrays.copyOf(positions, n);
          starts = Arrays.copyOf(starts, n);
          ends = Arrays.copyOf(ends, n);
        }
        positions[size] = position;
        starts[size] = offsetAtt.startOffset();
        ends[size] = offsetAtt.endOffset();
        size++;
      }
    }

    void close() throws IOException {
      if (stream != null) {
        try {
          stream.end(); // the contract, also when the text was not read to its end
        } finally {
          stream.close();
          stream = null;
        }
      }
    }

    /** The index of the token at a position, or -1. */
    private int token(int position) throws IOException {
      analyseTo(position);
      return Arrays.binarySearch(positions, 0, size, position);
    }

    int startOffset(int position) throws IOException {
      int t = token(position);
      return t < 0 ? -1 : starts[t];
    }

    int endOffset(int position) throws IOException {
      int t = token(position);
      return t < 0 ? -1 : ends[t];
    }
  }

  /** A match iterator whose offsets come from {@link TokenOffsets}. */
  private static final class OffsetsFromPositions implements MatchesIterator {
    private final MatchesIterator in;
    private final TokenOffsets tokens;

    OffsetsFromPositions(MatchesIterator in, TokenOffsets tokens) {
      this.in = in;
      this.tokens = tokens;
    }

    @Override
    public boolean next() throws IOException {
      return in.next();
    }

    @Override
    public int startPosition() {
      return in.startPosition();
    }

    @Override
    public int endPosition() {
      return in.endPosition();
    }

    @Override
    public int startOffset() throws IOException {
      return tokens.startOffset(in.startPosition());
    }

    @Override
    public int endOffset() throws IOException {
      return tokens.endOffset(in.endPosition());
    }

    @Override
    public MatchesIterator getSubMatches() throws IOException {
      MatchesIterator sub = in.getSubMatches();
      return sub == null ? null : new OffsetsFromPositions(sub, tokens);
    }

    @Override
    public Query getQuery() {
      return in.getQuery();
    }
  }
}
