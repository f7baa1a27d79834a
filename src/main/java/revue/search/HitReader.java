package revue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import revue.Hit;
import revue.entity.MinisterIdentities;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

/**
 * Reads the hits a search shows: each hit's stored fields (the bodies only those a snippet can be
 * cut from) and its snippet, the passage of its text where the query matches most, marked.
 *
 * <p>Thread-safe: one per searcher; each call makes its own highlighter.
 */
final class HitReader {

  private static final int SNIPPET_LENGTH = 220;

  private final IndexSearcher searcher;
  private final EntityLookups lookups;
  private final UnifiedHighlighter.Builder highlighting;

  /** Finds where the query matches a hit, for its snippets; see {@link SnippetHighlighter}. */
  private final IndexSearcher matchSearcher;

  private final FieldInfos fieldInfos;

  HitReader(IndexSearcher searcher, EntityLookups lookups) {
    this.searcher = searcher;
    this.lookups = lookups;
    this.matchSearcher = new IndexSearcher(searcher.getIndexReader());
    matchSearcher.setQueryCache(null);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
    this.highlighting =
        UnifiedHighlighter.builder(searcher, FieldAnalyzers.perField())
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(100_000)
            .withScorer(new LinearPassageScorer())
            // sentences split at "M." and tweet signatures; passages of about two lines read better
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreakIterator(), SNIPPET_LENGTH, 0.5f));
  }

  /**
   * The shown hits, with their stored fields and snippets. A searcher that spreads its searches
   * ({@link SearchThreads}) spreads this part too, one run of consecutive hits per slice: loading
   * and highlighting a hit reads its stored document and its postings, and does not depend on the
   * other hits, while the search threads sit idle once the matches are counted: spreading them made
   * spread searches of a large index faster, and a search that is not spread does not spread its
   * hits either, since on a smaller index that made searches slower (figures: docs/benchmarks.md,
   * "What changes bought, measured apart").
   */
  List<Hit> hits(Query query, TopDocs top, int limit, RevueQueryParser parser) throws IOException {
    ScoreDoc[] scoreDocs = Arrays.copyOf(top.scoreDocs, Math.min(limit, top.scoreDocs.length));
    int parts = Math.min(searcher.getSlices().length, scoreDocs.length);
    Query marked = parser.readAsLongQuery() ? withoutCommonWords(query) : query;
    if (parts <= 1) {
      return hits(query, marked, top.totalHits, scoreDocs, parser);
    }
    List<Callable<List<Hit>>> tasks = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      ScoreDoc[] part =
          Arrays.copyOfRange(
              scoreDocs, p * scoreDocs.length / parts, (p + 1) * scoreDocs.length / parts);
      tasks.add(() -> hits(query, marked, top.totalHits, part, parser));
    }
    List<Hit> hits = new ArrayList<>(scoreDocs.length);
    searcher.getTaskExecutor().invokeAll(tasks).forEach(hits::addAll);
    return hits;
  }

  /**
   * A long query as its snippets mark it: without the words that more than half of the articles
   * written in their language hold ("a", "est" and "son" in French, "said" in English: words that
   * the language's stop list keeps, since each is also a noun or a name). They rank next to nothing
   * and, marked, would bold every other line of a snippet.
   */
  Query withoutCommonWords(Query query) throws IOException {
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    IndexReader reader = searcher.getIndexReader();
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    boolean dropped = false;
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() == BooleanClause.Occur.SHOULD && isCommon(reader, clause.query())) {
        dropped = true;
      } else {
        kept.add(clause);
      }
    }
    return dropped ? kept.build() : query;
  }

  /**
   * The fewest articles of a language for a word's share of them to tell a word of the language
   * from a word of the topic: in the bundled corpus's seven French articles, "ministre" is in most.
   */
  private static final int COMMON_WORD_MIN_ARTICLES = 1_000;

  /**
   * Whether each of a word's terms in a body field is in more than half of that field's articles,
   * of {@link #COMMON_WORD_MIN_ARTICLES} or more.
   */
  private static boolean isCommon(IndexReader reader, Query word) throws IOException {
    List<Term> terms = new ArrayList<>();
    word.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... ts) {
            terms.addAll(Arrays.asList(ts));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    boolean inBody = false;
    for (Term term : terms) {
      if (!ALL_BODY_FIELDS.contains(term.field())) {
        continue;
      }
      inBody = true;
      int articles = reader.getDocCount(term.field());
      if (articles < COMMON_WORD_MIN_ARTICLES || reader.docFreq(term) * 2L <= articles) {
        return false;
      }
    }
    return inBody;
  }

  /** The hits of {@code scoreDocs}, in their order: their stored fields and snippets. */
  List<Hit> hits(
      Query query, Query marked, TotalHits totalHits, ScoreDoc[] scoreDocs, RevueQueryParser parser)
      throws IOException {
    if (scoreDocs.length == 0) {
      return List.of();
    }
    TopDocs shown = new TopDocs(totalHits, scoreDocs);
    var storedFields = searcher.storedFields();
    Document[] docs = new Document[scoreDocs.length];
    Map<Integer, Document> byDocId = new HashMap<>();
    Set<String> queryFields = fieldsWithTerms(query);
    for (int i = 0; i < scoreDocs.length; i++) {
      // the bodies too: the snippets are cut from them, and a document is decompressed per read
      HitFieldsVisitor visitor = new HitFieldsVisitor(queryFields);
      storedFields.document(scoreDocs[i].doc, visitor);
      docs[i] = visitor.getDocument();
      byDocId.put(scoreDocs[i].doc, docs[i]);
    }
    SnippetHighlighter highlighter =
        new SnippetHighlighter(highlighting, matchSearcher, fieldInfos, byDocId);
    String[] bodyFields = snippetFields(queryFields, docs);
    Map<String, String[]> snippets = highlight(highlighter, bodyFields, marked, shown);
    List<Hit> hits = new ArrayList<>(scoreDocs.length);
    for (int i = 0; i < scoreDocs.length; i++) {
      Document doc = docs[i];
      List<String> countries = Arrays.asList(doc.getValues(Fields.COUNTRY));
      List<String> ministers = shownMinisters(doc.getValues(Fields.MINISTER));
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
              snippet(
                  highlighter, snippets, bodyFields, marked, scoreDocs[i], i, doc.get(Fields.LANG)),
              matched));
    }
    return hits;
  }

  /**
   * The body fields worth highlighting: those the query has terms in (only they can show a match)
   * and the main-language bodies of the hits (the opening passage when nothing matches), in the
   * order of {@link Fields#TEXT_LANGS}. Each field highlighted costs a pass over the hits' stored
   * text, so the other bodies are skipped.
   */
  private static String[] snippetFields(Set<String> queryFields, Document[] docs) {
    Set<String> wanted = new HashSet<>(queryFields);
    for (Document doc : docs) {
      wanted.add(Fields.bodyField(doc.get(Fields.LANG)));
    }
    List<String> fields = new ArrayList<>();
    for (String field : ALL_BODY_FIELDS) {
      if (wanted.contains(field)) {
        fields.add(field);
      }
    }
    return fields.toArray(String[]::new);
  }

  /**
   * Reads a hit's shown fields and, of its bodies, those a snippet can be cut from (see {@link
   * #snippetFields}): the bodies the query has terms in, and the body of the article's own
   * language, known by then since the language is stored before the bodies. The other bodies are
   * skipped rather than decoded.
   */
  private static final class HitFieldsVisitor
      extends org.apache.lucene.document.DocumentStoredFieldVisitor {
    private final Set<String> queryFields;
    private String ownBody;

    HitFieldsVisitor(Set<String> queryFields) {
      this.queryFields = queryFields;
    }

    @Override
    public Status needsField(org.apache.lucene.index.FieldInfo field) {
      if (HIT_FIELDS.contains(field.name)) {
        return Status.YES;
      }
      if (ALL_BODY_FIELDS.contains(field.name)) {
        return ownBody == null || ownBody.equals(field.name) || queryFields.contains(field.name)
            ? Status.YES
            : Status.NO;
      }
      return Status.NO;
    }

    @Override
    public void stringField(org.apache.lucene.index.FieldInfo field, String value)
        throws IOException {
      if (field.name.equals(Fields.LANG)) {
        ownBody = Fields.bodyField(value);
      }
      super.stringField(field, value);
    }
  }

  /** The stored fields a hit shows; the bodies only as snippets. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.COLLECTION,
          Fields.SOURCE_ID,
          Fields.TITLE,
          Fields.DATE,
          Fields.LANG,
          Fields.SOURCE,
          Fields.COUNTRY,
          Fields.MINISTER,
          Fields.URL,
          Fields.PATH);

  private static final List<String> ALL_BODY_FIELDS =
      Fields.TEXT_LANGS.stream().map(Fields::bodyField).toList();

  /** The fields the query reads terms from, negated clauses included (a superset is harmless). */
  private static Set<String> fieldsWithTerms(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              fields.add(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            fields.add(field);
          }

          @Override
          public void visitLeaf(Query q) {
            // a query that hides its terms from visitors: highlight every body to stay exact
            if (!(q instanceof MatchAllDocsQuery) && !(q instanceof MatchNoDocsQuery)) {
              fields.addAll(ALL_BODY_FIELDS);
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
  }

  private static Map<String, String[]> highlight(
      SnippetHighlighter highlighter, String[] fields, Query query, TopDocs shown)
      throws IOException {
    int[] passages = new int[fields.length];
    Arrays.fill(passages, 1);
    return highlighter.highlightFields(fields, query, shown, passages);
  }

  /**
   * {@link #bestSnippet} over every body field, as if all four had been highlighted: the skipped
   * ones cannot hold a match, and are highlighted only for the rare hit whose main-language body is
   * empty, where the opening of another body is the fallback.
   */
  private static String snippet(
      SnippetHighlighter highlighter,
      Map<String, String[]> snippets,
      String[] fields,
      Query query,
      ScoreDoc hit,
      int i,
      String lang)
      throws IOException {
    String best = bestSnippet(snippets, fields, i, lang);
    if (countMarks(best) > 0
        || snippets.get(Fields.bodyField(lang))[i] != null
        || fields.length == ALL_BODY_FIELDS.size()) {
      return best;
    }
    String[] all = ALL_BODY_FIELDS.toArray(String[]::new);
    Map<String, String[]> again =
        highlight(
            highlighter,
            all,
            query,
            new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO), new ScoreDoc[] {hit}));
    return bestSnippet(again, all, 0, lang);
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

  /** A hit's ministers as their identities show them, each person once. */
  private List<String> shownMinisters(String[] tags) {
    if (tags.length == 0) {
      return List.of();
    }
    MinisterIdentities identities = lookups.identities();
    java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
    for (String t : tags) {
      shown.add(identities.display(t));
    }
    return List.copyOf(shown);
  }
}
