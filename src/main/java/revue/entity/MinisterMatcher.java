package revue.entity;

import static revue.entity.ArabicNames.*;
import static revue.entity.LatinNames.*;
import static revue.entity.NameGroups.*;
import static revue.entity.WordGaps.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import revue.analysis.ArabicSpelling;
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

  /** Words that make a title a past one: "ancien", "former", "السابق". */
  private static final Set<String> FORMER_WORDS = WordLists.load("former-words.txt");

  /** How a title presents the person beside it, per word of a text: */
  private static final byte UNTITLED = 0;

  /** as holding the post */
  private static final byte CURRENT = 1;

  /** as having held it */
  private static final byte FORMER = 2;

  /**
   * as holding a post, by a bare title in object position past the lead ("s'en prendre à la
   * ministre"), which says the person is a minister but not that a past title elsewhere is wrong
   */
  private static final byte OBJECT_TITLE = 4;

  /** Plural titles, which a list of names may follow: "les secrétaires d'État X Y et Z W". */
  private static final Set<String> PLURAL_TITLES =
      Set.of("ministres", "ministers", "secretaires", "secretaries");

  private final MinisterGazetteer gazetteer;
  private final PhraseTrie<CountryGazetteer.Entry> countries;
  private final PhraseTrie<Boolean> triggers = new PhraseTrie<>();
  private final LatinNames latin;

  /** The first words of minister titles, counterparts ("homologue") left out. */
  private final Set<String> ministerTitleWords;

  private final ArabicNames arabic;

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
   * Each alias's family name, by the name's length: a one-word query can only be close to names at
   * most {@link NameDistance#MAX_EDITS} letters longer or shorter, so {@link #forQuery} looks at
   * those instead of every alias, a cost every query word paid (docs/benchmarks.md, "Profiles
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
    this.latin = new LatinNames(this.countries);
    this.arabic = new ArabicNames(this.countries, gazetteer);
    this.familyNamesByLength = familyNamesByLength(gazetteer.aliases());
    Set<String> firstWords = new java.util.HashSet<>();
    for (String t : WordLists.entries("minister-titles.txt")) {
      List<String> words = new ArrayList<>();
      for (Token tok : TextFolding.tokens(t)) {
        words.add(tok.norm());
      }
      triggers.put(words, Boolean.TRUE, (a, b) -> a);
      firstWords.add(words.get(0));
    }
    this.ministerTitleWords = Set.copyOf(firstWords);
    for (String t : WordLists.entries("counterpart-titles.txt")) {
      List<String> words = new ArrayList<>();
      for (Token tok : TextFolding.tokens(t)) {
        words.add(tok.norm());
      }
      triggers.put(words, Boolean.FALSE, (a, b) -> a); // FALSE: a counterpart, not a title itself
    }
  }

  /** Heads of state: their counterparts are not ministers. */
  private static final Set<String> HEADS_OF_STATE = WordLists.load("head-of-state-titles.txt");

  /**
   * Whether a counterpart word at i is a minister's: the nearest person or title before it in its
   * sentence is a minister found already, or a minister's title ("le ministre X a reçu son
   * homologue"), not a head of state's ("le président X et son homologue") nor another name ("le
   * ministre a appelé X à hausser le ton face à son homologue").
   */
  private boolean counterpartOfMinister(
      String text, List<Token> tokens, List<List<String>> forms, boolean[] covered, int i) {
    int from = sentenceStart(text, tokens, i);
    for (int k = i - 1; k >= from; k--) {
      if (covered[k]) {
        return true;
      }
      Token word = tokens.get(k);
      String w = word.norm();
      if (!word.isArabic()
          && word.isCapitalized()
          && !NOT_NAMES.contains(w)
          && !COMMON_WORDS.contains(w)
          && !HEADS_OF_STATE.contains(w)
          && !latin.countryAt(forms, k)
          && k > from) {
        return false; // someone else's counterpart
      }
      for (String f : forms.get(k)) {
        if (HEADS_OF_STATE.contains(f)) {
          Match<Boolean> t = triggers.longestAt(forms, k);
          if (t == null || !t.value()) {
            return false; // "رئيس" alone, not "رئيس الوزراء"
          }
        }
      }
      Match<Boolean> t = triggers.longestAt(forms, k);
      if (t != null && t.value() && t.to() <= i) {
        return true;
      }
    }
    return false;
  }

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
    List<FoundName> found = new ArrayList<>();

    // 1. Gazetteer spellings, longest first.
    for (int i = 0; i < n; ) {
      Match<String> m =
          (starts[i] & WordStarts.MINISTER) == 0 ? null : gazetteer.trie().longestAt(forms, i);
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
      FoundName f = fuzzyAt(text, tokens, forms, covered, i);
      if (f != null) {
        found.add(f);
        mark(covered, f.from(), f.to());
      }
    }
    // Each later step is a method of its own: the JIT compiles (and, when an article takes a
    // branch it never saw, recompiles) each apart, instead of one method holding every step.
    titledPeople(text, tokens, forms, starts, covered, titled, found);
    if (gazetteer.hasObserved()) {
      observedPeople(text, tokens, forms, covered, found);
      if (date != null) {
        observedSurnames(text, tokens, covered, found, date);
      }
    }
    List<FoundName> grouped = group(found);
    List<Mention> out = new ArrayList<>();
    for (FoundName f : grouped) {
      out.add(
          new Mention(
              f.canonical(),
              tokens.get(f.from()).start(),
              tokens.get(f.to() - 1).end(),
              f.surface()));
    }
    surnamesAgain(tokens, forms, covered, grouped, out);
    out.sort(Comparator.comparingInt(Mention::start));
    return asOf(grouped, titled, out, date);
  }

  /**
   * The mentions of the people who count on the date, each marked former when every title the text
   * gives them is a past one: a person the text gives no post counts when the gazetteer has them in
   * office on the date.
   */
  private List<Mention> asOf(
      List<FoundName> grouped, byte[] titled, List<Mention> out, LocalDate date) {
    Map<String, Integer> titles = new HashMap<>(); // canonical -> bits of CURRENT and FORMER
    for (FoundName f : grouped) {
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
          counts.computeIfAbsent(
              m.value(), c -> bits != 0 || date == null || gazetteer.inOffice(c, date));
      if (count) {
        boolean former = (bits & FORMER) != 0 && (bits & CURRENT) == 0; // OBJECT_TITLE: no say
        kept.add(former ? new Mention(m.value(), m.start(), m.end(), m.surface(), true) : m);
      }
    }
    return kept;
  }

  /**
   * 3c. Ministers a collection showed in office ({@link ObservedTenures}), named without a title:
   * the words no earlier step took, and not a person the text names already (a shorter or longer
   * name of someone it presents with a title). Counted on the dates of their terms ({@link #asOf}).
   */
  private void observedPeople(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      List<FoundName> found) {
    int n = tokens.size();
    int already = found.size();
    for (int i = 0; i < n; ) {
      Match<String> m = covered[i] ? null : gazetteer.observedTrie().longestAt(forms, i);
      if (m == null || !looksLikeName(tokens, m.from(), m.to()) || anyCovered(covered, m)) {
        i++;
        continue;
      }
      if (longerNameOfAnother(text, tokens, forms, m)) {
        i = m.to(); // "كمال الصادق بن بوزيان" is not كمال الصادق (عبد الكريم)
        continue;
      }
      FoundName f = found(text, tokens, m.from(), m.to(), m.value());
      boolean known = false;
      for (int k = 0; k < already && !known; k++) {
        known = NameGroups.sameName(f.words(), found.get(k).words());
      }
      if (!known) {
        found.add(f);
        mark(covered, m.from(), m.to());
      }
      i = m.to();
    }
  }

  /** Courtesy titles before a family name alone: "M. Blanquer", "Mme Buzyn", "Mr Baker". */
  private static final Set<String> COURTESY_TITLES =
      Set.of("m", "mme", "mlle", "monsieur", "madame", "mr", "mrs", "ms");

  /** The most words of a family name after a courtesy title ("M. Le Drian"). */
  private static final int COURTESY_NAME_WORDS = 3;

  /** Whether a capitalised courtesy title stands at {@code i} before a capitalised word. */
  private static boolean courtesyAt(List<Token> tokens, int i) {
    Token courtesy = tokens.get(i);
    return i + 1 < tokens.size()
        && courtesy.isCapitalized()
        && !courtesy.isArabic()
        && COURTESY_TITLES.contains(courtesy.norm())
        && tokens.get(i + 1).isCapitalized();
  }

  /**
   * The words after each courtesy title, one to {@value #COURTESY_NAME_WORDS} of them, folded: the
   * family names step 3d may read as a minister's ("M. Le Drian": "le", "le drian", "le drian a"),
   * so that a pass with tenures can find the articles to read again by them ({@link
   * ObservedTenures.Tenure#familyNames}).
   */
  static List<String> courtesyNames(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i + 1 < n; i++) {
      if (courtesyAt(tokens, i)) {
        for (int to = i + 2; to <= Math.min(n, i + 1 + COURTESY_NAME_WORDS); to++) {
          String name = String.join(" ", words(tokens, i + 1, to));
          if (!out.contains(name)) {
            out.add(name);
          }
        }
      }
    }
    return out;
  }

  /**
   * 3d. A family name alone after a courtesy title ("M. Blanquer", "Mme Buzyn") that ends the name
   * of exactly one minister the collection showed in office on the date: that minister, when the
   * text writes the family name after no other given name ("Brigitte Blanquer").
   */
  private void observedSurnames(
      String text, List<Token> tokens, boolean[] covered, List<FoundName> found, LocalDate date) {
    int n = tokens.size();
    for (int i = 0; i + 1 < n; i++) {
      if (!courtesyAt(tokens, i) || covered[i + 1]) {
        continue;
      }
      // the longest run of up to three words after the title that ends one observed name
      String person = null;
      int end = -1;
      for (int to = Math.min(n, i + 1 + COURTESY_NAME_WORDS); to > i + 1 && person == null; to--) {
        List<String> inOffice = new ArrayList<>();
        for (String c : gazetteer.observedWithFamily(String.join(" ", words(tokens, i + 1, to)))) {
          if (gazetteer.inOffice(c, date)) {
            inOffice.add(c);
          }
        }
        if (inOffice.size() == 1) {
          person = inOffice.get(0);
          end = to;
        } else if (inOffice.size() > 1) {
          break; // two ministers of that family name: not one
        }
      }
      if (person == null
          || anyCovered(covered, i + 1, end)
          || namedBefore(found, tokens.get(end - 1).norm())
          || end < n
              && tokens.get(end).isCapitalized()
              && separator(text, tokens, end).isBlank() // "M. X Y": a longer name
          || otherGivenName(tokens, person, tokens.get(end - 1).norm())) {
        continue;
      }
      found.add(found(text, tokens, i + 1, end, person));
      mark(covered, i + 1, end);
      i = end - 1;
    }
  }

  /** Whether a name found already ends with the word {@code last} (folded): that person. */
  private static boolean namedBefore(List<FoundName> found, String last) {
    for (FoundName f : found) {
      if (!f.words().isEmpty() && f.words().get(f.words().size() - 1).equals(last)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text writes a family name's last word right after a capitalized word that is
   * neither the minister's word before it nor a courtesy title: another person of that name.
   */
  private static boolean otherGivenName(List<Token> tokens, String person, String last) {
    List<Token> own = TextFolding.tokens(person);
    String before = own.size() >= 2 ? own.get(own.size() - 2).norm() : "";
    for (int k = 1; k < tokens.size(); k++) {
      Token prev = tokens.get(k - 1);
      if (tokens.get(k).norm().equals(last)
          && prev.isCapitalized()
          && !prev.norm().equals(before)
          && !COURTESY_TITLES.contains(prev.norm())
          && !LATIN_HONORIFICS.contains(prev.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text writes an Arabic observed name as the start of a longer name, the next words
   * glued to it by name particles ("X الY بن Z", "X الY عبد Z"), that is another person's: given
   * and family names disagree ({@link NameKey#sameAs}; "محمد بن نايف بن عبدالعزيز" is still محمد بن
   * نايف).
   */
  private boolean longerNameOfAnother(
      String text, List<Token> tokens, List<List<String>> forms, Match<String> m) {
    if (!tokens.get(m.from()).isArabic() || m.to() >= tokens.size()) {
      return false;
    }
    int end = arabic.particleChainEnd(text, tokens, forms, m.to());
    if (end == m.to()) {
      return false;
    }
    NameKey shorter = NameKey.of(String.join(" ", words(tokens, m.from(), m.to())));
    NameKey longer = NameKey.of(String.join(" ", words(tokens, m.from(), end)));
    return shorter == null || longer == null || !shorter.sameAs(longer);
  }

  private static boolean anyCovered(boolean[] covered, Match<String> m) {
    for (int k = m.from(); k < m.to(); k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  /** 3. People presented as ministers, and 3b. titles whose person is named elsewhere. */
  private void titledPeople(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      byte[] starts,
      boolean[] covered,
      byte[] titled,
      List<FoundName> found) {
    int n = tokens.size();
    People people = new People(text, tokens, forms);
    // 3. People presented as ministers.
    List<UnnamedTitle> unnamedTitles = new ArrayList<>();
    Map<String, NameSpan> byPortfolio = new HashMap<>(); // the first person named with each post
    List<NameSpan> titledNames = new ArrayList<>(); // Latin names given a title beside them
    for (int i = 0; i < n; i++) {
      Match<Boolean> trig =
          (starts[i] & WordStarts.TITLE) == 0 ? null : triggers.longestAt(forms, i);
      if (trig == null || covered[i]) {
        continue;
      }
      Token first = tokens.get(i);
      if (!first.isArabic() && precededByAssistant(tokens, i)) {
        i = trig.to() - 1; // the whole title is an assistant's: "Assistant Defense Secretary X"
        continue;
      }
      if (!first.isArabic()
              && (!bareTitleNamesSomeone(tokens, i, trig.to())
                  || frenchSecretary(tokens, i, trig.to())
                      && !cabinetSecretary(forms, tokens, trig.to()))
          || first.isArabic() && i > 0 && ARABIC_ASSISTANTS.contains(tokens.get(i - 1).norm())
          || first.isArabic() && staffOfTitle(tokens, i)) {
        continue;
      }
      boolean counterpart = !trig.value();
      if (counterpart && !counterpartOfMinister(text, tokens, forms, covered, i)) {
        continue;
      }
      NameSpan span;
      String surnameOf = null; // the gazetteer minister a lone surname after the title names
      if (first.isArabic()) {
        span = arabic.arabicNameAfter(text, tokens, forms, covered, i, trig.to());
        if (span == null && !counterpart) {
          span = arabic.arabicNameBefore(text, tokens, forms, covered, i, firstWords(found));
        }
      } else {
        // a title after a name's comma, without an article, is that name's apposition, not the
        // next name's title: "l'absence de X Y, ministre de la Culture, Z W explique", "X Y, alors
        // ministre de l'Intérieur, et son directeur de cabinet Z W"
        NameSpan before =
            TitleReference.determiner(tokens, i) < 0
                ? latin.latinNameBefore(text, tokens, forms, i, trig.to())
                : null;
        span = before != null ? before : latin.latinNameAfter(text, tokens, forms, trig.to());
        if (span == null) {
          span = latin.latinNameBefore(text, tokens, forms, i, trig.to());
          if (span != null
              && TitleReference.determiner(tokens, i) >= 0
              && LatinNames.otherRole(text, tokens, ministerTitleWords, span.from(), 0)) {
            // "par le député LR X Y, la ministre de l'Éducation a répondu": a name another role
            // presents is no apposition of a definite title after it
            span = null;
          }
          if (span != null
              && TitleReference.determiner(tokens, i) >= 0
              && sentenceStart(text, tokens, span.from()) != span.from()
              && LatinNames.runsIntoVerb(text, tokens, i, trig.to())) {
            // "se voulant l'opposé de X Y, l'ancien ministre de l'Économie a proposé": a definite
            // title that runs into its verb before any comma is that verb's subject, unless the
            // name opens the sentence ("X Y, le ministre de la Santé a dit": a comma forgotten)
            span = null;
          }
          if (span != null
              && frenchSecretary(tokens, i, trig.to())
              && !LatinNames.appositionCloses(text, tokens, trig.to())) {
            // "avec X Y, le secrétaire américain à la Défense s'est dit": a bare "secrétaire" (a
            // municipal or a party's too) is a name's apposition only when the apposition closes
            span = null;
          }
        }
        if (span == null) {
          span = frontedSubject(text, tokens, forms, i, trig.to());
        }
        if (span == null) {
          span = latin.fullNameOfSurnameAfter(text, tokens, forms, trig.to(), people::name);
        }
        if (span == null
            && !counterpart
            && latin.loneSurnameAfter(text, tokens, forms, trig.to())) {
          // "Prime Minister Thatcher": a gazetteer minister's surname; "Energy Minister Subroto
          // said": a one-word name after a capitalized English title
          int t = trig.to();
          Optional<String> known = forQueryExactly(tokens.get(t).raw());
          if (known.isPresent()) {
            surnameOf = known.get();
            span = new NameSpan(t, t + 1, 0);
          } else if (tokens.get(trig.to() - 1).isCapitalized()
              && !GIVEN_NAMES.contains(tokens.get(t).norm())) {
            span = new NameSpan(t, t + 1, 0);
            surnameOf = tokens.get(t).raw(); // one word, kept as the name it is
          }
        }
        // (a bare "secrétaire" only with its name beside it: "le secrétaire à la Défense a dit" is
        // too often a government's office the text does not name)
        if (span == null && !counterpart && !frenchSecretary(tokens, i, trig.to())) {
          // a title "de l'époque" is a past incumbent's, not inside a quote ('"Le Premier
          // ministre de l'époque ?", interroge-t-il', asking for a name)
          int pastEnd = quoted(text, tokens, i) ? -1 : trig.to();
          int kind =
              TitleReference.possessedPost(tokens, i)
                  ? TitleReference.POSSESSED
                  : TitleReference.kind(tokens, i, false, pastEnd);
          if (kind == TitleReference.DEFINITE || kind == TitleReference.FORMER) {
            kind =
                subjectPosition(text, tokens, forms, TitleReference.determiner(tokens, i))
                    ? kind
                    : TitleReference.NONE;
          }
          if (kind != TitleReference.NONE) {
            unnamedTitles.add(new UnnamedTitle(i, trig.to(), kind, false, false));
          } else if (!quoted(text, tokens, i)) {
            // "Les militants avaient invité le ministre de X": the lead's title, in any position;
            // "une bourde pour l'ancien ministre des Sports": a former title anywhere in the body
            int lead = TitleReference.kind(tokens, i, true, pastEnd);
            if (lead == TitleReference.FORMER && !nameRightAfter(text, tokens, forms, trig.to())
                || lead == TitleReference.DEFINITE && inLead(text, tokens, i)) {
              unnamedTitles.add(new UnnamedTitle(i, trig.to(), lead, true, false));
            } else if (lead == TitleReference.DEFINITE && bareTitle(text, tokens, i, trig.to())) {
              // "les internautes s'en sont pris à la ministre", "rire le ministre": a bare title
              // past the lead, an anaphora of the one person of its gender the headline names
              unnamedTitles.add(new UnnamedTitle(i, trig.to(), lead, true, true));
            }
          }
        }
      }
      if (span == null) {
        continue;
      }
      // "Ministre de la Culture de 2012 à 2014, X Y": a past post
      boolean pastApposition =
          !first.isArabic() && span.from() >= trig.to() && pastSpan(tokens, trig.to(), span.from());
      if (!first.isArabic() && !counterpart) {
        String post = portfolio(text, tokens, i, trig.to());
        if (post != null) {
          boolean former = pastApposition || formerTitle(tokens, i, trig.to(), span.from());
          byPortfolio.putIfAbsent((former ? "former " : "") + post, span);
        }
      }
      byte how =
          pastApposition || formerTitle(tokens, i, trig.to(), span.from()) ? FORMER : CURRENT;
      for (int k = span.from(); k < span.to(); k++) {
        titled[k] |= how; // also a name already found: the gazetteer's, given its post here
      }
      if (!first.isArabic()
          && !counterpart
          && !TitleReference.headOfGovernment(tokens, i, trig.to())) {
        titledNames.add(span);
      }
      if (anyCovered(covered, span.from(), span.to())) {
        continue;
      }
      List<String> words = words(tokens, span.from(), span.to());
      if (span.clitic() > 0) {
        words.set(0, words.get(0).substring(span.clitic()));
      }
      String canonical = surnameOf != null ? surnameOf : fuzzyCanonical(words);
      FoundName name = found(text, tokens, span.from(), span.to(), canonical);
      if (span.clitic() > 0) {
        int start = tokens.get(span.from()).start() + span.clitic();
        while (start < text.length() && ArabicNames.mark(text.charAt(start))) {
          start++; // the clitic's vowel marks: "لِجيرار"
        }
        String surface = oneSpace(text.substring(start, tokens.get(span.to() - 1).end()));
        name = new FoundName(name.from(), name.to(), words, surface, canonical);
      }
      found.add(name);
      mark(covered, span.from(), span.to());
      if (first.isArabic()
          && span.from() >= trig.to()
          && ArabicNames.dualTitle(tokens, i, trig.to())) {
        // "وزيرا الخارجية X Y وZ W": the dual's second name
        NameSpan next = arabic.nextInDual(text, tokens, forms, span.to());
        if (next != null && !anyCovered(covered, next.from(), next.to())) {
          List<String> second = words(tokens, next.from(), next.to());
          second.set(0, second.get(0).substring(next.clitic()));
          String surface =
              oneSpace(
                  text.substring(
                      tokens.get(next.from()).start() + next.clitic(),
                      tokens.get(next.to() - 1).end()));
          String key = fuzzyCanonical(second);
          found.add(new FoundName(next.from(), next.to(), second, surface, key));
          for (int k = next.from(); k < next.to(); k++) {
            titled[k] |= how;
          }
          mark(covered, next.from(), next.to());
        }
      }
      if (!first.isArabic() && span.from() >= trig.to() && PLURAL_TITLES.contains(first.norm())) {
        // "les secrétaires d'État X Y et Z W": the other names of the list
        NameSpan next = span;
        while ((next = latin.nextInList(text, tokens, forms, next.to())) != null
            && !anyCovered(covered, next.from(), next.to())) {
          found.add(
              found(
                  text,
                  tokens,
                  next.from(),
                  next.to(),
                  fuzzyCanonical(words(tokens, next.from(), next.to()))));
          mark(covered, next.from(), next.to());
        }
      }
    }
    portfolioLists(text, tokens, forms, covered, found);
    seatOfGovernment(text, tokens, forms, covered, titled, found);
    // 3b. A title with no name beside it refers to a person named elsewhere in the text.
    for (UnnamedTitle title : unnamedTitles) {
      // the post given to someone named earlier: the same person ("la ministre de la Culture X Y
      // ... Le journal assure que la ministre de la Culture a fait")
      String post = portfolio(text, tokens, title.trigger(), title.end());
      NameSpan named =
          post == null
              ? null
              : byPortfolio.get((title.kind() == TitleReference.FORMER ? "former " : "") + post);
      NameSpan span =
          named != null && named.from() < title.trigger()
              ? named
              : titleReferent(text, tokens, forms, people, title);
      if (span != null
          && span != named
          && post == null
          && title.kind() == TitleReference.DEFINITE
          && !title.lead()
          && !sameSurname(tokens, span, people.headlinePerson())) {
        // a bare "le ministre" whose referent no title presents: the one minister named before
        NameSpan titledBefore = onlyTitledBefore(tokens, titledNames, title.trigger());
        if (titledBefore != null && !sameSurname(tokens, titledBefore, span)) {
          span = titledBefore;
        }
      }
      if (span != null) {
        // (a post a possessive holds, "a quitté son poste de ministre", says nothing of when)
        byte how =
            title.kind() == TitleReference.FORMER
                ? FORMER
                : title.bodyObject() || title.kind() == TitleReference.POSSESSED
                    ? OBJECT_TITLE
                    : CURRENT;
        for (int k = span.from(); k < span.to(); k++) {
          titled[k] |= how;
        }
      }
      if (span != null && !anyCovered(covered, span.from(), span.to())) {
        found.add(
            found(
                text,
                tokens,
                span.from(),
                span.to(),
                fuzzyCanonical(words(tokens, span.from(), span.to()))));
        mark(covered, span.from(), span.to());
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
      Set.of(
          "عبد", "ابو", "abd", "abdel", "abdul", "abdal", "abdoul", "abou", "abu", "aboul", "abul");

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

  private FoundName found(String text, List<Token> tokens, int from, int to, String canonical) {
    String surface = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    return new FoundName(from, to, words(tokens, from, to), oneSpace(surface), canonical);
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

  private FoundName fuzzyAt(
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
    return latinOnlyCanonical(words);
  }

  /**
   * The gazetteer person with no Arabic alias whose Latin name an Arabic name transliterates
   * ({@link NameKey#sameAs}: given and family names agree), or null: "تاكيشي إيوايا" is Takeshi
   * Iwaya. A person with an Arabic alias is matched by it.
   */
  private String latinOnlyCanonical(List<String> words) {
    if (!ArabicSpelling.hasArabicScript(words.get(0))) {
      return null;
    }
    NameKey key = NameKey.of(String.join(" ", words));
    if (key == null) {
      return null;
    }
    Map<String, List<Map.Entry<NameKey, String>>> byBlock = latinOnly();
    for (String b : key.blocks()) {
      for (Map.Entry<NameKey, String> e : byBlock.getOrDefault(b, List.of())) {
        if (key.sameAs(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /**
   * The Latin names of the gazetteer's persons with no Arabic alias, by key block; built on first
   * use (a race builds it twice, the same).
   */
  private volatile Map<String, List<Map.Entry<NameKey, String>>> latinOnly;

  private Map<String, List<Map.Entry<NameKey, String>>> latinOnly() {
    Map<String, List<Map.Entry<NameKey, String>>> m = latinOnly;
    if (m != null) {
      return m;
    }
    Set<String> withArabic = new HashSet<>();
    for (Alias a : gazetteer.aliases()) {
      if (ArabicSpelling.hasArabicScript(a.words().get(0))) {
        withArabic.add(a.canonical());
      }
    }
    m = new HashMap<>();
    for (Alias a : gazetteer.aliases()) {
      if (withArabic.contains(a.canonical()) || ArabicSpelling.hasArabicScript(a.words().get(0))) {
        continue;
      }
      NameKey k = NameKey.of(String.join(" ", a.words()));
      if (k == null) {
        continue;
      }
      for (String b : k.blocks()) {
        m.computeIfAbsent(b, x -> new ArrayList<>()).add(Map.entry(k, a.canonical()));
      }
    }
    latinOnly = m;
    return m;
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
   * former word in the three words before it ("l'ancien ministre", "former Foreign Minister"), or
   * between an Arabic title and its name ("وزير الخارجية الأسبق X").
   */
  private static boolean formerTitle(List<Token> tokens, int from, int to, int name) {
    if (from > 0 && tokens.get(from - 1).norm().equals("alors")) {
      return true; // "X Y, alors ministre de l'Économie": the post held at the time told of
    }
    for (int k = Math.max(0, from - 3); k < from; k++) {
      if (FORMER_WORDS.contains(tokens.get(k).norm())) {
        return true;
      }
      if (k > 0
          && ArabicNames.HELD_VERBS.contains(tokens.get(k).norm())
          && ArabicNames.RELATIVES.contains(tokens.get(k - 1).norm())) {
        return true; // "X Y، الذي عمل وزيرا للنقل"
      }
    }
    // between an Arabic title and its name, or after the title when the name came first
    // ("X Y وزير الطاقة البريطاني السابق")
    int end = name < from ? Math.min(tokens.size(), to + 6) : name;
    for (int k = to; k < end && k < to + 8; k++) {
      if (FORMER_WORDS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words before "Secretary" that make it a secretary of something other than a government
   * department: "Union Secretary X", "Permanent Secretary X" (a civil servant), "Press Secretary
   * X".
   */
  private static final Set<String> OTHER_SECRETARIES =
      WordLists.load("other-secretaries-latin.txt");

  /** Titles that count alone only as a capitalized word before a name: "Premier Zhao Ziyang". */
  private static final Set<String> BARE_TITLES = Set.of("secretary", "premier");

  /** "secrétaire" alone, a cabinet title only before its portfolio (see cabinetSecretary). */
  private static boolean frenchSecretary(List<Token> tokens, int i, int to) {
    return to == i + 1 && tokens.get(i).norm().equals("secretaire");
  }

  /**
   * Whether the words from k on make "secrétaire" a cabinet title, the French for a US or UK
   * Secretary: a country's adjective or name if any, then à, au or aux and a capitalized portfolio
   * ("le secrétaire américain au Trésor", "secrétaire à la Défense"); not "secrétaire général",
   * "secrétaire national du parti".
   */
  private boolean cabinetSecretary(List<List<String>> forms, List<Token> tokens, int k) {
    int n = tokens.size();
    if (k < n && latin.countryEnd(forms, k) > k) {
      k = latin.countryEnd(forms, k);
    }
    if (k + 1 >= n) {
      return false;
    }
    String w = tokens.get(k).raw().toLowerCase(Locale.ROOT);
    if (w.equals("au") || w.equals("aux")) {
      return portfolioWord(tokens.get(k + 1));
    }
    if (!w.equals("à") || k + 2 >= n) {
      return false;
    }
    String article = tokens.get(k + 1).norm();
    return (article.equals("la") || article.equals("l")) && portfolioWord(tokens.get(k + 2));
  }

  /** A capitalized word, not an acronym ("secrétaire à la CGT" is a union's). */
  private static boolean portfolioWord(Token t) {
    return t.isCapitalized() && !t.isAllUpperCase();
  }

  /**
   * Whether a one-word title of {@link #BARE_TITLES} reads as a title: capitalized, a capitalized
   * name right after it ("Secretary Baker"), not "Premier ministre" or "Secretary General".
   */
  private static boolean bareTitleNamesSomeone(List<Token> tokens, int i, int to) {
    if (to != i + 1 || !BARE_TITLES.contains(tokens.get(i).norm())) {
      return true;
    }
    if (to + 1 < tokens.size()
        && (tokens.get(to).norm().equals("for") || tokens.get(to).norm().equals("of"))
        && PORTFOLIO_WORDS_BEFORE.contains(tokens.get(to + 1).norm())) {
      return true; // "X Y, secretary for trade and industry,"
    }
    // "NSW state premier X Y", "provincial premier X Y": a region's head of government, lower-case
    boolean regionalPremier =
        tokens.get(i).norm().equals("premier")
            && i > 0
            && REGIONAL_PREMIERS.contains(tokens.get(i - 1).norm());
    if (!tokens.get(i).isCapitalized() && !regionalPremier
        || to >= tokens.size()
        || i > 0 && OTHER_SECRETARIES.contains(tokens.get(i - 1).norm())) {
      return false;
    }
    Token next = tokens.get(to);
    String w = next.norm();
    return next.isCapitalized()
        && !next.isAllUpperCase()
        && !NOT_NAMES.contains(w)
        && !COMMON_WORDS.contains(w);
  }

  /** Words before a lower-case "premier" that make it a region's head of government. */
  private static final Set<String> REGIONAL_PREMIERS = Set.of("state", "provincial");

  /** "مساعد وزير", "مساعدة وزير": an assistant minister is no minister. */
  private static final Set<String> ARABIC_ASSISTANTS =
      Set.of("مساعد", "مساعده", "ومساعد", "ومساعده");

  /** An adviser, "مستشار وزير": the person named beside the title is the adviser. */
  private static final Set<String> ARABIC_ADVISERS =
      Set.of("مستشار", "مستشاره", "ومستشار", "ومستشاره", "لمستشار", "لمستشاره", "بمستشار");

  /** "بمكتب وزير", "لديوان رئيس الحكومة": a post in the minister's office, not the minister. */
  private static final Set<String> ARABIC_IN_OFFICE = Set.of("بمكتب", "لمكتب", "بديوان", "لديوان");

  /** The office's own words: "مكتب وزير", "ديوان رئيس الحكومة". */
  private static final Set<String> ARABIC_OFFICES = Set.of("مكتب", "ديوان");

  /** The heads of an office: "مدير مكتب وزير", "رئيس ديوان رئيس الحكومة". */
  private static final Set<String> ARABIC_OFFICE_HEADS =
      Set.of("مدير", "مديره", "ومدير", "ومديره", "لمدير", "رييس", "ورييس", "لرييس");

  /**
   * Whether the Arabic title at word i is in construct with a member of the minister's staff, who
   * is the person named beside it: "مستشار وزير الدفاع X Y", "رئيس الأركان بمكتب وزير الدفاع X Y",
   * "مدير مكتب وزير الإسكان X Y". An office alone is the minister's ("بيان صدر عن مكتب وزير الدفاع
   * X Y").
   */
  private static boolean staffOfTitle(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String p = tokens.get(i - 1).norm();
    // "مستشار لرئيس الوزراء X Y": an adviser to the head of government, who is X Y
    return ARABIC_ADVISERS.contains(p) && tokens.get(i).norm().charAt(0) != 'ل'
        || ARABIC_IN_OFFICE.contains(p)
        || i > 1
            && ARABIC_OFFICES.contains(p)
            && ARABIC_OFFICE_HEADS.contains(tokens.get(i - 2).norm());
  }

  private static boolean precededByAssistant(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String p = tokens.get(i - 1).norm();
    // deputy and vice ministers are ministers (issue 20, "who counts"); assistant ones are not
    return p.equals("assistant");
  }

  /** Words that put the person after them into an office: "a nommé X à Matignon". */
  private static final Set<String> APPOINTMENT_WORDS =
      WordLists.load("appointment-words-french.txt");

  /**
   * People put at the head of the French government by its seat: a full name after a word of
   * appointment and before "à Matignon" ("a nommé X Y à Matignon", "l'arrivée de X Y à Matignon",
   * "avoir laissé X Y à Matignon"); not a name merely received there ("a reçu X Y à Matignon").
   */
  private void seatOfGovernment(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      byte[] titled,
      List<FoundName> found) {
    for (int k = 3; k + 1 < tokens.size(); k++) {
      if (!tokens.get(k + 1).norm().equals("matignon")
          || !tokens.get(k).raw().equals("à")
          || !tokens.get(k + 1).isCapitalized()) {
        continue;
      }
      NameSpan name = latin.nameEndingAt(text, tokens, forms, k - 1);
      if (name == null || name.from() < 1) {
        continue;
      }
      int before = name.from() - 1;
      String w = tokens.get(before).norm();
      boolean appointed =
          APPOINTMENT_WORDS.contains(w)
              || (w.equals("de") || w.equals("d") || tokens.get(before).raw().equals("à"))
                  && before > 0
                  && APPOINTMENT_WORDS.contains(tokens.get(before - 1).norm());
      if (!appointed) {
        continue;
      }
      for (int i = name.from(); i < name.to(); i++) {
        titled[i] |= CURRENT;
      }
      if (!anyCovered(covered, name.from(), name.to())) {
        found.add(
            found(
                text,
                tokens,
                name.from(),
                name.to(),
                fuzzyCanonical(words(tokens, name.from(), name.to()))));
        mark(covered, name.from(), name.to());
      }
    }
  }

  /**
   * A list of ministers with their portfolios in brackets, in a sentence that has a minister title
   * before it: "les ministres concernés, dont X Y (Intérieur), Z W (Affaires étrangères)".
   */
  private void portfolioLists(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      List<FoundName> found) {
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
        if (e > k
            && !separator(text, tokens, e).isBlank()
            && !separator(text, tokens, e).equals("'")
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
      NameSpan span = latin.nameEndingAt(text, tokens, forms, k - 1);
      if (span != null && span.from() > lastTitle && !anyCovered(covered, span.from(), span.to())) {
        found.add(
            found(
                text,
                tokens,
                span.from(),
                span.to(),
                fuzzyCanonical(words(tokens, span.from(), span.to()))));
        mark(covered, span.from(), span.to());
      }
    }
  }

  /**
   * Runs of white space as one space: a name broken over two lines reads as one; a hashtag's mark
   * inside a name is dropped ("X #Y" reads X Y).
   */
  private static String oneSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '#' && space || c == '_') {
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

  /**
   * The first word of a Latin-script title's portfolio, folded: the capitalized word after it past
   * connectors and adjectives ("ministre français de la Culture": culture), else the capitalized
   * word right before it ("Finance Minister": finance); null when the title has none.
   */
  private static String portfolio(String text, List<Token> tokens, int trigger, int end) {
    for (int k = end; k < tokens.size() && k < end + 5; k++) {
      if (clauseBreak(separator(text, tokens, k))) {
        break;
      }
      Token t = tokens.get(k);
      if (t.isCapitalized()) {
        return t.norm();
      }
      if (!CONNECTORS.contains(t.norm()) && !TITLE_ADJECTIVES.contains(t.norm()) && k > end + 1) {
        break;
      }
    }
    if (trigger > 0 && separator(text, tokens, trigger).equals(" ")) {
      Token before = tokens.get(trigger - 1);
      if (before.isCapitalized() && !DETERMINERS.contains(before.norm())) {
        return before.norm();
      }
    }
    return null;
  }

  private static final Set<String> DETERMINERS =
      Set.of("le", "la", "les", "l", "un", "une", "the", "a", "an", "former", "ancien", "ancienne");

  /** The first words of the names found so far, folded: given names the text uses. */
  private static Set<String> firstWords(List<FoundName> found) {
    Set<String> out = new java.util.HashSet<>();
    for (FoundName f : found) {
      out.add(f.words().get(0));
    }
    return out;
  }

  /**
   * Whether a person's name starts within the two words after a title's end, in its clause: the
   * title is that name's ("l'ex-ministre sarkozyste X Y"), though not read as such.
   */
  private boolean nameRightAfter(
      String text, List<Token> tokens, List<List<String>> forms, int to) {
    for (int k = to; k < tokens.size() && k < to + 3; k++) {
      if (k > to && !separator(text, tokens, k).isBlank()) {
        return false;
      }
      if (latin.personNameAt(text, tokens, forms, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person the text gave a minister's title beside their name before word trigger, when a
   * bare definite title ("le ministre", no portfolio) stands there and agrees in gender: the same
   * minister ("le secrétaire d'État chargé du Numérique, X Y ... filmant le ministre"); null when
   * two or more people were.
   */
  private static NameSpan onlyTitledBefore(List<Token> tokens, List<NameSpan> titled, int trigger) {
    char gender = TitleReference.gender(tokens, trigger);
    Set<String> otherGender =
        gender == 'F' ? MASCULINE_NAMES : gender == 'M' ? FEMININE_NAMES : Set.of();
    NameSpan only = null;
    for (NameSpan name : titled) {
      if (name.from() >= trigger) {
        continue;
      }
      if (only != null && !sameSurname(tokens, name, only)) {
        return null;
      }
      only = name;
    }
    return only == null || otherGender.contains(tokens.get(only.from()).norm()) ? null : only;
  }

  /** Words after a comma that open a clause whose subject is no name: a pronoun, a determiner. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "c", "ce", "cela", "ca", "le",
          "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "leur", "cette", "cet", "qui",
          "que", "qu", "dont", "he", "she", "they", "it", "the", "a", "an", "his", "her", "who",
          "which");

  /**
   * A title that opens its sentence without a determiner, as a detached apposition of the
   * sentence's subject, whose name comes after more words of the apposition ("Ministre du Tourisme
   * depuis le 15 août, X Y relance", "Ancien secrétaire d'État aux Sports, aujourd'hui consultant,
   * X Y ne peut pas"): the full name right after one of its first three commas, unless a clause
   * opens with a pronoun, a determiner or a relative before it; null otherwise.
   */
  private NameSpan frontedSubject(
      String text, List<Token> tokens, List<List<String>> forms, int i, int to) {
    int first = i;
    if (first > 0 && FORMER_WORDS.contains(tokens.get(first - 1).norm())) {
      first--; // "Ancien ministre", "Ex-ministre"
    }
    if (tokens.get(i).isArabic()
        || !tokens.get(first).isCapitalized()
        || sentenceStart(text, tokens, first) != first) {
      return null;
    }
    int commas = 0;
    for (int k = to; k < tokens.size() && k < to + 40; k++) {
      String sep = separator(text, tokens, k);
      if (sentenceStop(sep) || hardStop(sep) && sep.indexOf(',') < 0) {
        return null;
      }
      if (sep.indexOf(',') < 0) {
        continue;
      }
      if (++commas > 3 || CLAUSE_OPENERS.contains(tokens.get(k).norm())) {
        return null;
      }
      NameSpan name = latin.personNameAt(text, tokens, forms, k);
      if (name != null) {
        return name.from() == k
                && name.to() < tokens.size()
                && !sentenceStop(separator(text, tokens, name.to()))
            ? name
            : null;
      }
    }
    return null;
  }

  /**
   * Whether the words [from, to) of an apposition date a post to the past: "jusqu'au 16 février",
   * "entre février 2016 et mai 2017", "de 2012 à 2017" (two years).
   */
  private static boolean pastSpan(List<Token> tokens, int from, int to) {
    int years = 0;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).norm();
      if (w.equals("jusqu") || w.equals("until")) {
        return true;
      }
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit) && ++years == 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether two names end in the same word (null: no). */
  private static boolean sameSurname(List<Token> tokens, NameSpan a, NameSpan b) {
    return a != null
        && b != null
        && tokens.get(a.to() - 1).norm().equals(tokens.get(b.to() - 1).norm());
  }

  /** Demonstrative pronouns that bring in a person other than the one named before them. */
  private static final Set<String> DEMONSTRATIVES =
      Set.of("celui", "celle", "ceux", "celles", "those");

  /** How many sentences back an unnamed title's referent is looked for. */
  private static final int SENTENCES_BACK = 3;

  /** [from, to) of the person a title without a name refers to, or null (see TitleReference). */
  private NameSpan titleReferent(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      People people,
      UnnamedTitle title) {
    int trigger = title.trigger();
    int start = sentenceStart(text, tokens, trigger);
    char gender = TitleReference.gender(tokens, trigger);
    Set<String> otherGender =
        gender == 'F' ? MASCULINE_NAMES : gender == 'M' ? FEMININE_NAMES : Set.of();
    if (title.kind() == TitleReference.POSSESSED) {
      // "X Y a démissionné de son poste de ministre": the last person named before the title in
      // its sentence (not one another role presents: "a reçu le député X Y")
      NameSpan last = null;
      for (int k = start; k < trigger; ) {
        NameSpan name =
            latin.firstPersonName(
                text, tokens, forms, k, trigger, ministerTitleWords, Set.of(), Set.of());
        if (name == null) {
          break;
        }
        last = name;
        k = name.to();
      }
      for (int k = last == null ? trigger : last.to(); k < trigger; k++) {
        if (DEMONSTRATIVES.contains(tokens.get(k).norm())) {
          return null; // "X Y, au sujet de celui qui ... ses fonctions de ministre": another person
        }
      }
      return last;
    }
    if (title.kind() == TitleReference.PREDICATE) {
      NameSpan subject = latin.firstPersonName(text, tokens, forms, start, trigger);
      char pronoun = subject == null ? pronounAfter(text, tokens, title.end()) : 0;
      if (pronoun != 0 && start > 0) {
        // "X Y est candidate. Nommée en 2012 comme ministre de la Culture, elle a ...": the
        // pronoun's person, named as the sentence before begins
        Set<String> other = pronoun == 'F' ? MASCULINE_NAMES : FEMININE_NAMES;
        subject =
            latin.firstPersonName(
                text,
                tokens,
                forms,
                sentenceStart(text, tokens, start - 1),
                start,
                ministerTitleWords,
                other,
                Set.of());
      }
      return subject;
    }
    if (title.lead()) {
      // past the lead, only a name with a known given name: not "Ocean Viking", "Pokémon Go"
      NameSpan person = people.onlyHeadlinePerson(otherGender, title.bodyObject());
      // past the lead, not when someone else of the title's gender was named after the headline's
      // person was last named in full ("...entre X Y et Z W. Des attaques contre l'ancien Premier
      // ministre"), other than in the title's own sentence
      return person == null
              || inLead(text, tokens, trigger)
              || !people.otherNamedSince(person, start, otherGender)
          ? person
          : null;
    }
    // a title that speaks a quote is none of the people the quote names ('"X Y nous a quittés", a
    // indiqué le ministre')
    Set<String> spokenOf = spokenOf(text, tokens, forms, trigger);
    // The subject of the sentence before ("X Y n'a pas répondu. L'ancienne ministre a ensuite
    // dit"), or of the nearest one before it that names someone, when the sentences between name
    // no one ("X Y a travaillé. Il était serveur. Le ministre a même chanté"); the headline is a
    // sentence too.
    for (int back = 0; back < SENTENCES_BACK && start > 0; back++) {
      int from = sentenceStart(text, tokens, start - 1);
      NameSpan name =
          latin.firstPersonName(
              text, tokens, forms, from, start, ministerTitleWords, otherGender, spokenOf);
      if (name != null
          && back > 0
          && title.kind() == TitleReference.FORMER
          && LatinNames.afterPreposition(tokens, name.from())
          && !namedAgain(tokens, name, trigger)) {
        // only a complement, sentences back and not named since ("la loi du gouvernement de X
        // Y"): a former title is rather the headline's one person of its gender, when the
        // headline names one
        NameSpan headline =
            notSpokenOf(tokens, people.onlyHeadlinePerson(otherGender, true), spokenOf);
        if (headline != null) {
          return headline;
        }
      }
      if (name != null) {
        return name;
      }
      start = from;
    }
    NameSpan headlinePerson =
        notSpokenOf(tokens, agreeing(tokens, people.headlinePerson(), otherGender), spokenOf);
    return headlinePerson != null
        ? headlinePerson
        : title.kind() == TitleReference.FORMER
            ? notSpokenOf(tokens, agreeing(tokens, people.name(0), otherGender), spokenOf)
            : null;
  }

  /** Whether the last word of a name stands again between its end and word {@code before}. */
  private static boolean namedAgain(List<Token> tokens, NameSpan name, int before) {
    String surname = tokens.get(name.to() - 1).norm();
    for (int k = name.to(); k < before; k++) {
      if (tokens.get(k).norm().equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gender ('F', 'M') of a subject pronoun that follows a predicate title after a comma in its
   * sentence ("comme ministre de la Culture, elle a"), else 0.
   */
  private static char pronounAfter(String text, List<Token> tokens, int from) {
    boolean comma = false;
    for (int k = from; k < tokens.size() && k < from + 15; k++) {
      String sep = separator(text, tokens, k);
      if (sentenceStop(sep)) {
        return 0;
      }
      comma |= sep.indexOf(',') >= 0;
      String w = tokens.get(k).norm();
      if (comma && (w.equals("elle") || w.equals("she"))) {
        return 'F';
      }
      if (comma && (w.equals("il") || w.equals("he"))) {
        return 'M';
      }
    }
    return 0;
  }

  private static NameSpan notSpokenOf(List<Token> tokens, NameSpan name, Set<String> spokenOf) {
    return name == null || spokenOf.contains(tokens.get(name.to() - 1).norm()) ? null : name;
  }

  /** Quotation marks, opening and closing, straight and typographic. */
  private static boolean quoteMark(char c) {
    return c == '"' || c == '«' || c == '»' || c == '“' || c == '”';
  }

  /**
   * The surnames (last words) of the people named in the quote a title speaks, when the title
   * stands inverted after a verb that follows the quote ('"...X Y...", a indiqué le ministre',
   * '"...", estime encore la ministre') or inside a quote not yet closed ('"X Y nous a quittés, a
   * indiqué le ministre'); else none.
   */
  private Set<String> spokenOf(String text, List<Token> tokens, List<List<String>> forms, int i) {
    int d = TitleReference.determiner(tokens, i);
    int v = d - 1; // the verb of saying, after an auxiliary or before an adverb
    if (v > 0 && SAYING_ADVERBS.contains(tokens.get(v).norm())) {
      v--;
    }
    if (d <= 0 || v <= 0) {
      return Set.of();
    }
    String aux = tokens.get(v - 1).norm();
    if (v > 1 && SAYING_AUXILIARIES.contains(aux)) {
      v--;
    }
    for (int k = v + 1; k <= d; k++) {
      if (!separator(text, tokens, k).isBlank()) {
        return Set.of(); // "...méthode de "catastrophique". L'ancien ministre": no inversion
      }
    }
    String gap = separator(text, tokens, v);
    int gapStart = tokens.get(v - 1).end();
    int verb = tokens.get(v).start();
    int limit = Math.max(0, verb - 1500);
    int from;
    int to;
    int close =
        gapStart
            + Math.max(gap.lastIndexOf('"'), Math.max(gap.lastIndexOf('»'), gap.lastIndexOf('”')));
    if (close >= gapStart) {
      // '"...", a indiqué le ministre': the quote ends right before the verb
      to = close;
      from = close - 1;
      while (from >= limit && !quoteMark(text.charAt(from))) {
        from--;
      }
      if (from < limit) {
        return Set.of();
      }
    } else if (gap.indexOf(',') >= 0 && quoted(text, tokens, v)) {
      // '"X Y nous a quittés, a indiqué le ministre': a quote not closed before its speaker
      from = verb - 1;
      while (from >= limit && !quoteMark(text.charAt(from))) {
        from--;
      }
      if (from < limit) {
        return Set.of();
      }
      to = verb;
    } else {
      return Set.of();
    }
    Set<String> names = new java.util.HashSet<>();
    for (int k = 0; k < v; k++) {
      if (tokens.get(k).start() < from) {
        continue;
      }
      if (tokens.get(k).end() > to) {
        break;
      }
      NameSpan name = latin.personNameAt(text, tokens, forms, k);
      if (name != null) {
        names.add(tokens.get(name.to() - 1).norm());
        k = name.to() - 1;
      }
    }
    return names;
  }

  /** The name, unless its given name is one of otherGender. */
  private static NameSpan agreeing(List<Token> tokens, NameSpan name, Set<String> otherGender) {
    return name == null || otherGender.contains(tokens.get(name.from()).norm()) ? null : name;
  }

  /**
   * The person names of one text in order, as {@link LatinNames#personNameAt} reads them from its
   * first word on, each from the word after the one before, read only as far as a question needs;
   * and the people the article is about, from its headline.
   */
  private final class People {
    private final String text;
    private final List<Token> tokens;
    private final List<List<String>> forms;
    private final List<NameSpan> read = new ArrayList<>();
    private int next; // the word the reading resumes at
    private Set<String> headline;
    private int headlinePerson = -2; // index in read; -1: none; -2: not looked for yet

    People(String text, List<Token> tokens, List<List<String>> forms) {
      this.text = text;
      this.tokens = tokens;
      this.forms = forms;
    }

    /** The i-th person name of the text, or null when it has fewer. */
    NameSpan name(int i) {
      while (read.size() <= i && next < tokens.size()) {
        NameSpan name = latin.personNameAt(text, tokens, forms, next);
        if (name != null) {
          read.add(name);
          next = name.to();
        } else {
          next++;
        }
      }
      return i < read.size() ? read.get(i) : null;
    }

    /** The first full name whose surname (last word) the headline shows, or null. */
    NameSpan headlinePerson() {
      if (headlinePerson == -2) {
        headlinePerson = -1;
        NameSpan name;
        for (int i = 0; (name = name(i)) != null; i++) {
          if (inHeadline(name)) {
            headlinePerson = i;
            break;
          }
        }
      }
      return headlinePerson < 0 ? null : read.get(headlinePerson);
    }

    /**
     * The one person the headline names whose given name is not of otherGender: null when the
     * headline shows the surnames of two such full names ("Face à face entre X Y et Z W", both of
     * the title's gender), or none; with givenName, only names whose first word is a known given
     * name.
     */
    NameSpan onlyHeadlinePerson(Set<String> otherGender, boolean givenName) {
      NameSpan person = null;
      NameSpan name;
      for (int i = 0; (name = name(i)) != null; i++) {
        String given = tokens.get(name.from()).norm();
        if (!inHeadline(name)
            || otherGender.contains(given)
            || givenName && !LatinNames.GIVEN_NAMES.contains(given)) {
          continue;
        }
        if (person == null) {
          person = name;
        } else if (!sameSurname(tokens, name, person)) {
          return null;
        }
      }
      return person;
    }

    /**
     * Whether a full name of another person, whose given name is not of otherGender, stands between
     * the last full mention of person before word {@code before} and that word.
     */
    boolean otherNamedSince(NameSpan person, int before, Set<String> otherGender) {
      String surname = tokens.get(person.to() - 1).norm();
      boolean other = false;
      NameSpan name;
      for (int i = 0; (name = name(i)) != null && name.to() <= before; i++) {
        if (tokens.get(name.to() - 1).norm().equals(surname)) {
          other = false;
        } else if (name.from() > person.from()
            && !otherGender.contains(tokens.get(name.from()).norm())) {
          other = true;
        }
      }
      return other;
    }

    private boolean inHeadline(NameSpan name) {
      if (headline == null) {
        headline = new java.util.HashSet<>();
        int newline = text.indexOf('\n');
        if (newline > 0 && newline < 400) {
          for (Token t : tokens) {
            if (t.start() >= newline) {
              break;
            }
            headline.add(t.norm());
          }
        }
      }
      return headline.contains(tokens.get(name.to() - 1).norm());
    }
  }

  /**
   * Whether a title starting at word d is a sentence's subject: first in its sentence or clause
   * ("Mardi, le ministre a dit"), or inverted after a verb of saying that follows a quote or a
   * comma ("...", a précisé le ministre). "Patrick Sébastien conseille l'ancien ministre" is an
   * object: its verb does not follow a comma.
   */
  private boolean subjectPosition(
      String text, List<Token> tokens, List<List<String>> forms, int d) {
    if (d <= 0) {
      return d == 0;
    }
    if (clauseBreak(separator(text, tokens, d))) {
      return true;
    }
    if (TitleReference.subordinator(tokens, d - 1)) {
      // "Le journal précise que le ministre a dit": a clause's subject, unless a person says it
      // ("X estime que le ministre", "il assure que le ministre"): the minister is someone else
      int from = sentenceStart(text, tokens, d - 1);
      for (int k = from; k < d - 1; k++) {
        if (PERSONAL_PRONOUNS.contains(tokens.get(k).norm())
            || latin.personNameAt(text, tokens, forms, k) != null) {
          return false;
        }
      }
      return true;
    }
    int v = d - 1; // the verb, possibly after an auxiliary: ", a précisé le ministre"
    if (v > 1
        && SAYING_ADVERBS.contains(tokens.get(v).norm())
        && !tokens.get(v).isCapitalized()
        && !clauseBreak(separator(text, tokens, v))) {
      // '"...", répond alors l'ancienne ministre', '"...", avait lancé alors le ministre': an
      // adverb between a verb of saying and its inverted subject, the verb right after a quote
      v--;
      int open = v > 1 && SAYING_AUXILIARIES.contains(tokens.get(v - 1).norm()) ? v - 1 : v;
      return !presentParticiple(tokens.get(v)) && afterQuote(text, tokens, open);
    }
    if (presentParticiple(tokens.get(v))) {
      return false; // ", filmant le ministre": the participle's object, no inverted subject
    }
    if (v > 0 && clauseBreak(separator(text, tokens, v))) {
      return true;
    }
    String aux = v > 0 ? tokens.get(v - 1).norm() : "";
    return v > 1 && SAYING_AUXILIARIES.contains(aux) && clauseBreak(separator(text, tokens, v - 1));
  }

  /**
   * Whether word k follows a quote: a closing quotation mark in the gap before it ('"...",
   * répond'), or a comma inside a quote not yet closed ('« Je continuerai, explique').
   */
  private static boolean afterQuote(String text, List<Token> tokens, int k) {
    String gap = separator(text, tokens, k);
    return gap.indexOf('"') >= 0
        || gap.indexOf('»') >= 0
        || gap.indexOf('”') >= 0
        || gap.indexOf(',') >= 0 && quoted(text, tokens, k);
  }

  /**
   * Auxiliaries of a verb of saying inverted after a quote: '"...", a dit le ministre', "avait
   * dit", "aurait dit" (the press's reported speech).
   */
  private static final Set<String> SAYING_AUXILIARIES = Set.of("a", "avait", "aurait");

  /**
   * Adverbs that stand between a verb of saying and its inverted subject ('"...", répond alors la
   * ministre', "explique cependant l'ex-ministre"): the apposition adverbs and a few of contrast.
   */
  private static final Set<String> SAYING_ADVERBS = sayingAdverbs();

  private static Set<String> sayingAdverbs() {
    Set<String> out = new java.util.HashSet<>(APPOSITION_ADVERBS);
    out.addAll(Set.of("cependant", "pourtant", "toutefois", "neanmoins", "ensuite", "enfin"));
    return Set.copyOf(out);
  }

  /** Whether a lower-case French word reads as a present participle: "filmant", "saluant". */
  private static boolean presentParticiple(Token t) {
    String w = t.norm();
    return !t.isCapitalized() && w.length() > 5 && w.endsWith("ant");
  }

  /** Pronouns that make a clause's speaker a person. */
  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of(
          "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "i", "you", "he", "she",
          "we", "they");

  /**
   * A title with no name beside it, and how it refers to a person named elsewhere; lead: a title
   * that is not its sentence's subject, definite in the text's first sentence after its headline or
   * former anywhere ("pour l'ancien ministre des Sports"), which refers only to the one person of
   * its gender the headline names.
   */
  private record UnnamedTitle(int trigger, int end, int kind, boolean lead, boolean bodyObject) {}

  /**
   * Whether a title is a bare "ministre", "minister" or "secrétaire d'État": no portfolio after it,
   * capitalized or not ("à la secrétaire d'État à l'égalité"), none before it, and no post in its
   * own words ("garde des Sceaux", "chef de la diplomatie", "Defense Secretary").
   */
  private static boolean bareTitle(String text, List<Token> tokens, int trigger, int end) {
    String head = tokens.get(trigger).norm();
    boolean bare =
        end - trigger == 1 && (head.equals("ministre") || head.equals("minister"))
            || head.equals("secretaire")
                && end - trigger == 3
                && tokens.get(trigger + 2).norm().equals("etat");
    if (!bare || portfolio(text, tokens, trigger, end) != null) {
      return false;
    }
    return end >= tokens.size()
        || clauseBreak(separator(text, tokens, end))
        || !CONNECTORS.contains(tokens.get(end).norm());
  }

  /**
   * Whether word i stands inside a quote opened earlier in the text's body ('"Je demande au
   * ministre de la Santé...", a appelé X'): an odd number of straight quotes, or more opening than
   * closing guillemets or curly quotes, between the headline's end and it.
   */
  private static boolean quoted(String text, List<Token> tokens, int i) {
    int from = Math.max(0, text.indexOf('\n'));
    int straight = 0;
    int open = 0;
    for (int c = from; c < tokens.get(i).start(); c++) {
      char ch = text.charAt(c);
      if (ch == '"') {
        straight++;
      } else if (ch == '«' || ch == '“') {
        open++;
      } else if ((ch == '»' || ch == '”') && open > 0) {
        open--;
      }
    }
    return straight % 2 == 1 || open > 0;
  }

  /** Whether word i is in the first sentence after the headline (the text's first line). */
  private static boolean inLead(String text, List<Token> tokens, int i) {
    int newline = text.indexOf('\n');
    if (newline <= 0 || newline >= 400 || tokens.get(i).start() < newline) {
      return false;
    }
    int start = sentenceStart(text, tokens, i);
    return start > 0
        && tokens.get(start - 1).end() <= newline
        && tokens.get(start).start() > newline;
  }
}
