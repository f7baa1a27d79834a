package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import revue.SearchRequest;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

/**
 * "Did you mean" for a query that found nothing: each of its words that few articles hold (a typo
 * that some articles share, as "Macorn" is) is replaced by the closest of the index's body terms
 * that are in ten times as many articles at least (any, for a word no article holds): at most two
 * edits (one for words of five letters or fewer), a transposition counting as one, the more
 * frequent term first among equally close ones. This is what Lucene's {@code DirectSpellChecker}
 * does, with the Levenshtein automata of lucene-core it is built on ({@link FuzzyQuery}'s), which
 * spares a module (lucene-suggest) for a few lines.
 *
 * <p>A suggestion is an index term: analysed (lower case, folded, lightly stemmed), so it is shown
 * with the typed word's first capital. Words of syntax (fields, operators, quotes) are left as
 * typed. Thread-safe: one spell checker per call.
 */
public final class Suggestions {

  /** At most this many alternative queries. */
  static final int MAX_SUGGESTIONS = 3;

  /**
   * How many alternatives a search weighs by the articles they match: the closest corrections of a
   * short word are many ("Abas": "abus", "Abad", "Abbas"), and the words around it tell which
   * ("Netanyahu Abbas").
   */
  static final int WEIGHED = 10;

  private Suggestions() {}

  /**
   * The terms corrections are read from: the local index's ({@link #local}), or a cluster's, which
   * holds the same terms (revue's own analysis) in its {@code _tokens} fields.
   */
  public interface Vocabulary {

    /** Articles whose body of the language holds the analysed term, plus those whose title does. */
    long docFreq(String lang, String term) throws IOException;

    /**
     * The terms of the language's body within {@code edits} edits of {@code term} (a transposition
     * counting as one) that share its first letter, each with the articles holding it.
     */
    List<Near> near(String lang, String term, int edits) throws IOException;

    /** The word articles write for a term of the language's body (see {@link #surface}). */
    String surface(String lang, String term) throws IOException;
  }

  /** A term near the typed one and the articles holding it. */
  public record Near(String term, int docFreq) {}

  /** The local index's terms. */
  static Vocabulary local(IndexReader reader) {
    return new Vocabulary() {
      // one automaton per analysed text: the languages' analyses mostly agree on a name
      private final Map<String, CompiledAutomaton> automata = new HashMap<>();

      @Override
      public long docFreq(String lang, String term) throws IOException {
        return reader.docFreq(new Term(Fields.bodyField(lang), term))
            + reader.docFreq(new Term(Fields.titleField(lang), term));
      }

      @Override
      public List<Near> near(String lang, String term, int edits) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.bodyField(lang));
        if (terms == null) {
          return List.of();
        }
        TermsEnum fuzzy =
            automata
                .computeIfAbsent(
                    edits + " " + term,
                    t -> FuzzyQuery.getFuzzyAutomaton(term, edits, PREFIX_LENGTH, true))
                .getTermsEnum(terms);
        List<Near> near = new ArrayList<>();
        for (BytesRef candidate = fuzzy.next(); candidate != null; candidate = fuzzy.next()) {
          near.add(new Near(candidate.utf8ToString(), fuzzy.docFreq()));
        }
        return near;
      }

      @Override
      public String surface(String lang, String term) throws IOException {
        return Suggestions.surface(reader, Fields.bodyField(lang), term);
      }
    };
  }

  /**
   * "Did you mean" for a request that matched {@code total} articles: the {@link #forQuery
   * alternatives} of its query that match something under the same filters, ten times as many
   * articles as it when it matched some, {@link #ranked} (each backend's search answers {@code
   * count}).
   *
   * @param name tells the words that are a person's name, left as typed
   * @param count the articles a request matches, or -1 when its query is no query
   */
  public static List<String> forRequest(
      SearchRequest request,
      long total,
      Vocabulary vocabulary,
      java.util.function.Predicate<String> name,
      java.util.function.ToLongFunction<SearchRequest> count)
      throws IOException {
    return ranked(
        forQuery(vocabulary, request.query(), name, WEIGHED),
        total,
        text ->
            count.applyAsLong(
                new SearchRequest(
                    text,
                    request.filters(),
                    0,
                    0,
                    request.expandEntities(),
                    request.uiLanguage(),
                    false)));
  }

  /**
   * The alternatives that {@code count} finds in ten times as many articles as the query's {@code
   * total} (any, for none), as the query is to be shown them: the closest to the typed query first
   * (a letter doubled or undoubled the closest of one edit), then those that match most; at most
   * {@link #MAX_SUGGESTIONS}.
   *
   * @param count the articles an alternative query matches under the request's filters, or -1 when
   *     it is no query
   */
  static List<String> ranked(
      List<Alternative> alternatives, long total, java.util.function.ToLongFunction<String> count) {
    record Counted(String text, int distance, int doublings, long count) {}
    List<Counted> found = new ArrayList<>();
    for (Alternative alternative : alternatives) {
      long n = count.applyAsLong(alternative.text());
      if (n > 0 && n >= MORE_POPULAR * total) {
        found.add(
            new Counted(alternative.text(), alternative.distance(), alternative.doublings(), n));
      }
    }
    // stable: then the more frequent corrections
    found.sort(
        Comparator.comparingInt(Counted::distance)
            .thenComparing(Comparator.comparingInt(Counted::doublings).reversed())
            .thenComparing(Comparator.comparingLong(Counted::count).reversed()));
    return found.stream().limit(MAX_SUGGESTIONS).map(Counted::text).toList();
  }

  /**
   * Whether a search's results get "did you mean": when it matched nothing, or few articles for a
   * query of one word ("Abas"): a pasted title that finds its article and a few others would pay
   * for corrections it does not need.
   */
  public static boolean wanted(String query, long total) {
    return total == 0 || total < FEW_HITS && query.strip().split("\\s+").length <= FEW_HITS_WORDS;
  }

  /**
   * An alternative query and how far it is from the typed one: the sum over its corrected words of
   * the edits from the typed word to the correction (as written by articles, or as indexed when
   * closer), and how many of its corrections only double or undouble a letter (see {@link
   * #doubling}), which go first among alternatives as far.
   */
  record Alternative(String text, int distance, int doublings) {}

  /** A correction of one word, written as the query shows it, and its edits from the typed word. */
  private record Correction(String text, int distance, boolean doubling) {}

  /**
   * Alternative queries for {@code query}, best first: the first takes each unknown word's best
   * correction, the next ones the second and third best of the first unknown word that has them;
   * empty when every word is in the index or none has a correction. The words that {@code name}
   * tells to be a person's name are left as typed: a rare name is no typo ("Seehofer" is not
   * "Selon"). At most {@code max} alternatives (and corrections of a word).
   */
  static List<Alternative> forQuery(
      Vocabulary vocabulary, String query, java.util.function.Predicate<String> name, int max) {
    String[] words = query.strip().split("\\s+");
    List<List<Correction>> corrections = new ArrayList<>(words.length);
    boolean any = false;
    for (String word : words) {
      List<Correction> found = name.test(word) ? List.of() : corrections(vocabulary, word, max);
      any |= !found.isEmpty();
      corrections.add(found);
    }
    if (!any) {
      return List.of();
    }
    Map<String, Alternative> queries = new LinkedHashMap<>();
    for (int rank = 0; rank < max; rank++) {
      StringBuilder text = new StringBuilder();
      boolean changed = false;
      boolean varied = rank == 0;
      int distance = 0;
      int doublings = 0;
      for (int i = 0; i < words.length; i++) {
        List<Correction> found = corrections.get(i);
        String word = words[i];
        if (!found.isEmpty()) {
          int pick = !varied && rank < found.size() ? rank : 0;
          varied |= pick > 0;
          word = found.get(pick).text();
          distance += found.get(pick).distance();
          doublings += found.get(pick).doubling() ? 1 : 0;
          changed = true;
        }
        text.append(i == 0 ? "" : " ").append(word);
      }
      if (changed && varied) {
        queries.putIfAbsent(text.toString(), new Alternative(text.toString(), distance, doublings));
      }
    }
    return List.copyOf(queries.values());
  }

  /**
   * The corrections of one word, best first, written as typed (the typed word's leading
   * punctuation, first capital); empty when the word is known, is syntax, or has none.
   */
  private static List<Correction> corrections(Vocabulary vocabulary, String typed, int max) {
    int start = 0;
    int end = typed.length();
    while (start < end && !Character.isLetterOrDigit(typed.codePointAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(typed.codePointBefore(end))) {
      end--;
    }
    String word = typed.substring(start, end);
    // the typed word's length, not its term's: a stem may be shorter ("aba", of "Abas")
    if (word.codePointCount(0, word.length()) < MIN_LENGTH
        || word.indexOf(':') >= 0
        || isOperator(word)
        || word.chars().anyMatch(Character::isDigit)) {
      return List.of();
    }
    try {
      record Analysed(String lang, String term) {}
      List<Analysed> analyzed = new ArrayList<>();
      boolean arabic = word.codePoints().anyMatch(Suggestions::isArabic);
      long typedFreq = 0;
      for (String lang : Fields.TEXT_LANGS) {
        if (arabic != lang.equals("ar")) {
          continue; // a word's corrections are in the analyses of its own script
        }
        String term = firstTerm(FieldAnalyzers.perField(), Fields.bodyField(lang), word);
        if (term != null) {
          typedFreq = Math.max(typedFreq, vocabulary.docFreq(lang, term));
          analyzed.add(new Analysed(lang, term));
        }
      }
      if (typedFreq >= MAX_TYPO_FREQ) {
        return List.of(); // a word of the text, not a typo
      }
      // the word as typed, folded but not stemmed: a language's stemming may bring the typo near
      // another word ("oppec" is the French "opec", one edit from "oper", the stem of "opération")
      String folded = firstTerm(FieldAnalyzers.perField(), Fields.bodyField("xx"), word);
      List<Candidate> best = new ArrayList<>();
      int maxEdits = word.codePointCount(0, word.length()) <= 5 ? 1 : 2;
      // one edit first: only when no term one edit away will do are terms two edits away looked
      // for (the same answer, since the closest are kept; the two-edit automaton walks far more of
      // the terms dictionary: a 3-word query that matched nothing took 22 ms, new to the searcher)
      for (int edits = 1; edits <= maxEdits && best.isEmpty(); edits++) {
        for (Analysed a : analyzed) {
          String term = a.term();
          for (Near near : vocabulary.near(a.lang(), term, edits)) {
            // a typo that some articles share ("Macorn") is no answer: its correction is far more
            // frequent
            if (typedFreq == 0 || near.docFreq() >= MORE_POPULAR * typedFreq) {
              String text = near.term();
              best.add(
                  new Candidate(
                      a.lang(),
                      text,
                      edits(term, text),
                      folded == null ? 0 : typedEdits(folded, term, text),
                      folded != null && doubling(folded, term, text),
                      near.docFreq()));
            }
          }
        }
      }
      // closest first (to the analysed word, then to the typed one), a letter doubled or
      // undoubled before other edits as close, then the most frequent; the same term from two
      // languages counts once
      best.sort(
          Comparator.comparingInt(Candidate::edits)
              .thenComparingInt(Candidate::typedEdits)
              .thenComparing(Candidate::doubling, Comparator.reverseOrder())
              .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed())
              .thenComparing(Candidate::term));
      Map<String, Correction> out = new LinkedHashMap<>();
      for (Candidate c : best) {
        // the others only when as close, and common words too rather than the index's own typos
        if (out.size() < max
            && (out.isEmpty()
                || c.edits() == best.get(0).edits()
                    && c.docFreq() * MORE_POPULAR >= best.get(0).docFreq())) {
          String shown = vocabulary.surface(c.lang(), c.term());
          String text = typed.substring(0, start) + asTyped(shown, word) + typed.substring(end);
          // from the typed word to the correction as written ("Abas" to "Abbas": one; to "Able",
          // read "abl" as "Abas" is read "aba": two), or to its term when closer (Arabic articles
          // write a name with the article: العباس is عباس)
          String writtenFolded =
              firstTerm(FieldAnalyzers.perField(), Fields.bodyField("xx"), shown);
          int distance =
              folded == null
                  ? c.edits()
                  : Math.min(
                      edits(folded, c.term()),
                      writtenFolded == null ? Integer.MAX_VALUE : edits(folded, writtenFolded));
          out.putIfAbsent(text, new Correction(text, distance, c.doubling()));
        }
      }
      return List.copyOf(out.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word in this many articles or more is a word of the text, not a typo. */
  private static final int MAX_TYPO_FREQ = 20;

  /** How many times more articles a correction is in than the typed word, at least. */
  static final int MORE_POPULAR = 10;

  /**
   * A query that matches fewer articles than this gets suggestions too, those that match {@link
   * #MORE_POPULAR} times as many ("Abas", in 4 articles: "Abbas", in 67).
   */
  static final int FEW_HITS = MAX_TYPO_FREQ;

  /**
   * Most words of a query that gets suggestions for few matches ("Abas"; any query of a title's
   * length gets them for none). Corrections cost more than the search: given to every title topic
   * under 20 matches (1,076 of 1,500), they took the topics' p50 from 1.10 to 1.85 ms; given to
   * those of three words or fewer (9), those 9 took 2.72 ms at p50 against 1.47.
   */
  static final int FEW_HITS_WORDS = 1;

  /** Leading characters a correction shares with the typed word (as DirectSpellChecker's). */
  private static final int PREFIX_LENGTH = 1;

  /** Words shorter than this (as typed) get no suggestion: too many terms are that close. */
  private static final int MIN_LENGTH = 4;

  private record Candidate(
      String lang, String term, int edits, int typedEdits, boolean doubling, int docFreq) {}

  /**
   * The word as an article writes it, for a stemmed term ("mauritan" is shown "Mauritanie"): the
   * word most often written, among those the field's analysis reads as the term, by the live
   * article with the highest frequency of the term among its first postings (an article on
   * al-Jubeir writes الجبير more than جبيرة, both read as جبير; ties to the shortest), found by
   * analysing that article's stored text again (bodies keep positions, not offsets). The term
   * itself when none is found.
   */
  static String surface(IndexReader reader, String field, String term) throws IOException {
    BytesRef bytes = new BytesRef(term);
    LeafReaderContext bestLeaf = null;
    int bestDoc = -1;
    int bestFreq = 0;
    int scanned = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null || scanned >= SURFACE_POSTINGS) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(bytes)) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS && scanned < SURFACE_POSTINGS;
          doc = postings.nextDoc()) {
        scanned++;
        if ((live == null || live.get(doc)) && postings.freq() > bestFreq) {
          bestLeaf = leaf;
          bestDoc = doc;
          bestFreq = postings.freq();
        }
      }
    }
    if (bestLeaf == null) {
      return term;
    }
    String text = bestLeaf.reader().storedFields().document(bestDoc, Set.of(field)).get(field);
    return text == null ? term : commonestWordReadAs(field, text, term);
  }

  /** How many articles holding a term are looked at for the one that writes it most. */
  private static final int SURFACE_POSTINGS = 2000;

  /**
   * The word of {@code text} most often read as {@code term} by the field's analysis (ties to the
   * shortest), as the text writes it; the term itself when none is.
   */
  public static String commonestWordReadAs(String field, String text, String term) {
    // by lower case: the count and the first spelling met
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> firstSpelling = new HashMap<>();
    try (TokenStream stream = FieldAnalyzers.perField().tokenStream(field, text)) {
      CharTermAttribute chars = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.contentEquals(chars)) {
          String word = text.substring(offsets.startOffset(), offsets.endOffset());
          String key = word.toLowerCase(Locale.ROOT);
          counts.merge(key, 1, Integer::sum);
          firstSpelling.putIfAbsent(key, word);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best))
              && (e.getKey().length() < best.length()
                  || e.getKey().length() == best.length() && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
      }
    }
    return best == null ? term : firstSpelling.get(best);
  }

  /**
   * How far a candidate term is from the word as typed ({@code folded}, not stemmed): the candidate
   * given back what the analysis took off the typed word around its term (the "s" of "abas", read
   * "aba"), so that a stem ("abba", of "Abbas") is not farther than an unstemmed word only for
   * being a stem; or the candidate as it is, when closer or when the typed word does not hold its
   * term.
   */
  static int typedEdits(String folded, String typedTerm, String candidate) {
    int plain = edits(folded, candidate);
    int at = typedTerm.isEmpty() ? -1 : folded.indexOf(typedTerm);
    if (at < 0) {
      return plain;
    }
    String given = folded.substring(0, at) + candidate + folded.substring(at + typedTerm.length());
    return Math.min(plain, edits(folded, given));
  }

  /**
   * Whether a candidate term, given back what the analysis took off the typed word as {@link
   * #typedEdits} does, is the typed word with one letter doubled or one double letter written once:
   * the commonest slip in writing a name, and the commonest difference between two transliterations
   * of one (Abas and Abbas, Hasan and Hassan, Mohamed and Mohammed), so it goes before other
   * corrections as close ("Abas": Abbas before abus and Abad).
   */
  static boolean doubling(String folded, String typedTerm, String candidate) {
    int at = typedTerm.isEmpty() ? -1 : folded.indexOf(typedTerm);
    String given =
        at < 0
            ? candidate
            : folded.substring(0, at) + candidate + folded.substring(at + typedTerm.length());
    return oneLetterDoubled(folded, given) || oneLetterDoubled(folded, candidate);
  }

  /** Whether one of the two strings is the other with one of its letters written twice. */
  static boolean oneLetterDoubled(String a, String b) {
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    // longer's letter i is the extra one: it must repeat its neighbour, the rest must agree
    boolean repeats =
        i > 0 && longer.charAt(i) == longer.charAt(i - 1)
            || i + 1 < longer.length() && longer.charAt(i) == longer.charAt(i + 1);
    return repeats && shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean isArabic(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
  }

  private static boolean isOperator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT");
  }

  /** The term with the typed word's capitals: all of them, or the first. */
  private static String asTyped(String term, String typed) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return term.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.codePointAt(0))) {
      return term.substring(0, term.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
          + term.substring(term.offsetByCodePoints(0, 1));
    }
    return term;
  }

  /** The first term the field's analysis makes of a word; null when it drops it (a stop word). */
  private static String firstTerm(Analyzer analyzer, String field, String word) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String first = stream.incrementToken() ? term.toString() : null;
      stream.end();
      return first;
    }
  }
}
