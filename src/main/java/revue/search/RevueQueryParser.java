package revue.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;
import revue.Filter;
import revue.analysis.ArabicSpelling;
import revue.entity.WholeName;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

/**
 * Parses revue's query syntax (Lucene's classic syntax: words, "phrases", AND/OR/NOT, +/-,
 * wildcards, {@code field:value}) into a query over every language's fields.
 *
 * <p>Each word becomes one concept: the best of its matches in each language's title and body
 * analysis (a disjunction-max, so a French word is not outscored by noise from other languages'
 * analysis), or an article tagged with the country or minister it names. Up to three words are all
 * required, longer queries need three in four; a word that one language drops as a stopword is
 * optional: it ranks the matches of the other words but does not count among them.
 *
 * <p>A query longer than a title (more than {@link #LONG_QUERY_WORDS} words that the query's
 * language does not drop: a pasted paragraph, a summary) is ranked rather than filtered: an article
 * holding a quarter of its distinct words matches ({@link #LONG_QUERY_SHARE}), BM25 weighs the rare
 * ones most, a word the query repeats weighs as many times, the stop words of the query's language
 * are left out, and each word is searched in the title and body of the query's language as one
 * field (and as the entity it names), not in other languages' fields. A summary written apart from
 * its article shares a minority of its words with it; three in four would lose it.
 *
 * <p>Not thread-safe: one parser per query.
 */
final class RevueQueryParser extends QueryParser {

  private static final String DEFAULT_FIELD = "_text";
  private static final float TITLE_BOOST = 2f;

  /**
   * In an index without mention counts, an article tagged with the entity is found at the bottom: a
   * constant below what a text match scores, so tags add recall, not rank.
   */
  private static final float ENTITY_WEIGHT = 0.1f;

  /** BM25's term frequency saturation, as Lucene's {@code BM25Similarity} has it by default. */
  private static final float BM25_K1 = 1.2f;

  private static final float TIE_BREAKER = 0.1f;

  /**
   * Other spellings of an entity weigh less than the form the user typed: an article with the typed
   * word ranks above an equal one that only has a translation of it.
   */
  private static final float EXPANSION_WEIGHT = 0.5f;

  /**
   * The most words a query may have (not counting its language's stop words) and still be read as a
   * title, all or three in four required; see docs/relevance.md for how it was measured.
   */
  static final int LONG_QUERY_WORDS = 8;

  /**
   * A long query word's title weight in BM25F ({@link CombinedFieldQuery}): title and body of the
   * query's language scored as one field, a title's term counting twice; see docs/relevance.md.
   */
  static final int LONG_TITLE_WEIGHT = 2;

  /**
   * The share of a long query's distinct words an article must hold, rounded up: a pasted paragraph
   * is ranked by every word, but an article that holds one or two of twenty is not among its
   * matches, and does not count in the total and the facets. Elasticsearch's more_like_this asks
   * for 30%; on the French summaries 30% loses 0.010 MRR@10 and 25% none, while the matches of a
   * summary fall from about 35,000 articles to about 400-10,000 (docs/relevance.md).
   */
  static final double LONG_QUERY_SHARE = 0.25;

  /**
   * How many of a long query's {@code words} distinct words an article must hold: {@link
   * #LONG_QUERY_SHARE} of them rounded up, or one in the second reading of a text none holds that
   * many of.
   */
  static int leastLongWords(int words, boolean anyWord) {
    return anyWord ? Math.min(1, words) : (int) Math.ceil(LONG_QUERY_SHARE * words);
  }

  private final EntityLookups entities;
  private final WordAnalyses analyses;

  /** The query's text, and the language it is written in, found when the query is long. */
  private String queryText = "";

  private String queryLanguage;

  /** Per word query: the languages whose analysis dropped it. */
  private final java.util.Map<Query, Set<String>> droppedByLanguage = new IdentityHashMap<>();

  private final boolean expandEntities;
  private final Set<Query> optional = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> matchedEntities = new LinkedHashSet<>();

  /** Words and phrases searched as text, and the other clauses (fields, wildcards). */
  private int textWords;

  private boolean readAsLong;

  /** Any of the words instead of three in four: the second reading of a text that matched none. */
  private boolean anyWord;

  /** Whether some group of words was asked for three in four (four words or more). */
  private boolean threeInFour;

  /** Whether a long query asked for more than one of its words ({@link #LONG_QUERY_SHARE}). */
  private boolean askedLongShare;

  private int otherClauses;

  /** The languages whose analysis dropped every word so far. */
  private Set<String> droppedByEveryWord;

  /** QueryParserBase.CONJ_OR, package-private there: the conjunction of an explicit OR. */
  private static final int CONJ_OR_VALUE = 2;

  /** QueryParserBase.MOD_NOT, package-private there: the modifier of {@code -x} and NOT x. */
  private static final int MOD_NOT_VALUE = 10;

  private final Set<List<BooleanClause>> explicitOr =
      Collections.newSetFromMap(new IdentityHashMap<>());

  RevueQueryParser(EntityLookups entities, boolean expandEntities) {
    this(entities, new WordAnalyses(), expandEntities);
  }

  /**
   * @param analyses the analyses of query words, shared by the parsers of many searches
   */
  RevueQueryParser(EntityLookups entities, WordAnalyses analyses, boolean expandEntities) {
    super(DEFAULT_FIELD, FieldAnalyzers.perField());
    this.entities = entities;
    this.analyses = analyses;
    this.expandEntities = expandEntities;
    // Words are OR-ed by the grammar, then getBooleanQuery requires most of them (see there).
    setDefaultOperator(QueryParser.OR_OPERATOR);
    setSplitOnWhitespace(true);
  }

  @Override
  public Query parse(String query) throws ParseException {
    queryText = query;
    wholeName(query);
    return super.parse(query);
  }

  /**
   * The minister discovered in the index's texts whom a query of two to four plain words names as a
   * whole ("Giovanni Tria" for articles that write جيوفاني تريا), and its words: each word then
   * also matches the articles tagged with them, as a gazetteer minister's surname does alone.
   */
  private String nameMinister;

  private Set<String> nameWords = Set.of();

  private void wholeName(String query) {
    nameMinister = null;
    nameWords = Set.of();
    Optional<WholeName> whole = expandEntities ? WholeName.of(query) : Optional.empty();
    if (whole.isEmpty() || entities.entities().ministerForQuery(whole.get().name()).isPresent()) {
      return; // no whole name, or the gazetteer's: its words resolve as they always have
    }
    Optional<String> minister = entities.ministerForQuery(whole.get().name());
    if (minister.isPresent()) {
      nameMinister = minister.get();
      nameWords = whole.get().lowerWords();
    }
  }

  /**
   * Whether the query was longer than a title and so ranked by every word (a pasted paragraph):
   * "did you mean" respells short queries only, since a paragraph that matches nothing is not a
   * typo.
   */
  boolean readAsLongQuery() {
    return readAsLong;
  }

  /**
   * Reads the next query's groups of four words or more as any of their words, ranked by how many
   * of them (and how rare) each article holds, instead of three in four: what a search does with a
   * pasted title or tweet that no article holds three in four of (a handle, a link, a typo or two).
   */
  void anyWord() {
    anyWord = true;
  }

  /** Whether the query asked for three words in four somewhere (see {@link #anyWord}). */
  boolean askedThreeInFour() {
    return threeInFour;
  }

  /**
   * Whether the query was long and asked for a share of its words more than one (see {@link
   * #anyWord}).
   */
  boolean askedLongShare() {
    return askedLongShare;
  }

  /**
   * Whether the query is two words or more that one language drops all of as stop words, and
   * nothing else ("le la les", "of the"): its matches would be an arbitrary handful of articles
   * that have the words as text of another language.
   */
  boolean onlyStopWords() {
    return textWords >= 2
        && otherClauses == 0
        && droppedByEveryWord != null
        && !droppedByEveryWord.isEmpty();
  }

  /**
   * The entities ({@code country:NE}, {@code minister:Name}) the query's words were expanded to.
   */
  Set<String> expandedEntities() {
    return Collections.unmodifiableSet(matchedEntities);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return switch (field) {
      case DEFAULT_FIELD -> concept(textFields(true, true), queryText, quoted, -1, true);
      case "title" -> concept(textFields(true, false), queryText, quoted, -1, false);
      case "body" -> concept(textFields(false, true), queryText, quoted, -1, false);
      case Fields.LANG -> fieldValue(field, queryText, new TermQuery(new Term(field, queryText)));
      // a collection or a source in any case, as a filter takes it (OpenSearch: case_insensitive)
      case Fields.COLLECTION, Fields.SOURCE ->
          fieldValue(
              field,
              queryText,
              new AutomatonQuery(
                  new Term(field, queryText),
                  Operations.determinize(
                      Automata.makeCaseInsensitiveString(queryText),
                      Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)));
      case Fields.COUNTRY ->
          fieldValue(field, queryText, new TermQuery(new Term(field, resolveCountry(queryText))));
      case Fields.MINISTER ->
          fieldValue(
              field, queryText, anyOf(field, tags(Fields.MINISTER, resolveMinister(queryText))));
      case Fields.DATE -> { // date:2018-07, date:2018-01..2018-06, as the filter date=
        long[] days;
        try {
          days = ArticleSearcher.queryDateRange(queryText);
        } catch (revue.InvalidInputException e) {
          throw new InvalidValueException(e.getMessage());
        }
        if (days == null) {
          throw new ParseException("'" + queryText + "' after date: is no date");
        }
        yield fieldValue(
            Fields.DATE, queryText, LongPoint.newRangeQuery(Fields.DATE_DAY, days[0], days[1]));
      }
      // an analyzed field of one language, reached from the phrase-with-slop path of the parser
      default -> {
        if (isTextField(field)) {
          yield other(super.getFieldQuery(field, queryText, quoted));
        }
        throw unknownField(field);
      }
    };
  }

  /** Whether {@code name:} is a field of the syntax; any other word before a colon is text. */
  static boolean isField(String name) {
    return switch (name) {
      case "title",
          "body",
          Fields.DATE,
          Fields.LANG,
          Fields.COLLECTION,
          Fields.SOURCE,
          Fields.COUNTRY,
          Fields.MINISTER ->
          true;
      default ->
          isTextField(name) && Fields.TEXT_LANGS.contains(name.substring(name.indexOf('_') + 1));
    };
  }

  /**
   * A value that deliberate syntax cannot take ({@code country:Narnia}, {@code lang:a*}): the user
   * meant the syntax, so the query fails with this message rather than being read as words.
   */
  static final class InvalidValueException extends ParseException {
    InvalidValueException(String message) {
      super(message);
    }
  }

  private Query other(Query query) {
    otherClauses++;
    return query;
  }

  /** A facet dimension's value the query asks for ({@code lang:fr}), and its query. */
  private record FieldValue(Query query, Filter filter) {}

  private final List<FieldValue> fieldValues = new ArrayList<>();

  /** The queries of field values the query excludes ({@code -lang:fr}, {@code NOT (...)}). */
  private final Set<Query> excluded = Collections.newSetFromMap(new IdentityHashMap<>());

  private Query fieldValue(String field, String value, Query query) {
    fieldValues.add(new FieldValue(query, new Filter(field, value)));
    return other(query);
  }

  /**
   * The values of facet dimensions that the query's syntax asks articles to have ({@code lang:xx},
   * {@code minister:Nobody}), as filters, in the query's order; not those it excludes.
   */
  List<Filter> fieldFilters() {
    List<Filter> filters = new ArrayList<>();
    for (FieldValue v : fieldValues) {
      if (!excluded.contains(v.query())) {
        filters.add(v.filter());
      }
    }
    return filters;
  }

  /** Marks the field values a query holds as excluded. */
  private void exclude(Query q) {
    excluded.add(q);
    if (q instanceof BoostQuery boost) {
      exclude(boost.getQuery());
    } else if (q instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        exclude(clause.query());
      }
    }
  }

  private static boolean isTextField(String field) {
    return field.startsWith("title_") || field.startsWith("body_");
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return switch (field) {
      case DEFAULT_FIELD -> concept(textFields(true, true), queryText, true, slop, true);
      case "title" -> concept(textFields(true, false), queryText, true, slop, false);
      case "body" -> concept(textFields(false, true), queryText, true, slop, false);
      default ->
          isTextField(field)
              ? super.getFieldQuery(field, queryText, slop)
              : getFieldQuery(field, queryText, true);
    };
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    List<Query> perField = new ArrayList<>();
    for (String f : multiTermFields(field)) {
      perField.add(super.getPrefixQuery(f, termStr));
    }
    return other(new DisjunctionMaxQuery(perField, TIE_BREAKER));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    List<Query> perField = new ArrayList<>();
    for (String f : multiTermFields(field)) {
      perField.add(super.getWildcardQuery(f, termStr));
    }
    return other(new DisjunctionMaxQuery(perField, TIE_BREAKER));
  }

  /**
   * A word with {@code ~}: the word as it would be read without it (its analysis in each language,
   * so its stem, and the entity it names), or the words within the edits of it as written; an
   * article holding the word itself ranks first, as the words near it match too ("Bourita~" finds
   * the articles about Nasser Bourita in both scripts before those naming Morita).
   */
  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    List<Query> perField = new ArrayList<>();
    for (String f : multiTermFields(field)) {
      perField.add(super.getFuzzyQuery(f, termStr, minSimilarity));
    }
    Query near = new DisjunctionMaxQuery(perField, TIE_BREAKER);
    Query word = getFieldQuery(field, termStr, false);
    if (word == null) {
      return other(near);
    }
    return other(
        new BooleanQuery.Builder()
            .add(word, BooleanClause.Occur.SHOULD)
            .add(near, BooleanClause.Occur.SHOULD)
            .build());
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported: /" + termStr + "/");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException(
        "range queries are not supported in the query; use --filter date=FROM..TO");
  }

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (conj == CONJ_OR_VALUE) {
      explicitOr.add(clauses);
    }
    if (mods == MOD_NOT_VALUE && q != null) {
      exclude(q);
    }
    super.addClause(clauses, conj, mods, q);
  }

  /**
   * Plain words are all required up to three; from four on, three in four of them (rounded up), so
   * that a long query (a pasted title) still finds its article when one word is a typo or noise.
   * Words a language drops as stopwords are optional and outside that count; an explicit OR keeps
   * plain OR; the same word twice counts once.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    if (clauses.isEmpty()) {
      return null;
    }
    if (!explicitOr.contains(clauses) && isLong(clauses)) {
      readAsLong = true;
      return rankedByEveryWord(clauses);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    List<Query> optionalWords = new ArrayList<>();
    // clauses seen, by query and occurrence (not as BooleanClause, a record: its first hashCode
    // builds method handles at run time, a few milliseconds of a cold search)
    Set<List<Object>> seen = new java.util.HashSet<>();
    int words = 0;
    boolean required = false;
    for (BooleanClause clause : clauses) {
      if (!seen.add(List.of(clause.query(), clause.occur()))) {
        continue;
      }
      BooleanClause.Occur occur = clause.occur();
      boolean isOptional = optional.contains(clause.query());
      if (isOptional
          && (occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.SHOULD)) {
        optionalWords.add(clause.query());
        continue;
      }
      if (occur == BooleanClause.Occur.SHOULD) {
        words++;
      }
      required |= occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER;
      builder.add(clause.query(), occur);
    }
    if (explicitOr.contains(clauses) || words == 0 && !required) {
      // plain OR, or nothing but optional words ("the"): any of them
      optionalWords.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
      return builder.build();
    }
    threeInFour |= words > 3;
    builder.setMinimumNumberShouldMatch(words <= 3 ? words : anyWord ? 1 : words - words / 4);
    if (optionalWords.isEmpty()) {
      return builder.build();
    }
    // Optional words rank the matches of the others but do not count among them: "le Maroc"
    // needs Maroc, not "le" as English or neutral text. Their postings are then read for the
    // matches alone.
    BooleanQuery.Builder ranked =
        new BooleanQuery.Builder().add(builder.build(), BooleanClause.Occur.MUST);
    optionalWords.forEach(q -> ranked.add(q, BooleanClause.Occur.SHOULD));
    return ranked.build();
  }

  /**
   * Whether the clauses hold more plain words than a title, not counting the stop words of the
   * query's language (found here, and only for queries with more words than a title can have).
   */
  private boolean isLong(List<BooleanClause> clauses) {
    int should = 0;
    for (BooleanClause clause : clauses) {
      if (clause.occur() == BooleanClause.Occur.SHOULD
          && droppedByLanguage.containsKey(clause.query())) {
        should++;
      }
    }
    if (should <= LONG_QUERY_WORDS) {
      return false;
    }
    Set<Query> distinct = new java.util.HashSet<>();
    String lang = queryLanguage();
    for (BooleanClause clause : clauses) {
      Set<String> dropped = droppedByLanguage.get(clause.query());
      if (clause.occur() == BooleanClause.Occur.SHOULD
          && dropped != null
          && !dropped.contains(lang)) {
        distinct.add(clause.query());
      }
    }
    return distinct.size() > LONG_QUERY_WORDS;
  }

  private String queryLanguage() {
    if (queryLanguage == null) {
      queryLanguage = revue.analysis.QueryLanguage.of(queryText);
    }
    return queryLanguage;
  }

  /**
   * A long query's words, any of which may match: each weighs as many times as the query has it
   * (BM25's query term frequency), the stop words of the query's language are left out, and
   * required or excluded clauses ({@code +word}, {@code -word}) keep their meaning.
   */
  private Query rankedByEveryWord(List<BooleanClause> clauses) {
    String lang = queryLanguage();
    java.util.Map<Query, Integer> counts = new java.util.LinkedHashMap<>();
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    Set<List<Object>> seen = new java.util.HashSet<>();
    for (BooleanClause clause : clauses) {
      Set<String> dropped = droppedByLanguage.get(clause.query());
      if (clause.occur() == BooleanClause.Occur.SHOULD) {
        if (dropped == null || !dropped.contains(lang)) {
          counts.merge(clause.query(), 1, Integer::sum);
        }
      } else if (seen.add(List.of(clause.query(), clause.occur()))) {
        builder.add(clause);
      }
    }
    int[] words = {0};
    counts.forEach(
        (q, n) -> {
          Query word = inLanguage(q, lang);
          if (word != null) {
            words[0]++;
            builder.add(n == 1 ? word : new BoostQuery(word, n), BooleanClause.Occur.SHOULD);
          }
        });
    int least = leastLongWords(words[0], anyWord);
    builder.setMinimumNumberShouldMatch(least);
    askedLongShare = least > 1;
    return builder.build();
  }

  /**
   * A long query word's query in the title and body of the query's language scored as one field
   * (BM25F, a title occurrence counting {@link #LONG_TITLE_WEIGHT} times), and its entity match:
   * other languages' analyses of the word only add noise (rare in their fields, so weighed high),
   * and a title scored apart (its own idf and length) ranks other articles of the same story above
   * the one a summary describes (see docs/relevance.md). A word the analysis makes several terms of
   * keeps its body query. A query of no known language keeps every field.
   */
  private static Query inLanguage(Query word, String lang) {
    if (!Fields.TEXT_LANGS.contains(lang) || lang.equals("xx")) {
      return word;
    }
    if (word instanceof EntityMatch) {
      return word;
    }
    if (word instanceof DisjunctionMaxQuery dismax) {
      List<Query> kept = new ArrayList<>();
      for (Query d : dismax.getDisjuncts()) {
        Query k = inLanguage(d, lang);
        if (k != null) {
          kept.add(k);
        }
      }
      return kept.isEmpty()
          ? null
          : kept.size() == 1 ? kept.get(0) : new DisjunctionMaxQuery(kept, TIE_BREAKER);
    }
    Set<String> fields = new java.util.HashSet<>();
    word.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return false;
          }
        });
    if (!fields.equals(Set.of(Fields.bodyField(lang)))) {
      return null;
    }
    if (word instanceof TermQuery term) {
      return new CombinedFieldQuery.Builder(term.getTerm().bytes())
          .addField(Fields.titleField(lang), LONG_TITLE_WEIGHT)
          .addField(Fields.bodyField(lang), 1f)
          .build();
    }
    return word;
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private Query concept(
      List<String> fields, String text, boolean quoted, int slop, boolean withEntities)
      throws ParseException {
    List<Query> perField = new ArrayList<>();
    boolean droppedSomewhere = false;
    Set<String> droppedBy = new java.util.HashSet<>();
    SameAnalysis analyzed = new SameAnalysis();
    for (String field : fields) {
      String kind = slop >= 0 ? "~" + slop : quoted ? "\"" : "";
      Query q =
          analyzed.query(
              field,
              f ->
                  analyses.query(
                      f,
                      kind,
                      text,
                      () ->
                          slop >= 0
                              ? super.getFieldQuery(f, text, slop)
                              : super.getFieldQuery(f, text, quoted)));
      if (q == null) {
        droppedSomewhere = true;
        droppedBy.add(field.substring(field.indexOf('_') + 1));
        continue;
      }
      perField.add(field.startsWith("title_") ? new BoostQuery(q, TITLE_BOOST) : q);
    }
    if (withEntities && expandEntities) {
      List<Query> wordQueries = List.copyOf(perField);
      Optional<String> country = entities.countryForQuery(text);
      if (country.isPresent()
          && entities.standsFor(Fields.COUNTRY, country.get(), text, wordQueries)) {
        perField.add(entityMatch(Fields.COUNTRY, country.get(), fields, text));
      }
      Optional<String> minister = entities.ministerForQuery(text);
      if (minister.isPresent()
          && entities.standsFor(Fields.MINISTER, minister.get(), text, wordQueries)) {
        perField.add(entityMatch(Fields.MINISTER, minister.get(), fields, text));
        if (!entities.entities().knowsMinister(minister.get())) {
          discoveredSpellings(minister.get(), fields, text, perField);
        }
      } else if (nameMinister != null && nameWords.contains(text.toLowerCase(Locale.ROOT))) {
        perField.add(entityMatch(Fields.MINISTER, nameMinister, fields, text));
        discoveredSpellings(nameMinister, fields, text, perField);
      } else if (minister.isEmpty()) {
        // a discovered minister's family name alone, as a gazetteer minister's surname
        for (String head : entities.ministersForFamilyName(text, wordQueries)) {
          perField.add(entityMatch(Fields.MINISTER, head, fields, text));
        }
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    Query result =
        perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    if (droppedSomewhere || slop < 0 && !quoted && !hasLetterOrDigit(text)) {
      // a stop word, or an emoji or a symbol of a pasted post ("Macron 🇫🇷 Merkel"): it ranks
      // the matches of the other words, and is not one of them
      optional.add(result);
    }
    textWords++;
    droppedByLanguage.put(result, Set.copyOf(droppedBy));
    if (droppedByEveryWord == null) {
      droppedByEveryWord = droppedBy;
    } else {
      droppedByEveryWord.retainAll(droppedBy);
    }
    return result;
  }

  /**
   * The entity's other spellings searched as text, each in the fields of its script (Arabic forms
   * in Arabic fields, Latin forms in the others): an Arabic article that writes بوريطة then ranks
   * by its own text and its snippet shows the name, for a query typed "Bourita".
   */
  private List<Query> surfaceFormQueries(
      String dimension, String value, List<String> fields, String typed) throws ParseException {
    List<String> forms = new ArrayList<>();
    for (String form : entities.surfaceForms(dimension, value)) {
      if (!form.equalsIgnoreCase(typed)) {
        forms.add(form);
      }
    }
    // the same entity, fields and forms make the same queries: analyzing every spelling in every
    // field was a tenth of parsing an entity query
    String key = dimension + ':' + value + '|' + fields + '|' + forms;
    List<Query> queries = entities.expansion(key);
    if (queries == null) {
      queries = List.copyOf(surfaceFormQueries(forms, fields));
      entities.rememberExpansion(key, queries);
    }
    return queries;
  }

  private List<Query> surfaceFormQueries(List<String> forms, List<String> fields)
      throws ParseException {
    List<Query> queries = new ArrayList<>();
    Set<Query> seen = new java.util.HashSet<>(); // forms that analyze alike count once
    for (String form : forms) {
      boolean arabic = ArabicSpelling.hasArabicScript(form);
      SameAnalysis analyzed = new SameAnalysis();
      for (String field : fields) {
        if (field.endsWith("_ar") != arabic) {
          continue;
        }
        Query q = analyzed.query(field, f -> super.getFieldQuery(f, form, true));
        if (q != null && seen.add(q)) {
          float boost = (field.startsWith("title_") ? TITLE_BOOST : 1f) * EXPANSION_WEIGHT;
          queries.add(new BoostQuery(q, boost));
        }
      }
    }
    return queries;
  }

  /** Builds a field's query of some text; may return null (nothing left after analysis). */
  private interface FieldQuery {
    Query build(String field) throws ParseException;
  }

  /**
   * The queries of one text in several fields, analyzing it once per language: a title and a body
   * field of one language share their analyzer ({@link FieldAnalyzers}), so the body's query is the
   * title's with the field renamed. Analysis per field was most of parsing.
   */
  private static final class SameAnalysis {
    private String lang;
    private Query query;

    Query query(String field, FieldQuery build) throws ParseException {
      String fieldLang = analysisLanguage(field);
      if (fieldLang != null && fieldLang.equals(lang)) {
        if (query == null) {
          return null; // dropped by the language's analysis, as in the other field
        }
        Query renamed = inField(query, field);
        if (renamed != null) {
          return renamed;
        }
      }
      Query built = build.build(field);
      lang = fieldLang;
      query = built;
      return built;
    }

    private static String analysisLanguage(String field) {
      if (field.startsWith("title_")) {
        return field.substring("title_".length());
      }
      return field.startsWith("body_") ? field.substring("body_".length()) : null;
    }

    /**
     * The query the analysis of the same text builds in {@code field}; null for a query kind the
     * query builder makes rarely (synonyms, multi-phrases), which is then analyzed again.
     */
    private static Query inField(Query query, String field) {
      // an if-chain, not a pattern switch: see TermLookups on the cost of a switch's first use
      if (query instanceof TermQuery term) {
        return new TermQuery(new Term(field, term.getTerm().bytes()));
      }
      if (query instanceof PhraseQuery phrase) {
        PhraseQuery.Builder renamed = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        for (int i = 0; i < terms.length; i++) {
          renamed.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        return renamed.build();
      }
      if (query instanceof BooleanQuery bool) {
        BooleanQuery.Builder renamed =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          Query inner = inField(clause.query(), field);
          if (inner == null) {
            return null;
          }
          renamed.add(inner, clause.occur());
        }
        return renamed.build();
      }
      return null;
    }
  }

  /**
   * The articles tagged with the entity, ranked by how much they name it (see {@link EntityMatch}),
   * scored as BM25 scores a term without length normalization: the weight of an other spelling
   * ({@link #EXPANSION_WEIGHT}) times the tag's idf and k1 + 1, saturating in the article's
   * mentions (a title mention counts twice, as a title match does). A tag counts only where the
   * extractor took the word for the entity: a spelling that is also a common word does not bring
   * articles about something else (مالي, Mali, analyzes to مال, "money"). The cost is the articles
   * whose spelling the extractor declined (it takes مالي for Mali only after words such as في or
   * إلى, for that reason).
   *
   * <p>An index written before mention counts ranks as revue did then, until it is rebuilt: the tag
   * required, at a constant below what a text match scores, and the spellings scored beside it
   * (their postings read for every tagged candidate).
   */
  private Query entityMatch(String dimension, String value, List<String> fields, String typed)
      throws ParseException {
    TermQuery head = new TermQuery(new Term(dimension, value));
    List<String> tags = tags(dimension, value);
    Query tag = tags.size() == 1 ? head : anyOf(dimension, tags);
    matchedEntities.add(dimension + ":" + value);
    String mentions = Fields.mentionsField(dimension);
    List<Query> forms = surfaceFormQueries(dimension, value, fields, typed);
    Query spellings =
        forms.isEmpty()
            ? null
            : forms.size() == 1 ? forms.get(0) : new DisjunctionMaxQuery(forms, TIE_BREAKER);
    Query rank;
    if (entities.hasField(mentions)) {
      // FeatureField takes weights up to 64
      float weight = Math.min(64f, EXPANSION_WEIGHT * entities.idf(head.getTerm()) * (BM25_K1 + 1));
      if (tags.size() == 1) {
        rank = FeatureField.newSaturationQuery(mentions, value, weight, BM25_K1);
      } else {
        // one person tagged under several spellings (see MinisterIdentities): an article has one
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : tags) {
          any.add(
              FeatureField.newSaturationQuery(mentions, t, weight, BM25_K1),
              BooleanClause.Occur.SHOULD);
        }
        rank = any.build();
      }
    } else if (spellings == null) {
      rank = new BoostQuery(new ConstantScoreQuery(tag), ENTITY_WEIGHT);
    } else {
      rank =
          new BooleanQuery.Builder()
              .add(
                  new BoostQuery(new ConstantScoreQuery(tag), ENTITY_WEIGHT * TIE_BREAKER),
                  BooleanClause.Occur.MUST)
              .add(spellings, BooleanClause.Occur.SHOULD)
              .build();
    }
    return new EntityMatch(rank, tag, spellings);
  }

  /**
   * A discovered minister's spellings in the index's other articles (see MinisterIdentities),
   * searched as text: revue tags a person it has not seen named with a post in the article (Matteo
   * Salvini as a party leader, before he was a minister), and the gazetteer, which would find them
   * by name alone, does not know them.
   */
  private void discoveredSpellings(
      String minister, List<String> fields, String typed, List<Query> perField)
      throws ParseException {
    // every spelling, the one the identity shows too (an Arabic one when no Latin text names them)
    List<String> spellings = new ArrayList<>();
    for (String tag : entities.identities().members(minister)) {
      if (!tag.equalsIgnoreCase(typed)) {
        spellings.add(tag);
      }
    }
    String key = "discovered:" + minister + '|' + fields + '|' + spellings;
    List<Query> forms = entities.expansion(key);
    if (forms == null) {
      forms = List.copyOf(surfaceFormQueries(spellings, fields));
      entities.rememberExpansion(key, forms);
    }
    if (!forms.isEmpty()) {
      perField.add(forms.size() == 1 ? forms.get(0) : new DisjunctionMaxQuery(forms, TIE_BREAKER));
    }
  }

  /** The tags of an entity: a minister's every spelling in the index, see MinisterIdentities. */
  private List<String> tags(String dimension, String value) {
    return dimension.equals(Fields.MINISTER)
        ? entities.identities().members(value)
        : List.of(value);
  }

  /** Articles tagged with any of the tags. */
  private static Query anyOf(String field, List<String> tags) {
    if (tags.size() == 1) {
      return new TermQuery(new Term(field, tags.get(0)));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : tags) {
      any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private String resolveCountry(String text) throws ParseException {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (upper.length() == 2
        && Character.isLetter(upper.charAt(0))
        && Character.isLetter(upper.charAt(1))) {
      return upper;
    }
    Optional<String> code = entities.countryForQuery(text);
    if (code.isEmpty()) {
      // deliberate syntax: the query fails, naming the closest countries (see ArticleSearcher)
      throw new FilterNotes.UnknownCountryException(text);
    }
    return code.get();
  }

  private String resolveMinister(String text) {
    return entities.ministerForQuery(text).orElse(text.strip());
  }

  private static List<String> multiTermFields(String field) throws ParseException {
    return switch (field) {
      case DEFAULT_FIELD -> textFields(true, true);
      case "title" -> textFields(true, false);
      case "body" -> textFields(false, true);
      default ->
          throw new InvalidValueException(
              "wildcards and fuzzy terms work on text only, not on " + field + ":");
    };
  }

  private static List<String> textFields(boolean titles, boolean bodies) {
    List<String> fields = new ArrayList<>();
    for (String lang : Fields.TEXT_LANGS) {
      if (titles) {
        fields.add(Fields.titleField(lang));
      }
      if (bodies) {
        fields.add(Fields.bodyField(lang));
      }
    }
    return fields;
  }

  private static ParseException unknownField(String field) {
    return new ParseException(
        "unknown field '"
            + field
            + ":' (use title, body, lang, country, minister, collection or source)");
  }
}
