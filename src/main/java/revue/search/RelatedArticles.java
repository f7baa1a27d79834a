package revue.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.SmallFloat;
import revue.InvalidInputException;
import revue.Related;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

/**
 * The articles most like one article, from two sources of evidence added together:
 *
 * <ul>
 *   <li>its own terms: those that weigh most in its body fields by tf-idf, each field analysed as
 *       it was indexed (the stored text is analysed again, so no term vectors are needed), queried
 *       with those weights, as Lucene's MoreLikeThis picks and queries them ({@code telling}), with
 *       one difference that MoreLikeThis has no setting for: a term is too common when it is in a
 *       tenth of the articles of its own language, not of all the articles.
 *   <li>what revue knows about it: the articles within {@link #WINDOW_DAYS} days of its date that
 *       share one of its ministers or two of its countries. They are the coverage of the same
 *       event, also in another language where no word can be shared. Each shared entity weighs by
 *       its rarity in the index (idf), a minister twice a country, and countries without a minister
 *       count half.
 * </ul>
 *
 * Each part is scaled to at most 1 by what the article shares with itself (its own score against
 * its terms; all its entities), so neither drowns the other.
 *
 * <p>Thread-safe. Public for its parameters, which a search cluster's related articles share.
 */
public final class RelatedArticles {

  /** How far apart in days two articles may be to count as coverage of the same event. */
  public static final int WINDOW_DAYS = 3;

  /** Candidates taken from each part before they are merged. */
  public static final int CANDIDATES = 50;

  /** The telling terms taken from the article. */
  public static final int QUERY_TERMS = 25;

  /** Shared terms a hit's {@code why} lists. */
  public static final int WHY_TERMS = 8;

  /** A shared minister's weight, against a shared country's. */
  public static final float MINISTER_WEIGHT = 2f;

  /** A shared country's weight. */
  public static final float COUNTRY_WEIGHT = 1f;

  /**
   * The share of the article's telling weight another in its language must hold for shared entities
   * to count in full: countries say where, not what (two articles naming the United States and
   * Saudi Arabia on the same day are rarely the same story), so they add to shared words in
   * proportion to them, and alone relate nothing; a minister shared within one language counts from
   * there on (see {@link #score}).
   */
  public static final float ENTITIES_NEED_TERMS = 0.2f;

  /**
   * A telling term of the article's title weighs this many times its weight in the body: the title
   * says what the article is about, the body also what it mentions on the way.
   */
  public static final float TITLE_BOOST = 2f;

  /**
   * The least relatedness listed: a candidate below it holds about a third of the article's telling
   * weight or less, with no shared event to make up for it, and is loosely related at best; an
   * article with no closer coverage gets fewer related articles, or none, rather than padding
   * (Elasticsearch's more_like_this asks by default that 30% of its terms match; 0.3 and 0.4 were
   * measured, docs/relevance.md).
   */
  public static final float MIN_SCORE = 0.35f;

  /**
   * A word is specific to a story when at most this share of the articles of its language hold it
   * (one in 500; see {@link #rareDocFreq}): a name, a place, a rare thing. The coverage of one
   * story shares one such word or a minister; articles that share only words of a subject (gold,
   * exploration, car sales, a dividend's "qtly", "record", "pay") are the same kind of news, and
   * are listed only from {@link #MIN_SCORE_COMMON_WORDS} on.
   */
  public static final double RARE_SHARE = 0.002;

  /**
   * The least relatedness listed for an article that shares no specific word and no minister with
   * the article: half its telling weight.
   */
  public static final float MIN_SCORE_COMMON_WORDS = 0.5f;

  /**
   * The shortest telling term: a one-letter term is a clitic or an initial an analyzer left (the
   * Arabic preposition ل, a bare "h"), not a subject.
   */
  public static final int MIN_WORD_LEN = 2;

  private static final Set<String> STORED =
      Set.of(Fields.ID, Fields.LANG, Fields.DATE, Fields.COUNTRY, Fields.MINISTER, Fields.TITLE);

  /** The stop words of the three languages, as their analyzers leave them. */
  public static final Set<String> STOP_WORDS = stopWords();

  private static Set<String> stopWords() {
    Set<String> words = new java.util.HashSet<>();
    for (var set :
        List.of(
            org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(),
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet())) {
      for (Object w : set) {
        words.add(w instanceof char[] c ? new String(c) : w.toString());
      }
    }
    return Set.copyOf(words);
  }

  private final IndexSearcher searcher;
  private final IntToLongFunction storyKey;

  /**
   * @param storyKey a document's story key, 0 when it is alone in its story: related articles of
   *     one story are listed once
   */
  RelatedArticles(IndexSearcher searcher, IntToLongFunction storyKey) {
    this.searcher = searcher;
    this.storyKey = storyKey;
  }

  /** One candidate's evidence. */
  record Candidate(int doc, float score, Related.Why why) {}

  /**
   * What {@link #find} found: the candidates in rank order, and the query whose terms they share.
   */
  record Found(List<Candidate> candidates, Query termQuery) {}

  /**
   * The related articles of the article with this id.
   *
   * @throws InvalidInputException when no article has the id
   */
  Found find(String id, int limit, Set<Integer> excluded) throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (self.scoreDocs.length == 0) {
      throw new InvalidInputException("no article with id '" + id + "'");
    }
    int docId = self.scoreDocs[0].doc;
    Document doc = searcher.storedFields().document(docId, STORED);
    List<String> countries = Arrays.asList(doc.getValues(Fields.COUNTRY));
    List<String> ministers = Arrays.asList(doc.getValues(Fields.MINISTER));
    String date = doc.get(Fields.DATE);
    String lang = doc.get(Fields.LANG);
    String title = doc.get(Fields.TITLE);

    Telling telling = termsOf(docId, title, lang);
    List<WeightedTerm> terms = titled(telling.terms(), title);
    Query termQuery = termQuery(terms);
    // doc -> its share of the article's telling weight; the entity evidence is read from its why
    Map<Integer, Float> scores = new HashMap<>();
    TopDocs byTerms = searcher.search(termQuery, CANDIDATES + 1 + excluded.size());
    // scaled by the article's own score against its terms: the share of its telling weight another
    // article holds, not its rank among the candidates (the best of a few loosely related
    // articles is still loosely related); its own score is that of the text its terms came from,
    // which holds its title when the body was short (the indexed body does not)
    float full = selfScore(terms, telling.analysed());
    for (ScoreDoc sd : byTerms.scoreDocs) {
      if (sd.doc != docId && !excluded.contains(sd.doc) && full > 0) {
        scores.put(sd.doc, Math.min(1f, sd.score / full));
      }
    }
    Query entityQuery = entityQuery(countries, ministers, date);
    if (entityQuery != null) {
      // of the many articles in the window that share them, those that also share words first
      entityQuery =
          new BooleanQuery.Builder()
              .add(entityQuery, BooleanClause.Occur.MUST)
              .add(termQuery, BooleanClause.Occur.SHOULD)
              .build();
      TopDocs byEntities = searcher.search(entityQuery, CANDIDATES + 1 + excluded.size());
      for (ScoreDoc sd : byEntities.scoreDocs) {
        if (sd.doc != docId && !excluded.contains(sd.doc)) {
          // it shares the event (see sharesEvent below); below the term candidates, what it
          // shares in words counts for nothing
          scores.putIfAbsent(sd.doc, 0f);
        }
      }
    }

    Set<Term> rare = rare(terms);
    List<Candidate> candidates = new ArrayList<>();
    for (var e : scores.entrySet()) {
      Document other = searcher.storedFields().document(e.getKey(), STORED);
      Related.Why why =
          why(e.getKey(), terms, telling.analysed().surfaces(), countries, ministers, date, other);
      float entityPart = 0;
      boolean sharedMinister = sharedMinister(why);
      if (sharesEvent(why)) {
        // the share of the smaller article's entity weight that both name (a short wire item
        // naming three of a long report's ten entities is wholly about the same people), each
        // entity weighed by its rarity: in a Tunisian feed, Tunisia shared says little
        float smaller =
            Math.min(
                weight(ministers, countries),
                weight(
                    Arrays.asList(other.getValues(Fields.MINISTER)),
                    Arrays.asList(other.getValues(Fields.COUNTRY))));
        entityPart = entityPart(sharedWeight(why), smaller, sharedMinister, why.daysApart());
      }
      float score =
          score(
              e.getValue(),
              entityPart,
              sharedMinister,
              !Objects.equals(lang, other.get(Fields.LANG)));
      if (listed(score, sharedMinister, holdsAny(e.getKey(), rare))) {
        candidates.add(new Candidate(e.getKey(), score, why));
      }
    }
    candidates.sort(
        (a, b) ->
            a.score() != b.score()
                ? Float.compare(b.score(), a.score())
                : Integer.compare(a.doc(), b.doc()));
    // one story, one related article: the best-ranked of a story's copies stands for them
    List<Candidate> kept = new ArrayList<>();
    Set<Long> stories = new HashSet<>();
    for (Candidate c : candidates) {
      if (kept.size() == limit) {
        break;
      }
      long key = storyKey.applyAsLong(c.doc());
      if (key == 0 || stories.add(key)) {
        kept.add(c);
      }
    }
    return new Found(kept, termQuery);
  }

  /** Whether two articles name a minister in common. */
  public static boolean sharedMinister(Related.Why why) {
    return why.sharedEntities().stream().anyMatch(x -> x.startsWith(Fields.MINISTER + ":"));
  }

  /**
   * Whether what two articles share is what {@link #entityQuery} looks for: a minister or two
   * countries, within {@link #WINDOW_DAYS} days (a candidate found by its words may be one).
   */
  public static boolean sharesEvent(Related.Why why) {
    if (why.daysApart() == null || why.daysApart() > WINDOW_DAYS) {
      return false;
    }
    long countries =
        why.sharedEntities().stream().filter(x -> x.startsWith(Fields.COUNTRY + ":")).count();
    return countries >= 2 || countries < why.sharedEntities().size();
  }

  /**
   * A candidate's relatedness, either backend's: its share of the article's telling weight (the
   * term part, at most 1) plus the entity part ({@link #entityPart}). A minister shared across
   * languages counts in full: no word can be shared there, and the minister is the evidence. Within
   * one language the coverage of one event shares words as well as people (a prime minister is
   * named in many articles of the same days that share nothing else), so a shared minister counts
   * once the candidate holds {@link #ENTITIES_NEED_TERMS} of the telling weight, and countries
   * count in proportion to it up to there.
   *
   * @param sharedMinister whether the two name a minister in common
   * @param acrossLanguages whether the two are in different languages
   */
  public static float score(
      float termPart, float entityPart, boolean sharedMinister, boolean acrossLanguages) {
    if (sharedMinister) {
      return acrossLanguages || termPart >= ENTITIES_NEED_TERMS ? termPart + entityPart : termPart;
    }
    return termPart + entityPart * Math.min(1f, termPart / ENTITIES_NEED_TERMS);
  }

  private float weight(List<String> ministers, List<String> countries) throws IOException {
    float w = 0;
    for (String m : ministers) {
      w += rarity(Fields.MINISTER, m);
    }
    for (String c : countries) {
      w += rarity(Fields.COUNTRY, c);
    }
    return w;
  }

  private float sharedWeight(Related.Why why) throws IOException {
    float w = 0;
    for (String e : why.sharedEntities()) {
      int colon = e.indexOf(':');
      w += rarity(e.substring(0, colon), e.substring(colon + 1));
    }
    return w;
  }

  /** An entity's weight: its kind's (a minister weighs two countries) times its idf. */
  private float rarity(String field, String value) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    return rarity(
        field.equals(Fields.MINISTER), reader.docFreq(new Term(field, value)), reader.numDocs());
  }

  private record WeightedTerm(Term term, float weight) {}

  /**
   * The article's most telling terms ({@link #telling}) in its body, heaviest first; when the body
   * is too short to give {@link #QUERY_TERMS} of them, over its body and its title (read as a
   * paragraph of the article's language): a short item's body may be a line, a caption or nothing,
   * and its subject only in its title. A full body says what its title says, and more.
   */
  private Telling termsOf(int docId, String title, String articleLang) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<String> bodies = new ArrayList<>();
    for (String lang : Fields.TEXT_LANGS) {
      bodies.add(Fields.bodyField(lang));
    }
    Document stored = searcher.storedFields().document(docId, Set.copyOf(bodies));
    Map<String, List<String>> text = new HashMap<>();
    for (String field : bodies) {
      for (String value : stored.getValues(field)) {
        text.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
      }
    }
    Analysed analysed = analyse(text);
    List<WeightedTerm> terms = telling(reader, analysed);
    if (terms.size() < QUERY_TERMS && title != null && !title.isBlank()) {
      text.computeIfAbsent(
              Fields.bodyField(articleLang == null ? "xx" : articleLang), f -> new ArrayList<>())
          .add(title);
      analysed = analyse(text);
      terms = telling(reader, analysed);
    }
    return new Telling(terms, analysed);
  }

  /** An article's telling terms and the analysis of the text they were read from. */
  private record Telling(List<WeightedTerm> terms, Analysed analysed) {}

  /**
   * A text (body field -> values) analysed once: each field's term frequencies and length (as the
   * index counts it: stacked tokens are not counted), and each term's first surface ({@link
   * #surface}).
   */
  private record Analysed(
      Map<String, Map<String, Integer>> freqs,
      Map<String, Integer> lengths,
      Map<Term, String> surfaces) {}

  private static Analysed analyse(Map<String, List<String>> text) throws IOException {
    Map<String, Map<String, Integer>> freqs = new HashMap<>();
    Map<String, Integer> lengths = new HashMap<>();
    Map<Term, String> surfaces = new HashMap<>();
    for (var e : text.entrySet()) {
      String field = e.getKey();
      Map<String, Integer> f = new HashMap<>();
      int length = 0;
      for (String value : e.getValue()) {
        try (var ts = FieldAnalyzers.perField().tokenStream(field, value)) {
          CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
          OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String word = att.toString();
            f.merge(word, 1, Integer::sum);
            surfaces.putIfAbsent(new Term(field, word), surface(value, offsets, word));
            if (inc.getPositionIncrement() != 0) {
              length++;
            }
          }
          ts.end();
        }
      }
      freqs.put(field, f);
      lengths.put(field, length);
    }
    return new Analysed(freqs, lengths, surfaces);
  }

  /**
   * The score that a document of exactly the analysed text would get against these terms, by the
   * searcher's similarity and this index's statistics: the article's own score when its terms came
   * from its body alone, and with its title when they came from both.
   */
  private float selfScore(List<WeightedTerm> terms, Analysed analysed) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Map<String, Integer>> freqs = analysed.freqs();
    Map<String, Integer> lengths = analysed.lengths();
    float score = 0;
    for (WeightedTerm t : terms) {
      String field = t.term().field();
      int tf = freqs.getOrDefault(field, Map.of()).getOrDefault(t.term().text(), 0);
      CollectionStatistics collection = searcher.collectionStatistics(field);
      int df = reader.docFreq(t.term());
      if (tf == 0 || collection == null || df == 0) {
        continue;
      }
      TermStatistics stats = searcher.termStatistics(t.term(), df, reader.totalTermFreq(t.term()));
      score +=
          searcher
              .getSimilarity()
              .scorer(t.weight(), collection, stats)
              .score(tf, SmallFloat.intToByte4(lengths.get(field)));
    }
    return score;
  }

  /**
   * The {@link #QUERY_TERMS} terms of the analysed text that weigh most by tf times idf, each
   * boosted by its weight over the heaviest's, as MoreLikeThis weighs them; unlike MoreLikeThis, a
   * term in more than a tenth of the articles <em>of its field's language</em> is left out ({@link
   * #maxDocFreq}), not a tenth of all the articles: in an index of many languages, an English word
   * in half the English articles ("shr", "net", "mln" of every earnings table) is in a tenth of all
   * of them, and the routine words shared by a series outweighed its subject.
   */
  private static List<WeightedTerm> telling(IndexReader reader, Analysed analysed)
      throws IOException {
    List<WeightedTerm> scored = new ArrayList<>();
    for (var e : analysed.freqs().entrySet()) {
      String field = e.getKey();
      long docs = reader.getDocCount(field);
      long maxDocFreq = maxDocFreq(docs);
      for (var f : e.getValue().entrySet()) {
        String word = f.getKey();
        if (docs <= 0 || word.length() < MIN_WORD_LEN || STOP_WORDS.contains(word)) {
          continue;
        }
        Term term = new Term(field, word);
        int df = reader.docFreq(term);
        // a term no other article holds relates to nothing
        if (df >= 2 && df <= maxDocFreq) {
          scored.add(new WeightedTerm(term, f.getValue() * idf(df, docs)));
        }
      }
    }
    scored.sort(
        (a, b) ->
            a.weight() != b.weight()
                ? Float.compare(b.weight(), a.weight())
                : a.term().compareTo(b.term()));
    List<WeightedTerm> top = scored.subList(0, Math.min(QUERY_TERMS, scored.size()));
    List<WeightedTerm> boosted = new ArrayList<>(top.size());
    for (WeightedTerm t : top) {
      boosted.add(new WeightedTerm(t.term(), t.weight() / top.get(0).weight()));
    }
    return boosted;
  }

  /**
   * The most articles of a field's language a specific word may be in ({@link #RARE_SHARE} of them;
   * not below ten: a small index has no such statistics).
   */
  public static long rareDocFreq(long articles) {
    return Math.max(10, (long) (articles * RARE_SHARE));
  }

  /**
   * Whether a candidate of this relatedness is listed, either backend's: from {@link #MIN_SCORE} on
   * when it shares a minister or a specific word ({@link #RARE_SHARE}) with the article, from
   * {@link #MIN_SCORE_COMMON_WORDS} on when it shares only words of a subject.
   */
  public static boolean listed(float score, boolean sharedMinister, boolean sharesRareWord) {
    return score >= (sharedMinister || sharesRareWord ? MIN_SCORE : MIN_SCORE_COMMON_WORDS);
  }

  /**
   * The word as the text writes it where a token came from ("Borealis" for the term boreali),
   * lower-cased where the script has cases; the term itself when the offsets do not point at it.
   */
  public static String surface(String text, OffsetAttribute offsets, String term) {
    int start = offsets.startOffset();
    int end = offsets.endOffset();
    if (start < 0 || end > text.length() || start >= end) {
      return term;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A term's idf among the articles that have its field, as Lucene's ClassicSimilarity (and so
   * MoreLikeThis) computes it.
   */
  public static float idf(long docFreq, long docs) {
    return (float) (Math.log((docs + 1) / (double) (docFreq + 1)) + 1.0);
  }

  /** The terms, those of the title weighed {@link #TITLE_BOOST} times, heaviest first. */
  private static List<WeightedTerm> titled(List<WeightedTerm> terms, String title)
      throws IOException {
    if (title == null || title.isBlank()) {
      return terms;
    }
    Set<Term> inTitle = new HashSet<>();
    for (String lang : Fields.TEXT_LANGS) {
      String field = Fields.bodyField(lang);
      try (var ts = FieldAnalyzers.perField().tokenStream(field, title)) {
        CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          inTitle.add(new Term(field, att.toString()));
        }
        ts.end();
      }
    }
    List<WeightedTerm> weighed = new ArrayList<>(terms.size());
    for (WeightedTerm t : terms) {
      weighed.add(
          inTitle.contains(t.term()) ? new WeightedTerm(t.term(), t.weight() * TITLE_BOOST) : t);
    }
    weighed.sort((a, b) -> Float.compare(b.weight(), a.weight()));
    return weighed;
  }

  /**
   * The most articles a telling term may be in: a term in more than a tenth of the articles that
   * have its field tells little (not below ten: a small index has no such statistics).
   */
  public static long maxDocFreq(long articles) {
    return Math.max(10, articles / 10);
  }

  /**
   * The part of the relatedness that entities give: the share of the smaller article's entity
   * weight that both name, halved without a shared minister, then lowered with the days apart.
   *
   * @param shared the weight of the entities both name
   * @param smaller the smaller of the two articles' entity weights
   * @param sharedMinister whether a shared entity is a minister
   * @param daysApart the days between the two, or null when either is undated
   */
  public static float entityPart(
      float shared, float smaller, boolean sharedMinister, Integer daysApart) {
    float part = smaller == 0 ? 0 : Math.min(1f, shared / smaller);
    if (!sharedMinister) {
      part /= 2; // countries without a minister are a weaker sign of the same event
    }
    if (daysApart != null && part > 0) {
      // the nearer in time, the likelier the same event: a day apart keeps 5/6, three days 1/2
      part *= 1f - daysApart / (2f * WINDOW_DAYS);
    }
    return part;
  }

  /** An entity's weight from its document frequency: its kind's weight times its idf. */
  public static float rarity(boolean minister, long docFreq, long articles) {
    float idf = (float) Math.log(1 + (double) articles / Math.max(1, docFreq));
    return (minister ? MINISTER_WEIGHT : COUNTRY_WEIGHT) * idf;
  }

  private static Query termQuery(List<WeightedTerm> terms) {
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no telling terms");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (WeightedTerm t : terms) {
      b.add(new BoostQuery(new TermQuery(t.term()), t.weight()), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Articles within the window that share a minister or two countries, scored by what they share (a
   * minister weighs two countries); null when the article is undated or names no entity.
   */
  static Query entityQuery(List<String> countries, List<String> ministers, String date) {
    if (date == null || (ministers.isEmpty() && countries.size() < 2)) {
      return null;
    }
    long day = LocalDate.parse(date).toEpochDay();
    BooleanQuery.Builder shared = new BooleanQuery.Builder();
    for (String m : ministers) {
      shared.add(constant(Fields.MINISTER, m, MINISTER_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    if (countries.size() >= 2) {
      BooleanQuery.Builder two = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
      for (String c : countries) {
        two.add(constant(Fields.COUNTRY, c, COUNTRY_WEIGHT), BooleanClause.Occur.SHOULD);
      }
      shared.add(two.build(), BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(shared.build(), BooleanClause.Occur.MUST)
        .add(
            LongPoint.newRangeQuery(Fields.DATE_DAY, day - WINDOW_DAYS, day + WINDOW_DAYS),
            BooleanClause.Occur.FILTER)
        .build();
  }

  private static Query constant(String field, String value, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
  }

  /** The terms that are specific ({@link #rareDocFreq}). */
  private Set<Term> rare(List<WeightedTerm> terms) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Set<Term> rare = new HashSet<>();
    for (WeightedTerm t : terms) {
      if (reader.docFreq(t.term()) <= rareDocFreq(reader.getDocCount(t.term().field()))) {
        rare.add(t.term());
      }
    }
    return rare;
  }

  /** Whether the document holds one of these terms. */
  private boolean holdsAny(int doc, Set<Term> terms) throws IOException {
    for (Term t : terms) {
      if (holds(doc, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the document holds the term. */
  private boolean holds(int doc, Term term) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Terms fieldTerms = leaf.reader().terms(term.field());
    if (fieldTerms == null) {
      return false;
    }
    TermsEnum te = fieldTerms.iterator();
    int local = doc - leaf.docBase;
    return te.seekExact(term.bytes())
        && te.postings(null, PostingsEnum.NONE).advance(local) == local;
  }

  private Related.Why why(
      int other,
      List<WeightedTerm> terms,
      Map<Term, String> surfaces,
      List<String> countries,
      List<String> ministers,
      String date,
      Document otherDoc)
      throws IOException {
    Set<String> stems = new HashSet<>();
    Set<String> sharedTerms = new LinkedHashSet<>();
    for (WeightedTerm t : terms) {
      if (sharedTerms.size() == WHY_TERMS) {
        break;
      }
      if (!stems.contains(t.term().text()) && holds(other, t.term())) {
        stems.add(t.term().text());
        sharedTerms.add(surfaces.getOrDefault(t.term(), t.term().text()));
      }
    }
    return why(
        sharedTerms,
        ministers,
        countries,
        Arrays.asList(otherDoc.getValues(Fields.MINISTER)),
        Arrays.asList(otherDoc.getValues(Fields.COUNTRY)),
        date,
        otherDoc.get(Fields.DATE));
  }

  /**
   * Why an article relates to another, either backend's: the shared terms given, the ministers and
   * countries both name ({@code minister:NAME}, {@code country:CODE}), and the days between their
   * dates (null without both).
   */
  public static Related.Why why(
      Collection<String> sharedTerms,
      List<String> ministers,
      List<String> countries,
      List<String> otherMinisters,
      List<String> otherCountries,
      String date,
      String otherDate) {
    List<String> sharedEntities = new ArrayList<>();
    for (String m : ministers) {
      if (otherMinisters.contains(m)) {
        sharedEntities.add(Fields.MINISTER + ":" + m);
      }
    }
    for (String c : countries) {
      if (otherCountries.contains(c)) {
        sharedEntities.add(Fields.COUNTRY + ":" + c);
      }
    }
    Integer days =
        date == null || otherDate == null
            ? null
            : (int)
                Math.abs(
                    LocalDate.parse(date).toEpochDay() - LocalDate.parse(otherDate).toEpochDay());
    return new Related.Why(List.copyOf(sharedTerms), sharedEntities, days);
  }
}
