package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import revue.FacetCounts;
import revue.Filter;
import revue.Hit;
import revue.InvalidInputException;
import revue.Related;
import revue.RelatedResults;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.entity.EntityExtractor;
import revue.entity.Mention;
import revue.entity.MinisterIdentities;
import revue.index.ArticleDocuments;
import revue.index.Fields;

/**
 * Runs a {@link SearchRequest} against one point-in-time view of a Lucene index: query, drill-down
 * and drill-sideways facet counts, snippets.
 *
 * <p>Thread-safe: any number of searches may run at once on one instance.
 */
public final class ArticleSearcher {

  /**
   * The most words a query may have (not counting its language's stop words) and still be read as a
   * title; a longer query (a pasted summary or paragraph) is ranked by every word, in the title and
   * body of its language scored as one field (see docs/relevance.md). The OpenSearch backend reads
   * queries by the same rule.
   */
  public static final int LONG_QUERY_WORDS = RevueQueryParser.LONG_QUERY_WORDS;

  /** In a long query, a title occurrence of a word counts as this many body occurrences (BM25F). */
  public static final int LONG_QUERY_TITLE_WEIGHT = RevueQueryParser.LONG_TITLE_WEIGHT;

  /**
   * How many of a long query's distinct words an article must hold to match: a quarter, rounded up
   * (one in the second reading, {@code anyWord}); the OpenSearch backend asks the same.
   */
  public static int leastLongWords(int words, boolean anyWord) {
    return RevueQueryParser.leastLongWords(words, anyWord);
  }

  /** Facet dimensions, in the order results show them; "date" is computed from month or day. */
  public static final List<String> FACET_DIMENSIONS =
      List.of("country", "minister", "date", "lang", "collection", "source");

  private static final int MAX_DAYS_FOR_DAY_FACET = 62;

  /** Newest day first, undated articles last; relevance within a day. */
  private static final Sort NEWEST_FIRST = newestFirst();

  private static Sort newestFirst() {
    SortField day = new SortField(Fields.DATE_DAY, SortField.Type.LONG, true);
    day.setMissingValue(Long.MIN_VALUE);
    return new Sort(day, SortField.FIELD_SCORE);
  }

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final EntityLookups lookups;
  private final WordAnalyses analyses = new WordAnalyses();
  private final TermLookups termLookups;
  private volatile AtomicReferenceArray<String> ordinalLabels;

  private volatile int[][] ministerDoubles;
  private final HitReader hitReader;
  private volatile Stories stories;

  public ArticleSearcher(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, EntityExtractor entities) {
    this(searcher, state, () -> entities);
  }

  /**
   * A searcher whose entity extractor may still be loading: a search waits for it only when it
   * needs it (query words to resolve, country labels).
   */
  public ArticleSearcher(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      Supplier<EntityExtractor> entities) {
    this.searcher = searcher;
    this.state = state;
    this.lookups = new EntityLookups(entities, searcher.getIndexReader());
    this.termLookups = new TermLookups(searcher);
    this.hitReader = new HitReader(searcher, lookups);
  }

  /**
   * The articles most like the article with this id; see {@link RelatedArticles}.
   *
   * @throws InvalidInputException when no article has the id
   */
  public RelatedResults related(String id, int limit) throws IOException {
    // the article's copies are the same story, not related coverage of it: listed apart
    TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    int[] copyDocs =
        self.scoreDocs.length == 0 ? new int[0] : stories().copies(self.scoreDocs[0].doc);
    Set<Integer> excluded = new HashSet<>();
    for (int d : copyDocs) {
      excluded.add(d);
    }
    RelatedArticles.Found found =
        new RelatedArticles(searcher, stories()::key).find(id, Math.max(0, limit), excluded);
    ScoreDoc[] docs = new ScoreDoc[found.candidates().size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = new ScoreDoc(found.candidates().get(i).doc(), found.candidates().get(i).score());
    }
    // the snippets mark the article's telling terms that each related one holds
    List<Hit> hits =
        hitReader.hits(
            found.termQuery(),
            new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs),
            docs.length,
            new RevueQueryParser(lookups, analyses, false));
    List<Related> related = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      related.add(new Related(hits.get(i), found.candidates().get(i).why()));
    }
    ScoreDoc[] copies = new ScoreDoc[copyDocs.length];
    for (int i = 0; i < copies.length; i++) {
      copies[i] = new ScoreDoc(copyDocs[i], 0f);
    }
    List<Hit> copyHits =
        new ArrayList<>(
            hitReader.hits(
                found.termQuery(),
                new TopDocs(new TotalHits(copies.length, TotalHits.Relation.EQUAL_TO), copies),
                copies.length,
                new RevueQueryParser(lookups, analyses, false)));
    copyHits.sort(java.util.Comparator.comparing(Hit::id));
    return new RelatedResults(id, related, copyHits);
  }

  /**
   * Searches the request, and gives a text that no article holds three in four words of its {@link
   * SecondReading}; notes the filter values and the query's field values ({@code lang:xx}) no
   * article has ({@link FilterNotes}). Saved searches ({@link #matching}) keep three in four.
   */
  public SearchResults search(SearchRequest request) throws IOException {
    FilterNotes.Articles held = new IndexValues(searcher, lookups, this::resolve);
    FilterNotes.requireCountries(request.filters(), held, request.uiLanguage());
    try {
      // a link pasted among words is left out; if nothing matches then, the query as typed
      return QueryLinks.orAsTyped(
          readings(request, held, false), request.query(), () -> readings(request, held, true));
    } catch (IndexSearcher.TooManyClauses e) {
      // counted over the whole query when it is searched: a pasted text of thousands of words
      throw tooLong(e);
    } catch (FilterNotes.UnknownCountryException e) {
      throw e.withClosest(held, request.uiLanguage());
    }
  }

  /**
   * The results of the request's query, or of its {@link SecondReading} when they are empty, with
   * the filter values and the query's field values that no article has noted.
   *
   * @param asTyped links included ({@link QueryLinks})
   */
  private SearchResults readings(SearchRequest request, FilterNotes.Articles held, boolean asTyped)
      throws IOException {
    // a link alone: the article it is the address of, when the index has it
    String link = asTyped ? null : QueryLinks.linkKey(request.query());
    if (link != null) {
      Parsed byUrl =
          new Parsed(new TermQuery(new Term(Fields.URL_KEY, link)), newParser(request), null);
      SearchResults found = search(request, byUrl);
      if (found.total() > 0) {
        return FilterNotes.annotate(
            found, request.filters(), List.of(), held, request.uiLanguage());
      }
    }
    Parsed parsed = parse(request, false, asTyped);
    SearchResults results =
        SecondReading.orAnyWord(
            search(request, parsed),
            SecondReading.noteFor(
                parsed.parser().askedThreeInFour() && !parsed.parser().readAsLongQuery(),
                parsed.parser().askedLongShare()),
            () -> search(request, parse(request, true, asTyped)));
    // a value no article has is a typo more often than a question: say so, with the closest
    // values articles have
    return FilterNotes.annotate(
        results, request.filters(), parsed.parser().fieldFilters(), held, request.uiLanguage());
  }

  private static InvalidInputException tooLong(IndexSearcher.TooManyClauses e) {
    return new InvalidInputException(
        "query too long: more than "
            + IndexSearcher.getMaxClauseCount()
            + " clauses (each word counts once per language's field); shorten it",
        e);
  }

  private SearchResults search(SearchRequest request, Parsed parsed) throws IOException {
    RevueQueryParser parser = parsed.parser();
    // the search and the snippets share one look-up of every term
    Query query = termLookups.withTermStates(parsed.query());
    DrillDownQuery drillDown = new DrillDownQuery(ArticleDocuments.facetsConfig(), query);
    boolean dayFacet = addFilters(drillDown, request.filters());
    List<Filter> filters = request.filters();

    TopDocs top;
    CollectingDrillSideways sideways = null;
    Sort newestFirst = request.newestFirst() ? NEWEST_FIRST : null;
    boolean collapse = request.collapse() && request.limit() > 0 && stories().any();
    // copies collapse before the limit: take more than it, enough for most result lists
    int fetch = collapse ? overFetch(request.limit()) : Math.max(1, request.limit());
    if (state == null) {
      // no article has a facet value yet: nothing to count, and a filter cannot match
      top =
          !filters.isEmpty()
              ? emptyTopDocs()
              : newestFirst != null
                  ? searcher.search(query, fetch, newestFirst, true)
                  : searcher.search(query, fetch);
    } else if (newestFirst != null && request.facetLimit() == 0) {
      top = searcher.search(drillDown, fetch, newestFirst, true);
    } else if (newestFirst != null) {
      sideways = new CollectingDrillSideways(searcher, state);
      top = sideways.search(drillDown, null, null, fetch, newestFirst, true).hits;
    } else if (request.facetLimit() == 0) {
      // no counts wanted: the drill-down query alone ranks as drill-sideways does, without
      // collecting every match for counting
      top =
          searcher.search(
              drillDown, new TopScoreDocCollectorManager(fetch, null, Integer.MAX_VALUE));
    } else {
      sideways = new CollectingDrillSideways(searcher, state);
      top = sideways.search(drillDown, fetch).hits;
    }
    List<Hit> hits =
        collapse
            ? collapsedHits(
                query,
                state == null ? query : drillDown,
                newestFirst,
                top,
                fetch,
                request.limit(),
                parser)
            : hitReader.hits(query, top, request.limit(), parser);
    List<FacetCounts> facets = facets(sideways, request, dayFacet);
    long total = top.totalHits.value();
    List<String> suggestions =
        Suggestions.wanted(request.query(), total)
                && !(parsed.query() instanceof MatchAllDocsQuery)
                && !parser.onlyStopWords()
                && !parser.readAsLongQuery()
            ? suggestions(request, total)
            : List.of();
    return new SearchResults(total, hits, facets, parsed.note(), suggestions);
  }

  /**
   * "Did you mean" for a request that matched nothing or few articles: the {@link Suggestions} of
   * its query that match something under the same filters, ten times as many articles as it when it
   * matched some; the closest to the typed query first, then those that match most.
   */
  private List<String> suggestions(SearchRequest request, long total) throws IOException {
    return Suggestions.forRequest(
        request,
        total,
        Suggestions.local(searcher.getIndexReader()),
        lookups::namesMinister,
        other -> {
          Query query;
          try {
            query = parse(other).query();
          } catch (InvalidInputException e) {
            return -1;
          }
          DrillDownQuery drillDown = new DrillDownQuery(ArticleDocuments.facetsConfig(), query);
          addFilters(drillDown, other.filters());
          try {
            return searcher.count(state == null ? query : drillDown);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Hits fetched when a search collapses copies and wants {@code limit} stories. */
  private static int overFetch(int limit) {
    return (int) Math.min(Integer.MAX_VALUE - 16, 2L * limit + 10);
  }

  /** The stories of this searcher's reader, read at the first search that needs them. */
  private Stories stories() throws IOException {
    Stories s = stories;
    if (s == null) {
      synchronized (this) {
        if (stories == null) {
          stories = Stories.read(searcher.getIndexReader());
        }
        s = stories;
      }
    }
    return s;
  }

  /**
   * The best-ranked hit of each of the first {@code limit} stories, each with the ids of the other
   * articles of its story that {@code filtered} matches. The ranking of {@code top} is read story
   * by story; when it ends before {@code limit} stories while more articles match, the search is
   * run again for four times as many (without counting facets: they are counted).
   */
  private List<Hit> collapsedHits(
      Query query,
      Query filtered,
      Sort newestFirst,
      TopDocs top,
      int fetched,
      int limit,
      RevueQueryParser parser)
      throws IOException {
    Stories stories = stories();
    ScoreDoc[] ranked = top.scoreDocs;
    List<ScoreDoc> leaders = leaders(stories, ranked, limit);
    while (leaders.size() < limit && ranked.length >= fetched && fetched < top.totalHits.value()) {
      fetched = (int) Math.min(Integer.MAX_VALUE - 16, 4L * fetched);
      ranked =
          (newestFirst != null
                  ? searcher.search(filtered, fetched, newestFirst, true)
                  : searcher.search(filtered, fetched))
              .scoreDocs;
      leaders = leaders(stories, ranked, limit);
    }
    Map<Integer, Integer> rank = new HashMap<>();
    for (int i = 0; i < ranked.length; i++) {
      rank.put(ranked[i].doc, i);
    }
    // the copies beyond the ranked window: whether they match is asked of the query itself
    List<Integer> unranked = new ArrayList<>();
    for (ScoreDoc leader : leaders) {
      for (int d : stories.copies(leader.doc)) {
        if (!rank.containsKey(d)) {
          unranked.add(d);
        }
      }
    }
    Set<Integer> matching = matching(filtered, unranked);
    revue.index.ArticleIds articleIds = new revue.index.ArticleIds(searcher.getIndexReader());
    List<Hit> hits =
        hitReader.hits(
            query, new TopDocs(top.totalHits, leaders.toArray(ScoreDoc[]::new)), limit, parser);
    List<Hit> result = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      List<Integer> similar = new ArrayList<>();
      for (int d : stories.copies(leaders.get(i).doc)) {
        if (rank.containsKey(d) || matching.contains(d)) {
          similar.add(d);
        }
      }
      // ranked copies in rank order, then the others in index order
      similar.sort(java.util.Comparator.comparingInt(d -> rank.getOrDefault(d, Integer.MAX_VALUE)));
      List<String> ids = new ArrayList<>(similar.size());
      for (int d : similar) {
        ids.add(articleIds.of(d));
      }
      result.add(ids.isEmpty() ? hits.get(i) : hits.get(i).withSimilarIds(ids));
    }
    return result;
  }

  /** The first hit of each story in rank order, at most {@code limit}. */
  private static List<ScoreDoc> leaders(Stories stories, ScoreDoc[] ranked, int limit) {
    List<ScoreDoc> leaders = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ScoreDoc sd : ranked) {
      if (leaders.size() == limit) {
        break;
      }
      long key = stories.key(sd.doc);
      if (key == 0 || seen.add(key)) {
        leaders.add(sd);
      }
    }
    return leaders;
  }

  /** Which of the documents the query matches. */
  private Set<Integer> matching(Query query, List<Integer> docs) throws IOException {
    if (docs.isEmpty()) {
      return Set.of();
    }
    List<Integer> sorted = new ArrayList<>(docs);
    Collections.sort(sorted);
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Set<Integer> result = new HashSet<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    DocIdSetIterator it = null;
    for (int doc : sorted) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        while (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(++leafIndex);
        }
        Scorer scorer = weight.scorer(leaf);
        TwoPhaseIterator twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
        it =
            scorer == null
                ? null
                : twoPhase != null
                    ? TwoPhaseIterator.asDocIdSetIterator(twoPhase)
                    : scorer.iterator();
      }
      int target = doc - leaf.docBase;
      if (it != null
          && it.docID() <= target
          && (it.docID() == target || it.advance(target) == target)) {
        result.add(doc);
      }
    }
    return result;
  }

  /**
   * How many articles match the request's query and filters on each publication day; articles
   * without a date are not counted. The request's limits are ignored.
   */
  public SortedMap<LocalDate, Long> dayCounts(SearchRequest request) throws IOException {
    Query query = parse(request).query();
    Query filtered;
    if (state == null) {
      filtered = request.filters().isEmpty() ? query : new MatchNoDocsQuery();
    } else {
      DrillDownQuery drillDown = new DrillDownQuery(ArticleDocuments.facetsConfig(), query);
      addFilters(drillDown, request.filters());
      filtered = drillDown;
    }
    Map<Long, Long> byDay;
    try {
      byDay = searcher.search(filtered, new DayCountsManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLong(e);
    }
    SortedMap<LocalDate, Long> result = new TreeMap<>();
    byDay.forEach((day, n) -> result.put(LocalDate.ofEpochDay(day), n));
    return Collections.unmodifiableSortedMap(result);
  }

  /** Counts matching documents per value of {@link Fields#DATE_DAY}, one map per slice, merged. */
  private static final class DayCountsManager
      implements CollectorManager<DayCounts, Map<Long, Long>> {
    @Override
    public DayCounts newCollector() {
      return new DayCounts();
    }

    @Override
    public Map<Long, Long> reduce(Collection<DayCounts> collectors) {
      Map<Long, Long> all = new HashMap<>();
      for (DayCounts c : collectors) {
        c.counts.forEach((day, n) -> all.merge(day, n, Long::sum));
      }
      return all;
    }
  }

  private static final class DayCounts extends SimpleCollector {
    final Map<Long, Long> counts = new HashMap<>();
    private NumericDocValues days;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      days = DocValues.getNumeric(context.reader(), Fields.DATE_DAY);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (days.advanceExact(doc)) {
        counts.merge(days.longValue(), 1L, Long::sum);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * The article with this id, its stored fields and the spellings its title and body give each of
   * its entities, country names in {@code labels}; empty when no article has the id.
   */
  public Optional<StoredArticle> article(String id, Locale labels) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    List<StoredArticle.Body> bodies = new ArrayList<>();
    StringBuilder allText = new StringBuilder(doc.get(Fields.TITLE));
    // the bodies in the order the article uses their languages (any beyond fr, ar and en share the
    // neutral body), then any other stored body
    List<String> langs = new ArrayList<>(Arrays.asList(doc.getValues(Fields.SEGMENT_LANGS)));
    langs.addAll(Fields.TEXT_LANGS);
    Set<String> seen = new HashSet<>();
    for (String lang : langs) {
      String field = Fields.bodyField(lang);
      String text = doc.get(field);
      if (text != null && seen.add(field)) {
        bodies.add(new StoredArticle.Body(Fields.textLang(lang), text));
        allText.append('\n').append(text);
      }
    }
    String text = allText.toString();
    EntityExtractor entities = lookups.entities();
    Map<String, Set<String>> countrySpellings = spellings(entities.countryMentions(text));
    Map<String, Set<String>> ministerSpellings = spellings(entities.ministerMentions(text));
    List<StoredArticle.Entity> countries = new ArrayList<>();
    for (String code : doc.getValues(Fields.COUNTRY)) {
      countries.add(
          new StoredArticle.Entity(
              code,
              code + " " + lookups.countryName(code, labels),
              List.copyOf(countrySpellings.getOrDefault(code, Set.of()))));
    }
    List<StoredArticle.Entity> ministers = new ArrayList<>();
    for (String name : doc.getValues(Fields.MINISTER)) {
      ministers.add(
          new StoredArticle.Entity(
              name,
              lookups.identities().display(name),
              List.copyOf(ministerSpellings.getOrDefault(name, Set.of()))));
    }
    return Optional.of(
        new StoredArticle(
            doc.get(Fields.ID),
            doc.get(Fields.COLLECTION),
            doc.get(Fields.SOURCE_ID),
            doc.get(Fields.TITLE),
            doc.get(Fields.DATE),
            doc.get(Fields.DATE_SOURCE),
            doc.get(Fields.PUBLISHED),
            doc.get(Fields.LANG),
            doc.get(Fields.SOURCE),
            doc.get(Fields.URL),
            doc.get(Fields.PATH),
            bodies,
            countries,
            ministers));
  }

  private static Map<String, Set<String>> spellings(List<Mention> mentions) {
    Map<String, Set<String>> byValue = new HashMap<>();
    for (Mention m : mentions) {
      byValue.computeIfAbsent(m.value(), k -> new LinkedHashSet<>()).add(m.surface());
    }
    return byValue;
  }

  /**
   * Every article the request matches, whatever its limit: each one's id goes to {@code wanted},
   * and those it accepts come back as hits with snippets, in rank order. No facets. Reading an id
   * costs a stored-field read, a snippet far more: a saved search takes the few articles it has not
   * reported out of the thousands it matches (one of 13,700 matches spent 45 s on snippets).
   */
  public List<Hit> matching(SearchRequest request, Predicate<String> wanted) throws IOException {
    Parsed parsed = parse(request);
    try {
      return matching(request, parsed, wanted);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLong(e);
    }
  }

  private List<Hit> matching(SearchRequest request, Parsed parsed, Predicate<String> wanted)
      throws IOException {
    RevueQueryParser parser = parsed.parser();
    Query query = termLookups.withTermStates(parsed.query());
    DrillDownQuery drillDown = new DrillDownQuery(ArticleDocuments.facetsConfig(), query);
    addFilters(drillDown, request.filters());
    if (state == null && !request.filters().isEmpty()) {
      return List.of(); // no article has a facet value yet: a filter cannot match
    }
    Query all = state == null ? query : drillDown;
    int count = searcher.count(all);
    if (count == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(all, count);
    FixedBitSet matched = new FixedBitSet(searcher.getIndexReader().maxDoc());
    for (ScoreDoc hit : top.scoreDocs) {
      matched.set(hit.doc);
    }
    // the ids from the id field's terms: a pass over the terms is cheaper than a stored-field read
    // per match (19.5 s against 45 s for 13,700 matches, most of it a loaded machine's start-up)
    FixedBitSet accepted = new FixedBitSet(matched.length());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms ids = leaf.reader().terms(Fields.ID);
      if (ids == null) {
        continue;
      }
      TermsEnum terms = ids.iterator();
      PostingsEnum postings = null;
      for (BytesRef id = terms.next(); id != null; id = terms.next()) {
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          // a replaced article's deleted copy has the same id; only live documents match
          if (matched.get(leaf.docBase + doc) && wanted.test(id.utf8ToString())) {
            accepted.set(leaf.docBase + doc);
          }
        }
      }
    }
    ScoreDoc[] shown =
        Arrays.stream(top.scoreDocs).filter(h -> accepted.get(h.doc)).toArray(ScoreDoc[]::new);
    return hitReader.hits(
        query,
        parser.readAsLongQuery() ? hitReader.withoutCommonWords(query) : query,
        top.totalHits,
        shown,
        parser);
  }

  /** A parsed query, the parser that built it (it knows the entities expanded), and the note. */
  private record Parsed(Query query, RevueQueryParser parser, String note) {}

  /**
   * Parses the query as revue's syntax where it is syntax and as words where it cannot be (see
   * {@link PastedQuery}); what the syntax still rejects is searched as plain words. Fails only for
   * what is not a query: nothing to search after analysis, a deliberate field given a value it
   * cannot take, a query too long.
   */
  private Parsed parse(SearchRequest request) {
    return parse(request, false, false);
  }

  /**
   * @param anyWord groups of four words or more need any of their words, not three in four
   * @param asTyped links pasted among the words are searched too ({@link QueryLinks})
   */
  private Parsed parse(SearchRequest request, boolean anyWord, boolean asTyped) {
    String text = request.query();
    if (text.isBlank()) {
      return new Parsed(
          new MatchAllDocsQuery(), newParser(request), "no query: every article under the filters");
    }
    if (text.strip().equals("*")) {
      return new Parsed(new MatchAllDocsQuery(), newParser(request), null);
    }
    if (text.indexOf('&') >= 0) {
      // titles pasted from web pages and feeds carry entities (&quot;): search what they stand for
      text = org.jsoup.parser.Parser.unescapeEntities(text, false);
    }
    // a link pasted among words would be one more word that no article holds
    QueryLinks.Reading links = asTyped ? QueryLinks.asTyped(text) : QueryLinks.withoutLinks(text);
    text = links.query();
    PastedQuery.Reading reading = PastedQuery.read(text, RevueQueryParser::isField);
    RevueQueryParser parser = newParser(request, anyWord);
    Query q;
    String note = links.noteBefore(reading.note());
    try {
      try {
        q = parser.parse(reading.syntax());
      } catch (ParseException e) {
        if (e.getCause() instanceof RevueQueryParser.InvalidValueException
            || e.getCause() instanceof IndexSearcher.TooManyClauses) {
          throw e;
        }
        // what the reading let through and the grammar still rejects: every character as text
        parser = newParser(request, anyWord);
        q = parser.parse(SearchRequest.literal(text));
        note =
            links.noteBefore(
                "read as plain words (not valid query syntax: " + syntaxError(e) + ")");
      }
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
        throw tooLong(tooMany);
      }
      // a value the field cannot take says so itself, without the parser's "Cannot parse '...'"
      String why =
          e.getCause() instanceof RevueQueryParser.InvalidValueException invalid
              ? invalid.getMessage()
              : e.getMessage();
      throw new InvalidInputException("bad query: " + firstLine(why), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLong(e);
    }
    // the grammar makes an empty query of one that analysis emptied
    if (q == null || q instanceof BooleanQuery b && b.clauses().isEmpty()) {
      throw new InvalidInputException(
          "nothing to search for: '" + request.query().strip() + "' holds no words");
    }
    if (parser.onlyStopWords()) {
      // no article is found for words that say nothing: a headline of them still does not fail
      return new Parsed(
          new MatchNoDocsQuery("only stop words"),
          parser,
          "only stop words, nothing searched: add a word that names what you look for");
    }
    return new Parsed(q, parser, note);
  }

  private RevueQueryParser newParser(SearchRequest request) {
    return newParser(request, false);
  }

  private RevueQueryParser newParser(SearchRequest request, boolean anyWord) {
    RevueQueryParser parser = new RevueQueryParser(lookups, analyses, request.expandEntities());
    if (anyWord) {
      parser.anyWord();
    }
    return parser;
  }

  /** The grammar's complaint without the query it quotes (the user has it). */
  private static String syntaxError(ParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return firstLine(String.valueOf(cause.getMessage()));
  }

  private static TopDocs emptyTopDocs() {
    return new TopDocs(
        new org.apache.lucene.search.TotalHits(
            0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
        new ScoreDoc[0]);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /** Adds the filters; returns whether the date filter is narrow enough to count by day. */
  private boolean addFilters(DrillDownQuery drillDown, List<Filter> filters) {
    boolean dayFacet = false;
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    for (Filter f : filters) {
      byDim.computeIfAbsent(f.dimension(), k -> new ArrayList<>()).add(f.value());
    }
    for (var entry : byDim.entrySet()) {
      String dim = entry.getKey();
      if (dim.equals("date")) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        long days = 0;
        for (String value : entry.getValue()) {
          long[] range = dateRange(value);
          days += range[1] - range[0] + 1;
          any.add(
              LongPoint.newRangeQuery(Fields.DATE_DAY, range[0], range[1]),
              BooleanClause.Occur.SHOULD);
        }
        drillDown.add("date", any.build());
        dayFacet = days <= MAX_DAYS_FOR_DAY_FACET;
        continue;
      }
      for (String value : entry.getValue()) {
        if (dim.equals(Fields.MINISTER)) {
          // a person tagged under several spellings: values of one dimension are OR-ed
          for (String tag : lookups.identities().members(resolve(dim, value))) {
            drillDown.add(dim, tag);
          }
        } else if (dim.equals(Fields.COLLECTION) || dim.equals(Fields.SOURCE)) {
          // in any case: the values as indexed that equal it ignoring case, OR-ed
          List<String> held;
          try {
            held = IndexValues.ignoringCase(searcher.getIndexReader(), dim, value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          for (String v : held.isEmpty() ? List.of(value) : held) {
            drillDown.add(dim, v);
          }
        } else {
          drillDown.add(dim, resolve(dim, value));
        }
      }
    }
    return dayFacet;
  }

  private String resolve(String dim, String value) {
    return switch (dim) {
      case "country" -> {
        if (value.length() == 2 && value.chars().allMatch(Character::isLetter)) {
          yield value.toUpperCase(Locale.ROOT);
        }
        yield lookups
            .countryForQuery(value)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "unknown country '" + value + "' in filter (use an ISO code such as NE)"));
      }
      case "minister" -> lookups.ministerForQuery(value).orElse(value);
      default -> value;
    };
  }

  /**
   * The days of a {@code date:} value of the query syntax, as {@link #dateRange} reads a filter's:
   * null when the value does not start with a digit (pasted text such as "date: demain" stays
   * words).
   *
   * @throws InvalidInputException for a value that starts with a digit and is no date or range
   */
  public static long[] queryDateRange(String value) {
    if (!meantAsDate(value)) {
      return null;
    }
    try {
      return dateRange(value);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "bad date 'date:"
              + value
              + "' (use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or date:FROM..TO)",
          e);
    }
  }

  /**
   * Whether a {@code date:} value of the query syntax is meant as a date (it starts with a digit or
   * with {@code ..}), so that {@link #queryDateRange} reads it rather than leaving it words.
   */
  public static boolean meantAsDate(String value) {
    return !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.startsWith(".."));
  }

  /** Parses YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO (either end may be omitted) to epoch days. */
  public static long[] dateRange(String value) {
    int dots = value.indexOf("..");
    try {
      if (dots >= 0) {
        String from = value.substring(0, dots).strip();
        String to = value.substring(dots + 2).strip();
        long start = from.isEmpty() ? Long.MIN_VALUE : dateRange(from)[0];
        long end = to.isEmpty() ? Long.MAX_VALUE : dateRange(to)[1];
        if (start > end) {
          throw new InvalidInputException("date range '" + value + "' ends before it starts");
        }
        return new long[] {start, end};
      }
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return new long[] {
          LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()
        };
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return new long[] {month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()};
      }
      long day = LocalDate.parse(value).toEpochDay();
      return new long[] {day, day};
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "bad date '" + value + "' in filter (use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)", e);
    }
  }

  private List<FacetCounts> facets(
      CollectingDrillSideways sideways, SearchRequest request, boolean dayFacet)
      throws IOException {
    if (request.facetLimit() == 0 || sideways == null) {
      return List.of();
    }
    List<FacetCounts> result = new ArrayList<>();
    // counting visits every dimension of the matching documents at once: count each collector
    // (the main one, one per filtered dimension) once, not once per dimension read from it
    Map<FacetsCollector, OrdinalCounts> counted = new IdentityHashMap<>();
    SortedSetDocValues globalValues = state.getDocValues();
    for (String dim : FACET_DIMENSIONS) {
      FacetsCollector collector = sideways.collectorFor(dim);
      String indexDim =
          dim.equals("date") ? (dayFacet ? Fields.FACET_DAY : Fields.FACET_MONTH) : dim;
      result.add(count(counted, globalValues, collector, dim, indexDim, request));
    }
    return result;
  }

  private FacetCounts count(
      Map<FacetsCollector, OrdinalCounts> counted,
      SortedSetDocValues globalValues,
      FacetsCollector collector,
      String dim,
      String indexDim,
      SearchRequest request)
      throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(indexDim);
    if (range == null) {
      return new FacetCounts(dim, List.of(), 0, 0);
    }
    OrdinalCounts counts = counted.get(collector);
    if (counts == null) {
      counts = OrdinalCounts.count(state, globalValues, ordinalLabels(), collector);
      counts.uncount(collector, ministerDoubles());
      counted.put(collector, counts);
    }
    FacetsConfig.DimConfig config = ArticleDocuments.facetsConfig().getDimConfig(indexDim);
    // a dimension counted per document has the dimension itself as its first ordinal
    int first = config.multiValued && config.requireDimCount ? range.start() + 1 : range.start();
    if (dim.equals(Fields.MINISTER)) {
      return ministerCounts(counts.top(first, range.end(), false, Integer.MAX_VALUE), request);
    }
    OrdinalCounts.Top top =
        counts.top(first, range.end(), dim.equals("date"), request.facetLimit());
    List<FacetCounts.Value> values = new ArrayList<>(top.values().size());
    for (OrdinalCounts.Value v : top.values()) {
      values.add(new FacetCounts.Value(v.label(), label(dim, v.label(), request), v.count()));
    }
    return new FacetCounts(dim, values, top.otherValues(), top.otherCount());
  }

  /**
   * The minister counts, each person once under the name their identity shows (see {@link
   * MinisterIdentities}): the spellings of one person are summed, as an article tags a person under
   * one of them.
   */
  private FacetCounts ministerCounts(OrdinalCounts.Top all, SearchRequest request) {
    MinisterIdentities identities = lookups.identities();
    Map<String, Integer> merged = new HashMap<>();
    for (OrdinalCounts.Value v : all.values()) {
      merged.merge(identities.display(v.label()), v.count(), Integer::sum);
    }
    java.util.Comparator<Map.Entry<String, Integer>> order =
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());
    int shown = Math.min(request.facetLimit(), merged.size());
    // the shown ones by a heap of the best (its worst on top), not a sort of every person counted
    java.util.PriorityQueue<Map.Entry<String, Integer>> best =
        new java.util.PriorityQueue<>(Math.max(1, shown), order.reversed());
    long total = 0;
    for (Map.Entry<String, Integer> e : merged.entrySet()) {
      total += e.getValue();
      if (shown == 0) {
        continue;
      }
      if (best.size() < shown) {
        best.add(e);
      } else if (order.compare(e, best.peek()) < 0) {
        best.poll();
        best.add(e);
      }
    }
    List<Map.Entry<String, Integer>> top = new ArrayList<>(best);
    top.sort(order);
    List<FacetCounts.Value> values = new ArrayList<>(shown);
    long otherCount = total;
    for (Map.Entry<String, Integer> e : top) {
      values.add(new FacetCounts.Value(e.getKey(), e.getKey(), e.getValue()));
      otherCount -= e.getValue();
    }
    return new FacetCounts(Fields.MINISTER, values, merged.size() - shown, otherCount);
  }

  /**
   * The articles that tag one person under two spellings or more of their identity (see {@link
   * MinisterIdentities}: an Arabic article writes the gazetteer's إدوار فيليب and, further on, the
   * slip ادور فيليب), each as {global doc id, facet ordinal of each spelling but the first}, in doc
   * id order: their counts are taken back, so that a person's count is of articles. A handful in
   * 130k articles; found once per searcher from the minister postings.
   */
  private int[][] ministerDoubles() throws IOException {
    int[][] doubles = ministerDoubles;
    if (doubles == null) {
      synchronized (this) {
        if (ministerDoubles == null) {
          ministerDoubles = doublyTagged(state.getDocValues(), lookups.identities());
        }
        doubles = ministerDoubles;
      }
    }
    return doubles;
  }

  private int[][] doublyTagged(SortedSetDocValues values, MinisterIdentities identities)
      throws IOException {
    List<int[]> found = new ArrayList<>();
    for (List<String> tags : identities.groups()) {
      // doc -> the facet ordinals of the spellings it holds
      Map<Integer, List<Integer>> held = new HashMap<>();
      for (String tag : tags) {
        long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(Fields.MINISTER, tag)));
        if (ord < 0) {
          continue;
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Terms terms = leaf.reader().terms(Fields.MINISTER);
          TermsEnum te = terms == null ? null : terms.iterator();
          if (te == null || !te.seekExact(new BytesRef(tag))) {
            continue;
          }
          PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            held.computeIfAbsent(leaf.docBase + doc, d -> new ArrayList<>()).add((int) ord);
          }
        }
      }
      held.forEach(
          (doc, ords) -> {
            if (ords.size() > 1) {
              int[] entry = new int[ords.size()];
              entry[0] = doc;
              List<Integer> sorted = ords.stream().sorted().toList();
              for (int i = 1; i < sorted.size(); i++) {
                entry[i] = sorted.get(i);
              }
              found.add(entry);
            }
          });
    }
    found.sort(java.util.Comparator.comparingInt(e -> e[0]));
    return found.toArray(int[][]::new);
  }

  /**
   * The labels of the facet ordinals met so far; made at the first count (the state may be
   * loading).
   */
  private AtomicReferenceArray<String> ordinalLabels() {
    AtomicReferenceArray<String> labels = ordinalLabels;
    if (labels == null) {
      synchronized (this) {
        if (ordinalLabels == null) {
          ordinalLabels = OrdinalCounts.labelMemory(state);
        }
        labels = ordinalLabels;
      }
    }
    return labels;
  }

  private String label(String dim, String value, SearchRequest request) {
    if (dim.equals("country")) {
      return value + " " + lookups.countryName(value, request.uiLanguage());
    }
    return value;
  }

  /** Drill sideways that keeps the collectors, so counts can be taken per dimension afterwards. */
  private static final class CollectingDrillSideways extends DrillSideways {
    private final Map<String, FacetsCollector> collectors = new HashMap<>();
    private FacetsCollector drillDowns;

    CollectingDrillSideways(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
      super(searcher, ArticleDocuments.facetsConfig(), state);
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
      this.drillDowns = drillDowns;
      if (drillSideways != null) {
        for (int i = 0; i < dims.length; i++) {
          collectors.put(dims[i], drillSideways[i]);
        }
      }
      return null;
    }

    FacetsCollector collectorFor(String dim) {
      return collectors.getOrDefault(dim, drillDowns);
    }
  }
}
