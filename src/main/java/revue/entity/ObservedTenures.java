package revue.entity;

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
  public record Term(LocalDate from, LocalDate to) {

    /** The first epoch day an article still falls in the term: {@link #MARGIN_DAYS} before it. */
    public long firstDay() {
      return from.toEpochDay() - MARGIN_DAYS;
    }

    /** The last epoch day an article still falls in the term: {@link #MARGIN_DAYS} after it. */
    public long lastDay() {
      return to.toEpochDay() + MARGIN_DAYS;
    }

    /** Whether an article of that epoch day falls in the term. */
    public boolean holds(long day) {
      return day >= firstDay() && day <= lastDay();
    }

    /** How many of the epoch days fall in the term. */
    public int count(int[] days) {
      int n = 0;
      for (int d : days) {
        n += holds(d) ? 1 : 0;
      }
      return n;
    }
  }

  /** A person as the articles tag them, and their observed terms, in order. */
  public record Tenure(String name, List<Term> terms) {
    public Tenure {
      terms = List.copyOf(terms);
    }

    /** Whether an article of that epoch day falls in one of the terms. */
    public boolean holds(long day) {
      return terms.stream().anyMatch(t -> t.holds(day));
    }

    /**
     * The ends of a Latin-script name past its first word, folded ("le drian" and "drian" of
     * Jean-Yves Le Drian): the family names a courtesy title may stand before ("M. Le Drian"), as
     * {@link EntityExtractor#courtesyNames} gives them. Empty for an Arabic-script or one-word
     * name.
     */
    public List<String> familyNames() {
      return familyNames(TextFolding.tokens(name));
    }

    static List<String> familyNames(List<Token> words) {
      if (words.size() < 2 || words.get(0).isArabic()) {
        return List.of();
      }
      List<String> out = new ArrayList<>(words.size() - 1);
      for (int k = 1; k < words.size(); k++) {
        StringBuilder b = new StringBuilder();
        for (Token w : words.subList(k, words.size())) {
          b.append(b.isEmpty() ? "" : " ").append(w.norm());
        }
        out.add(b.toString());
      }
      return out;
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
}
