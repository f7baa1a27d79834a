package revue.entity;

import static revue.entity.WordGaps.*;

import java.util.List;
import java.util.Set;
import revue.entity.PhraseTrie.Match;

/**
 * Reads Latin-script person names beside a minister title: after it ("Foreign Minister X Y", "le
 * ministre de l'Éducation, M. X Y"), before it ("X Y, ministre de la Justice"), in a list, or
 * anywhere as a full name. Capitals mark names; a common word, a country or a known thing ("France
 * Info") ends one.
 *
 * <p>Immutable, thread-safe.
 */
final class LatinNames {

  private final PhraseTrie<CountryGazetteer.Entry> countries;

  LatinNames(PhraseTrie<CountryGazetteer.Entry> countries) {
    this.countries = countries;
  }

  static final Set<String> LATIN_HONORIFICS = WordLists.load("honorifics-latin.txt");

  /** Words that join the parts of a portfolio: "ministre de l'Économie et des Finances". */
  static final Set<String> CONNECTORS = WordLists.load("portfolio-connectors.txt");

  /** Capitalized words that start no name: articles, portfolio words, titles, months, days. */
  static final Set<String> NOT_NAMES = WordLists.load("not-names-latin.txt");

  static final Set<String> NAME_PARTICLES = WordLists.load("name-particles-latin.txt");

  /** Head nouns of organisations and media: a phrase holding one is no person ("Tehran Radio"). */
  static final Set<String> ORGANISATION_WORDS = WordLists.load("organisation-words-latin.txt");

  /** Feminine and masculine given names: a title of one gender does not refer to the other. */
  static final Set<String> FEMININE_NAMES = WordLists.load("given-names-feminine-latin.txt");

  static final Set<String> MASCULINE_NAMES = WordLists.load("given-names-masculine-latin.txt");

  /**
   * Known given names (feminine, masculine, and those the corpora also write as common words): one
   * standing inside a capitalized run after a place or another person starts the name there.
   */
  static final Set<String> GIVEN_NAMES = givenNames();

  private static Set<String> givenNames() {
    Set<String> names = new java.util.HashSet<>(FEMININE_NAMES);
    names.addAll(MASCULINE_NAMES);
    names.addAll(WordLists.load("given-names-latin.txt"));
    return Set.copyOf(names);
  }

  /** Party, colour and standing words between a title and its name: "ministre socialiste X Y". */
  static final Set<String> TITLE_ADJECTIVES = WordLists.load("title-adjectives-latin.txt");

  /** Parties' one-word names that are no acronym: "MoDem", "LaREM" (read like "PS", "LR"). */
  static final Set<String> PARTY_NAMES = WordLists.load("party-names-latin.txt");

  /**
   * Whether word k is an initial: one capital letter, a full stop after it, a capitalized word
   * after that ("J. Smith", "George W. Bush").
   */
  static boolean initial(String text, List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.isArabic() || t.raw().length() != 1 || !Character.isUpperCase(t.raw().charAt(0))) {
      return false;
    }
    if (k + 1 >= tokens.size() || !tokens.get(k + 1).isCapitalized()) {
      return false;
    }
    String sep = text.substring(t.end(), tokens.get(k + 1).start());
    return sep.equals(".") || sep.equals(". ") || sep.equals(".-");
  }

  /**
   * Clitics a hyphen joins to a verb ("a-t-il", "Est-il"): after a common word they are never the
   * second half of a given name; after a name's word they are ("Kim Jong-il", "Kim Dong-je").
   */
  private static final Set<String> HYPHEN_CLITICS =
      Set.of(
          "t", "il", "ils", "elle", "elles", "on", "ci", "la", "le", "les", "je", "tu", "nous",
          "vous", "moi", "toi", "lui", "y", "en", "ce", "led", "born", "based", "style");

  /** What an apostrophe joins to a word that is no part of it: "Baker's", "don't", "we'll". */
  private static final Set<String> CONTRACTIONS = Set.of("s", "t", "ll", "re", "ve", "d", "m");

  /**
   * Words the corpora write mostly in lower case (scripts/common-words.py): capitalized, they start
   * a sentence or a title ("Invité de ...", "Minister of State for Planning"), never a name.
   */
  static final Set<String> COMMON_WORDS = commonWords();

  /** The generated list of common words, without the given names it holds (given-names-latin). */
  private static Set<String> commonWords() {
    Set<String> words = new java.util.HashSet<>(WordLists.load("common-words-latin.txt"));
    words.removeAll(WordLists.load("given-names-latin.txt"));
    return Set.copyOf(words);
  }

  boolean countryAt(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m != null && m.value().code() != null;
  }

  int countryEnd(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m == null || m.value().code() == null ? -1 : m.to();
  }

  /** [from, to) of the Latin-script name a minister title introduces, or null. */
  NameSpan latinNameAfter(String text, List<Token> tokens, List<List<String>> forms, int t) {
    int n = tokens.size();
    boolean allowStart = true;
    boolean prevLowerContent = false;
    boolean prevAdjective = false; // the previous word was a lower-case word of the portfolio
    boolean afterConnector = false;
    int lowerWords = 0; // lower-case words of the title that are not connectors
    int commas = 0;
    boolean portfolioCapital = false; // a capitalized word of the portfolio was read
    int j = t;
    while (j < n && j < t + 25) {
      Token tok = tokens.get(j);
      if (j > 0) {
        String sep = separator(text, tokens, j);
        boolean afterHonorific = LATIN_HONORIFICS.contains(tokens.get(j - 1).norm());
        if (sep.strip().equals(":") && portfolioCapital && tok.isCapitalized() && !tok.isArabic()) {
          // "les ministres de la Culture : X Y, Z W et U V": a portfolio, a colon, then the names
          // (not a headline's topic: "Ministres sexistes : X Y dévoile des noms")
          return commas == 0 ? readLatinName(text, tokens, forms, j) : null;
        }
        if (hardStop(sep) && !(afterHonorific && sep.strip().equals("."))) {
          // (an initial's full stop is read by readLatinName, which starts at the initial)
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
      if (LATIN_HONORIFICS.contains(w)
          && tok.isCapitalized()
          && !(allowStart
              && initial(text, tokens, j)
              && separator(text, tokens, j + 1).equals(".")
              && initial(text, tokens, j + 1))) {
        // (not "M." glued to another initial: "Commerce Minister M.A. X" is two initials; "M. A.
        // X" is a courtesy title and an initial)
        allowStart = true;
        j++;
        continue;
      }
      int cEnd = countryEnd(forms, j);
      if (cEnd > 0) {
        j = cEnd; // a demonym or country in the title: "ministre nigérien", "Minister of Morocco"
        continue;
      }
      if (allowStart && initial(text, tokens, j)) {
        return readLatinName(text, tokens, forms, j); // "le ministre de la Santé J. Smith"
      }
      if (allowStart && (acronym(tok) || tok.isCapitalized() && PARTY_NAMES.contains(w))) {
        j++; // a party's acronym: "l'ex-ministre PS à l'Ecologie X Y", "les ministres MoDem X Y"
        continue;
      }
      if (!tok.isCapitalized() && TITLE_ADJECTIVES.contains(w)) {
        allowStart = true; // "l'ancien ministre socialiste X Y"
        prevLowerContent = false;
        prevAdjective = false;
        afterConnector = false;
        j++;
        continue;
      }
      if (tok.isCapitalized() && !NOT_NAMES.contains(w) && !COMMON_WORDS.contains(w)) {
        if (allowStart) {
          return readLatinName(text, tokens, forms, j);
        }
        if (afterConnector
            && !COORDINATORS.contains(tokens.get(j - 1).norm())
            && GIVEN_NAMES.contains(w)) {
          // "la ministre de l'Environnement de X Y, Z W": the head of government the post was held
          // under, then the name after the comma
          NameSpan head = readLatinName(text, tokens, forms, j);
          if (head != null
              && head.from() == j
              && head.to() < n
              && separator(text, tokens, head.to()).strip().equals(",")
              && !LATIN_HONORIFICS.contains(tokens.get(head.to()).norm())) {
            // (not "de X Y, M. Z": a courtesy title and a surname, no full name)
            NameSpan holder = readLatinName(text, tokens, forms, head.to());
            if (holder != null) {
              return holder;
            }
          }
        }
        if (afterConnector
            && COORDINATORS.contains(tokens.get(j - 1).norm())
            && GIVEN_NAMES.contains(w)) {
          // "X Y, ministre de l'Intérieur et Jean-Marc Z, ministre de ...": a given name after "et"
          // starts the next person of a list, not a portfolio word; this title's name is not after
          // it ("ministre de Nicolas X Thierry Y" keeps its head of government)
          return null;
        }
        // after a connector, a capitalized word is a portfolio's ("of the Exchequer"), and a name
        // may follow it; after a lower-case content word it is an object ("meets John Smith")
        portfolioCapital |= afterConnector;
        allowStart = afterConnector;
        afterConnector = false;
        prevLowerContent = false;
        prevAdjective = false;
        j++;
        continue;
      }
      if (tok.isCapitalized()) {
        portfolioCapital = true;
        allowStart = true; // a portfolio word: a name may follow it directly
        prevLowerContent = false;
        prevAdjective = false;
        afterConnector = false;
        j++;
        continue;
      }
      if (tok.raw().equals("a") || AUXILIARY_VERBS.contains(w)) {
        // "le ministre a de nouveau attaqué X Y": a verb phrase, its object no holder of the title
        return null;
      }
      boolean connector = CONNECTORS.contains(w);
      if (!connector
          && j + 1 < n
          && separator(text, tokens, j).indexOf(',') >= 0
          && AGENT_WORDS.contains(tokens.get(j + 1).norm())) {
        // "affirme l'ex-ministre de l'Économie, soutenu par le député X Y": a participle and its
        // agent after the comma; the names after it are the agent's, not the title's
        return null;
      }
      if (COORDINATORS.contains(w)
          && j + 2 < n
          && INDEFINITE_ARTICLES.contains(tokens.get(j + 1).raw())
          && !tokens.get(j + 2).isCapitalized()
          && !CONNECTORS.contains(tokens.get(j + 2).norm())) {
        // "le Premier ministre de l'époque et une journaliste du Figaro, X Y": an indefinite
        // article and a lower-case noun after "et" open another noun phrase, no second portfolio
        // (a definite one may: "chargée de l'Égalité entre les femmes et les hommes, X Y")
        return null;
      }
      if (!connector
          && !prevAdjective
          && prevLowerContent
          && separator(text, tokens, j).equals("-")
          && !tokens.get(j - 1).isCapitalized()) {
        j++; // the second half of a lower-case compound: "l'égalité femmes-hommes" is one word
        continue;
      }
      if (connector) {
        // "minister for international affairs X Y": a connector that is the portfolio's noun
        allowStart = w.equals("affairs") && englishNounAfter(tokens, j);
        prevLowerContent = false;
        prevAdjective = false;
        afterConnector = true;
      } else {
        if (prevLowerContent) {
          return null; // two content words in a row: a verb phrase, not a title
        }
        Token prev = tokens.get(j - 1);
        boolean afterConnectorWord = CONNECTORS.contains(prev.norm());
        boolean portfolioAdjective =
            j > t
                && (afterConnectorWord
                    || prev.isCapitalized() && (adjective(w) || hyphenated(text, tokens, j)))
                && !DAYS_AND_MONTHS.contains(w);
        // "des ressources minières X Y": a noun of the portfolio and its adjective
        // (a portfolio has few lower-case words: more are a clause, "et bottent en touche en
        // répondant par l'humour comme X Y")
        if (++lowerWords > 6) {
          return null;
        }
        allowStart =
            portfolioAdjective
                || prevAdjective
                    && !DAYS_AND_MONTHS.contains(w)
                    && (englishNounAfter(tokens, j)
                        || compoundAfterNoun(text, tokens, j)
                        || (adjective(w) || hyphenated(text, tokens, j) || !NOT_NAMES.contains(w))
                            && plural(prev.norm()) == plural(w));
        prevLowerContent = !portfolioAdjective;
        prevAdjective = portfolioAdjective;
        afterConnector = false;
      }
      j++;
    }
    return null;
  }

  /**
   * Whether lower-case word j opens a compound joined by a hyphen to the next lower-case word,
   * after a portfolio's noun: "l'égalité femmes-hommes", a noun's complement that need not agree
   * with it.
   */
  private static boolean compoundAfterNoun(String text, List<Token> tokens, int j) {
    return j + 1 < tokens.size()
        && separator(text, tokens, j + 1).equals("-")
        && !tokens.get(j + 1).isCapitalized()
        && !tokens.get(j).isCapitalized();
  }

  /** Words that introduce a participle's agent: "soutenu par", "backed by". */
  private static final Set<String> AGENT_WORDS = Set.of("par", "by");

  /** English connectors of a portfolio, after which an adjective comes before its noun. */
  private static final Set<String> ENGLISH_CONNECTORS = Set.of("of", "for");

  /**
   * Whether lower-case word j is the English noun of a portfolio after its adjective: "minister of
   * financial institutions", "for public works". English adjectives come first and do not agree in
   * number, so the French agreement test does not apply; the adjective must read as one.
   */
  private static boolean englishNounAfter(List<Token> tokens, int j) {
    if (j < 2 || !ENGLISH_CONNECTORS.contains(tokens.get(j - 2).norm())) {
      return false;
    }
    Token prev = tokens.get(j - 1);
    return !prev.isCapitalized() && (adjective(prev.norm()) || prev.norm().equals("foreign"));
  }

  /** Auxiliary and modal verbs, which end a title's portfolio ("le ministre a de nouveau"). */
  private static final Set<String> AUXILIARY_VERBS = WordLists.load("auxiliary-verbs-latin.txt");

  /** Indefinite articles, as written. */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("un", "une", "a", "an");

  /** Connectors that join two of a kind: a portfolio to a portfolio, a person to a person. */
  private static final Set<String> COORDINATORS = Set.of("et", "and", "ou", "or");

  /** Endings of the adjectives a portfolio's noun takes: "publique", "étrangères", "durable". */
  private static final List<String> ADJECTIVE_ENDINGS =
      List.copyOf(WordLists.load("portfolio-adjective-endings-latin.txt"));

  /**
   * Whether a lower-case word after a portfolio's noun reads as its adjective ("Santé publique",
   * "transition écologique") rather than a verb whose object a name would be ("l'Intérieur a reçu X
   * Y", "recevra X Y", "of Finance told X Y").
   */
  static boolean adjective(String w) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (w.endsWith(ending) && w.length() > ending.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether word j is joined by a hyphen to the word before or after it ("Outre-mer"). */
  private static boolean hyphenated(String text, List<Token> tokens, int j) {
    return j > 0 && separator(text, tokens, j).equals("-")
        || j + 1 < tokens.size() && separator(text, tokens, j + 1).equals("-");
  }

  /**
   * Days and months, which follow a portfolio as the time of the news ("le ministre de la Santé
   * mardi"), where its adjective would ("de la Santé publique X Y", "de la transition écologique").
   */
  private static final Set<String> DAYS_AND_MONTHS = WordLists.load("days-and-months-latin.txt");

  /**
   * Whether a French word is written as a plural: an adjective agrees with its noun in number
   * ("ressources minières"), a verb after a plural noun does not ("Affaires étrangères reçoit").
   */
  static boolean plural(String w) {
    char c = w.charAt(w.length() - 1);
    return c == 's' || c == 'x';
  }

  /** [from, to) of the next full name of a list after word k ("X Y, Z W et U V"), or null. */
  NameSpan nextInList(String text, List<Token> tokens, List<List<String>> forms, int k) {
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
    if (j >= n
        || j > k && !separator(text, tokens, j).isBlank()
        || !tokens.get(j).isCapitalized()
        || NOT_NAMES.contains(tokens.get(j).norm())) {
      return null;
    }
    return readLatinName(text, tokens, forms, j);
  }

  /** [from, to) of a full name whose last word is word j, read backwards, or null. */
  NameSpan nameEndingAt(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int end = j + 1;
    int k = j;
    int capitals = 0;
    while (k >= 0 && end - k <= 5) {
      Token tok = tokens.get(k);
      if (k < j && !nameJoiner(separator(text, tokens, k + 1))) {
        break;
      }
      String w = tok.norm();
      if (tok.isCapitalized()
          && !NOT_NAMES.contains(w)
          && !NAME_PARTICLES.contains(w)
          && w.length() >= 2
          && !tok.isAllUpperCase()
          && !anyGlued(tok.raw())
          && !PARTY_NAMES.contains(w)
          && !countryAt(forms, k)
          && !thingAt(forms, k)) {
        capitals++;
      } else if (!(NAME_PARTICLES.contains(w) && k < j)) {
        break;
      }
      k--;
    }
    int from = k + 1;
    if (k >= 0) {
      Match<CountryGazetteer.Entry> thing = countries.longestAt(forms, k);
      if (thing != null && thing.value().code() == null && thing.to() > from) {
        // "sur France Inter X Y, secrétaire d'État": the known thing the run stopped at goes on
        // into it, and the name starts after it
        from = Math.min(thing.to(), end);
      }
    }
    while (from < end && NAME_PARTICLES.contains(tokens.get(from).norm())) {
      from++;
    }
    while (from < end - 1 && COMMON_WORDS.contains(tokens.get(from).norm())) {
      from++; // "Avec X Y", "Invité X Y": a common word starts no name
    }
    if (end - from >= 3
        && from > 0
        && THING_DETERMINERS.contains(tokens.get(from - 1).norm())
        && !tokens.get(from - 1).isArabic()) {
      String sep = separator(text, tokens, from);
      if (sep.equals(" ") || sep.equals("'") || sep.equals("’")) {
        // "Selon Le Parisien X Y, la ministre": a determiner's capitalized word is a thing (a
        // paper, a people), and the person's name starts after it ("la Ligue de X Y": after its
        // particles too)
        from++;
        while (from < end && NAME_PARTICLES.contains(tokens.get(from).norm())) {
          from++;
        }
      }
    }
    if (capitals < 2 || end - from < 2 || !tokens.get(end - 1).isCapitalized()) {
      return null;
    }
    return trimmedName(text, tokens, from, end);
  }

  /**
   * Words that may stand between a name and its title: "X, l'ancienne ministre", "X, Premier
   * ministre".
   */
  static final Set<String> TITLE_PREFIXES =
      Set.copyOf(
          List.of(
              "premier",
              "premiere",
              "vice",
              "ancien",
              "ancienne",
              "ex",
              "l",
              "la",
              "le",
              "the",
              "former",
              "nouveau",
              "nouvelle",
              "actuel",
              "actuelle",
              "foreign",
              "prime",
              "then"));

  /**
   * Adverbs of time between a name's comma and its title: "X Y, alors ministre de l'Économie,", "X
   * Y, now foreign minister,".
   */
  static final Set<String> APPOSITION_ADVERBS = WordLists.load("apposition-adverbs-latin.txt");

  /**
   * [from, to) of a name set before its title in apposition: "X Y, ministre de la Justice", "X Y,
   * the foreign minister,"; null when the title does not read as an apposition.
   */
  NameSpan latinNameBefore(
      String text, List<Token> tokens, List<List<String>> forms, int trigger, int afterTrigger) {
    int j = trigger - 1;
    boolean capitalPrefix = false; // "Lionel Jospin Premier ministre": the capital marks the title
    boolean adverb = false; // an adverb was read: only a comma may stand before it
    while (j >= 0
        && trigger - j <= 4
        && (titleWordBefore(text, tokens, forms, j, trigger)
            || APPOSITION_ADVERBS.contains(tokens.get(j).norm())
                && !tokens.get(j).isCapitalized())) {
      String w = tokens.get(j).norm();
      adverb |= APPOSITION_ADVERBS.contains(w) && !tokens.get(j).isCapitalized();
      capitalPrefix |=
          tokens.get(j).isCapitalized()
              && (w.equals("premier") || w.equals("premiere") || w.equals("prime"));
      j--;
    }
    if (j < 1) {
      return null;
    }
    String before = separator(text, tokens, j + 1);
    if (COORDINATORS.contains(tokens.get(j).norm()) && before.isBlank()) {
      // "X Y, sénateur LREM et ancien ministre de la Défense": the title coordinated with another
      // office in the name's apposition
      int start = officesBefore(text, tokens, forms, j);
      if (start < 0) {
        return null;
      }
      j = start;
      before = ",";
    }
    // (or a bracket: a name, then its title in brackets, "X Y (ministre de l'Économie)")
    if (before.indexOf(',') < 0
        && !before.strip().equals("(")
        && !WordGaps.spacedDash(before) // "l'affaire X Y - le ministre du Budget qui a menti"
        && (adverb || !(capitalPrefix && before.equals(" ")))) {
      return null;
    }
    // The title must read as a title: a portfolio, a country, or the end of the apposition.
    if (afterTrigger < tokens.size()) {
      String sep = separator(text, tokens, afterTrigger);
      String next = tokens.get(afterTrigger).norm();
      boolean ok =
          apposition(sep)
              || CONNECTORS.contains(next) && !tokens.get(afterTrigger).raw().equals("a")
              || countryAt(forms, afterTrigger)
              // "X Y, la ministre concernée, ...": one adjective, then the apposition ends; the
              // adjective may be hyphenated ("X Y, ancien ministre pro-européen, ...")
              || sep.isBlank()
                  && !tokens.get(afterTrigger).isCapitalized()
                  && appositionEndsAfterWord(text, tokens, afterTrigger);
      if (!ok) {
        return null;
      }
    }
    NameSpan name = nameEndingAt(text, tokens, forms, j);
    if (name != null && name.from() > 0 && UNDER.contains(tokens.get(name.from() - 1).norm())) {
      return null; // "ministre de la Santé sous X Y, aujourd'hui ministre": the head she served
    }
    return name;
  }

  /** Prepositions that join a complement to an office: "maire de Lille", "sénateur du Nord". */
  private static final Set<String> OFFICE_COMPLEMENTS = Set.of("de", "du", "d", "des", "of");

  /**
   * The last word of the name whose apposition holds the offices before the coordinator at c ("X Y,
   * maire de la ville et", "X Y, producteur, écrivain et"): lower-case words, acronyms and
   * complements after "de" back to a comma with a name before it; -1 when there is none.
   */
  private int officesBefore(String text, List<Token> tokens, List<List<String>> forms, int c) {
    for (int k = c - 1; k >= 1 && c - k <= 8; k--) {
      Token t = tokens.get(k);
      boolean office =
          !t.isArabic()
              && (!t.isCapitalized()
                  || acronym(t)
                  || OFFICE_COMPLEMENTS.contains(tokens.get(k - 1).norm()));
      if (!office) {
        return -1;
      }
      String sep = separator(text, tokens, k);
      if (sep.strip().equals(",")) {
        if (nameEndingAt(text, tokens, forms, k - 1) != null) {
          return k - 1;
        }
        continue; // "producteur, écrivain et": another office
      }
      if (!sep.isBlank() && !sep.equals("'") && !sep.equals("’")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the apposition ends after the word at k and the words a hyphen joins to it ("pro" in
   * "pro-Fillon,"): a comma, a bracket or a full stop, or the text's end after a hyphenated word.
   */
  private static boolean appositionEndsAfterWord(String text, List<Token> tokens, int k) {
    int e = k + 1;
    while (e < tokens.size() && separator(text, tokens, e).equals("-")) {
      e++;
    }
    return e < tokens.size() ? apposition(separator(text, tokens, e)) : e > k + 1;
  }

  /** The most words a title's portfolio runs to before its apposition closes. */
  private static final int APPOSITION_WORDS = 8;

  /**
   * Whether the apposition that a title ending before word k opens closes (a comma, a bracket, a
   * full stop, the text's end) within {@link #APPOSITION_WORDS} words: "X Y, le secrétaire au
   * Trésor, a dit", not "avec X Y, le secrétaire à la Défense s'est dit".
   */
  static boolean appositionCloses(String text, List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + APPOSITION_WORDS; j++) {
      if (apposition(separator(text, tokens, j))) {
        return true;
      }
    }
    return k + APPOSITION_WORDS > tokens.size();
  }

  /**
   * Whether the title ending before word k runs into a verb before any comma, bracket or full stop
   * ("de X Y, l'ancien ministre de l'Économie a proposé"): the title is that verb's subject, not
   * the apposition of the name before it. French "a" counts when the title is French ("ministre",
   * "secrétaire"), where it is the verb and not the English article.
   */
  static boolean runsIntoVerb(String text, List<Token> tokens, int trigger, int k) {
    boolean french = false;
    for (int j = trigger; j < k; j++) {
      String w = tokens.get(j).norm();
      french |= w.equals("ministre") || w.equals("secretaire");
    }
    for (int j = k; j < tokens.size() && j < k + APPOSITION_WORDS + 4; j++) {
      String sep = separator(text, tokens, j).strip();
      if (apposition(sep) || !sep.isEmpty() && !sep.equals("'") && !sep.equals("’")) {
        return false; // the apposition closes, or a quote, a dash or a colon: no plain verb
      }
      Token t = tokens.get(j);
      if (RELATIVES.contains(t.norm())) {
        return false; // "X Y - le ministre du Budget qui a menti": the apposition's own clause
      }
      if (!t.isCapitalized()
          && (AUXILIARY_VERBS.contains(t.norm()) || french && t.raw().equals("a"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("qui", "que", "qu", "dont", "who", "which");

  /** Prepositions that name the head of a government a minister served under. */
  private static final Set<String> UNDER = Set.of("sous", "under");

  /**
   * Whether word j, before a title's head word, belongs to the title: a prefix ("the", "former",
   * "Premier"), a portfolio word ("finance", "Foreign"), a country or demonym ("Canadian"), or a
   * country's possessive ("Canada's finance minister").
   */
  private boolean titleWordBefore(
      String text, List<Token> tokens, List<List<String>> forms, int j, int trigger) {
    Token t = tokens.get(j);
    String w = t.norm();
    if (t.isArabic()) {
      return false;
    }
    if (TITLE_PREFIXES.contains(w)) {
      return trigger - j <= 3;
    }
    if (w.equals("a") || w.equals("an")) {
      return t.raw().length() <= 2; // "X Y, a junior agriculture minister," (not the French verb)
    }
    if (j + 1 < tokens.size() && !separator(text, tokens, j + 1).isBlank()) {
      // only a possessive's apostrophe inside the title: "Canada's"
      String sep = separator(text, tokens, j + 1);
      if (!(sep.equals("'") || sep.equals("’")) || !tokens.get(j + 1).norm().equals("s")) {
        return false;
      }
    }
    if (w.equals("s") && j > 0) {
      String sep = separator(text, tokens, j);
      return (sep.equals("'") || sep.equals("’")) && countryAt(forms, j - 1);
    }
    return PORTFOLIO_WORDS_BEFORE.contains(w) || countryEnd(forms, j) == j + 1;
  }

  /** Portfolio words written before "minister" in English: "finance minister". */
  static final Set<String> PORTFOLIO_WORDS_BEFORE =
      WordLists.load("portfolio-words-before-latin.txt");

  static boolean apposition(String sep) {
    return sep.indexOf(',') >= 0 || sep.indexOf(')') >= 0 || sep.indexOf('.') >= 0;
  }

  NameSpan readLatinName(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    if (!initial(text, tokens, j) && COMMON_WORDS.contains(tokens.get(j).norm())
        || thingAt(forms, j)) {
      return null; // "Invité de X", "France Info": a common word or a known thing starts no name
    }
    int k = j;
    int lastCapital = -1;
    boolean spaced = false;
    while (k < n && k < j + 5) {
      Token tok = tokens.get(k);
      if (k > j) {
        String sep = separator(text, tokens, k);
        boolean afterInitial = initial(text, tokens, k - 1);
        if (!nameJoiner(sep) && !afterInitial) {
          break;
        }
        spaced |= sep.indexOf(' ') >= 0;
        if (!tok.isCapitalized()
            && (sep.equals("-") || sep.equals("‑"))
            && spaced
            && lastCapital == k - 1
            && tok.raw().length() <= 5
            && tok.raw().length() >= 2
            && tokens.get(k - 1).raw().length() <= 5
            && !(HYPHEN_CLITICS.contains(tok.norm())
                && COMMON_WORDS.contains(tokens.get(k - 1).norm()))
            && (k + 1 >= n
                || !nameJoiner(separator(text, tokens, k + 1))
                || !tokens.get(k + 1).isCapitalized())) {
          lastCapital = k; // "Kim Gang-lip", "Kang Kyung-wha": a given name's lower-case half
          k++;
          break;
        }
        if (!tok.isCapitalized()
            && (sep.equals("'") || sep.equals("’"))
            && lastCapital == k - 1
            && tok.raw().length() <= 3
            && !CONTRACTIONS.contains(tok.norm())) {
          lastCapital = k; // "Taher Kan'an", "Zeid al-Rifa'i": an apostrophe inside the word
          k++;
          continue;
        }
      }
      if (initial(text, tokens, k)) {
        k++; // an initial is part of the name, never its end
        continue;
      }
      String w = tok.norm();
      boolean particle = NAME_PARTICLES.contains(w);
      // a short syllable of a hyphenated given name that reads as a function word: "Chung In-yong"
      boolean syllable =
          k == j + 1
              && lastCapital == j
              && (k + 2 >= n || !separator(text, tokens, k + 2).equals("-"))
              && w.length() <= 3
              && k + 1 < n
              && separator(text, tokens, k + 1).equals("-")
              && !tokens.get(k + 1).isCapitalized()
              && tokens.get(k + 1).raw().length() <= 5
              && !HYPHEN_CLITICS.contains(tokens.get(k + 1).norm());
      if (tok.isCapitalized()
          && (!NOT_NAMES.contains(w) || syllable)
          && !particle
          && w.length() >= 2) {
        if (tok.isAllUpperCase() || anyGlued(tok.raw())) {
          // an acronym, a headline in capitals ("SECRETARY BLASTS REAGAN"), or two words a text
          // lost the break between ("X ParlyMinistre des Armées")
          break;
        }
        if (k > j && (countryAt(forms, k) || thingAt(forms, k))) {
          break;
        }
        if (k > j
            && COMMON_WORDS.contains(w)
            && !NAME_PARTICLES.contains(tokens.get(k - 1).norm())
            && !(k + 1 < n && separator(text, tokens, k + 1).equals("-"))
            && !GIVEN_NAMES.contains(tokens.get(k - 1).norm())) {
          // a common word ends a name, unless a particle or a hyphen binds it ("Le Maire"), or it
          // is the family name after known given names ("Marcel Masse", "Jean-Vincent Placé")
          break;
        }
        if (ORGANISATION_WORDS.contains(w)) {
          return null; // "Premier Widget Corp": a company, not a person
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
    boolean twoWords = false;
    for (int i = j + 1; i <= lastCapital && !twoWords; i++) {
      twoWords = separator(text, tokens, i).indexOf(' ') >= 0;
    }
    if (!twoWords) {
      return null; // "Jean-Yves": a hyphenated given name alone
    }
    return trimmedName(text, tokens, j, lastCapital + 1);
  }

  /**
   * Prepositions before a place or a medium that a name may follow directly: "à Paris Agnès X", "a
   * déclaré sur Franceinfo Agnès X, secrétaire d'État".
   */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("a", "au", "en", "de", "des", "du", "d", "in", "at", "from", "sur", "on", "selon");

  /**
   * Where the name of a capitalized run [from, to) starts: at a known given name inside it, when
   * what stands before that given name is a place or another person ("des Hauts-de-Seine Patrick
   * X", "à Paris Agnès X", "ministre de Nicolas X Thierry Y"); else at from. The given name keeps
   * at least one word after it, and one given name right after another stays ("Jean Marie X").
   */
  static int givenNameStart(String text, List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) {
      if (!GIVEN_NAMES.contains(tokens.get(i).norm())
          || !separator(text, tokens, i).equals(" ")
          || GIVEN_NAMES.contains(tokens.get(i - 1).norm())) {
        continue;
      }
      int before = i - 1; // the word before the given name
      boolean hyphenatedPlace = before > 0 && separator(text, tokens, before).equals("-");
      boolean otherPerson =
          before > 0
              && GIVEN_NAMES.contains(tokens.get(before - 1).norm())
              && separator(text, tokens, before).equals(" ");
      boolean placeAfterPreposition =
          before == from
              && from > 0
              && PLACE_PREPOSITIONS.contains(tokens.get(from - 1).norm())
              && !tokens.get(from - 1).isCapitalized();
      if (hyphenatedPlace || otherPerson || placeAfterPreposition) {
        return i;
      }
    }
    return from;
  }

  /**
   * Whether a word is two words glued by a lost line break: four letters or more, then a capital
   * and five lower-case letters or more ("ParlyMinistre"); not "McCain", "MacArthur", "LeBlanc".
   */
  static boolean glued(String raw) {
    return glued(raw, 5);
  }

  /**
   * Whether a word is a word in capitals glued to a capitalized word by a lost break: four capitals
   * or more, then a capital and two lower-case letters or more ("RELAXÉSDominique", a headline's
   * last word and a name's first).
   */
  static boolean gluedToCapitals(String raw) {
    int caps = 0;
    while (caps < raw.length() && Character.isUpperCase(raw.charAt(caps))) {
      caps++;
    }
    if (caps < 5 || raw.length() - caps < 2) {
      return false;
    }
    for (int k = caps; k < raw.length(); k++) {
      if (!Character.isLowerCase(raw.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word is two words glued by a lost break, in either shape: {@link #glued(String)} or
   * {@link #gluedToCapitals(String)}.
   */
  static boolean anyGlued(String raw) {
    return glued(raw) || gluedToCapitals(raw);
  }

  /**
   * The name [from, to) that a capitalized run reads as: cut before a second copy of its first
   * words ("X Y X Y": a caption or a title repeated where a text lost its break), started at its
   * given name ({@link #givenNameStart}), and cut before 'du' after a known given name and a
   * surname ("X Y du Var", "X Y du Sdis": the place or the body the person is from; a family name
   * in 'du' follows the given name directly, "Barend du Plessis").
   */
  static NameSpan trimmedName(String text, List<Token> tokens, int from, int to) {
    int end = to;
    for (int h = 2; from + 2 * h <= end; h++) {
      boolean same = true;
      for (int i = 0; i < h && same; i++) {
        same = tokens.get(from + i).norm().equals(tokens.get(from + h + i).norm());
      }
      if (same) {
        end = from + h;
        break;
      }
    }
    int start = givenNameStart(text, tokens, from, end);
    if (GIVEN_NAMES.contains(tokens.get(start).norm())) {
      boolean spaced = false;
      for (int p = start + 1; p < end - 1; p++) {
        String w = tokens.get(p).norm();
        if (NAME_PARTICLES.contains(w)) {
          if (w.equals("du") && spaced) {
            end = p;
          }
          break;
        }
        spaced |= separator(text, tokens, p).indexOf(' ') >= 0;
      }
    }
    return new NameSpan(start, end);
  }

  /**
   * {@link #glued(String)} with a second word of {@code minTail} letters or more after the capital.
   */
  static boolean glued(String raw, int minTail) {
    for (int i = 4; i + minTail < raw.length() + 1; i++) {
      if (Character.isUpperCase(raw.charAt(i)) && Character.isLowerCase(raw.charAt(i - 1))) {
        for (int k = i + 1; k < raw.length(); k++) {
          if (!Character.isLowerCase(raw.charAt(k))) {
            return false;
          }
        }
        return raw.length() - i - 1 >= minTail;
      }
    }
    return false;
  }

  /**
   * The full name, elsewhere in the text, of the person a title names by the surname alone ("le
   * ministre Hulot" ... "Nicolas Hulot", "Finance Minister Weller" ... "Tomas Weller"): the first
   * full name whose last word is the one word after the title; null when there is none, or when the
   * word after the title is not a lone capitalized surname.
   *
   * @param names the text's i-th person name, or null past the last (read from the text's first
   *     word on, each from the word after the one before)
   */
  NameSpan fullNameOfSurnameAfter(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      int t,
      java.util.function.IntFunction<NameSpan> names) {
    if (!loneSurnameAfter(text, tokens, forms, t)) {
      return null;
    }
    String w = tokens.get(t).norm();
    NameSpan name;
    for (int i = 0; (name = names.apply(i)) != null; i++) {
      if (name.to() - 1 != t && tokens.get(name.to() - 1).norm().equals(w)) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether word t, right after a title, is a lone capitalized surname: no common word, country,
   * particle or acronym, and no capitalized word joined to it.
   */
  boolean loneSurnameAfter(String text, List<Token> tokens, List<List<String>> forms, int t) {
    int n = tokens.size();
    if (t <= 0 || t >= n || !separator(text, tokens, t).equals(" ")) {
      return false;
    }
    Token tok = tokens.get(t);
    String w = tok.norm();
    if (tok.isArabic()
        || !tok.isCapitalized()
        || tok.isAllUpperCase()
        || w.length() < 3
        || NOT_NAMES.contains(w)
        || COMMON_WORDS.contains(w)
        || NAME_PARTICLES.contains(w)
        || ORGANISATION_WORDS.contains(w)
        || countries.longestAt(forms, t) != null) {
      return false;
    }
    // not one word: "le ministre Paul X" is read as a full name, and a name may go on after a
    // line break ("Prime Minister Yasuhiro\nNakasone") or a bracket ("(Prime Minister Yasuhiro)
    // Nakasone"); two words glued by a lost break are no surname ("LaurentNuñez"), an inner capital
    // of a surname's own is ("MacDonald")
    if (glued(tok.raw(), 3)) {
      return false;
    }
    if (t + 1 >= n) {
      return true;
    }
    String after = separator(text, tokens, t + 1);
    return !(tokens.get(t + 1).isCapitalized()
        && (nameJoiner(after) || after.isBlank() || after.strip().equals(")")));
  }

  /** Whether a phrase the country table marks as no country starts at word j ("France Info"). */
  boolean thingAt(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    return m != null && m.value().code() == null;
  }

  /** Determiners that make a capitalized phrase a thing, not a person: "le Figaro Magazine". */
  static final Set<String> THING_DETERMINERS =
      Set.of("le", "la", "les", "du", "des", "au", "aux", "l", "un", "une", "the");

  /**
   * [from, to) of a full person name starting at word k: two to four capitalized words (particles
   * allowed inside), at least one space between words (so "Saint-Jean-de-Luz" is a place), no
   * country, no acronym, not after a determiner; null otherwise.
   */
  NameSpan personNameAt(String text, List<Token> tokens, List<List<String>> forms, int k) {
    if (!nameWord(tokens, forms, k) || COMMON_WORDS.contains(tokens.get(k).norm())) {
      return null; // "Invité de X Y": a common word capitalized at a sentence's start
    }
    if (k > 0) {
      Token prev = tokens.get(k - 1);
      String sep = separator(text, tokens, k);
      if (THING_DETERMINERS.contains(prev.norm())
          && (sep.equals(" ") || sep.equals("'") || sep.equals("’"))) {
        return null;
      }
      if (prev.isCapitalized()
          && (sep.equals(" ") || sep.equals("-"))
          && !NOT_NAMES.contains(prev.norm())
          && !(PARTY_NAMES.contains(prev.norm())
              && sep.equals(" ")
              && !(k >= 2 && THING_DETERMINERS.contains(tokens.get(k - 2).norm())))) {
        // (a party's word right after a role is read as an acronym: "les députés MoDem X Y"; after
        // a determiner it is the party, a noun: "le président des Républicains X Y")
        return null; // inside a longer capitalized phrase, or a hyphenated name ("Jean-Vincent")
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
      if (ORGANISATION_WORDS.contains(tokens.get(j).norm())) {
        return null; // "Tehran Radio": an organisation, not a person
      }
      space |= !hyphen;
      words++;
      end = j + 1;
      j++;
    }
    if (words < 2 || !space) {
      return null;
    }
    NameSpan name = trimmedName(text, tokens, k, end);
    return name.to() - name.from() >= 2 ? name : null;
  }

  boolean nameWord(List<Token> tokens, List<List<String>> forms, int k) {
    Token t = tokens.get(k);
    String w = t.norm();
    return !t.isArabic()
        && t.isCapitalized()
        && w.length() >= 2
        && !t.isAllUpperCase()
        && !anyGlued(t.raw()) // "NuñezLaurent": two words a text lost the break between
        && !NOT_NAMES.contains(w)
        && !PARTY_NAMES.contains(w) // "les députés MoDem X Y": the party, then the name
        && !NAME_PARTICLES.contains(w)
        && countries.longestAt(forms, k) == null; // no country, nor a phrase such as "Miss Monde"
  }

  /**
   * The first full person name within words [from, to) that no preposition precedes ("Avec X Y, Z W
   * fait partie"), else the first after one, or null.
   */
  NameSpan firstPersonName(
      String text, List<Token> tokens, List<List<String>> forms, int from, int to) {
    return firstPersonName(text, tokens, forms, from, to, null, Set.of(), Set.of());
  }

  /**
   * {@link #firstPersonName}, passing over the names another role presents ("la journaliste X Y",
   * "son homologue X Y", "le député X Y": a determiner, then a lower-case noun that is not one of
   * titles, a minister title's first words; titles null: none passed over) and the names whose
   * first word is one of otherGender: the given names of the gender a title does not have, and
   * those whose last word is one of surnames.
   */
  NameSpan firstPersonName(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      int from,
      int to,
      Set<String> titles,
      Set<String> otherGender,
      Set<String> surnames) {
    NameSpan complement = null;
    for (int k = from; k < to; k++) {
      NameSpan name = personNameAt(text, tokens, forms, k);
      if (name != null
          && (titles != null && otherRole(text, tokens, titles, k, from)
              || otherGender.contains(tokens.get(name.from()).norm())
              || surnames.contains(tokens.get(name.to() - 1).norm()))) {
        k = name.to() - 1;
        continue;
      }
      if (name != null && name.to() <= to) {
        if (k > from && PREPOSITIONS.contains(tokens.get(k - 1).norm())) {
          // "Avec X Y, Z W fait partie...": a complement; the subject is a name after it, if any
          if (complement == null) {
            complement = name;
          }
          k = name.to() - 1;
          continue;
        }
        return name;
      }
    }
    return complement;
  }

  /**
   * Determiners and possessives before a role noun: "la journaliste X", "son homologue X", "au
   * président X", "du sénateur X".
   */
  private static final Set<String> ROLE_DETERMINERS =
      Set.of(
          "le", "la", "l", "les", "son", "sa", "ses", "leur", "au", "du", "the", "his", "her",
          "their");

  /**
   * Whether a determiner and a lower-case role noun, not a minister title, stand before word k,
   * with a party's acronym between them and the name ("le député LR X Y").
   */
  static boolean otherRole(String text, List<Token> tokens, Set<String> titles, int k, int from) {
    int m = k - 1;
    if (m - 2 >= from
        && (acronym(tokens.get(m)) || PARTY_NAMES.contains(tokens.get(m).norm()))
        && sameLine(separator(text, tokens, m + 1))) {
      m--; // the party: "le député LR X Y"
    }
    if (m - 1 < from) {
      return false;
    }
    Token noun = tokens.get(m);
    return !noun.isArabic()
        && !noun.isCapitalized()
        && !titles.contains(noun.norm())
        && !CONNECTORS.contains(noun.norm())
        && ROLE_DETERMINERS.contains(tokens.get(m - 1).norm())
        && sameLine(separator(text, tokens, m))
        && sameLine(separator(text, tokens, m + 1));
  }

  /** Whether a word is an acronym of two to four capitals: a party's ("LR"), an office's. */
  private static boolean acronym(Token t) {
    return t.isAllUpperCase() && t.norm().length() >= 2 && t.norm().length() <= 4;
  }

  /** Whether a separator is blank and holds no line break (a headline's end is no space). */
  private static boolean sameLine(String sep) {
    return sep.isBlank() && sep.indexOf('\n') < 0;
  }

  /** Whether a preposition stands right before word k: the name there is a complement. */
  static boolean afterPreposition(List<Token> tokens, int k) {
    return k > 0 && PREPOSITIONS.contains(tokens.get(k - 1).norm());
  }

  /** Prepositions before a name that make it a complement rather than a sentence's subject. */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "avec",
          "de",
          "d",
          "du",
          "par",
          "pour",
          "a",
          "chez",
          "selon",
          "contre",
          "sur",
          "aupres",
          "entre",
          "sans",
          "with",
          "by",
          "for",
          "to",
          "of",
          "from",
          "against",
          "according");
}
