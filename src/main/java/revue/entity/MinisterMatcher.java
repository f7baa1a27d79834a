package revue.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import revue.entity.MinisterGazetteer.Alias;
import revue.entity.PhraseTrie.Match;

/**
 * Finds the ministers a text names: gazetteer spellings, spelling slips close to them, people the
 * text presents as ministers ("le ministre nigérien des Affaires étrangères, M. X Y", "Foreign
 * Minister X Y", "وزير الخارجية المغربي X Y"), and later mentions of a named minister by surname.
 * Variants of one name in a text are grouped under one canonical name.
 *
 * <p>Thread-safe. Linear in the number of words.
 */
final class MinisterMatcher {

  private static final Set<String> LATIN_HONORIFICS = WordLists.load("honorifics-latin.txt");

  /** Words that join the parts of a portfolio: "ministre de l'Économie et des Finances". */
  private static final Set<String> CONNECTORS = WordLists.load("portfolio-connectors.txt");

  /** Capitalized words that start no name: articles, portfolio words, titles, months, days. */
  private static final Set<String> NOT_NAMES = WordLists.load("not-names-latin.txt");

  private static final Set<String> NAME_PARTICLES = WordLists.load("name-particles-latin.txt");

  /**
   * Words the corpora write mostly in lower case (scripts/common-words.py): capitalized, they start
   * a sentence or a title ("Invité de ...", "Minister of State for Planning"), never a name.
   */
  private static final Set<String> COMMON_WORDS = WordLists.load("common-words-latin.txt");

  /** Words that make a title a past one: "ancien", "former", "السابق". */
  private static final Set<String> FORMER_WORDS = WordLists.load("former-words.txt");

  /** How a title presents the person beside it, per word of a text: */
  private static final byte UNTITLED = 0;
  /** as holding the post */
  private static final byte CURRENT = 1;
  /** as having held it */
  private static final byte FORMER = 2;

  /** Plural titles, which a list of names may follow: "les secrétaires d'État X Y et Z W". */
  private static final Set<String> PLURAL_TITLES =
      Set.of("ministres", "ministers", "secretaires", "secretaries");

  private static final Set<String> ARABIC_STOPWORDS = WordLists.load("name-stops-arabic.txt");

  /** Article-carrying words that close a title rather than start a name: tense, time, rank. */
  private static final Set<String> ARABIC_TITLE_CLOSERS = WordLists.load("title-closers-arabic.txt");

  private static final Set<String> ARABIC_PARTICLES = WordLists.load("name-particles-arabic.txt");

  /** Regnal ordinals (عبد الله الثاني): never a family name, nor a slip of one (الثني). */
  private static final Set<String> ARABIC_ORDINALS = WordLists.load("ordinals-arabic.txt");

  /** Given names that begin like a present-tense verb, ي and a consonant (يحيى, يزيد). */
  private static final Set<String> ARABIC_YA_NAMES = WordLists.load("given-names-arabic.txt");

  private final MinisterGazetteer gazetteer;
  private final PhraseTrie<CountryGazetteer.Entry> countries;
  private final PhraseTrie<Boolean> triggers = new PhraseTrie<>();

  /** One alias's {@link #familyName}, whose it is, and its {@link #letters}. */
  private record FamilyName(String name, String canonical, long letters) {}

  /**
   * The letters of a word as a 64-bit set (each char's low six bits). An edit adds at most one
   * letter to a word and takes at most one away, so two words within two edits differ by at most
   * two letters each way in these sets, whatever letters share a bit: a test that spares almost
   * every edit distance computation of a one-word query.
   */
  private static long letters(String word) {
    long set = 0;
    for (int i = 0; i < word.length(); i++) {
      set |= 1L << (word.charAt(i) & 63);
    }
    return set;
  }

  /**
   * Each alias's family name, by the name's length: a one-word query can only be close to names
   * at most {@link NameDistance#MAX_EDITS} letters longer or shorter, so {@link #forQuery} looks
   * at those instead of every alias, a cost every query word paid (docs/benchmarks.md, "Profiles
   * behind smaller choices").
   */
  private final List<List<FamilyName>> familyNamesByLength;

  private static List<List<FamilyName>> familyNamesByLength(List<Alias> aliases) {
    List<List<FamilyName>> byLength = new ArrayList<>();
    for (Alias a : aliases) {
      String name = familyName(a.words());
      while (byLength.size() <= name.length()) {
        byLength.add(new ArrayList<>());
      }
      byLength.get(name.length()).add(new FamilyName(name, a.canonical(), letters(name)));
    }
    return byLength;
  }

  MinisterMatcher(MinisterGazetteer gazetteer, CountryGazetteer countries) {
    this.gazetteer = gazetteer;
    this.countries = countries.trie();
    this.familyNamesByLength = familyNamesByLength(gazetteer.aliases());
    for (String t : WordLists.entries("minister-titles.txt")) {
      List<String> words = new ArrayList<>();
      for (Token tok : TextFolding.tokens(t)) {
        words.add(tok.norm());
      }
      triggers.put(words, Boolean.TRUE, (a, b) -> a);
    }
  }

  /** One found name before grouping: token range, folded words, and a gazetteer name or null. */
  private record Found(int from, int to, List<String> words, String surface, String canonical) {}

  /** The first words of minister titles, for {@link WordStarts}. */
  Set<String> titleWords() {
    return triggers.firstWords();
  }

  List<Mention> mentions(String text, List<Token> tokens, List<List<String>> forms) {
    return mentions(text, tokens, forms, WordStarts.all(tokens.size()));
  }

  List<Mention> mentions(String text, List<Token> tokens, List<List<String>> forms, byte[] starts) {
    return mentions(text, tokens, forms, starts, null);
  }

  /**
   * The ministers of a text as of a date: a gazetteer minister the text gives no post counts only
   * when the date falls in one of their terms (any date when null); a minister the text gives the
   * post only as a past one is marked {@link Mention#former()}.
   */
  List<Mention> mentions(
      String text, List<Token> tokens, List<List<String>> forms, byte[] starts, LocalDate date) {
    int n = tokens.size();
    byte[] titled = new byte[n];
    boolean[] covered = new boolean[n];
    List<Found> found = new ArrayList<>();

    // 1. Gazetteer spellings, longest first.
    for (int i = 0; i < n; ) {
      Match<String> m = (starts[i] & WordStarts.MINISTER) == 0 ? null : gazetteer.trie().longestAt(forms, i);
      if (m != null && looksLikeName(tokens, m.from(), m.to())) {
        found.add(found(text, tokens, m.from(), m.to(), m.value()));
        mark(covered, m.from(), m.to());
        i = m.to();
      } else {
        i++;
      }
    }
    // 2. Spelling slips: one word exact, the others close (Hassoumi Massoudou).
    for (int i = 0; i < n; i++) {
      if (covered[i] || (starts[i] & (WordStarts.ALIAS_FIRST | WordStarts.ALIAS_LAST)) == 0) {
        continue;
      }
      Found f = fuzzyAt(text, tokens, forms, covered, i);
      if (f != null) {
        found.add(f);
        mark(covered, f.from(), f.to());
      }
    }
    // Each later step is a method of its own: the JIT compiles (and, when an article takes a
    // branch it never saw, recompiles) each apart, instead of one method holding every step.
    titledPeople(text, tokens, forms, starts, covered, titled, found);
    List<Found> grouped = group(found);
    List<Mention> out = new ArrayList<>();
    for (Found f : grouped) {
      out.add(
          new Mention(f.canonical(), tokens.get(f.from()).start(), tokens.get(f.to() - 1).end(),
              f.surface()));
    }
    surnamesAgain(tokens, forms, covered, grouped, out);
    out.sort(Comparator.comparingInt(Mention::start));
    return asOf(grouped, titled, out, date);
  }

  /**
   * The mentions of the people who count on the date, each marked former when every title the
   * text gives them is a past one: a person the text gives no post counts when the gazetteer has
   * them in office on the date.
   */
  private List<Mention> asOf(List<Found> grouped, byte[] titled, List<Mention> out, LocalDate date) {
    Map<String, Integer> titles = new HashMap<>(); // canonical -> bits of CURRENT and FORMER
    for (Found f : grouped) {
      int bits = 0;
      for (int k = f.from(); k < f.to(); k++) {
        bits |= titled[k];
      }
      titles.merge(f.canonical(), bits, (a, b) -> a | b);
    }
    List<Mention> kept = new ArrayList<>(out.size());
    Map<String, Boolean> counts = new HashMap<>();
    for (Mention m : out) {
      int bits = titles.getOrDefault(m.value(), 0);
      boolean count =
          counts.computeIfAbsent(m.value(), c -> bits != 0 || date == null || gazetteer.inOffice(c, date));
      if (count) {
        boolean former = (bits & FORMER) != 0 && (bits & CURRENT) == 0;
        kept.add(former ? new Mention(m.value(), m.start(), m.end(), m.surface(), true) : m);
      }
    }
    return kept;
  }


  /** 3. People presented as ministers, and 3b. titles whose person is named elsewhere. */
  private void titledPeople(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      byte[] starts,
      boolean[] covered,
      byte[] titled,
      List<Found> found) {
    int n = tokens.size();
    // 3. People presented as ministers.
    List<int[]> unnamedTitles = new ArrayList<>(); // {trigger, end of trigger, reference kind}
    for (int i = 0; i < n; i++) {
      Match<Boolean> trig = (starts[i] & WordStarts.TITLE) == 0 ? null : triggers.longestAt(forms, i);
      if (trig == null || covered[i]) {
        continue;
      }
      Token first = tokens.get(i);
      if (!first.isArabic() && (precededByAssistant(tokens, i) || !bareTitleNamesSomeone(tokens, i, trig.to()))) {
        continue;
      }
      int[] span;
      if (first.isArabic()) {
        span = arabicNameAfter(text, tokens, forms, covered, i, trig.to());
      } else {
        span = latinNameAfter(text, tokens, forms, trig.to());
        if (span == null) {
          span = latinNameBefore(text, tokens, forms, i, trig.to());
        }
        if (span == null) {
          int kind = TitleReference.kind(tokens, i);
          if (kind == TitleReference.DEFINITE || kind == TitleReference.FORMER) {
            kind = subjectPosition(text, tokens, TitleReference.determiner(tokens, i)) ? kind : TitleReference.NONE;
          }
          if (kind != TitleReference.NONE) {
            unnamedTitles.add(new int[] {i, trig.to(), kind});
          }
        }
      }
      if (span == null) {
        continue;
      }
      byte how = formerTitle(tokens, i, trig.to(), span[0]) ? FORMER : CURRENT;
      for (int k = span[0]; k < span[1]; k++) {
        titled[k] |= how; // also a name already found: the gazetteer's, given its post here
      }
      if (anyCovered(covered, span[0], span[1])) {
        continue;
      }
      List<String> words = words(tokens, span[0], span[1]);
      String canonical = fuzzyCanonical(words);
      found.add(found(text, tokens, span[0], span[1], canonical));
      mark(covered, span[0], span[1]);
      if (!first.isArabic() && span[0] >= trig.to() && PLURAL_TITLES.contains(first.norm())) {
        // "les secrétaires d'État X Y et Z W": the other names of the list
        int[] next = span;
        while ((next = nextInList(text, tokens, forms, next[1])) != null && !anyCovered(covered, next[0], next[1])) {
          found.add(found(text, tokens, next[0], next[1], fuzzyCanonical(words(tokens, next[0], next[1]))));
          mark(covered, next[0], next[1]);
        }
      }
    }
    portfolioLists(text, tokens, forms, covered, found);
    // 3b. A title with no name beside it refers to a person named elsewhere in the text.
    int[][][] topic = new int[1][][]; // worked out on the first title that needs it
    for (int[] title : unnamedTitles) {
      int[] span = titleReferent(text, tokens, forms, topic, title);
      if (span != null) {
        byte how = title[2] == TitleReference.FORMER ? FORMER : CURRENT;
        for (int k = span[0]; k < span[1]; k++) {
          titled[k] |= how;
        }
      }
      if (span != null && !anyCovered(covered, span[0], span[1])) {
        found.add(found(text, tokens, span[0], span[1], fuzzyCanonical(words(tokens, span[0], span[1]))));
        mark(covered, span[0], span[1]);
      }
    }

  }

  /** 4. A minister named in full may come back by surname alone. */
  private static void surnamesAgain(
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      List<Found> grouped,
      List<Mention> out) {
    int n = tokens.size();
    Map<String, String> bySurname = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Found f : grouped) {
      if (f.words().size() < 2) {
        continue;
      }
      String surname = f.words().get(f.words().size() - 1);
      if (surname.length() < 3 || NAME_PARTICLES.contains(surname)) {
        continue;
      }
      String prev = bySurname.putIfAbsent(surname, f.canonical());
      if (prev != null && !prev.equals(f.canonical())) {
        ambiguous.add(surname);
      }
    }
    ambiguous.forEach(bySurname::remove);
    if (!bySurname.isEmpty()) {
      for (int i = 0; i < n; i++) {
        if (covered[i]) {
          continue;
        }
        Token t = tokens.get(i);
        if (!t.isArabic() && !t.isCapitalized()) {
          continue;
        }
        for (String form : forms.get(i)) {
          String c = bySurname.get(form);
          if (c != null) {
            out.add(new Mention(c, t.start(), t.end(), t.raw()));
            break;
          }
        }
      }
    }
  }

  /** The minister a whole query names: a full name, an alias, or a surname (spelling-tolerant). */
  Optional<String> forQuery(String term) {
    return forQuery(term, NameDistance.MAX_EDITS);
  }

  /**
   * The minister a whole query names as the gazetteer spells it (after folding): a full name, an
   * alias or a surname, without misspelling.
   */
  Optional<String> forQueryExactly(String term) {
    return forQuery(term, 0);
  }

  private Optional<String> forQuery(String term, int maxEdits) {
    List<Token> tokens = TextFolding.tokens(term);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> forms = CountryMatcher.forms(tokens);
    Match<String> m = gazetteer.trie().longestAt(forms, 0);
    if (m != null && m.to() == tokens.size()) {
      return Optional.of(m.value());
    }
    List<String> words = words(tokens, 0, tokens.size());
    if (words.size() >= 2) {
      return maxEdits == 0 ? Optional.empty() : Optional.ofNullable(fuzzyCanonical(words));
    }
    // One word: a surname, possibly misspelt; it must point to one minister only.
    // The answer is the one minister among the names at the least distance, whatever the order
    // in which they are met; none when two ministers tie there.
    String w = words.get(0);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    long wordLetters = letters(w);
    int from = Math.max(0, w.length() - maxEdits);
    int to = Math.min(familyNamesByLength.size() - 1, w.length() + maxEdits);
    for (int length = from; length <= to; length++) {
      for (FamilyName f : familyNamesByLength.get(length)) {
        if (Long.bitCount(wordLetters & ~f.letters()) > maxEdits
            || Long.bitCount(f.letters() & ~wordLetters) > maxEdits
            || (maxEdits == 0 ? !f.name().equals(w) : !NameDistance.close(f.name(), w))) {
          continue;
        }
        int d = NameDistance.distance(f.name(), w, 3);
        if (d < bestDistance) {
          best = f.canonical();
          bestDistance = d;
          tie = false;
        } else if (d == bestDistance && !f.canonical().equals(best)) {
          tie = true;
        }
      }
    }
    return tie || best == null ? Optional.empty() : Optional.of(best);
  }

  /** Folded first halves of compound names: 'Abd al-X' (servant of X), 'Abu X' (father of X). */
  private static final Set<String> COMPOUND_NAME_HEADS =
      Set.of("عبد", "ابو", "abd", "abdel", "abdul", "abdal", "abdoul", "abou", "abu", "aboul", "abul");

  /**
   * The family name a one-word query may stand for: the alias's last word, or its last two joined
   * when they make one compound name ("عبد الملك", "Abdel Malek", "أبو الغيط"): "الملك" (the king)
   * alone names no one, "عبدالملك" does.
   */
  private static String familyName(List<String> words) {
    int n = words.size();
    if (n >= 2 && COMPOUND_NAME_HEADS.contains(words.get(n - 2))) {
      return words.get(n - 2) + words.get(n - 1);
    }
    return words.get(n - 1);
  }

  private Found found(String text, List<Token> tokens, int from, int to, String canonical) {
    String surface = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    return new Found(from, to, words(tokens, from, to), oneSpace(surface), canonical);
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    List<String> w = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      w.add(tokens.get(k).norm());
    }
    return w;
  }

  /** Latin-script gazetteer names count when capitalized, as names are in running text. */
  private static boolean looksLikeName(List<Token> tokens, int from, int to) {
    Token first = tokens.get(from);
    if (first.isArabic()) {
      return true;
    }
    return first.isCapitalized() && tokens.get(to - 1).isCapitalized();
  }

  private Found fuzzyAt(
      String text, List<Token> tokens, List<List<String>> forms, boolean[] covered, int i) {
    Token t = tokens.get(i);
    if (!t.isArabic() && !t.isCapitalized()) {
      return null; // a Latin name's first and last words are capitalized (looksLikeName)
    }
    int n = tokens.size();
    for (String form : forms.get(i)) {
      for (Alias a : gazetteer.aliasesStartingWith(form)) {
        int len = a.words().size();
        if (i + len <= n && matchesClosely(tokens, covered, i, a, 1, len)) {
          return found(text, tokens, i, i + len, a.canonical());
        }
      }
      for (Alias a : gazetteer.aliasesEndingWith(form)) {
        int len = a.words().size();
        int from = i - len + 1;
        if (from >= 0 && matchesClosely(tokens, covered, from, a, 0, len - 1)) {
          return found(text, tokens, from, i + 1, a.canonical());
        }
      }
    }
    return null;
  }

  private static boolean matchesClosely(
      List<Token> tokens, boolean[] covered, int from, Alias a, int k0, int k1) {
    int len = a.words().size();
    for (int k = 0; k < len; k++) {
      if (covered[from + k]) {
        return false;
      }
    }
    if (!looksLikeName(tokens, from, from + len)) {
      return false;
    }
    for (int k = k0; k < k1; k++) {
      String w = tokens.get(from + k).norm();
      String target = a.words().get(k);
      if (ARABIC_ORDINALS.contains(w) && !w.equals(target)) {
        return false;
      }
      if (!NameDistance.close(w, target) && !closeArabic(tokens.get(from + k), target)) {
        return false;
      }
    }
    return true;
  }

  private static boolean closeArabic(Token t, String target) {
    if (!t.isArabic()) {
      return false;
    }
    for (String f : TextFolding.arabicForms(t.norm())) {
      if (NameDistance.close(f, target)) {
        return true;
      }
    }
    return false;
  }

  /** The gazetteer name a discovered name is a variant of, or null. */
  private String fuzzyCanonical(List<String> words) {
    if (words.size() < 2) {
      return null;
    }
    Match<String> exact = gazetteer.trie().longestAt(formsOf(words), 0);
    if (exact != null && exact.to() == words.size()) {
      return exact.value();
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    for (Alias a : gazetteer.aliasesStartingWith(first)) {
      if (a.words().size() == words.size() && allClose(words, a.words())) {
        return a.canonical();
      }
    }
    for (Alias a : gazetteer.aliasesEndingWith(last)) {
      if (a.words().size() == words.size() && allClose(words, a.words())) {
        return a.canonical();
      }
    }
    return null;
  }

  private static List<List<String>> formsOf(List<String> words) {
    List<List<String>> f = new ArrayList<>();
    for (String w : words) {
      f.add(TextFolding.arabicForms(w));
    }
    return f;
  }

  private static boolean allClose(List<String> a, List<String> b) {
    for (int k = 0; k < a.size(); k++) {
      if (!NameDistance.close(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Groups the names found in one text: gazetteer names keep their canonical name; a discovered
   * name joins an earlier name when its last word is close and its first word equal (or it is
   * only a surname); otherwise the first full spelling seen becomes the canonical name.
   */
  private static List<Found> group(List<Found> found) {
    found.sort(Comparator.comparingInt(Found::from));
    List<Found> out = new ArrayList<>();
    List<Found> heads = new ArrayList<>();
    for (Found f : found) {
      if (f.canonical() != null) {
        out.add(f);
        heads.add(f);
        continue;
      }
      String canonical = null;
      for (Found h : heads) {
        if (sameName(f.words(), h.words())) {
          canonical = h.canonical() != null ? h.canonical() : h.surface();
          break;
        }
      }
      if (canonical == null) {
        if (f.words().size() < 2) {
          continue; // a bare surname with no full name to attach it to
        }
        canonical = f.surface();
      }
      Found g = new Found(f.from(), f.to(), f.words(), f.surface(), canonical);
      out.add(g);
      heads.add(g);
    }
    return out;
  }

  private static boolean sameName(List<String> a, List<String> b) {
    String lastA = a.get(a.size() - 1);
    String lastB = b.get(b.size() - 1);
    if (!NameDistance.close(lastA, lastB)) {
      return false;
    }
    return a.size() == 1 || b.size() == 1 || NameDistance.close(a.get(0), b.get(0));
  }

  private static void mark(boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      covered[k] = true;
    }
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title (words [from, to)) whose name starts at word name presents a past post: a
   * former word in the three words before it ("l'ancien ministre", "former Foreign Minister"),
   * or between an Arabic title and its name ("وزير الخارجية الأسبق X").
   */
  private static boolean formerTitle(List<Token> tokens, int from, int to, int name) {
    for (int k = Math.max(0, from - 3); k < from; k++) {
      if (FORMER_WORDS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    for (int k = to; k < name && k < to + 8; k++) {
      if (FORMER_WORDS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Titles that count alone only as a capitalized word before a name: "Premier Zhao Ziyang". */
  private static final Set<String> BARE_TITLES = Set.of("secretary", "premier", "taoiseach");

  /**
   * Whether a one-word title of {@link #BARE_TITLES} reads as a title: capitalized, a capitalized
   * name right after it ("Secretary Baker"), not "Premier ministre" or "Secretary General".
   */
  private static boolean bareTitleNamesSomeone(List<Token> tokens, int i, int to) {
    if (to != i + 1 || !BARE_TITLES.contains(tokens.get(i).norm())) {
      return true;
    }
    if (!tokens.get(i).isCapitalized() || to >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(to);
    String w = next.norm();
    return next.isCapitalized() && !next.isAllUpperCase() && !NOT_NAMES.contains(w) && !COMMON_WORDS.contains(w);
  }

  private static boolean precededByAssistant(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String p = tokens.get(i - 1).norm();
    // deputy and vice ministers are ministers (issue 20, "who counts"); assistant ones are not
    return p.equals("assistant");
  }

  private boolean countryAt(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m != null && m.value().code() != null;
  }

  private int countryEnd(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m == null || m.value().code() == null ? -1 : m.to();
  }

  private static String separator(String text, List<Token> tokens, int j) {
    int from = tokens.get(j - 1).end();
    int to = tokens.get(j).start();
    String sep = text.substring(from, to);
    return softBreak(text, sep, from) ? " " : sep;
  }

  /** Shortest line that reads as hard-wrapped text rather than a headline or a list item. */
  private static final int WRAPPED_LINE = 40;

  /**
   * Whether a separator is a line break inside a paragraph of hard-wrapped newswire ("Chancellor
   * Helmut\nKohl"): white space with one line break, the next line not indented (an indented or
   * blank line starts a paragraph), the line before long, and not the text's first line break
   * (the headline's end).
   */
  private static boolean softBreak(String text, String sep, int from) {
    int nl = sep.indexOf('\n');
    if (nl < 0 || sep.indexOf('\n', nl + 1) >= 0 || !sep.isBlank() || nl + 1 < sep.length()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    return lineStart > 0 && from - lineStart >= WRAPPED_LINE;
  }

  private static boolean hardStop(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (".;:!?()[]«»\"“”\n|".indexOf(c) >= 0 || c == '؛' || c == '؟') {
        return true;
      }
    }
    return false;
  }

  /** [from, to) of the Latin-script name a minister title introduces, or null. */
  private int[] latinNameAfter(String text, List<Token> tokens, List<List<String>> forms, int t) {
    int n = tokens.size();
    boolean allowStart = true;
    boolean prevLowerContent = false;
    boolean prevAdjective = false; // the previous word was a lower-case word of the portfolio
    boolean afterConnector = false;
    int lowerWords = 0; // lower-case words of the title that are not connectors
    int commas = 0;
    int j = t;
    while (j < n && j < t + 25) {
      Token tok = tokens.get(j);
      if (j > 0) {
        String sep = separator(text, tokens, j);
        boolean afterHonorific = LATIN_HONORIFICS.contains(tokens.get(j - 1).norm());
        if (hardStop(sep) && !(afterHonorific && sep.strip().equals("."))) {
          return null;
        }
        if (sep.indexOf(',') >= 0) {
          if (++commas > 2) {
            return null;
          }
          allowStart = true;
          prevLowerContent = false;
          prevAdjective = false;
          afterConnector = false;
        }
      }
      if (tok.isArabic()) {
        return null;
      }
      String w = tok.norm();
      if (LATIN_HONORIFICS.contains(w) && tok.isCapitalized()) {
        allowStart = true;
        j++;
        continue;
      }
      int cEnd = countryEnd(forms, j);
      if (cEnd > 0) {
        j = cEnd; // a demonym or country in the title: "ministre nigérien", "Minister of Morocco"
        continue;
      }
      if (tok.isCapitalized() && !NOT_NAMES.contains(w) && !COMMON_WORDS.contains(w)) {
        if (allowStart) {
          return readLatinName(text, tokens, forms, j);
        }
        // after a connector, a capitalized word is a portfolio's ("of the Exchequer"), and a name
        // may follow it; after a lower-case content word it is an object ("meets John Smith")
        allowStart = afterConnector;
        afterConnector = false;
        prevLowerContent = false;
        prevAdjective = false;
        j++;
        continue;
      }
      if (tok.isCapitalized()) {
        allowStart = true; // a portfolio word: a name may follow it directly
        prevLowerContent = false;
        prevAdjective = false;
        afterConnector = false;
        j++;
        continue;
      }
      boolean connector = CONNECTORS.contains(w) && !tok.raw().equals("a");
      if (connector) {
        allowStart = false;
        prevLowerContent = false;
        prevAdjective = false;
        afterConnector = true;
      } else {
        if (prevLowerContent) {
          return null; // two content words in a row: a verb phrase, not a title
        }
        Token prev = tokens.get(j - 1);
        boolean portfolioAdjective =
            j > t && (prev.isCapitalized() || CONNECTORS.contains(prev.norm()));
        // "des ressources minières X Y": a noun of the portfolio and its adjective
        // (a portfolio has few lower-case words: more are a clause, "et bottent en touche en
        // répondant par l'humour comme X Y")
        if (++lowerWords > 6) {
          return null;
        }
        allowStart =
            portfolioAdjective
                || prevAdjective && !NOT_NAMES.contains(w) && plural(prev.norm()) == plural(w);
        prevLowerContent = !portfolioAdjective;
        prevAdjective = portfolioAdjective;
        afterConnector = false;
      }
      j++;
    }
    return null;
  }

  /**
   * Whether a French word is written as a plural: an adjective agrees with its noun in number
   * ("ressources minières"), a verb after a plural noun does not ("Affaires étrangères reçoit").
   */
  private static boolean plural(String w) {
    char c = w.charAt(w.length() - 1);
    return c == 's' || c == 'x';
  }

  /** [from, to) of the next full name of a list after word k ("X Y, Z W et U V"), or null. */
  private int[] nextInList(String text, List<Token> tokens, List<List<String>> forms, int k) {
    int n = tokens.size();
    if (k >= n) {
      return null;
    }
    String sep = separator(text, tokens, k);
    int j = k;
    if (sep.strip().equals(",")) {
      // ", X Y" or ", et X Y"
    } else if (sep.isBlank()) {
      String w = tokens.get(k).norm();
      if (!w.equals("et") && !w.equals("and")) {
        return null;
      }
      j = k + 1;
    } else {
      return null;
    }
    if (j < n && (tokens.get(j).norm().equals("et") || tokens.get(j).norm().equals("and"))) {
      j++;
    }
    if (j >= n || j > k && !separator(text, tokens, j).isBlank() || !tokens.get(j).isCapitalized()
        || NOT_NAMES.contains(tokens.get(j).norm())) {
      return null;
    }
    return readLatinName(text, tokens, forms, j);
  }

  /**
   * A list of ministers with their portfolios in brackets, in a sentence that has a minister
   * title before it: "les ministres concernés, dont X Y (Intérieur), Z W (Affaires étrangères)".
   */
  private void portfolioLists(
      String text, List<Token> tokens, List<List<String>> forms, boolean[] covered, List<Found> found) {
    int n = tokens.size();
    int lastTitle = -1;
    for (int k = 1; k < n; k++) {
      Token tok = tokens.get(k);
      if (tok.isArabic()) {
        continue;
      }
      if (tok.norm().startsWith("ministr") || tok.norm().startsWith("minister")) {
        lastTitle = k;
      }
      String sep = separator(text, tokens, k);
      if (sentenceStop(sep)) {
        lastTitle = -1;
      }
      if (lastTitle < 0 || sep.strip().equals("(") == false || covered[k - 1]) {
        continue;
      }
      // the bracket holds a portfolio: capitalized portfolio words and connectors only
      int e = k;
      boolean portfolio = false;
      while (e < n && e < k + 8) {
        Token p = tokens.get(e);
        String w = p.norm();
        if (e > k && !separator(text, tokens, e).isBlank() && !separator(text, tokens, e).equals("'")
            && !separator(text, tokens, e).equals("’")) {
          break;
        }
        if (p.isCapitalized() && (NOT_NAMES.contains(w) || COMMON_WORDS.contains(w))) {
          portfolio = true;
        } else if (!CONNECTORS.contains(w) && !(portfolio && !p.isCapitalized())) {
          portfolio = false;
          break;
        }
        e++;
      }
      if (!portfolio || e >= n || separator(text, tokens, e).indexOf(')') < 0) {
        continue;
      }
      int[] span = nameEndingAt(text, tokens, forms, k - 1);
      if (span != null && span[0] > lastTitle && !anyCovered(covered, span[0], span[1])) {
        found.add(found(text, tokens, span[0], span[1], fuzzyCanonical(words(tokens, span[0], span[1]))));
        mark(covered, span[0], span[1]);
      }
    }
  }

  /** [from, to) of a full name whose last word is word j, read backwards, or null. */
  private int[] nameEndingAt(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int end = j + 1;
    int k = j;
    int capitals = 0;
    while (k >= 0 && end - k <= 5) {
      Token tok = tokens.get(k);
      if (k < j && !nameJoiner(separator(text, tokens, k + 1))) {
        break;
      }
      String w = tok.norm();
      if (tok.isCapitalized() && !NOT_NAMES.contains(w) && !NAME_PARTICLES.contains(w)
          && w.length() >= 2 && !tok.isAllUpperCase() && !countryAt(forms, k) && !thingAt(forms, k)) {
        capitals++;
      } else if (!(NAME_PARTICLES.contains(w) && k < j)) {
        break;
      }
      k--;
    }
    int from = k + 1;
    while (from < end && NAME_PARTICLES.contains(tokens.get(from).norm())) {
      from++;
    }
    while (from < end - 1 && COMMON_WORDS.contains(tokens.get(from).norm())) {
      from++; // "Avec X Y", "Invité X Y": a common word starts no name
    }
    if (capitals < 2 || end - from < 2 || !tokens.get(end - 1).isCapitalized()) {
      return null;
    }
    return new int[] {from, end};
  }

  /** Words that may stand between a name and its title: "X, l'ancienne ministre", "X, Premier ministre". */
  private static final Set<String> TITLE_PREFIXES =
      Set.copyOf(List.of(
          "premier", "premiere", "vice", "ancien", "ancienne", "ex", "l", "la", "le", "the",
          "former", "nouveau", "nouvelle", "actuel", "actuelle", "foreign", "prime", "then"));

  /**
   * [from, to) of a name set before its title in apposition: "X Y, ministre de la
   * Justice", "X Y, the foreign minister,"; null when the title does not read as an apposition.
   */
  private int[] latinNameBefore(
      String text, List<Token> tokens, List<List<String>> forms, int trigger, int afterTrigger) {
    int j = trigger - 1;
    boolean capitalPrefix = false; // "Lionel Jospin Premier ministre": the capital marks the title
    while (j >= 0 && TITLE_PREFIXES.contains(tokens.get(j).norm()) && trigger - j <= 3) {
      String w = tokens.get(j).norm();
      capitalPrefix |= tokens.get(j).isCapitalized() && (w.equals("premier") || w.equals("premiere") || w.equals("prime"));
      j--;
    }
    if (j < 1) {
      return null;
    }
    String before = separator(text, tokens, j + 1);
    if (before.indexOf(',') < 0 && !(capitalPrefix && before.equals(" "))) {
      return null;
    }
    // The title must read as a title: a portfolio, a country, or the end of the apposition.
    if (afterTrigger < tokens.size()) {
      String sep = separator(text, tokens, afterTrigger);
      String next = tokens.get(afterTrigger).norm();
      boolean ok =
          apposition(sep) || CONNECTORS.contains(next) && !tokens.get(afterTrigger).raw().equals("a")
              || countryAt(forms, afterTrigger)
              // "X Y, la ministre concernée, ...": one adjective, then the apposition ends
              || sep.isBlank() && !tokens.get(afterTrigger).isCapitalized()
                  && afterTrigger + 1 < tokens.size()
                  && apposition(separator(text, tokens, afterTrigger + 1));
      if (!ok) {
        return null;
      }
    }
    return nameEndingAt(text, tokens, forms, j);
  }

  private static boolean apposition(String sep) {
    return sep.indexOf(',') >= 0 || sep.indexOf(')') >= 0 || sep.indexOf('.') >= 0;
  }

  private int[] readLatinName(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    if (COMMON_WORDS.contains(tokens.get(j).norm()) || thingAt(forms, j)) {
      return null; // "Invité de X", "France Info": a common word or a known thing starts no name
    }
    int k = j;
    int lastCapital = -1;
    while (k < n && k < j + 5) {
      Token tok = tokens.get(k);
      if (k > j) {
        String sep = separator(text, tokens, k);
        if (!nameJoiner(sep)) {
          break;
        }
      }
      String w = tok.norm();
      boolean particle = NAME_PARTICLES.contains(w);
      if (tok.isCapitalized() && !NOT_NAMES.contains(w) && !particle && w.length() >= 2) {
        if (tok.isAllUpperCase()) {
          break; // an acronym, or a headline in capitals ("SECRETARY BLASTS REAGAN")
        }
        if (k > j && (countryAt(forms, k) || thingAt(forms, k))) {
          break;
        }
        if (k > j && COMMON_WORDS.contains(w) && !NAME_PARTICLES.contains(tokens.get(k - 1).norm())) {
          break; // a common word ends a name, unless a particle binds it ("Le Maire")
        }
        lastCapital = k;
      } else if (!(particle && k > j)) {
        break;
      }
      k++;
    }
    if (lastCapital < j + 1) {
      return null; // one word is a surname or a place, not a full name
    }
    return new int[] {j, lastCapital + 1};
  }

  /** Whether a phrase the country table marks as no country starts at word j ("France Info"). */
  private boolean thingAt(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m != null && m.value().code() == null;
  }

  /** Runs of white space as one space: a name broken over two lines reads as one. */
  private static String oneSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  /** An Arabic word as written, without harakat and tatweel (which fold away anyway). */
  private static String bareSpelling(Token t) {
    String raw = t.raw();
    StringBuilder b = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean mark = c >= '\u064B' && c <= '\u0652' || c == '\u0640';
      if (mark && b == null) {
        b = new StringBuilder(raw.length()).append(raw, 0, i);
      } else if (!mark && b != null) {
        b.append(c);
      }
    }
    return b == null ? raw : b.toString();
  }

  private static final List<String> ARTICLE_PREFIXES = List.of("ال", "وال", "فال", "بال", "كال", "لل", "ولل");

  /** Whether an Arabic word carries the article, judged on its spelling before folding (أ is no article). */
  private static boolean hasArticle(Token t) {
    String raw = bareSpelling(t);
    for (String p : ARTICLE_PREFIXES) {
      if (raw.startsWith(p) && raw.length() > p.length() + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean portfolioLike(String w) {
    return w.startsWith("خارجي") || w.startsWith("داخلي") || w.startsWith("دفاع");
  }

  private boolean arabicSkippable(List<String> forms, Token tok) {
    String w = tok.norm();
    if (arabicStop(forms) || titleWord(forms) || portfolioLike(w) || hasArticle(tok)) {
      return true;
    }
    for (String f : forms) {
      if (portfolioLike(f)) {
        return true;
      }
    }
    return false;
  }

  /** [from, to) of the Arabic name a minister title introduces, or null. */
  private int[] arabicNameAfter(
      String text, List<Token> tokens, List<List<String>> forms, boolean[] covered, int titleStart,
      int t) {
    int n = tokens.size();
    int j = t;
    // "الوزير X": a title that carries the article itself is followed by the surname alone; in
    // "رئيس الوزراء X Y" the article is on the complement, and a full name follows.
    int maxUnits = hasArticle(tokens.get(titleStart)) ? 1 : 2;
    while (j < n && j < t + 14) {
      Token tok = tokens.get(j);
      if (!tok.isArabic()) {
        return null;
      }
      if (covered[j]) {
        int k = j;
        while (k < n && covered[k]) {
          k++;
        }
        return new int[] {j, k}; // a name already found fills the title's slot
      }
      String sep = separator(text, tokens, j);
      if (hardStop(sep)) {
        return null;
      }
      if (sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0) {
        // After a comma comes a new clause more often than the name, except in an apposition
        // that a portfolio opened and a comma or the sentence's end closes: "وزير الاقتصاد
        // الإيطالي الجديد، X Y،".
        return j > t && maxUnits > 1 ? commaApposition(text, tokens, forms, j) : null;
      }
      int cEnd = countryEnd(forms, j);
      if (cEnd > 0) {
        j = cEnd;
        continue;
      }
      boolean titleWord = titleWord(forms.get(j));
      if (nameStop(tok) && !titleWord) {
        return null; // a verb or function word: the title is not followed by a name
      }
      // With a clitic removed, a role noun or verb ("وصهر", "وقال") ends the title too; portfolio
      // words with the article ("المالية") belong to it.
      if (!hasArticle(tok) && !titleWord && arabicStop(forms.get(j))
          || RELATIVES.contains(forms.get(j).get(forms.get(j).size() > 1 ? 1 : 0))) {
        return null;
      }
      if (arabicSkippable(forms.get(j), tok)) {
        j++;
        continue;
      }
      return readArabicName(text, tokens, forms, j, maxUnits);
    }
    return null;
  }

  /**
   * [from, to) of a full name in apposition right after a comma, or null: honorifics skipped
   * ("الدكتور"), then two name units at least, and after them a comma, a full stop, a stop word or
   * the text's end.
   */
  private int[] commaApposition(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    while (j < n && tokens.get(j).isArabic() && closerWord(forms.get(j)) && !arabicStop(forms.get(j))
        && separator(text, tokens, j + 1 < n ? j + 1 : j).isBlank()) {
      j++; // "، الدكتور X Y"
    }
    if (j >= n || !tokens.get(j).isArabic() || hasArticle(tokens.get(j)) || arabicStop(forms.get(j))
        || countryAt(forms, j)) {
      return null;
    }
    int[] span = readArabicName(text, tokens, forms, j, 2);
    if (span == null || span[1] >= n) {
      return span;
    }
    String after = separator(text, tokens, span[1]);
    boolean closed = after.indexOf('،') >= 0 || after.indexOf(',') >= 0 || hardStop(after)
        || arabicStop(forms.get(span[1]));
    return closed ? span : null;
  }

  private int[] readArabicName(
      String text, List<Token> tokens, List<List<String>> forms, int j, int maxUnits) {
    int n = tokens.size();
    if (presentTenseVerb(tokens.get(j))) {
      return null; // "وزير ... يكذب المعهد": a verb and its object, not a name
    }
    int units = 0;
    int k = j;
    boolean glued = false; // the previous word was a particle (بن، عبد، آل): this one belongs to it
    while (k < n && k < j + 7) {
      Token tok = tokens.get(k);
      if (!tok.isArabic()) {
        break;
      }
      if (k > j && !separator(text, tokens, k).isBlank()) {
        break;
      }
      String w = tok.norm();
      if (nameStop(tok) || w.length() < 2 || k > j && arabicStop(forms.get(k))) {
        break;
      }
      if (ARABIC_PARTICLES.contains(w)) {
        glued = true;
        k++;
        continue;
      }
      if (!glued) {
        if (k > j && hasArticle(tok) && units >= 1 && units <= 2 && maxUnits > 1 && bareArticle(tok)
            && !clitic(tokens.get(j)) && !countryAt(forms, k) && !closerWord(forms.get(k)) && !ARABIC_ORDINALS.contains(tok.norm())
            && !(units == 2 && k + 1 < n && RELATIVES.contains(tokens.get(k + 1).norm()))) {
          // (a definite noun that a relative clause follows is an object: "X Y الدراسة التي")
          // a family name with the article: "فلان الفلاني"; a verbal noun after a preposition
          // ("بتحديد المرخص") is no first name
          units++;
          k++;
          if (k < n && COMPOUND_SECOND.contains(tok.norm()) && tokens.get(k).isArabic()
              && !hasArticle(tokens.get(k)) && !arabicStop(forms.get(k))
              && separator(text, tokens, k).isBlank()) {
            k++; // "نور الدين جانيكلي"
          }
          break;
        }
        if (k > j && (hasArticle(tok) || countryAt(forms, k))) {
          break; // "ناصر بوريطة الاثنين", "... المغربي": the name ended
        }
        if (units >= maxUnits) {
          break;
        }
      }
      units++;
      glued = false;
      k++;
    }
    while (k > j && ARABIC_PARTICLES.contains(tokens.get(k - 1).norm())) {
      k--;
    }
    if (units < maxUnits) {
      return null;
    }
    return new int[] {j, k};
  }

  /**
   * Whether an Arabic word begins as a present-tense verb does and is no known given name: ي, then
   * a consonant (يكذب, يؤدي; not ياسين or يوسف, whose second letter is a long vowel), and neither
   * in {@link #ARABIC_YA_NAMES} nor the first word of a gazetteer alias.
   */
  private boolean presentTenseVerb(Token t) {
    String w = t.norm();
    if (w.length() < 3 || w.charAt(0) != 'ي') {
      return false;
    }
    String raw = bareSpelling(t);
    char c = raw.length() > 1 ? raw.charAt(1) : w.charAt(1); // before folding: ؤ is a consonant (يؤدي)
    if (c == 'ا' || c == 'و' || c == 'ي') {
      return false;
    }
    return !ARABIC_YA_NAMES.contains(w) && gazetteer.aliasesStartingWith(w).isEmpty();
  }

  /**
   * Whether an Arabic word is a name stop: in the list, or the preposition على, which folds to the
   * name علي (Ali) and so is told apart by its spelling.
   */
  private static boolean nameStop(Token tok) {
    if (ARABIC_STOPWORDS.contains(tok.norm())) {
      return true;
    }
    String bare = bareSpelling(tok);
    return bare.equals("على") || bare.equals("وعلى");
  }

  /** Whether any form of an Arabic word (clitics removed) is a function word or a role noun. */
  private static boolean arabicStop(List<String> forms) {
    for (String f : forms) {
      if (ARABIC_STOPWORDS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Sentence boundaries for finding a sentence's subject. */
  private static boolean sentenceStop(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '؟' || c == '؛') {
        return true;
      }
    }
    return false;
  }

  /** [from, to) of the person a title without a name refers to, or null (see TitleReference). */
  private int[] titleReferent(
      String text, List<Token> tokens, List<List<String>> forms, int[][][] topic, int[] title) {
    int trigger = title[0];
    int start = sentenceStart(text, tokens, trigger);
    if (title[2] == TitleReference.PREDICATE) {
      return firstPersonName(text, tokens, forms, start, trigger);
    }
    // The subject of the sentence before ("X Y n'a pas répondu. L'ancienne ministre a ensuite
    // dit"); the headline is a sentence too.
    if (start > 0) {
      int from = sentenceStart(text, tokens, start - 1);
      int[] name = firstPersonName(text, tokens, forms, from, start);
      if (name != null) {
        return name;
      }
    }
    if (topic[0] == null) {
      topic[0] = topic(text, tokens, forms);
    }
    int[] headlinePerson = topic[0][0];
    return headlinePerson != null ? headlinePerson : title[2] == TitleReference.FORMER ? topic[0][1] : null;
  }

  /**
   * The person the article is about, worked out once per text: {the first full name whose
   * surname the headline shows, the first full name} (either may be null).
   */
  private int[][] topic(String text, List<Token> tokens, List<List<String>> forms) {
    int newline = text.indexOf('\n');
    Set<String> headline = new java.util.HashSet<>();
    if (newline > 0 && newline < 400) {
      for (Token t : tokens) {
        if (t.start() >= newline) {
          break;
        }
        headline.add(t.norm());
      }
    }
    int[] first = null;
    for (int k = 0; k < tokens.size(); k++) {
      int[] name = personNameAt(text, tokens, forms, k);
      if (name == null) {
        continue;
      }
      if (first == null) {
        first = name;
      }
      if (headline.contains(tokens.get(name[1] - 1).norm())) {
        return new int[][] {name, first};
      }
      k = name[1] - 1;
    }
    return new int[][] {null, first};
  }

  /** Determiners that make a capitalized phrase a thing, not a person: "le Figaro Magazine". */
  private static final Set<String> THING_DETERMINERS =
      Set.of("le", "la", "les", "du", "des", "au", "aux", "l", "un", "une", "the");

  /**
   * [from, to) of a full person name starting at word k: two to four capitalized words (particles
   * allowed inside), at least one space between words (so "Saint-Jean-de-Luz" is a place),
   * no country, no acronym, not after a determiner; null otherwise.
   */
  private int[] personNameAt(String text, List<Token> tokens, List<List<String>> forms, int k) {
    if (!nameWord(tokens, forms, k)) {
      return null;
    }
    if (k > 0) {
      Token prev = tokens.get(k - 1);
      String sep = separator(text, tokens, k);
      if (THING_DETERMINERS.contains(prev.norm()) && (sep.equals(" ") || sep.equals("'") || sep.equals("’"))) {
        return null;
      }
      if (prev.isCapitalized() && sep.equals(" ") && !NOT_NAMES.contains(prev.norm())) {
        return null; // inside a longer capitalized phrase
      }
    }
    int n = tokens.size();
    int end = k + 1;
    int words = 1;
    boolean space = false;
    int j = k + 1;
    while (j < n && j < k + 6) {
      String sep = separator(text, tokens, j);
      boolean hyphen = sep.equals("-") || sep.equals("‑");
      if (!sep.equals(" ") && !hyphen) {
        break;
      }
      if (NAME_PARTICLES.contains(tokens.get(j).norm()) && j + 1 < n) {
        j++;
        continue;
      }
      if (!nameWord(tokens, forms, j)) {
        break;
      }
      space |= !hyphen;
      words++;
      end = j + 1;
      j++;
    }
    return words >= 2 && space ? new int[] {k, end} : null;
  }

  private boolean nameWord(List<Token> tokens, List<List<String>> forms, int k) {
    Token t = tokens.get(k);
    String w = t.norm();
    return !t.isArabic() && t.isCapitalized() && w.length() >= 2 && !t.isAllUpperCase()
        && !NOT_NAMES.contains(w) && !NAME_PARTICLES.contains(w)
        && countries.longestAt(forms, k) == null; // no country, nor a phrase such as "Miss Monde"
  }

  /** Stopwords that belong inside a title: "وزير الدولة لشؤون الخارجية", "معالي الوزير". */
  private static final Set<String> TITLE_WORDS =
      Set.of("دوله", "شوون", "خارجيه", "داخليه", "سمو", "معالي", "مجلس", "قطاع", "حقوق");

  private static boolean titleWord(List<String> forms) {
    for (String f : forms) {
      if (TITLE_WORDS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Words with the article that end a title or a name rather than belong to it. */
  private static boolean closerWord(List<String> forms) {
    for (String f : forms) {
      if (ARABIC_TITLE_CLOSERS.contains(f) || ARABIC_STOPWORDS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Longest sentence looked at, in words: text without punctuation must not make scans quadratic. */
  private static final int MAX_SENTENCE = 120;

  private static int sentenceStart(String text, List<Token> tokens, int k) {
    int limit = Math.max(0, k - MAX_SENTENCE);
    while (k > limit && !sentenceStop(separator(text, tokens, k))) {
      k--;
    }
    return k;
  }

  /** The first full person name within words [from, to), or null. */
  private int[] firstPersonName(String text, List<Token> tokens, List<List<String>> forms, int from, int to) {
    for (int k = from; k < to; k++) {
      int[] name = personNameAt(text, tokens, forms, k);
      if (name != null && name[1] <= to) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether a title starting at word d is a sentence's subject: first in its sentence or clause
   * ("Mardi, le ministre a dit"), or inverted after a verb of saying that follows a quote or a
   * comma ("...", a précisé le ministre). "Patrick Sébastien conseille l'ancien ministre" is an
   * object: its verb does not follow a comma.
   */
  private static boolean subjectPosition(String text, List<Token> tokens, int d) {
    if (d <= 0) {
      return d == 0;
    }
    if (clauseBreak(separator(text, tokens, d))) {
      return true;
    }
    int v = d - 1; // the verb, possibly after an auxiliary: ", a précisé le ministre"
    if (v > 0 && clauseBreak(separator(text, tokens, v))) {
      return true;
    }
    String aux = v > 0 ? tokens.get(v - 1).norm() : "";
    return v > 1 && (aux.equals("a") || aux.equals("avait")) && clauseBreak(separator(text, tokens, v - 1));
  }

  private static boolean clauseBreak(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (c == ',' || c == '.' || c == '"' || c == '»' || c == '”' || c == '\n' || c == ':' || c == '!'
          || c == '?' || c == ';' || c == ')') {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** Second words of compound first names, followed by the family name. */
  private static final Set<String> COMPOUND_SECOND = Set.of("الدين", "الله", "الرحمن", "الاسلام");

  /** Whether an Arabic word starts with the article itself, no preposition or conjunction before it. */
  private static boolean bareArticle(Token t) {
    return bareSpelling(t).startsWith("ال");
  }

  /**
   * Whether an Arabic word may start with a preposition (ب, ل) or the conjunction و. (ف is left
   * out: فيصل, فؤاد and فهد are too common as first names.)
   */
  private static boolean clitic(Token t) {
    char c = t.norm().charAt(0);
    return c == 'ب' || c == 'ل' || c == 'و';
  }

  /** Whether the chars between two words keep them in one name: nothing, spaces, hyphens, apostrophes. */
  private static boolean nameJoiner(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      if (" -‑–'’".indexOf(sep.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
