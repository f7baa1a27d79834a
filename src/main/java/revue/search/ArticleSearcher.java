package revue.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import revue.InvalidInputException;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

/**
 * Runs a {@link SearchRequest} against one point-in-time view of a Lucene index: query, drill-down
 * and drill-sideways facet counts, snippets.
 *
 * <p>Thread-safe: any number of searches may run at once on one instance.
 */
public final class ArticleSearcher {

  /** Facet dimensions, in the order results show them; "date" is computed from month or day. */
  public static final List<String> FACET_DIMENSIONS =
      List.of("country", "minister", "date", "lang", "collection", "source");

  private static final int MAX_DAYS_FOR_DAY_FACET = 62;
  private static final int SNIPPET_LENGTH = 220;

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final EntityExtractor entities;
  private final UnifiedHighlighter highlighter;

  public ArticleSearcher(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, EntityExtractor entities) {
    this.searcher = searcher;
    this.state = state;
    this.entities = entities;
    this.highlighter =
        UnifiedHighlighter.builder(searcher, FieldAnalyzers.perField())
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(100_000)
            // sentences split at "M." and tweet signatures; passages of about two lines read better
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
            .build();
  }

  public SearchResults search(SearchRequest request) throws IOException {
    RevueQueryParser parser = new RevueQueryParser(entities, request.expandEntities());
    Query query = parse(parser, request.query());
    DrillDownQuery drillDown = new DrillDownQuery(ArticleDocuments.facetsConfig(), query);
    boolean dayFacet = addFilters(drillDown, request.filters());
    List<Filter> filters = request.filters();

    TopDocs top;
    CollectingDrillSideways sideways = null;
    if (state == null) {
      // no article has a facet value yet: nothing to count, and a filter cannot match
      top = filters.isEmpty() ? searcher.search(query, Math.max(1, request.limit())) : emptyTopDocs();
    } else {
      sideways = new CollectingDrillSideways(searcher, state);
      top = sideways.search(drillDown, Math.max(1, request.limit())).hits;
    }
    List<Hit> hits = hits(query, top, request.limit(), parser);
    List<FacetCounts> facets = facets(sideways, request, dayFacet);
    return new SearchResults(top.totalHits.value(), hits, facets);
  }

  private static Query parse(RevueQueryParser parser, String text) {
    if (text.isBlank() || text.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    if (text.indexOf('&') >= 0) {
      // titles pasted from web pages and feeds carry entities (&quot;): search what they stand for
      text = org.jsoup.parser.Parser.unescapeEntities(text, false);
    }
    try {
      Query q = parser.parse(text);
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (ParseException e) {
      throw new InvalidInputException("bad query: " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      if (e.getClass().getSimpleName().equals("TooManyClauses")) {
        throw new InvalidInputException("query too broad: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private static TopDocs emptyTopDocs() {
    return new TopDocs(
        new org.apache.lucene.search.TotalHits(0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
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
          any.add(LongPoint.newRangeQuery(Fields.DATE_DAY, range[0], range[1]), BooleanClause.Occur.SHOULD);
        }
        drillDown.add("date", any.build());
        dayFacet = days <= MAX_DAYS_FOR_DAY_FACET;
        continue;
      }
      for (String value : entry.getValue()) {
        drillDown.add(dim, resolve(dim, value));
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
        yield entities
            .countryForQuery(value)
            .orElseThrow(
                () -> new InvalidInputException("unknown country '" + value + "' in filter (use an ISO code such as NE)"));
      }
      case "minister" -> entities.ministerForQuery(value).orElse(value);
      default -> value;
    };
  }

  /** Parses YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO (either end may be omitted) to epoch days. */
  static long[] dateRange(String value) {
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

  private List<Hit> hits(Query query, TopDocs top, int limit, RevueQueryParser parser)
      throws IOException {
    ScoreDoc[] scoreDocs = Arrays.copyOf(top.scoreDocs, Math.min(limit, top.scoreDocs.length));
    if (scoreDocs.length == 0) {
      return List.of();
    }
    TopDocs shown = new TopDocs(top.totalHits, scoreDocs);
    String[] bodyFields = Fields.TEXT_LANGS.stream().map(Fields::bodyField).toArray(String[]::new);
    int[] passages = new int[bodyFields.length];
    Arrays.fill(passages, 1);
    Map<String, String[]> snippets = highlighter.highlightFields(bodyFields, query, shown, passages);
    var storedFields = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(scoreDocs.length);
    for (int i = 0; i < scoreDocs.length; i++) {
      Document doc = storedFields.document(scoreDocs[i].doc);
      List<String> countries = Arrays.asList(doc.getValues(Fields.COUNTRY));
      List<String> ministers = Arrays.asList(doc.getValues(Fields.MINISTER));
      List<String> matched = new ArrayList<>();
      for (String entity : parser.expandedEntities()) {
        int colon = entity.indexOf(':');
        String field = entity.substring(0, colon);
        String value = entity.substring(colon + 1);
        if ((field.equals(Fields.COUNTRY) ? countries : ministers).contains(value)) {
          matched.add(entity);
        }
      }
      hits.add(
          new Hit(
              doc.get(Fields.ID),
              doc.get(Fields.COLLECTION),
              doc.get(Fields.SOURCE_ID),
              doc.get(Fields.TITLE),
              doc.get(Fields.DATE),
              doc.get(Fields.LANG),
              doc.get(Fields.SOURCE),
              countries,
              ministers,
              doc.get(Fields.URL),
              doc.get(Fields.PATH),
              scoreDocs[i].score,
              bestSnippet(snippets, bodyFields, i, doc.get(Fields.LANG)),
              matched));
    }
    return hits;
  }

  /** The passage with the most highlighted terms; else the opening of the main-language body. */
  private static String bestSnippet(
      Map<String, String[]> snippets, String[] fields, int i, String lang) {
    String best = null;
    int bestMarks = 0;
    String fallback = null;
    for (String field : fields) {
      String s = snippets.get(field)[i];
      if (s == null) {
        continue;
      }
      int marks = countMarks(s);
      if (marks > bestMarks) {
        best = s;
        bestMarks = marks;
      }
      if (fallback == null || field.equals(Fields.bodyField(lang))) {
        fallback = s;
      }
    }
    return best != null ? best : fallback == null ? "" : fallback;
  }

  private static int countMarks(String s) {
    int n = 0;
    for (int at = s.indexOf("<b>"); at >= 0; at = s.indexOf("<b>", at + 3)) {
      n++;
    }
    return n;
  }

  private List<FacetCounts> facets(
      CollectingDrillSideways sideways, SearchRequest request, boolean dayFacet)
      throws IOException {
    if (request.facetLimit() == 0 || sideways == null) {
      return List.of();
    }
    List<FacetCounts> result = new ArrayList<>();
    for (String dim : FACET_DIMENSIONS) {
      FacetsCollector collector = sideways.collectorFor(dim);
      String indexDim = dim.equals("date") ? (dayFacet ? Fields.FACET_DAY : Fields.FACET_MONTH) : dim;
      result.add(count(collector, dim, indexDim, request));
    }
    return result;
  }

  private FacetCounts count(
      FacetsCollector collector, String dim, String indexDim, SearchRequest request)
      throws IOException {
    if (state.getOrdRange(indexDim) == null) {
      return new FacetCounts(dim, List.of(), 0, 0);
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
    FacetResult all = facets.getAllChildren(indexDim);
    if (all == null) {
      return new FacetCounts(dim, List.of(), 0, 0);
    }
    List<LabelAndValue> values = new ArrayList<>(Arrays.asList(all.labelValues));
    Comparator<LabelAndValue> order =
        dim.equals("date")
            ? Comparator.comparing((LabelAndValue lv) -> lv.label)
            : Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                .thenComparing(lv -> lv.label);
    values.sort(order);
    int shown = dim.equals("date") ? values.size() : Math.min(request.facetLimit(), values.size());
    List<FacetCounts.Value> top = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      LabelAndValue lv = values.get(i);
      top.add(new FacetCounts.Value(lv.label, label(dim, lv.label, request), lv.value.longValue()));
    }
    long otherCount = 0;
    for (int i = shown; i < values.size(); i++) {
      otherCount += values.get(i).value.longValue();
    }
    return new FacetCounts(dim, top, values.size() - shown, otherCount);
  }

  private String label(String dim, String value, SearchRequest request) {
    if (dim.equals("country")) {
      return value + " " + entities.countryName(value, request.uiLanguage());
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
