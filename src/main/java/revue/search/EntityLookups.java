package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;
import revue.index.Fields;
import revue.index.MinisterIdentityFiles;

/**
 * The entity resolutions searches ask for (the country or minister a query word names, an entity's
 * spellings and their queries, a country's display name), each computed once and remembered:
 * resolving a word compares it with every minister alias, which cost more than the search itself,
 * and analysts repeat their words.
 *
 * <p>Thread-safe. Bounded: a map that outgrows {@link #MAX_ENTRIES} is emptied and refilled.
 */
final class EntityLookups {

  static final int MAX_ENTRIES = 10_000;

  /**
   * A word that names an entity as the gazetteer spells it stands for the entity unless the index
   * holds the word in more than this many times as many articles as the entity's tag: then it is
   * mostly another word ("محمد", a first name, for a minister whose surname it is: 10,863 articles
   * against 0 tagged; "المالي", financial, for Mali: 7,373 against 371), where a name is tagged in
   * more ("الشاهد", Chahed, also "the witness": 1,280 against 349; counts of the shared corpora).
   */
  private static final int MAX_WORD_PER_TAG = 5;

  /**
   * A misspelt name stands for the entity only when the index holds the word in at most a tenth as
   * many articles as the entity's tag: a typo is rare, a word one letter away from a name is
   * usually another word ("contre" for Conte: 9,252 articles against 122 tagged; "FALLS" for Valls:
   * 965 against 546; "شريان" for Le Drian: 699 against 318).
   */
  private static final int MIN_TAG_PER_MISSPELLING = 10;

  private final Supplier<EntityExtractor> entities;
  private final IndexReader reader;
  private final Map<String, Optional<String>> countries = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> ministers = new ConcurrentHashMap<>();
  private final Map<String, Boolean> exactMinisters = new ConcurrentHashMap<>();
  private final Map<String, List<String>> familyNames = new ConcurrentHashMap<>();
  private final Map<String, Long> identityArticles = new ConcurrentHashMap<>();
  private final Map<String, Boolean> standing = new ConcurrentHashMap<>();
  private final Map<String, List<String>> surfaceForms = new ConcurrentHashMap<>();
  private final Map<String, String> countryNames = new ConcurrentHashMap<>();
  private final Map<String, List<Query>> expansions = new ConcurrentHashMap<>();
  private final Map<String, Boolean> fields = new ConcurrentHashMap<>();
  private volatile MinisterIdentities identities;

  /** Lookups that expand every word naming an entity, as no index tells what else it means. */
  EntityLookups(Supplier<EntityExtractor> entities) {
    this(entities, null);
  }

  /**
   * @param reader the index searched, whose counts tell a name from another word; or null
   */
  EntityLookups(Supplier<EntityExtractor> entities, IndexReader reader) {
    this.entities = entities;
    this.reader = reader;
  }

  EntityExtractor entities() {
    return entities.get();
  }

  /** See {@link EntityExtractor#countryForQuery}. */
  Optional<String> countryForQuery(String term) {
    return remembered(countries, term, t -> entities().countryForQuery(t));
  }

  /**
   * See {@link EntityExtractor#ministerForQuery}; else the identity of the index's ministers that a
   * name of two words or more names in either script ({@link MinisterIdentities#forName}): a
   * minister discovered in a text, whom no gazetteer knows.
   */
  Optional<String> ministerForQuery(String term) {
    return remembered(
        ministers,
        term,
        t -> {
          Optional<String> known = entities().ministerForQuery(t);
          return known.isPresent() ? known : identities().forName(t);
        });
  }

  /**
   * The discovered ministers whose family name a single query word is in the other script ({@link
   * MinisterIdentities#forFamilyName}), those the word stands for in this index: the word is in at
   * most {@link #MAX_WORD_PER_TAG} times as many articles (the most in one of its text queries) as
   * the tags that bear it, so that a common word that happens to be a surname stays a word; a stop
   * word, which has no text query, names nobody.
   */
  List<String> ministersForFamilyName(String word, List<Query> wordQueries) {
    return remembered(
        familyNames,
        word,
        w -> {
          Map<String, List<String>> byIdentity =
              identities().forFamilyName(w, v -> entities().knowsMinister(v));
          if (byIdentity.isEmpty()) {
            return List.of();
          }
          // the word's own queries: those of the Latin-script fields (a family name alone is a
          // Latin word, NameKey.family)
          List<Query> own = new java.util.ArrayList<>();
          Set<String> langs = new java.util.HashSet<>();
          for (Query q : wordQueries) {
            Query inner = q instanceof BoostQuery boost ? boost.getQuery() : q;
            String field =
                inner instanceof TermQuery t
                    ? t.getTerm().field()
                    : inner instanceof org.apache.lucene.search.PhraseQuery p ? p.getField() : null;
            if (field != null && !field.endsWith("_ar")) {
              own.add(inner);
              langs.add(field.substring(field.indexOf('_') + 1));
            }
          }
          if (langs.size() < Fields.TEXT_LANGS.size() - 1) {
            return List.of(); // a stop word in a Latin-script language ("Avec") names nobody
          }
          long wordArticles = wordArticles(own);
          // the evidence is the tags that bear the word as family name, not their whole identity
          List<String> standing = new java.util.ArrayList<>();
          byIdentity.forEach(
              (head, named) -> {
                if (wordArticles <= taggedArticles(named) * MAX_WORD_PER_TAG) {
                  standing.add(head);
                }
              });
          return List.copyOf(standing);
        });
  }

  /**
   * Whether a word, exactly as spelled, is a gazetteer minister's name or a discovered minister's
   * family name in the other script ({@link MinisterIdentities#forFamilyName}): a name, which "did
   * you mean" leaves alone however few articles hold it.
   */
  boolean namesMinister(String word) {
    String w = word.strip();
    return spelledExactly(w)
        || !identities().forFamilyName(w, v -> entities().knowsMinister(v)).isEmpty();
  }

  /**
   * The persons behind the index's minister tags, read on first use (from the file its commit keeps
   * them in, else computed); {@link MinisterIdentities#NONE} without an index.
   */
  MinisterIdentities identities() {
    MinisterIdentities i = identities;
    if (i == null) {
      synchronized (this) {
        if (identities == null) {
          identities =
              reader == null
                  ? MinisterIdentities.NONE
                  : MinisterIdentityFiles.of(reader, v -> entities().knowsMinister(v));
        }
        i = identities;
      }
    }
    return i;
  }

  /**
   * Whether a query word that {@link #countryForQuery} or {@link #ministerForQuery} resolves to an
   * entity stands for it in this index, judged by how many articles hold the word (the most in one
   * of its text queries) against how many are tagged with the entity: see {@link #MAX_WORD_PER_TAG}
   * and {@link #MIN_TAG_PER_MISSPELLING}. A minister's name counts as misspelt when {@link
   * EntityExtractor#ministerForQueryExactly} does not find it.
   */
  boolean standsFor(String dimension, String value, String word, List<Query> wordQueries) {
    if (reader == null) {
      return true;
    }
    return remembered(
        standing,
        dimension + ':' + value + '|' + word,
        k -> {
          boolean misspelt = dimension.equals(Fields.MINISTER) && !spelledExactly(word);
          long wordArticles = wordArticles(wordQueries);
          long tagged = docFreq(new Term(dimension, value));
          return misspelt
              ? wordArticles * MIN_TAG_PER_MISSPELLING <= tagged
              : wordArticles <= tagged * MAX_WORD_PER_TAG;
        });
  }

  private boolean spelledExactly(String word) {
    return remembered(exactMinisters, word, w -> entities().ministerForQueryExactly(w).isPresent());
  }

  /**
   * Whether the index has the field in any segment; true without an index (a parser's tests), as an
   * index written by this version has every field it writes.
   */
  boolean hasField(String field) {
    if (reader == null) {
      return true;
    }
    return fields.computeIfAbsent(
        field,
        f -> {
          for (var leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(f) != null) {
              return true;
            }
          }
          return false;
        });
  }

  /**
   * BM25's idf of a term (Lucene's {@code BM25Similarity}: ln(1 + (N - n + 0.5) / (n + 0.5)), N the
   * articles, n those holding the term); 1 without an index.
   */
  float idf(Term term) {
    if (reader == null) {
      return 1f;
    }
    long n = docFreq(term);
    long articles = reader.maxDoc(); // as BM25: deleted articles still count
    return (float) Math.log(1 + (articles - n + 0.5) / (n + 0.5));
  }

  /** The most articles one of a word's text queries (term queries) matches. */
  private long wordArticles(List<Query> wordQueries) {
    long most = 0;
    for (Query q : wordQueries) {
      Query inner = q instanceof BoostQuery boost ? boost.getQuery() : q;
      if (inner instanceof TermQuery term) {
        most = Math.max(most, docFreq(term.getTerm()));
      }
    }
    return most;
  }

  /** The articles tagged with any of these ministers (remembered by their list). */
  private long taggedArticles(List<String> tags) {
    return remembered(identityArticles, String.join("\u0000", tags), t -> countTagged(tags));
  }

  private long countTagged(List<String> tags) {
    org.apache.lucene.search.BooleanQuery.Builder any =
        new org.apache.lucene.search.BooleanQuery.Builder();
    for (String tag : tags) {
      any.add(
          new TermQuery(new Term(Fields.MINISTER, tag)),
          org.apache.lucene.search.BooleanClause.Occur.SHOULD);
    }
    try {
      return new org.apache.lucene.search.IndexSearcher(reader).count(any.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long docFreq(Term term) {
    try {
      return reader.docFreq(term);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * See {@link EntityExtractor#countryName}: the JDK's display names are looked up through locale
   * providers on each call, for every country of every search's facet.
   */
  String countryName(String code, Locale language) {
    return remembered(
        countryNames,
        code + '|' + language.toLanguageTag(),
        k -> entities().countryName(code, language));
  }

  /**
   * See {@link EntityExtractor#surfaceForms}; a minister's also counts the other tags of their
   * identity ({@link MinisterIdentities#members}), such as the Arabic spelling of a discovered one.
   */
  List<String> surfaceForms(String dimension, String value) {
    return remembered(
        surfaceForms,
        dimension + ':' + value,
        k -> {
          List<String> forms = entities().surfaceForms(dimension, value);
          if (!dimension.equals(Fields.MINISTER)) {
            return forms;
          }
          List<String> members = identities().members(value);
          if (members.size() < 2) {
            return forms;
          }
          java.util.Set<String> all = new java.util.LinkedHashSet<>(forms);
          for (String m : members) {
            if (!m.equals(value)) {
              all.add(m);
            }
          }
          return List.copyOf(all);
        });
  }

  /**
   * The text queries of an entity's spellings built for a key (entity, fields, spellings), or null;
   * see {@link #rememberExpansion}.
   */
  List<Query> expansion(String key) {
    return expansions.get(key);
  }

  /** Remembers the text queries of an entity's spellings, which only depend on the key. */
  void rememberExpansion(String key, List<Query> queries) {
    if (expansions.size() >= MAX_ENTRIES) {
      expansions.clear();
    }
    expansions.put(key, List.copyOf(queries));
  }

  private static <V> V remembered(Map<String, V> map, String key, Function<String, V> compute) {
    V value = map.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (map.size() >= MAX_ENTRIES) {
        map.clear();
      }
      map.put(key, value);
    }
    return value;
  }
}
