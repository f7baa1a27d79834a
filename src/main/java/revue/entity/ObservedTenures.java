package revue.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ministers a collection names with their post, and when: what a reader knows of a person that
 * an article naming them without the post ("le cabinet de Bruno Le Roux", "Deux ministres ont été
 * choisis, X et Y") does not say. Each minister the gazetteer does not know, named as minister in
 * {@value #MIN_ARTICLES} articles or more, holds the post over the runs of those articles' dates
 * that no gap longer than {@value #MAX_GAP_DAYS} days breaks; an article naming the person's full
 * name without a post, dated within a run give or take {@link MinisterGazetteer#TERM_MARGIN_DAYS},
 * tags them as the gazetteer's ministers are tagged ({@link EntityExtractor#withTenures}).
 *
 * <p>Built from the tags of articles indexed already (revue.index computes it after a run's first
 * pass and tags again the articles that name such a person); it knows nothing of where they are
 * kept. Immutable, thread-safe.
 */
public final class ObservedTenures {

  /** Articles giving a person the post, at least, before the post is read into other articles. */
  public static final int MIN_ARTICLES = 3;

  /** The longest gap between two articles giving the post that one term still spans. */
  public static final int MAX_GAP_DAYS = 365;

  /**
   * The least share of the articles naming a person (within the terms) that give them the post: a
   * phrase that a few articles read wrongly as a name after a title ("فيما يلي نصه" after "وزير
   * الدفاع") is written without one in most of the others.
   */
  public static final double MIN_TITLED_SHARE = 0.3;

  /** Days before a term's first article and after its last that an article still falls in it. */
  public static final int MARGIN_DAYS = MinisterGazetteer.TERM_MARGIN_DAYS;

  /** No tenures: extraction as from the sentence alone. */
  public static final ObservedTenures NONE = new ObservedTenures(List.of());

  /** One term: the first and last day (inclusive) of a run of articles giving the post. */
  public record Term(LocalDate from, LocalDate to) {}

  /** A person as the articles tag them, and their observed terms, in order. */
  public record Tenure(String name, List<Term> terms) {
    public Tenure {
      terms = List.copyOf(terms);
    }
  }

  private final List<Tenure> tenures;

  private ObservedTenures(List<Tenure> tenures) {
    this.tenures = List.copyOf(tenures);
  }

  /** Every tenure, in the order given. */
  public List<Tenure> tenures() {
    return tenures;
  }

  public boolean isEmpty() {
    return tenures.isEmpty();
  }

  /**
   * The tenures of minister tags, from the days of the articles that give each its post.
   *
   * @param daysByTag each tag's articles' dates, as epoch days, in any order (repeats count: one a
   *     article)
   * @param known whether a tag is the gazetteer's (its terms are the gazetteer's own)
   */
  public static ObservedTenures of(Map<String, int[]> daysByTag, Predicate<String> known) {
    List<Tenure> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : daysByTag.entrySet()) {
      String tag = e.getKey();
      int[] days = e.getValue().clone();
      if (days.length < MIN_ARTICLES || known.test(tag) || !fullName(tag)) {
        continue;
      }
      Arrays.sort(days);
      out.add(new Tenure(tag, terms(days)));
    }
    out.sort(java.util.Comparator.comparing(Tenure::name));
    return new ObservedTenures(out);
  }

  /**
   * Only the terms a test keeps (revue.index keeps those where enough of the articles naming the
   * person give the post), and the tenures left with a term.
   */
  public ObservedTenures keepingTerms(java.util.function.BiPredicate<Tenure, Term> keep) {
    List<Tenure> out = new ArrayList<>();
    for (Tenure t : tenures) {
      List<Term> kept = t.terms().stream().filter(term -> keep.test(t, term)).toList();
      if (!kept.isEmpty()) {
        out.add(new Tenure(t.name(), kept));
      }
    }
    return new ObservedTenures(out);
  }

  /**
   * Whether the titled articles are enough of those naming the person within the terms for the post
   * to be read into the others: {@value #MIN_TITLED_SHARE} of them at least.
   */
  public static boolean titledEnough(int titled, int named) {
    return named > 0 && titled >= MIN_TITLED_SHARE * named;
  }

  /** The runs of sorted days that no gap over {@link #MAX_GAP_DAYS} breaks. */
  static List<Term> terms(int[] sortedDays) {
    List<Term> terms = new ArrayList<>();
    int from = sortedDays[0];
    int prev = from;
    for (int i = 1; i < sortedDays.length; i++) {
      int d = sortedDays[i];
      if (d - prev > MAX_GAP_DAYS) {
        terms.add(new Term(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(prev)));
        from = d;
      }
      prev = d;
    }
    terms.add(new Term(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(prev)));
    return terms;
  }

  /**
   * A name of two words or more, each a name's word: a tag of one word (a family name alone) would
   * be read into every article naming someone else of that family.
   */
  private static boolean fullName(String tag) {
    List<Token> words = TextFolding.tokens(tag);
    if (words.size() < 2) {
      return false;
    }
    Token first = words.get(0);
    return first.isArabic() || first.isCapitalized(); // a Latin name starts with a capital
  }

  private static final String HEADER = "# revue observed tenures 1";

  /** One line a tenure: name, then each term as from..to, tab-separated. */
  public void write(Writer w) throws IOException {
    w.write(HEADER);
    w.write('\n');
    for (Tenure t : tenures) {
      w.write(t.name());
      for (Term term : t.terms()) {
        w.write('\t');
        w.write(term.from() + ".." + term.to());
      }
      w.write('\n');
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException when a line is not of that format
   */
  public static ObservedTenures read(Reader r) throws IOException {
    BufferedReader in = new BufferedReader(r);
    String line = in.readLine();
    if (!HEADER.equals(line)) {
      throw new IllegalArgumentException("not a tenures file: " + line);
    }
    List<Tenure> out = new ArrayList<>();
    while ((line = in.readLine()) != null) {
      String[] c = line.split("\t");
      if (c.length < 2 || c[0].isEmpty()) {
        throw new IllegalArgumentException("bad tenure line: " + line);
      }
      List<Term> terms = new ArrayList<>();
      for (int i = 1; i < c.length; i++) {
        int dots = c[i].indexOf("..");
        if (dots < 0) {
          throw new IllegalArgumentException("bad term: " + c[i]);
        }
        terms.add(
            new Term(
                LocalDate.parse(c[i].substring(0, dots)),
                LocalDate.parse(c[i].substring(dots + 2))));
      }
      out.add(new Tenure(c[0], terms));
    }
    return new ObservedTenures(out);
  }
}
