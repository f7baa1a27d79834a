package revue.entity;

import java.util.List;
import java.util.Set;

/**
 * How a minister title that has no name beside it points to a person named elsewhere in the text,
 * judged from the words before the title: "l'ancienne ministre" and "the former minister" (a former
 * office: the article's main person), "la ministre de l'Environnement a déclaré" (a definite title:
 * the main person too, when the headline names them), "est également ministre", "as prime minister"
 * (the subject of the sentence).
 *
 * <p>Stateless, thread-safe. French and English only; Arabic titles carry their name after them.
 */
final class TitleReference {

  static final int NONE = 0;

  /** "le ministre" in subject position, not a head of government: the headline's person. */
  static final int DEFINITE = 1;

  /** "l'ancien ministre", "the former minister": the headline's person, else the text's first. */
  static final int FORMER = 2;

  /** "est ministre", "en tant que ministre", "as minister": the sentence's subject. */
  static final int PREDICATE = 3;

  /** "son poste de ministre": the possessor, named before in the sentence. */
  static final int POSSESSED = 4;

  private TitleReference() {}

  /** Nouns of a post a possessive holds before a title: "son poste de ministre". */
  private static final Set<String> POST_NOUNS =
      Set.of("poste", "fonction", "fonctions", "portefeuille");

  /** Possessive determiners of the third person. */
  private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses");

  /**
   * Whether a title stands after a possessive and a post's noun: "a démissionné de son poste de
   * ministre des Sports", "ses fonctions de Premier ministre"; the post is the possessor's, a
   * person named before the title in its sentence (English "his post as minister" is a predicate
   * already).
   */
  static boolean possessedPost(List<Token> tokens, int trigger) {
    int j = trigger - 1;
    while (j >= 0
        && trigger - j <= 3
        && (FORMER_WORDS.contains(tokens.get(j).norm()) || INSIDE.contains(tokens.get(j).norm()))) {
      j--;
    }
    if (j < 2) {
      return false;
    }
    String link = tokens.get(j).norm();
    return (link.equals("de") || link.equals("d"))
        && POST_NOUNS.contains(tokens.get(j - 1).norm())
        && POSSESSIVES.contains(tokens.get(j - 2).norm());
  }

  /** Words inside a title before its head word: "l'ex-Premier ministre", "la vice-ministre". */
  private static final Set<String> INSIDE =
      Set.of(
          "premier",
          "premiere",
          "prime",
          "vice",
          "nouveau",
          "nouvelle",
          "new",
          "actuel",
          "actuelle",
          "foreign");

  private static final Set<String> FORMER_WORDS =
      Set.of("ancien", "ancienne", "ex", "former", "then", "ephemere");

  private static final Set<String> DEFINITE_WORDS = Set.of("le", "la", "l", "the");

  /** The definite article a preposition holds: "du ministre" (de le), "au ministre" (à le). */
  private static final Set<String> CONTRACTED_ARTICLES = Set.of("du", "au");

  /**
   * Copulas and their like: "X est (également, depuis 2004) ministre", "X was foreign minister".
   */
  private static final Set<String> COPULAS =
      Set.of(
          "est",
          "etait",
          "fut",
          "devenu",
          "devenue",
          "redevenu",
          "redevenue",
          "devient",
          "nomme",
          "nommee",
          "elu",
          "elue",
          "reelu",
          "reelue",
          "elected",
          "reelected",
          "reste",
          "demeure",
          "ete",
          "is",
          "was",
          "became",
          "becomes",
          "remains",
          "named",
          "appointed",
          "been");

  /** Nouns of appointment before a name and its title: "la nomination de X Y ministre de". */
  private static final Set<String> APPOINTMENT_NOUNS =
      Set.of("nomination", "appointment", "election", "reelection");

  /**
   * Words before "le ministre" that make it an object or a complement ("reçu par le ministre",
   * "avec l'ancien ministre", "que le ministre"): such titles mostly name an office, not the person
   * the article is about, so only titles in subject position are resolved.
   */
  private static final Set<String> OBJECT_MARKERS =
      Set.of(
          "par", "avec", "a", "pour", "contre", "de", "d", "du", "des", "que", "qu", "pas", "entre",
          "sur", "chez", "vers", "sans", "et", "ou", "aupres", "envers", "by", "with", "for", "to",
          "of", "and", "or", "against", "between", "from", "on", "at", "about");

  /** Conjunctions that open a clause with its subject: "précise que le ministre a dit". */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "que", "qu", "lorsque", "lorsqu", "puisque", "puisqu", "quand", "that", "when",
          "because");

  /**
   * Comparatives and restrictions before "que", which make what follows it an object or a
   * complement: "plus que le ministre", "n'a vu que le ministre".
   */
  private static final Set<String> NOT_CLAUSE =
      Set.of(
          "plus",
          "moins",
          "autant",
          "aussi",
          "mieux",
          "davantage",
          "tant",
          "ne",
          "n",
          "rather",
          "more",
          "less",
          "other",
          "than");

  /**
   * Whether word k is a conjunction that opens a clause, the title after it that clause's subject:
   * "Le Figaro précise que le ministre des Sports a démissionné", "said that the minister would";
   * not after a comparative or a restriction within the three words before it.
   */
  static boolean subordinator(List<Token> tokens, int k) {
    if (k < 0 || !SUBORDINATORS.contains(tokens.get(k).norm())) {
      return false;
    }
    for (int b = Math.max(0, k - 3); b < k; b++) {
      if (NOT_CLAUSE.contains(tokens.get(b).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word a title's determiner and former words stand before when a role noun is coordinated
   * before its head word under them ("l'ancien conseiller puis ministre de X", "l'ancien sénateur
   * et ministre du Budget": the role noun), else trigger itself.
   */
  static int afterCoordinatedRole(List<Token> tokens, int trigger) {
    if (trigger < 3) {
      return trigger;
    }
    String conjunction = tokens.get(trigger - 1).norm();
    Token role = tokens.get(trigger - 2);
    String before = tokens.get(trigger - 3).norm();
    boolean coordinated =
        (conjunction.equals("puis") || conjunction.equals("et"))
            && !role.isCapitalized()
            && !role.isArabic()
            && role.norm().length() >= 4
            && role.norm().chars().allMatch(Character::isLetter)
            && (FORMER_WORDS.contains(before) || DEFINITE_WORDS.contains(before));
    return coordinated ? trigger - 2 : trigger;
  }

  /**
   * Whether the portfolio after a title's end closes with "de l'époque" or "d'alors" ("le Premier
   * ministre de l'époque", "le ministre de l'Intérieur d'alors"): within eight words, through
   * capitalized words, the portfolio's small words and one lower-case adjective right after the
   * title ("le Premier ministre israélien de l'époque").
   */
  static boolean ofThatTime(List<Token> tokens, int end) {
    for (int k = end; k < tokens.size() && k < end + 8; k++) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (w.equals("epoque")
          && k >= end + 2
          && tokens.get(k - 1).norm().equals("l")
          && tokens.get(k - 2).norm().equals("de")) {
        return true;
      }
      if (w.equals("alors") && k >= end + 1 && tokens.get(k - 1).norm().equals("d")) {
        return true;
      }
      boolean adjective = k == end && w.length() > 3 && w.chars().allMatch(Character::isLetter);
      if (!PORTFOLIO_SMALL_WORDS.contains(w) && !t.isCapitalized() && !adjective) {
        return false;
      }
    }
    return false;
  }

  /** Small words inside a portfolio, and those of "de l'époque", "d'alors". */
  private static final Set<String> PORTFOLIO_SMALL_WORDS =
      Set.of("de", "du", "des", "d", "l", "la", "le", "les", "et", "aux", "au");

  /** Heads of government: unnamed, "le Premier ministre" is the well-known incumbent. */
  private static final Set<String> HEAD_OF_GOVERNMENT =
      Set.of("premier", "premiere", "prime", "chef", "chancelier", "chanceliere", "chancellor");

  /** Whether the title from trigger to end is a head of government's ("le Premier ministre"). */
  static boolean headOfGovernment(List<Token> tokens, int trigger, int end) {
    for (int k = Math.max(0, trigger - 2); k < end; k++) {
      if (HEAD_OF_GOVERNMENT.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FEMININE =
      Set.of("la", "une", "ancienne", "nouvelle", "premiere", "actuelle", "cette");

  private static final Set<String> MASCULINE =
      Set.of("le", "un", "ancien", "nouveau", "premier", "actuel", "ce", "cet");

  /**
   * The grammatical gender of a French title, from the words before its head word: 'F' ("la
   * ministre", "l'ancienne ministre"), 'M' ("le ministre", "l'ancien ministre"), or 0 when they do
   * not say ("l'ex-ministre", English titles).
   */
  static char gender(List<Token> tokens, int trigger) {
    trigger = afterCoordinatedRole(tokens, trigger);
    for (int j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
      String w = tokens.get(j).norm();
      if (FEMININE.contains(w)) {
        return 'F';
      }
      if (MASCULINE.contains(w)) {
        return 'M';
      }
      if (!INSIDE.contains(w) && !FORMER_WORDS.contains(w) && !w.equals("l")) {
        break;
      }
    }
    return 0;
  }

  /** Index of the determiner of a title ("la" in "la vice-Première ministre"), or -1. */
  static int determiner(List<Token> tokens, int trigger) {
    trigger = afterCoordinatedRole(tokens, trigger);
    int j = trigger - 1;
    while (j >= 0
        && trigger - j <= 3
        && (FORMER_WORDS.contains(tokens.get(j).norm()) || INSIDE.contains(tokens.get(j).norm()))) {
      j--;
    }
    return j >= 0 && DEFINITE_WORDS.contains(tokens.get(j).norm()) ? j : -1;
  }

  /**
   * Whether a copula stands right before a title's determiner d, or before one adverb there ("est
   * désormais la ministre"), and is not itself a participle inside a noun phrase ("l'élu").
   */
  private static boolean copulaBefore(List<Token> tokens, int d) {
    int k = d - 1;
    if (k > 0 && LatinNames.APPOSITION_ADVERBS.contains(tokens.get(k).norm())) {
      k--;
    }
    if (k <= 0 || !COPULAS.contains(tokens.get(k).norm()) || tokens.get(k).isCapitalized()) {
      return false;
    }
    int s = k - 1; // the copula's subject, before an auxiliary and a negation: "X Y n'a été"
    while (s > 0 && AUXILIARIES.contains(tokens.get(s).norm())) {
      s--;
    }
    String subject = tokens.get(s).norm();
    return !DEFINITE_WORDS.contains(subject) && !PRONOUN_SUBJECTS.contains(subject);
  }

  /** Auxiliaries and negations between a subject and its copula: "X Y avait été", "n'est". */
  private static final Set<String> AUXILIARIES =
      Set.of("a", "avait", "aura", "aurait", "n", "ne", "has", "had", "have", "would", "will");

  /**
   * Subjects that are no name: "c'est le ministre qui" (a cleft), "dont il fut le Premier ministre"
   * (a relative clause about someone else), "it was the minister".
   */
  private static final Set<String> PRONOUN_SUBJECTS =
      Set.of(
          "c", "ce", "ca", "cela", "il", "elle", "ils", "elles", "on", "dont", "it", "this", "that",
          "there", "he", "she", "they", "whose");

  static int kind(List<Token> tokens, int trigger) {
    return kind(tokens, trigger, false);
  }

  /**
   * {@link #kind(List, int)}; with objects, a definite title after a preposition or a conjunction
   * ("avec le ministre", "de l'ancien ministre") is DEFINITE or FORMER too.
   */
  static int kind(List<Token> tokens, int trigger, boolean objects) {
    return kind(tokens, trigger, objects, -1);
  }

  /**
   * {@link #kind(List, int, boolean)}, end the title's last word plus one (-1: not known): a title
   * whose portfolio closes with "de l'époque" or "d'alors" ("le Premier ministre de l'époque", "du
   * ministre de l'Intérieur d'alors") is a past incumbent's, FORMER, a head of government's too.
   */
  static int kind(List<Token> tokens, int trigger, boolean objects, int end) {
    boolean headOfGovernment = HEAD_OF_GOVERNMENT.contains(tokens.get(trigger).norm());
    boolean former = end > trigger && ofThatTime(tokens, end);
    trigger = afterCoordinatedRole(tokens, trigger);
    int j = trigger - 1;
    while (j >= 0 && trigger - j <= 3) {
      String w = tokens.get(j).norm();
      if (FORMER_WORDS.contains(w)) {
        former = true;
      } else if (INSIDE.contains(w)) {
        headOfGovernment |= HEAD_OF_GOVERNMENT.contains(w);
      } else {
        break;
      }
      j--;
    }
    if (j < 0) {
      return NONE;
    }
    String before = tokens.get(j).norm();
    if (DEFINITE_WORDS.contains(before) && copulaBefore(tokens, j)) {
      // "X Y est le ministre de l'Éducation le plus populaire", "X was the finance minister"
      return PREDICATE;
    }
    if (DEFINITE_WORDS.contains(before) || objects && CONTRACTED_ARTICLES.contains(before)) {
      if (!objects
          && j > 0
          && OBJECT_MARKERS.contains(tokens.get(j - 1).norm())
          && !subordinator(tokens, j - 1)) {
        return NONE;
      }
      return former ? FORMER : headOfGovernment ? NONE : DEFINITE;
    }
    // "en tant que ministre", "as prime minister", "comme ministre"
    if (before.equals("as")
        || before.equals("comme")
        || before.equals("que") && j > 0 && tokens.get(j - 1).norm().equals("tant")) {
      return PREDICATE;
    }
    // "la nomination de X Y ministre de la Culture": an appointment's noun, the name right before
    // the title (not "la nomination du ministre")
    if (tokens.get(j).isCapitalized()) {
      for (int k = j - 1; k >= 0 && j - k < 6; k--) {
        if (APPOINTMENT_NOUNS.contains(tokens.get(k).norm())) {
          return PREDICATE;
        }
      }
    }
    // a copula a few words before, with only adverbs, dates and the like between
    for (int k = j; k >= 0 && j - k < 6; k--) {
      String w = tokens.get(k).norm();
      if (COPULAS.contains(w)) {
        // "le récemment élu Premier ministre": a participle inside a noun phrase, no predicate
        int b = k - 1;
        if (b > 0 && tokens.get(b).norm().endsWith("ment")) {
          b--; // an adverb: "le récemment élu"
        }
        return b >= 0 && DEFINITE_WORDS.contains(tokens.get(b).norm()) ? NONE : PREDICATE;
      }
      if (DEFINITE_WORDS.contains(w) || w.equals("qui") || w.equals("who")) {
        break;
      }
    }
    return NONE;
  }
}
