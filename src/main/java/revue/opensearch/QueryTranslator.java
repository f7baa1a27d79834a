package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FuzzyQuery;
import revue.Filter;
import revue.InvalidInputException;
import revue.SearchRequest;
import revue.analysis.ArabicSpelling;
import revue.analysis.QueryLanguage;
import revue.analysis.RevueAnalyzers;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;
import revue.entity.WholeName;
import revue.index.FieldAnalyzers;
import revue.index.Fields;
import revue.search.ArticleSearcher;
import revue.search.FilterNotes;
import revue.search.QueryLinks;

/**
 * revue's query syntax and filters as OpenSearch query DSL, built to rank as the local searcher
 * does: each word or phrase searched in every language's title (twice the weight) and body, the
 * best field counting most (dis_max, tie breaker 0.1); up to three words all required, more words
 * three in four; a word a language drops as a stopword only ranks; {@code -word} and {@code NOT
 * word} exclude; {@code a OR b} is one alternative; {@code title:}, {@code lang:}, {@code
 * country:}, {@code minister:}, {@code collection:}, {@code source:}, {@code date:} restrict. A
 * word or phrase naming a country or minister (revue's gazetteers) also finds the articles tagged
 * with it, ranked by their mention counts ({@code rank_feature}, saturation as BM25's k1) and its
 * other spellings as text at half weight. Filters are {@code post_filter}s so that the facets count
 * each dimension as if its own filter were off.
 *
 * <p>Thread-safe; one per backend.
 */
final class QueryTranslator {

  private static final float TITLE_BOOST = 2f;
  private static final float EXPANSION_WEIGHT = 0.5f;
  private static final float TIE_BREAKER = 0.1f;
  private static final float BM25_K1 = 1.2f;
  private static final int MAX_DAYS_FOR_DAY_FACET = 62;
  private static final List<String> DIMENSIONS = ArticleSearcher.FACET_DIMENSIONS;

  private final java.util.function.Supplier<EntityExtractor> entities;
  private final java.util.function.Supplier<ClusterIdentities.Snapshot> identities;

  /** A translator for an index whose ministers share no person between spellings. */
  QueryTranslator(java.util.function.Supplier<EntityExtractor> entities) {
    this(entities, () -> ClusterIdentities.Snapshot.NONE);
  }

  /**
   * @param identities the persons behind the searched index's minister tags, asked only for a query
   *     or filter that names a minister
   */
  QueryTranslator(
      java.util.function.Supplier<EntityExtractor> entities,
      java.util.function.Supplier<ClusterIdentities.Snapshot> identities) {
    this.entities = entities;
    this.identities = identities;
  }

  /**
   * The minister a name stands for, as locally (revue.search.EntityLookups): the gazetteer's, else
   * the one identity among the index's ministers that a name of two words or more names in either
   * script (a minister discovered in a text, whom no gazetteer knows).
   */
  Optional<String> ministerForQuery(String name) {
    Optional<String> known = entities.get().ministerForQuery(name);
    if (known.isPresent() || revue.entity.NameKey.of(name) == null) {
      return known; // one word (most query words) names no identity: the index's left unasked
    }
    return identities.get().identities().forName(name);
  }

  /**
   * The discovered minister a whole query of two to four words names when the gazetteer resolves
   * none of it, and the query's words in lower case (as the local parser's wholeName): each of
   * these words, where it names no minister itself, stands for that one.
   */
  private record NameMinister(String minister, Set<String> words) {}

  private NameMinister nameMinister(String query, boolean expand) {
    Optional<WholeName> whole = expand ? WholeName.of(query) : Optional.empty();
    if (whole.isEmpty() || entities.get().ministerForQuery(whole.get().name()).isPresent()) {
      return null; // no whole name, or the gazetteer's: its words resolve as they always have
    }
    return identities
        .get()
        .identities()
        .forName(whole.get().name())
        .map(minister -> new NameMinister(minister, whole.get().lowerWords()))
        .orElse(null);
  }

  /**
   * A translated request: the query, the post filters per dimension, the entities expanded, and the
   * expanded entities' other spellings, which only the snippets look for (as locally: the search
   * ranks an entity by its mentions alone).
   */
  record Translated(
      ObjectNode query,
      ObjectNode highlight,
      Map<String, ObjectNode> filters,
      Set<String> expanded,
      List<ObjectNode> spellings,
      boolean dayFacet,
      boolean askedThreeInFour,
      boolean askedLongShare,
      QueryLinks.Reading links,
      List<Filter> fieldFilters) {}

  /** Tells whether a word that names an entity stands for it in the searched index. */
  interface Standing {
    boolean standsFor(String dimension, String value, String word);

    /**
     * Whether a word stands for the discovered minister whose family name it is, the tags that bear
     * it given (as revue.search.EntityLookups#ministersForFamilyName); yes unless told.
     */
    default boolean familyStandsFor(List<String> tags, String word) {
      return true;
    }
  }

  /**
   * The request as the cluster's queries. Every minister look-up of one translation reads one
   * snapshot of the identities, taken at the first that needs it: the ranking and the highlight
   * query never see two.
   */
  Translated translate(SearchRequest request, Standing standing) {
    return translate(request, standing, false, false);
  }

  /**
   * @param anyWord groups of four words or more need any of their words, not three in four: the
   *     second reading of a pasted text that matched nothing, as locally
   * @param asTyped links pasted among the words are searched too ({@link QueryLinks}), as locally
   */
  Translated translate(SearchRequest request, Standing standing, boolean anyWord, boolean asTyped) {
    ClusterIdentities.Snapshot[] pinned = new ClusterIdentities.Snapshot[1];
    java.util.function.Supplier<ClusterIdentities.Snapshot> once =
        () -> pinned[0] != null ? pinned[0] : (pinned[0] = identities.get());
    return new QueryTranslator(entities, once).translatePinned(request, standing, anyWord, asTyped);
  }

  private Translated translatePinned(
      SearchRequest request, Standing standing, boolean anyWord, boolean asTyped) {
    Set<String> expanded = new LinkedHashSet<>();
    List<ObjectNode> spellings = new ArrayList<>();
    // as locally: a link pasted among words is left out, said in the results' note
    QueryLinks.Reading links =
        asTyped ? QueryLinks.asTyped(request.query()) : QueryLinks.withoutLinks(request.query());
    NameMinister name = nameMinister(links.query(), request.expandEntities());
    // matched and ranked on the text as revue analyses it; the same query on the text fields
    // (the cluster's analysis, with offsets) marks the snippets
    Reading reading = Reading.of(links.query());
    AtomicBoolean threeInFour = new AtomicBoolean();
    AtomicBoolean longShare = new AtomicBoolean();
    List<Filter> fieldFilters = new ArrayList<>();
    ObjectNode query =
        query(
            reading,
            new Build(
                request.expandEntities(),
                name,
                expanded,
                spellings,
                standing,
                true,
                anyWord,
                threeInFour,
                longShare,
                fieldFilters));
    ObjectNode highlight =
        query(
            reading,
            new Build(
                request.expandEntities(),
                name,
                new LinkedHashSet<>(),
                new ArrayList<>(),
                standing,
                false,
                anyWord,
                new AtomicBoolean(),
                new AtomicBoolean(),
                new ArrayList<>()));
    Map<String, ObjectNode> filters = new LinkedHashMap<>();
    boolean dayFacet = filters(request.filters(), filters);
    return new Translated(
        query,
        highlight,
        filters,
        expanded,
        spellings,
        dayFacet,
        threeInFour.get(),
        longShare.get(),
        links,
        List.copyOf(fieldFilters));
  }

  /** The article whose address a link alone is ({@link QueryLinks#linkKey}), under the filters. */
  Translated byUrl(SearchRequest request, String key) {
    ObjectNode query = Cluster.JSON.createObjectNode();
    query.putObject("term").put(Fields.URL_KEY, key);
    Map<String, ObjectNode> filters = new LinkedHashMap<>();
    boolean dayFacet = filters(request.filters(), filters);
    return new Translated(
        query,
        query,
        filters,
        new LinkedHashSet<>(),
        new ArrayList<>(),
        dayFacet,
        false,
        false,
        QueryLinks.asTyped(request.query()),
        List.of());
  }

  /** The search body: query, post filter, aggregations (filtered per dimension), highlight. */
  ObjectNode searchBody(SearchRequest request, Translated t, int size, int from) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", t.query());
    body.put("size", size);
    body.put("from", from);
    body.put("track_total_hits", true);
    body.putArray("_source")
        .add("*")
        .add("-" + Fields.COUNTRY_MENTIONS)
        .add("-" + Fields.MINISTER_MENTIONS)
        .add("-" + Fields.DUPLICATE_SIGNATURE)
        .add("-body_*")
        .add("-title_*");
    if (!t.filters().isEmpty()) {
      body.set("post_filter", and(t.filters().values()));
    }
    if (request.newestFirst()) {
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(Fields.DATE).put("order", "desc").put("missing", "_last");
      sort.add("_score");
      body.put("track_scores", true);
    } else {
      // ties in score broken by index order locally; by id here, so that runs repeat
      ArrayNode sort = body.putArray("sort");
      sort.add("_score");
      sort.addObject().putObject(Fields.ID).put("order", "asc");
    }
    if (request.facetLimit() > 0) {
      ObjectNode aggs = body.putObject("aggs");
      for (String dim : DIMENSIONS) {
        String field =
            dim.equals("date") ? (t.dayFacet() ? IndexMapping.DAY : IndexMapping.MONTH) : dim;
        List<ObjectNode> others = new ArrayList<>();
        t.filters()
            .forEach(
                (d, f) -> {
                  if (!d.equals(dim)) {
                    others.add(f);
                  }
                });
        ObjectNode agg = aggs.putObject(dim);
        agg.set("filter", others.isEmpty() ? matchAll() : and(others));
        ObjectNode inner = agg.putObject("aggs");
        // every value, so that counts are exact and "n more (count)" is right; a facet has at
        // most a few thousand values (countries, ministers, months, sources)
        inner
            .putObject("values")
            .putObject("terms")
            .put("field", field)
            .put("size", 10_000)
            .put("shard_size", 10_000);
        inner.putObject("with_value").putObject("value_count").put("field", field);
        if (dim.equals(Fields.MINISTER)) {
          personsOnce(inner);
        }
      }
    }
    ObjectNode highlight = body.putObject("highlight");
    highlight
        .put("type", "unified")
        .put("encoder", "html")
        .put("number_of_fragments", 1)
        .put("fragment_size", 220)
        .put("no_match_size", 220)
        .put("require_field_match", false);
    highlight.putArray("pre_tags").add("<b>");
    highlight.putArray("post_tags").add("</b>");
    ObjectNode hq = highlight.putObject("highlight_query").putObject("bool");
    ArrayNode should = hq.putArray("should");
    should.add(t.highlight());
    t.spellings().forEach(should::add);
    ObjectNode fields = highlight.putObject("fields");
    for (String lang : Fields.TEXT_LANGS) {
      fields.putObject(Fields.bodyField(lang));
    }
    return body;
  }

  /**
   * The articles of each person that some article tags under two spellings or more, counted once
   * each (a {@code persons} filters aggregation beside the minister terms, one filter per such
   * person, keyed by the head of its tags): the terms count such an article once per spelling, and
   * the facet takes the person's count from here (OpenSearchBackend#countedOnce), as the local
   * facet takes the double counts back.
   */
  private void personsOnce(ObjectNode aggs) {
    List<List<String>> doubly = identities.get().doublyTagged();
    if (doubly.isEmpty()) {
      return;
    }
    ObjectNode filters = aggs.putObject("persons").putObject("filters").putObject("filters");
    for (List<String> tags : doubly) {
      ArrayNode any = filters.putObject(tags.get(0)).putObject("terms").putArray(Fields.MINISTER);
      tags.forEach(any::add);
    }
  }

  // --- the query ---

  /**
   * A query's tokens, read once for both the ranking and the highlight query; with its language and
   * its words counted when it is long (both null for a query of a title's length, whose language is
   * not needed).
   */
  private record Reading(List<QueryToken> tokens, String lang, Map<String, LongWord> longWords) {
    static Reading of(String text) {
      List<QueryToken> tokens = read(QueryTranslator.tokens(text));
      String lang =
          tokens.size() > ArticleSearcher.LONG_QUERY_WORDS ? QueryLanguage.of(text) : null;
      Map<String, LongWord> longWords =
          lang == null ? null : QueryTranslator.longWords(tokens, lang);
      // a long query's words are ranked, whatever brackets hold them; a shorter one's groups
      // are read as the local parser reads them ("(Maroc Niger) OR Guinée")
      return longWords != null
          ? new Reading(tokens, lang, longWords)
          : new Reading(grouped(QueryTranslator.tokens(text, true)), lang, null);
    }
  }

  /**
   * What the queries of one translation are built with: whether entities are expanded, the
   * discovered minister the whole query names, where the expanded entities and their other
   * spellings are gathered, and whether words are matched as revue analyses them (ranking) or as
   * the cluster does (the highlight query).
   */
  private record Build(
      boolean expand,
      NameMinister name,
      Set<String> expanded,
      List<ObjectNode> spellings,
      Standing standing,
      boolean analysed,
      boolean anyWord,
      AtomicBoolean askedThreeInFour,
      AtomicBoolean askedLongShare,
      List<Filter> fieldFilters) {}

  private ObjectNode query(Reading reading, Build build) {
    List<QueryToken> tokens = reading.tokens();
    String lang = reading.lang();
    Map<String, LongWord> longWords = reading.longWords();
    List<ObjectNode> required = new ArrayList<>();
    int plainRequired = 0;
    List<ObjectNode> optional = new ArrayList<>();
    List<ObjectNode> excluded = new ArrayList<>();
    List<ObjectNode> restrictions = new ArrayList<>();
    boolean orNext = false;
    for (QueryToken token : tokens) {
      if (token.or()) {
        orNext = !required.isEmpty() || !optional.isEmpty();
        continue;
      }
      if (token.group() != null) {
        // a bracketed group: its own words by the same rules, one clause here
        ObjectNode group = query(new Reading(token.group(), null, null), build);
        if (token.negated()) {
          excluded.add(group);
        } else if (orNext) {
          orWithLast(!required.isEmpty() ? required : optional, group);
          orNext = false;
        } else {
          required.add(group);
          plainRequired++;
        }
        continue;
      }
      boolean negated = token.negated();
      String t = token.text();
      float boost = 1f;
      Matcher boostSuffix = BOOST.matcher(t);
      if (boostSuffix.matches()) {
        t = boostSuffix.group(1);
        boost = Float.parseFloat(boostSuffix.group(2));
      }
      int colon = fieldColon(t);
      if (colon > 0) {
        String field = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = unquote(t.substring(colon + 1));
        ObjectNode clause =
            fieldClause(
                field,
                value,
                t.substring(colon + 1),
                t.substring(colon + 1).startsWith("\""),
                build);
        if (negated) {
          excluded.add(clause);
        } else if (field.equals("title") || field.equals("body")) {
          required.add(boosted(clause, boost));
        } else {
          restrictions.add(clause);
          // as locally: a value no article has is noted (FilterNotes)
          build.fieldFilters().add(new Filter(field, value));
        }
        continue;
      }
      boolean quoted = t.startsWith("\"");
      String words = unquote(t);
      if (words.isBlank()) {
        continue;
      }
      MultiTerm multi = quoted ? null : MultiTerm.of(t);
      if (negated) {
        excluded.add(
            multi != null
                ? multiTerm(multi, textFields(), build)
                : match(words, quoted, textFields(), build.analysed()));
        continue;
      }
      if (longWords != null) {
        continue; // ranked below
      }
      ObjectNode concept =
          boosted(
              multi != null
                  ? multiTerm(multi, textFields(), build)
                  : concept(words, quoted, quoted ? slop(t) : 0, build),
              boost);
      // a stop word, or an emoji or a symbol of a pasted post, as locally (RevueQueryParser)
      boolean dropped =
          droppedSomewhere(words)
              || !quoted && words.codePoints().noneMatch(Character::isLetterOrDigit);
      if (orNext) {
        orWithLast(!required.isEmpty() ? required : optional, concept);
        orNext = false;
        continue;
      }
      if (dropped && !quoted) {
        optional.add(concept);
      } else {
        required.add(concept);
        // a quoted stop word is required here, but no word of the count locally, where only
        // more than three plain words ask for three in four (and a second reading)
        plainRequired += dropped ? 0 : 1;
      }
    }
    ObjectNode bool = Cluster.JSON.createObjectNode();
    ObjectNode b = bool.putObject("bool");
    if (longWords != null) {
      ArrayNode should = b.putArray("should");
      for (LongWord w : longWords.values()) {
        ObjectNode word = longConcept(w.text(), w.quoted(), lang, build);
        if (w.count() > 1) {
          ObjectNode boosted = Cluster.JSON.createObjectNode();
          ObjectNode bb = boosted.putObject("bool");
          bb.putArray("should").add(word);
          bb.put("boost", w.count());
          word = boosted;
        }
        should.add(word);
      }
      int least = ArticleSearcher.leastLongWords(longWords.size(), build.anyWord());
      b.put("minimum_should_match", least);
      build.askedLongShare().set(least > 1);
    } else if (!required.isEmpty()) {
      int words = required.size();
      if (plainRequired > 3) {
        build.askedThreeInFour().set(true);
      }
      ObjectNode all = Cluster.JSON.createObjectNode();
      ObjectNode ab = all.putObject("bool");
      required.forEach(ab.putArray("should")::add);
      ab.put("minimum_should_match", words <= 3 ? words : build.anyWord() ? 1 : words - words / 4);
      b.putArray("must").add(all);
    } else if (!optional.isEmpty()) {
      ObjectNode any = Cluster.JSON.createObjectNode();
      ObjectNode ab = any.putObject("bool");
      optional.forEach(ab.putArray("should")::add);
      ab.put("minimum_should_match", 1);
      b.putArray("must").add(any);
      optional.clear();
    } else if (restrictions.isEmpty()) {
      b.putArray("must").add(matchAll());
    }
    if (!required.isEmpty() && !optional.isEmpty()) {
      optional.forEach(b.withArray("should")::add);
    }
    if (!restrictions.isEmpty()) {
      restrictions.forEach(b.withArray("filter")::add);
    }
    if (!excluded.isEmpty()) {
      excluded.forEach(b.putArray("must_not")::add);
    }
    return bool;
  }

  /** Replaces the last clause of a list by either it or {@code clause} ({@code a OR b}). */
  private static void orWithLast(List<ObjectNode> clauses, ObjectNode clause) {
    ObjectNode previous = clauses.remove(clauses.size() - 1);
    ObjectNode either = Cluster.JSON.createObjectNode();
    either.putObject("bool").putArray("should").add(previous).add(clause);
    clauses.add(either);
  }

  /**
   * A token of the query as both readings take it: an OR (or {@code ||}), or a word, phrase or
   * {@code field:value} with its sign ({@code -word}, {@code NOT word}; a {@code +} is dropped).
   */
  private record QueryToken(boolean or, boolean negated, String text, List<QueryToken> group) {
    QueryToken(boolean or, boolean negated, String text) {
      this(or, negated, text, null);
    }
  }

  /**
   * The query's tokens as {@link #read} gives them, a bracketed group as one token holding its own
   * ({@code NOT (a OR b)}, {@code -(a b)}); a bracket left open closes at the end.
   */
  private static List<QueryToken> grouped(List<String> tokens) {
    return grouped(tokens, new int[] {0}, false);
  }

  private static List<QueryToken> grouped(List<String> tokens, int[] at, boolean inGroup) {
    List<QueryToken> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    while (at[0] < tokens.size()) {
      String t = tokens.get(at[0]++);
      if (t.equals(")")) {
        if (inGroup) {
          break;
        }
        continue; // a bracket closing none only separates
      }
      if (t.equals("(") || t.equals("-(") || t.equals("+(")) {
        List<QueryToken> before = read(run);
        // a NOT just before the bracket is the group's
        boolean not = !run.isEmpty() && run.get(run.size() - 1).equals("NOT");
        out.addAll(before);
        run.clear();
        List<QueryToken> group = grouped(tokens, at, true);
        if (!group.isEmpty()) {
          out.add(new QueryToken(false, not || t.equals("-("), "", group));
        }
        continue;
      }
      run.add(t);
    }
    out.addAll(read(run));
    return out;
  }

  /** The query's tokens without AND, NOT and signs, which become each token's {@code negated}. */
  private static List<QueryToken> read(List<String> tokens) {
    List<QueryToken> read = new ArrayList<>(tokens.size());
    boolean notNext = false;
    for (String token : tokens) {
      if (token.equals("OR") || token.equals("||")) {
        read.add(new QueryToken(true, false, ""));
        continue;
      }
      if (token.equals("AND") || token.equals("&&")) {
        continue;
      }
      if (token.equals("NOT")) {
        notNext = true;
        continue;
      }
      boolean negated = notNext || token.startsWith("-");
      boolean plus = token.startsWith("+");
      notNext = false;
      String t = negated && token.startsWith("-") || plus ? token.substring(1) : token;
      if (!t.isEmpty()) {
        read.add(new QueryToken(false, negated, t));
      }
    }
    return read;
  }

  /** A word of a long query, the number of times the query has it. */
  private record LongWord(String text, boolean quoted, int count) {}

  /**
   * A long query's words, as the local parser reads one: more than {@link
   * ArticleSearcher#LONG_QUERY_WORDS} distinct words (or phrases) that the query's language does
   * not drop, and no explicit OR; each with the number of times the query has it (the words that
   * the language drops are left out). Null for a query of a title's length or less.
   */
  private static Map<String, LongWord> longWords(List<QueryToken> tokens, String lang) {
    Map<String, LongWord> words = new LinkedHashMap<>();
    for (QueryToken token : tokens) {
      if (token.or()) {
        return null;
      }
      String t = token.text();
      if (token.negated() || fieldColon(t) > 0) {
        continue;
      }
      boolean quoted = t.startsWith("\"");
      String text = unquote(t);
      if (text.isBlank() || !RevueAnalyzers.keepsAny(RevueAnalyzers.forLanguage(lang), text)) {
        continue;
      }
      // words that every language analyses alike are one word (Maroc, maroc), as locally; a quoted
      // word of one term is the word ("نجيب" of a pasted quote)
      StringBuilder key = new StringBuilder(quoted && !oneTerm(lang, text) ? "\"" : "");
      for (String l : Fields.TEXT_LANGS) {
        key.append('|').append(AnalysedText.of(l, text));
      }
      words.merge(
          key.toString(),
          new LongWord(text, quoted, 1),
          (a, b) -> new LongWord(a.text(), a.quoted(), a.count() + 1));
    }
    return words.size() > ArticleSearcher.LONG_QUERY_WORDS ? words : null;
  }

  /**
   * A long query's word, as the local parser searches it: in the title and body of the query's
   * language scored as one field ({@link AnalysedText#combinedField}, BM25F), a word the analysis
   * makes several terms of (or a phrase of several) in the body alone, and the entity it names; a
   * query of no known language searches every field.
   */
  private ObjectNode longConcept(String words, boolean quoted, String lang, Build build) {
    if (!Fields.TEXT_LANGS.contains(lang) || lang.equals("xx")) {
      return concept(words, quoted, build);
    }
    ObjectNode text;
    if (!build.analysed()) {
      text = textMatch(words, quoted, 0, List.of(Fields.titleField(lang), Fields.bodyField(lang)));
    } else {
      String tokens = AnalysedText.of(lang, words);
      boolean oneTerm = oneTerm(lang, words);
      text = Cluster.JSON.createObjectNode();
      ObjectNode m =
          text.putObject(quoted && !oneTerm ? "match_phrase" : "match")
              .putObject(
                  oneTerm
                      ? AnalysedText.combinedField(lang)
                      : AnalysedText.field(Fields.bodyField(lang)));
      m.put("query", tokens);
      if (!quoted || oneTerm) {
        m.put("operator", "or");
      }
    }
    return withEntities(text, words, build);
  }

  /**
   * Whether the query language's analysis makes one term of a word or phrase (a removed stopword's
   * gap aside), as the local parser's term query.
   */
  private static boolean oneTerm(String lang, String words) {
    String tokens = AnalysedText.of(lang, words);
    return tokens.replace(AnalysedText.GAP, " ").strip().split(" +").length == 1;
  }

  /** A word or phrase in every text field, and the entity it names when there is one. */
  private ObjectNode concept(String words, boolean quoted, Build build) {
    return concept(words, quoted, 0, build);
  }

  /** The same, a phrase's words up to {@code slop} moves apart ({@code "Nasser Bourita"~2}). */
  private ObjectNode concept(String words, boolean quoted, int slop, Build build) {
    return withEntities(match(words, quoted, slop, textFields(), build.analysed()), words, build);
  }

  /** The slop of a phrase token ({@code "a b"~2}), 0 when it has none. */
  private static int slop(String token) {
    int tilde = token.lastIndexOf("\"~");
    if (tilde > 0 && tilde + 2 < token.length()) {
      String n = token.substring(tilde + 2);
      if (n.chars().allMatch(Character::isDigit) && n.length() <= 4) {
        return Integer.parseInt(n);
      }
    }
    return 0;
  }

  /** A word's text query, or the best of it and the entities the word names. */
  private ObjectNode withEntities(ObjectNode textQuery, String words, Build build) {
    List<ObjectNode> alternatives = new ArrayList<>();
    alternatives.add(textQuery);
    if (build.expand()) {
      EntityExtractor extractor = entities.get();
      Optional<String> country = extractor.countryForQuery(words);
      if (country.isPresent() && build.standing().standsFor(Fields.COUNTRY, country.get(), words)) {
        alternatives.add(
            entity(Fields.COUNTRY, country.get(), words, build.expanded(), build.spellings()));
      }
      Optional<String> minister = ministerForQuery(words);
      if (minister.isPresent()
          && build.standing().standsFor(Fields.MINISTER, minister.get(), words)) {
        alternatives.add(
            entity(Fields.MINISTER, minister.get(), words, build.expanded(), build.spellings()));
        if (!extractor.knowsMinister(minister.get())) {
          discoveredSpellings(minister.get(), words, build.analysed(), alternatives);
        }
      } else if (build.name() != null
          && build.name().words().contains(words.toLowerCase(Locale.ROOT))) {
        alternatives.add(
            entity(
                Fields.MINISTER,
                build.name().minister(),
                words,
                build.expanded(),
                build.spellings()));
        discoveredSpellings(build.name().minister(), words, build.analysed(), alternatives);
      } else if (minister.isEmpty()) {
        // a discovered minister's family name alone, as a gazetteer minister's surname
        MinisterIdentities persons = identities.get().identities();
        persons
            .forFamilyName(words, extractor::knowsMinister)
            .forEach(
                (head, named) -> {
                  if (build.standing().familyStandsFor(named, words)) {
                    alternatives.add(
                        entity(Fields.MINISTER, head, words, build.expanded(), build.spellings()));
                  }
                });
      }
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    ObjectNode dismax = Cluster.JSON.createObjectNode();
    ObjectNode d = dismax.putObject("dis_max");
    d.put("tie_breaker", TIE_BREAKER);
    alternatives.forEach(d.putArray("queries")::add);
    return dismax;
  }

  /**
   * The articles tagged with an entity, ranked by mentions, and its other spellings as text; a
   * minister's every tag in the index (the spellings of one person, MinisterIdentities).
   */
  private ObjectNode entity(
      String dimension, String value, String typed, Set<String> expanded, List<ObjectNode> forms) {
    expanded.add(dimension + ":" + value);
    ClusterIdentities.Snapshot persons =
        dimension.equals(Fields.MINISTER) ? identities.get() : ClusterIdentities.Snapshot.NONE;
    List<String> tags =
        dimension.equals(Fields.MINISTER) ? persons.identities().members(value) : List.of(value);
    List<ObjectNode> ranks = new ArrayList<>();
    for (String tag : tags) {
      // BM25 of the entity's term in the mentions field (no norms): idf tf / (tf + k1); boosted
      // by half a word's weight times (k1 + 1), it is the local FeatureField saturation query's
      // weight idf (k1 + 1) / 2 and pivot k1. Locally each spelling of a person is weighed by the
      // idf of the one named; here each term has its own idf, so the boost makes it the named
      // one's (article counts of the identities' aggregation)
      double boost = EXPANSION_WEIGHT * (BM25_K1 + 1);
      if (!tag.equals(value)) {
        boost *= persons.idf(value) / persons.idf(tag);
      }
      ObjectNode clause = Cluster.JSON.createObjectNode();
      clause
          .putObject("term")
          .putObject(Fields.mentionsField(dimension))
          .put("value", IndexMapping.feature(tag))
          .put("boost", (float) boost);
      ranks.add(clause);
    }
    ObjectNode rank;
    if (ranks.size() == 1) {
      rank = ranks.get(0);
    } else {
      // an article has one person's spellings summed, as the local SHOULD clauses
      rank = Cluster.JSON.createObjectNode();
      ranks.forEach(rank.putObject("bool").putArray("should")::add);
    }
    Set<String> spelled = new LinkedHashSet<>(entities.get().surfaceForms(dimension, value));
    for (String tag : tags) {
      if (!tag.equals(value)) {
        spelled.add(tag); // as revue.search.EntityLookups.surfaceForms
      }
    }
    for (String form : spelled) {
      if (form.equalsIgnoreCase(typed)) {
        continue;
      }
      boolean arabic = ArabicSpelling.hasArabicScript(form);
      List<String> fields = new ArrayList<>();
      for (String f : textFields()) {
        if (f.endsWith("_ar") == arabic) {
          fields.add(f);
        }
      }
      ObjectNode m = textMatch(form, true, 0, fields);
      ((ObjectNode) m.get("multi_match")).put("boost", EXPANSION_WEIGHT);
      forms.add(m);
    }
    return rank;
  }

  /**
   * A discovered minister's spellings in the index's other articles searched as text, as the local
   * parser's discoveredSpellings: each spelling (but the one typed) as a phrase in the fields of
   * its script, titles twice the weight, at half a word's weight, the best one counting most.
   */
  private void discoveredSpellings(
      String minister, String typed, boolean analysed, List<ObjectNode> alternatives) {
    List<String> forms = new ArrayList<>();
    for (String tag : identities.get().identities().members(minister)) {
      if (!tag.equalsIgnoreCase(typed)) {
        forms.add(tag);
      }
    }
    ArrayNode queries = Cluster.JSON.createArrayNode();
    Set<String> seen = new java.util.HashSet<>(); // forms that analyse alike count once
    for (String form : forms) {
      boolean arabic = ArabicSpelling.hasArabicScript(form);
      for (String field : textFields()) {
        if (field.endsWith("_ar") != arabic) {
          continue;
        }
        float boost = (field.startsWith("title_") ? TITLE_BOOST : 1f) * EXPANSION_WEIGHT;
        if (analysed) {
          String tokens = AnalysedText.of(AnalysedText.lang(field), form);
          if (tokens.replace(AnalysedText.GAP, " ").isBlank() || !seen.add(field + '|' + tokens)) {
            continue;
          }
          ObjectNode m =
              queries.addObject().putObject("match_phrase").putObject(AnalysedText.field(field));
          m.put("query", tokens);
          m.put("boost", boost);
        } else {
          ObjectNode m = textMatch(form, true, 0, List.of(field));
          ((ObjectNode) m.get("multi_match")).put("boost", boost);
          queries.add(m);
        }
      }
    }
    if (queries.isEmpty()) {
      return;
    }
    if (queries.size() == 1) {
      alternatives.add((ObjectNode) queries.get(0));
      return;
    }
    ObjectNode dismax = Cluster.JSON.createObjectNode();
    ObjectNode d = dismax.putObject("dis_max");
    d.put("tie_breaker", TIE_BREAKER);
    d.set("queries", queries);
    alternatives.add(dismax);
  }

  private ObjectNode fieldClause(
      String field, String value, String raw, boolean quoted, Build build) {
    boolean analysed = build.analysed();
    switch (field) {
      case "title", "body" -> {
        List<String> fields = new ArrayList<>();
        for (String lang : Fields.TEXT_LANGS) {
          fields.add(field.equals("title") ? Fields.titleField(lang) : Fields.bodyField(lang));
        }
        MultiTerm multi = quoted ? null : MultiTerm.of(raw);
        return multi != null
            ? multiTerm(multi, fields, build)
            : match(value, quoted, fields, analysed);
      }
      case "minister" -> {
        return ministerFilter(value);
      }
      case "country" -> {
        // as locally: deliberate syntax fails, naming the closest countries (OpenSearchBackend)
        if (!isCode(value) && entities.get().countryForQuery(value).isEmpty()) {
          throw new FilterNotes.UnknownCountryException(value);
        }
        return term(field, resolve(field, value));
      }
      case "lang" -> {
        return term(field, resolve(field, value));
      }
      case "date" -> {
        long[] days;
        try {
          days = ArticleSearcher.queryDateRange(value);
        } catch (InvalidInputException e) {
          throw new InvalidInputException("bad query: " + e.getMessage(), e); // as locally
        }
        ObjectNode q = Cluster.JSON.createObjectNode();
        ObjectNode r = q.putObject("range").putObject(Fields.DATE);
        if (days[0] != Long.MIN_VALUE) {
          r.put("gte", LocalDate.ofEpochDay(days[0]).toString());
        }
        if (days[1] != Long.MAX_VALUE) {
          r.put("lte", LocalDate.ofEpochDay(days[1]).toString());
        }
        return q;
      }
      case "collection", "source" -> {
        return termIgnoringCase(field, value);
      }
      default -> throw new IllegalStateException("not a field of the syntax: " + field);
    }
  }

  /**
   * A word with wildcards ({@code Maro*}, {@code Ma?oc}) or a fuzzy suffix ({@code Bourita~},
   * {@code Bourita~1}), as the local parser reads it (its escaped characters are text).
   *
   * @param word the word without its fuzzy suffix, escaped characters marked
   * @param fuzzy whether it is a fuzzy word (else a wildcard one)
   * @param similarity a fuzzy word's suffix number (2 when none), which its edits come from
   */
  private record MultiTerm(String word, boolean fuzzy, float similarity) {

    /** The word's multi-term reading, or null when it is a plain word. */
    static MultiTerm of(String token) {
      int tilde = token.lastIndexOf('~');
      if (tilde > 0) {
        String suffix = token.substring(tilde + 1);
        if (suffix.isEmpty() || suffix.matches("[0-9]+(\\.[0-9]+)?")) {
          float similarity = suffix.isEmpty() ? 2f : Float.parseFloat(suffix);
          return new MultiTerm(token.substring(0, tilde), true, similarity);
        }
      }
      if (token.indexOf('*') > 0 || token.indexOf('?') > 0) {
        return new MultiTerm(token, false, 0);
      }
      return null;
    }
  }

  /**
   * A multi-term word in the text fields, as the local parser's: per field, its pattern or its
   * fuzzy term normalised by that field's analysis (lower case, folding), the best field counting
   * most and no title boost; a fuzzy word also as the word itself, with the entity it names ({@code
   * RevueQueryParser#getFuzzyQuery}).
   */
  private ObjectNode multiTerm(MultiTerm multi, List<String> fields, Build build) {
    Analyzer analyzer = FieldAnalyzers.perField();
    ObjectNode near = Cluster.JSON.createObjectNode();
    ObjectNode d = near.putObject("dis_max");
    d.put("tie_breaker", TIE_BREAKER);
    ArrayNode queries = d.putArray("queries");
    for (String field : fields) {
      String target = build.analysed() ? AnalysedText.field(field) : field;
      if (multi.fuzzy()) {
        String term = analyzer.normalize(field, unescaped(multi.word())).utf8ToString();
        int edits =
            FuzzyQuery.floatToEdits(multi.similarity(), term.codePointCount(0, term.length()));
        ObjectNode f = queries.addObject().putObject("fuzzy").putObject(target);
        f.put("value", term);
        f.put("fuzziness", edits);
        f.put("prefix_length", 0);
        f.put("max_expansions", FuzzyQuery.defaultMaxExpansions);
        f.put("transpositions", true);
      } else {
        queries
            .addObject()
            .putObject("wildcard")
            .putObject(target)
            .put("value", wildcardPattern(analyzer, field, multi.word()));
      }
    }
    if (!multi.fuzzy()) {
      return near;
    }
    String word = unescaped(multi.word());
    ObjectNode either = Cluster.JSON.createObjectNode();
    ObjectNode b = either.putObject("bool");
    ArrayNode should = b.putArray("should");
    if (!word.isBlank()) {
      should.add(concept(word, false, build));
    }
    should.add(near);
    b.put("minimum_should_match", 1);
    return either;
  }

  /**
   * A wildcard word as OpenSearch's pattern: the text between wildcards normalised by the field's
   * analysis (as Lucene's query parser does), escaped characters and backslashes as literal text.
   */
  private static String wildcardPattern(Analyzer analyzer, String field, String word) {
    StringBuilder out = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i <= word.length(); i++) {
      char c = i < word.length() ? word.charAt(i) : '*';
      if (c == '*' || c == '?') {
        if (!chunk.isEmpty()) {
          String text = analyzer.normalize(field, unescaped(chunk.toString())).utf8ToString();
          out.append(text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
          chunk.setLength(0);
        }
        if (i < word.length()) {
          out.append(c);
        }
      } else {
        chunk.append(c);
      }
    }
    return out.toString();
  }

  /** A word or phrase in the text fields: as revue analyses it, or as the cluster does. */
  private static ObjectNode match(
      String text, boolean phrase, List<String> fields, boolean analysed) {
    return match(text, phrase, 0, fields, analysed);
  }

  private static ObjectNode match(
      String text, boolean phrase, int slop, List<String> fields, boolean analysed) {
    return analysed
        ? analysedMatch(text, phrase, slop, fields)
        : textMatch(text, phrase, slop, fields);
  }

  /**
   * The words analysed by revue for each field's language, matched on the field's analysed tokens
   * ({@link AnalysedText}): a dis_max of one match per field, titles twice the weight, as the local
   * parser's; a field whose analysis leaves nothing (a stopword there) takes no part, and none left
   * matches nothing.
   */
  private static ObjectNode analysedMatch(
      String text, boolean phrase, int slop, List<String> fields) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ObjectNode d = q.putObject("dis_max");
    d.put("tie_breaker", TIE_BREAKER);
    ArrayNode queries = d.putArray("queries");
    for (String field : fields) {
      String tokens = AnalysedText.of(AnalysedText.lang(field), text);
      if (tokens.isEmpty()) {
        continue;
      }
      // a word analysed into several tokens (États-Unis) matches any of them, as the local
      // parser's default operator OR has it
      ObjectNode m =
          queries
              .addObject()
              .putObject(phrase ? "match_phrase" : "match")
              .putObject(AnalysedText.field(field));
      m.put("query", tokens);
      if (!phrase) {
        m.put("operator", "or");
      } else if (slop > 0) {
        m.put("slop", slop);
      }
      m.put("boost", field.startsWith("title_") ? TITLE_BOOST : 1f);
    }
    if (queries.isEmpty()) {
      ObjectNode none = Cluster.JSON.createObjectNode();
      none.putObject("match_none");
      return none;
    }
    return q;
  }

  private static ObjectNode textMatch(String text, boolean phrase, int slop, List<String> fields) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ObjectNode m = q.putObject("multi_match");
    m.put("query", text);
    m.put("type", phrase ? "phrase" : "best_fields");
    if (phrase && slop > 0) {
      m.put("slop", slop);
    }
    m.put("tie_breaker", TIE_BREAKER);
    // a word the analysis splits (États-Unis) matches any of its terms, as the local parser's
    // default operator OR has it
    ArrayNode f = m.putArray("fields");
    for (String field : fields) {
      f.add(field.startsWith("title_") ? field + "^" + TITLE_BOOST : field);
    }
    return q;
  }

  private static List<String> textFields() {
    List<String> fields = new ArrayList<>();
    for (String lang : Fields.TEXT_LANGS) {
      fields.add(Fields.titleField(lang));
    }
    for (String lang : Fields.TEXT_LANGS) {
      fields.add(Fields.bodyField(lang));
    }
    return fields;
  }

  /** Whether revue's analysis of some language leaves nothing of the text (a stopword there). */
  private static boolean droppedSomewhere(String text) {
    for (String lang : List.of("fr", "ar", "en")) {
      if (!RevueAnalyzers.keepsAny(RevueAnalyzers.forLanguage(lang), text)) {
        return true;
      }
    }
    return false;
  }

  // --- filters ---

  /** The query of one filter alone, as the search filters by it. */
  ObjectNode filterQuery(Filter filter) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    filters(List.of(filter), out);
    return out.get(filter.dimension());
  }

  /** One filter per dimension (values of one dimension OR-ed); true when the day facet applies. */
  private boolean filters(List<Filter> filters, Map<String, ObjectNode> out) {
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    for (Filter f : filters) {
      byDim.computeIfAbsent(f.dimension(), k -> new ArrayList<>()).add(f.value());
    }
    boolean dayFacet = false;
    for (var e : byDim.entrySet()) {
      String dim = e.getKey();
      ObjectNode any = Cluster.JSON.createObjectNode();
      ArrayNode should = any.putObject("bool").putArray("should");
      if (dim.equals("date")) {
        long days = 0;
        for (String value : e.getValue()) {
          long[] range = ArticleSearcher.dateRange(value);
          days += range[1] - range[0] + 1;
          ObjectNode r = should.addObject().putObject("range").putObject(Fields.DATE);
          if (range[0] != Long.MIN_VALUE) {
            r.put("gte", LocalDate.ofEpochDay(range[0]).toString());
          }
          if (range[1] != Long.MAX_VALUE) {
            r.put("lte", LocalDate.ofEpochDay(range[1]).toString());
          }
        }
        dayFacet = days <= MAX_DAYS_FOR_DAY_FACET;
      } else {
        for (String value : e.getValue()) {
          should.add(
              switch (dim) {
                case Fields.MINISTER -> ministerFilter(value);
                // a collection or a source in any case (the local index reads them so too)
                case Fields.COLLECTION, Fields.SOURCE -> termIgnoringCase(dim, value);
                default -> term(dim, resolve(dim, value));
              });
        }
      }
      out.put(dim, any);
    }
    return dayFacet;
  }

  /** Whether a country value is an ISO code's two letters, taken as they are. */
  private static boolean isCode(String value) {
    return value.length() == 2 && value.chars().allMatch(Character::isLetter);
  }

  private String resolve(String dim, String value) {
    return switch (dim) {
      case "country" -> {
        if (isCode(value)) {
          yield value.toUpperCase(Locale.ROOT);
        }
        yield entities
            .get()
            .countryForQuery(value)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "unknown country '" + value + "' in filter (use an ISO code such as NE)"));
      }
      case "minister" -> ministerForQuery(value).orElse(value.strip());
      default -> value;
    };
  }

  /**
   * The articles tagged with the minister a filter value names (resolved as a query's name is, in
   * either script), under any spelling of that person in the index (MinisterIdentities#members), as
   * the local filter.
   */
  private ObjectNode ministerFilter(String value) {
    List<String> tags = identities.get().identities().members(resolve(Fields.MINISTER, value));
    if (tags.size() == 1) {
      return term(Fields.MINISTER, tags.get(0));
    }
    ObjectNode q = Cluster.JSON.createObjectNode();
    ArrayNode terms = q.putObject("terms").putArray(Fields.MINISTER);
    tags.forEach(terms::add);
    return q;
  }

  // --- small pieces ---

  static ObjectNode term(String field, String value) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    q.putObject("term").put(field, value);
    return q;
  }

  /** A keyword field's value in any case: {@code bbc} finds {@code BBC}. */
  static ObjectNode termIgnoringCase(String field, String value) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    q.putObject("term").putObject(field).put("value", value).put("case_insensitive", true);
    return q;
  }

  static ObjectNode matchAll() {
    ObjectNode q = Cluster.JSON.createObjectNode();
    q.putObject("match_all");
    return q;
  }

  static ObjectNode and(Iterable<? extends JsonNode> clauses) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ArrayNode filter = q.putObject("bool").putArray("filter");
    clauses.forEach(filter::add);
    return q;
  }

  /** The query's tokens: quoted phrases (with their field), operators and words. */
  static List<String> tokens(String text) {
    return tokens(text, false);
  }

  /**
   * The query's tokens: words, phrases and operators, and with {@code brackets} each bracket
   * outside a phrase as a token of its own ({@code (}, {@code )}, a sign before a bracket with it:
   * {@code -(}); without, brackets only separate.
   */
  static List<String> tokens(String text, boolean brackets) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inQuote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        current.append(c);
        inQuote = !inQuote;
        continue;
      }
      if (!inQuote && (Character.isWhitespace(c) || c == '(' || c == ')')) {
        String sign = current.toString();
        if (brackets && c == '(' && (sign.equals("-") || sign.equals("+"))) {
          tokens.add(sign + c);
          current.setLength(0);
          continue;
        }
        if (!current.isEmpty()) {
          tokens.add(current.toString());
          current.setLength(0);
        }
        if (brackets && !Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
        continue;
      }
      if (!inQuote && c == '\\' && i + 1 < text.length()) {
        // an escaped character is a character of the word; an escaped colon names no field
        char escaped = text.charAt(++i);
        if ((escaped == '-' || escaped == '+') && current.isEmpty()) {
          // an escaped sign before a word is punctuation, not an exclusion: the analysis drops it
          continue;
        }
        current.append(escaped(escaped));
        continue;
      }
      current.append(c);
    }
    if (!current.isEmpty()) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  /** Escaped characters of the syntax and what stands for each until the token's text is used. */
  private static final String SYNTAX = ":*?~^";

  private static final String ESCAPED = "\uE000\uE001\uE002\uE003\uE004";

  /** A word's or phrase's boost ({@code Maroc^2}, {@code "Nasser Bourita"^3}), as locally. */
  private static final Pattern BOOST = Pattern.compile("(.+)\\^([0-9]+(?:\\.[0-9]+)?)");

  /** The query of a word or phrase weighed by its boost (none when 1). */
  private static ObjectNode boosted(ObjectNode query, float boost) {
    if (boost == 1f) {
      return query;
    }
    ObjectNode b = Cluster.JSON.createObjectNode();
    ObjectNode bool = b.putObject("bool");
    bool.putArray("should").add(query);
    bool.put("boost", boost);
    return b;
  }

  private static char escaped(char c) {
    int k = SYNTAX.indexOf(c);
    return k < 0 ? c : ESCAPED.charAt(k);
  }

  /** A token's text with its escaped characters as written. */
  private static String unescaped(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = ESCAPED.indexOf(c);
      b.append(k < 0 ? c : SYNTAX.charAt(k));
    }
    return b.toString();
  }

  /**
   * The colon after a field name of the syntax; any other word before a colon is text, as locally.
   */
  private static int fieldColon(String token) {
    int colon = token.indexOf(':');
    if (colon <= 0 || token.startsWith("\"")) {
      return -1;
    }
    return switch (token.substring(0, colon).toLowerCase(Locale.ROOT)) {
      case "title", "body", "lang", "collection", "source", "country", "minister" -> colon;
      // as locally: a value that is no date ("date: demain") leaves the word text
      case "date" -> ArticleSearcher.meantAsDate(token.substring(colon + 1)) ? colon : -1;
      default -> -1;
    };
  }

  private static String unquote(String s) {
    String t = s;
    int tilde = t.lastIndexOf("\"~");
    if (tilde > 0) {
      t = t.substring(0, tilde + 1);
    }
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return unescaped(t.substring(1, t.length() - 1));
    }
    // a quote inside a word separates, as the local analysis of such a word does
    return unescaped(t.replace("\"", " ").strip());
  }
}
