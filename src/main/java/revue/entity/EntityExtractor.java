package revue.entity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the countries, ministers and dates an article names, and resolves query terms to the same
 * entities. The front door of the entity package.
 *
 * <p>Thread-safe once built; building loads the gazetteers, so build one and share it.
 */
public final class EntityExtractor {

  private final CountryMatcher countries;
  private final MinisterMatcher ministers;
  private final MinisterGazetteer ministerGazetteer;
  private final CountryGazetteer countryGazetteer;
  private final WordStarts starts;

  /** Built on first use, as the dates are: a search never reads datelines. */
  private static final class Cities {
    static final CityMatcher MATCHER = new CityMatcher();
  }

  /**
   * The words of the text last analysed on this thread: indexers ask for countries, then ministers.
   */
  private record Words(String text, List<Token> tokens, List<List<String>> forms, byte[] starts) {}

  private final ThreadLocal<Words> lastWords = new ThreadLocal<>();

  private Words words(String text) {
    Words w = lastWords.get();
    if (w != null && w.text() == text) {
      return w;
    }
    List<Token> tokens = TextFolding.tokens(text);
    // Words repeat within an article: each distinct word's forms and starts are worked out once.
    // (A table shared by all articles was tried: at hundreds of thousands of words its look-ups
    // miss the CPU caches and cost more than they save.) The table of first occurrences is open
    // addressing over int arrays: a HashMap costs a node, a boxed index and resizes per article.
    int n = tokens.size();
    List<List<String>> forms = new ArrayList<>(n);
    byte[] wordStarts = new byte[n];
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(8, 2 * n) - 1);
    int mask = (1 << bits) - 1;
    int[] firstPlusOne = new int[mask + 1];
    int[] hashes = new int[mask + 1];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String norm = t.norm();
      int hash = norm.hashCode();
      int slot = (hash * 0x9E3779B9) >>> (32 - bits);
      while (true) {
        int seen = firstPlusOne[slot] - 1;
        if (seen < 0) {
          firstPlusOne[slot] = i + 1;
          hashes[slot] = hash;
          List<String> f = t.isArabic() ? TextFolding.arabicForms(norm) : List.of(norm);
          forms.add(f);
          wordStarts[i] = starts.of1(f);
          break;
        }
        if (hashes[slot] == hash && tokens.get(seen).norm().equals(norm)) {
          forms.add(forms.get(seen));
          wordStarts[i] = wordStarts[seen];
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    w = new Words(text, tokens, forms, wordStarts);
    lastWords.set(w);
    return w;
  }

  /** The word starts table, for tests. */
  WordStarts wordStarts() {
    return starts;
  }

  /**
   * Built on first use: a search never reads dates in text, and building one costs a cold start.
   */
  private static final class Dates {
    static final DateExtractor EXTRACTOR = new DateExtractor();
  }

  private EntityExtractor(List<Path> ministerFiles) {
    GazetteerSnapshot.Gazetteers built = GazetteerSnapshot.bundled().orElse(null);
    this.countryGazetteer = built != null ? built.countries() : CountryGazetteer.load();
    this.countries = new CountryMatcher(countryGazetteer);
    this.ministerGazetteer =
        built != null
            ? MinisterGazetteer.withUserFiles(built.ministers(), ministerFiles)
            : MinisterGazetteer.load(ministerFiles);
    this.ministers = new MinisterMatcher(ministerGazetteer, countryGazetteer);
    this.starts = new WordStarts(countryGazetteer, ministerGazetteer, ministers.titleWords());
  }

  private EntityExtractor(EntityExtractor base, ObservedTenures tenures) {
    this.countryGazetteer = base.countryGazetteer;
    this.countries = base.countries;
    this.ministerGazetteer = base.ministerGazetteer.withTenures(tenures);
    this.ministers = new MinisterMatcher(ministerGazetteer, countryGazetteer);
    this.starts = new WordStarts(countryGazetteer, ministerGazetteer, ministers.titleWords());
  }

  /**
   * This extractor, also tagging the ministers a collection showed in office ({@link
   * ObservedTenures}) where a text of a date within their terms names them without a post. This
   * extractor when there are none.
   */
  public EntityExtractor withTenures(ObservedTenures tenures) {
    Objects.requireNonNull(tenures, "tenures");
    return tenures.isEmpty() ? this : new EntityExtractor(this, tenures);
  }

  private static volatile EntityExtractor defaults;

  /**
   * The extractor over the gazetteers bundled with revue, built by the first call (concurrent first
   * calls wait for one build): a process needs it once, and building it is a large part of a cold
   * start.
   */
  public static EntityExtractor defaults() {
    EntityExtractor d = defaults;
    if (d == null) {
      synchronized (EntityExtractor.class) {
        d = defaults;
        if (d == null) {
          defaults = d = new EntityExtractor(List.of());
        }
      }
    }
    return d;
  }

  /**
   * An extractor over the bundled gazetteers plus a user's minister file, in the format of {@code
   * revue/ministers.tsv} (see its header): canonical name, country, portfolio, from, to, aliases,
   * tab-separated.
   *
   * @throws GazetteerFormatException when a line breaks the format (the message names the line)
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static EntityExtractor withGazetteer(Path ministerFile) {
    Objects.requireNonNull(ministerFile, "ministerFile");
    return new EntityExtractor(List.of(ministerFile));
  }

  /** ISO 3166 alpha-2 codes of the countries the text names, in order of first mention, unique. */
  public List<String> countries(String text) {
    return distinctValues(countryMentions(text));
  }

  /** Each country mention with its offsets, in text order. */
  public List<Mention> countryMentions(String text) {
    Objects.requireNonNull(text, "text");
    Words w = words(text);
    return Collections.unmodifiableList(
        countries.mentions(text, w.tokens(), w.forms(), w.starts()));
  }

  /** Canonical names of the ministers the text names, in order of first mention, unique. */
  public List<String> ministers(String text) {
    return distinctValues(ministerMentions(text));
  }

  /** Each minister mention with its offsets, in text order; the value is the canonical name. */
  public List<Mention> ministerMentions(String text) {
    return ministerMentions(text, null);
  }

  /**
   * Canonical names of the ministers a text of that date names, in order of first mention, unique,
   * former ones included (see {@link #ministerMentions(String, LocalDate)}).
   */
  public List<String> ministers(String text, LocalDate date) {
    return distinctValues(ministerMentions(text, date));
  }

  /**
   * Each minister mention of a text published on a date, in text order: a gazetteer minister the
   * text gives no post counts only when the date falls in one of their terms (a party leader
   * written about years after a short term is no minister); a person the text gives the post only
   * as a past one ("l'ancien ministre X") is kept and marked {@link Mention#former()}.
   *
   * @param date the article's date, or null when unknown (every gazetteer name counts)
   */
  public List<Mention> ministerMentions(String text, LocalDate date) {
    Objects.requireNonNull(text, "text");
    Words w = words(text);
    return Collections.unmodifiableList(
        ministers.mentions(text, w.tokens(), w.forms(), w.starts(), date));
  }

  /**
   * The words written after each courtesy title ("M. Blanquer", "Mme Buzyn", "Mr Baker"), one to
   * three of them, folded ("blanquer"): where a tenure a collection shows may name its minister by
   * the family name alone ({@link ObservedTenures.Tenure#familyNames}), in text order, each once.
   */
  public List<String> courtesyNames(String text) {
    Objects.requireNonNull(text, "text");
    return Collections.unmodifiableList(MinisterMatcher.courtesyNames(words(text).tokens()));
  }

  /**
   * The publication date a text states, when it states one: a date it presents as today's or
   * yesterday's, or an embedded tweet's, the one written most often, the latest among equals (see
   * {@link DateExtractor}). Never today's date, and no other date of the text.
   */
  public Optional<LocalDate> dateInText(String text) {
    Objects.requireNonNull(text, "text");
    return Dates.EXTRACTOR.publicationDate(text);
  }

  /**
   * The date a dateline writes in full ("Rabat, le 15 janvier 2023", "الرباط، 15 يناير 2023");
   * empty when it writes none, or a day and a month without the year ("LONDON, March 16 -"): the
   * year is not guessed.
   *
   * @param dateline the dateline, as {@link #datelineAtStart} or a record's dateline gives it
   */
  public Optional<LocalDate> dateInDateline(String dateline) {
    Objects.requireNonNull(dateline, "dateline");
    return Dates.EXTRACTOR.datelineDate(dateline);
  }

  /**
   * The 1-based line of {@code text} (lines end at {@code \n}) on which {@code date} is first
   * written as a full date, or 0 when it is not.
   */
  public int lineOf(String text, LocalDate date) {
    Objects.requireNonNull(text, "text");
    int line = 1;
    for (int from = 0; from <= text.length(); line++) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      if (Dates.EXTRACTOR.dates(text.substring(from, end)).contains(date)) {
        return line;
      }
      from = end + 1;
    }
    return 0;
  }

  /** Most words a dateline at the start of a body has: "SAN FRANCISCO, March 3 (Reuters)". */
  private static final int MAX_DATELINE_WORDS = 8;

  private static final int MAX_DATELINE_CHARS = 60;

  /**
   * The dateline a body opens with, when it opens with one: its first line's words before a dash or
   * a colon ("RABAT (Reuters) - ...", "الرباط - ...", "PARIS, 3 mars (AFP) - ..."), at most eight
   * words and sixty characters with no sentence mark among them; null otherwise.
   */
  public String datelineAtStart(String body) {
    Objects.requireNonNull(body, "body");
    int lineEnd = body.indexOf('\n');
    int limit = Math.min(lineEnd < 0 ? body.length() : lineEnd, MAX_DATELINE_CHARS + 3);
    for (int i = 0; i < limit; i++) {
      char c = body.charAt(i);
      if (c == '.' && !abbreviation(body, i)
          || c == '!'
          || c == '?'
          || c == '؟'
          || c == '"'
          || c == '«') {
        return null;
      }
      boolean dash =
          (c == '-' || c == '–' || c == '—')
              && i > 0
              && body.charAt(i - 1) == ' '
              && i + 1 < body.length()
              && body.charAt(i + 1) == ' ';
      if (dash || c == ':') {
        String prefix = body.substring(0, i).strip();
        if (prefix.isEmpty()
            || prefix.length() > MAX_DATELINE_CHARS
            || TextFolding.tokens(prefix).size() > MAX_DATELINE_WORDS) {
          return null;
        }
        return prefix;
      }
    }
    return null;
  }

  /** "Jan. 15", "ST. LOUIS": a period after a short word is no sentence end. */
  private static boolean abbreviation(String s, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return dot > start && dot - start <= 4;
  }

  /**
   * The country a dateline names: that of the state or province written after its city ("MEMPHIS,
   * Tenn.", {@code revue/entity/regions.txt}) or the country written there ("BONN, West Germany"),
   * else the country of the city it starts with ("RABAT (Reuters)", "الرباط، 15 يناير 2023", from
   * {@code revue/entity/cities.txt}), else a country it starts with ("BAHRAIN, March 3 -").
   */
  public Optional<Mention> countryOfDateline(String dateline) {
    Objects.requireNonNull(dateline, "dateline");
    // the region or country written after the city decides: "PORTLAND, Me.", "LONDON, Ontario"
    List<Token> tokens = TextFolding.tokens(dateline);
    Optional<Mention> region = Cities.MATCHER.regionInDateline(dateline, tokens);
    if (region.isPresent()) {
      return region;
    }
    List<Mention> named = countries.mentions(dateline, tokens, CountryMatcher.forms(tokens));
    int second = CityMatcher.afterCity(dateline, tokens);
    if (second >= 0) {
      for (Mention m : named) {
        // "BONN, West Germany, March 3 -": a country closing the element after the city
        if (m.start() >= tokens.get(second).start()
            && m.start() <= tokens.get(Math.min(second + 1, tokens.size() - 1)).start()
            && CityMatcher.endsElement(dateline, m.end())) {
          return Optional.of(
              new Mention(
                  m.value(),
                  tokens.get(0).start(),
                  m.end(),
                  dateline.substring(tokens.get(0).start(), m.end())));
        }
      }
    }
    Optional<Mention> city = Cities.MATCHER.inDateline(dateline, tokens);
    if (city.isPresent()) {
      return city;
    }
    if (!named.isEmpty() && !tokens.isEmpty() && named.get(0).start() == tokens.get(0).start()) {
      return Optional.of(named.get(0));
    }
    return Optional.empty();
  }

  /**
   * The countries of the cities a clear locative names ("à Rabat", "in Kabul", "في الرباط",
   * "بالرباط") in the text before {@code leadEnd}, in text order; the value is the ISO code.
   */
  public List<Mention> locativeMentions(String text, int leadEnd) {
    Objects.requireNonNull(text, "text");
    Words w = words(text);
    return Collections.unmodifiableList(
        Cities.MATCHER.locatives(text, w.tokens(), w.forms(), leadEnd));
  }

  /** The country a query term or phrase names (name, short form or demonym, any script). */
  public Optional<String> countryForQuery(String term) {
    Objects.requireNonNull(term, "term");
    return countries.forQuery(term);
  }

  /** The canonical minister a query term or phrase names (full name, surname, alias). */
  public Optional<String> ministerForQuery(String term) {
    Objects.requireNonNull(term, "term");
    return ministers.forQuery(term);
  }

  /**
   * As {@link #ministerForQuery}, but only for a name spelled as the gazetteer spells it (after
   * case, accent and Arabic letter-form folding), not for a misspelling of one.
   */
  public Optional<String> ministerForQueryExactly(String term) {
    Objects.requireNonNull(term, "term");
    return ministers.forQueryExactly(term);
  }

  /** Whether a minister's canonical name is the gazetteer's (not a name discovered in a text). */
  public boolean knowsMinister(String canonical) {
    return ministerGazetteer.knows(canonical);
  }

  /** A country's display name in a language, e.g. "Niger" for NE in French. */
  public String countryName(String code, Locale language) {
    return JdkTables.get().countryName(code, language);
  }

  /**
   * Spellings under which a country (ISO code) or minister (canonical name) appears in text, in
   * Latin and Arabic script, for searching the text as well as the entity tag. Folded forms (lower
   * case, no accents), as the analyzers fold them too.
   *
   * @param dimension "country" or "minister"
   */
  public List<String> surfaceForms(String dimension, String value) {
    Objects.requireNonNull(value, "value");
    Set<String> forms = new LinkedHashSet<>();
    switch (dimension) {
      case "country" -> forms.addAll(countryGazetteer.searchForms(value));
      case "minister" -> {
        for (MinisterGazetteer.Alias alias : ministerGazetteer.aliases()) {
          if (alias.canonical().equals(value)) {
            forms.add(String.join(" ", alias.words()));
          }
        }
      }
      default ->
          throw new IllegalArgumentException(
              "dimension must be country or minister, got " + dimension);
    }
    return List.copyOf(forms);
  }

  private static List<String> distinctValues(List<Mention> mentions) {
    Set<String> seen = new LinkedHashSet<>();
    for (Mention m : mentions) {
      seen.add(m.value());
    }
    return Collections.unmodifiableList(new ArrayList<>(seen));
  }
}
