package revue.entity;

import static revue.entity.WordGaps.*;

import java.util.List;
import java.util.Set;
import revue.entity.PhraseTrie.Match;

/**
 * Reads the Arabic-script person name a minister title introduces ("وزير الخارجية المغربي X Y",
 * "وزير الاقتصاد الإيطالي الجديد، X Y،"). With no capitals in the script, a name ends at the verbs,
 * prepositions, particles, time words and punctuation that cannot belong to it; particles (بن, عبد,
 * أبو) glue to the next word.
 *
 * <p>Immutable, thread-safe.
 */
final class ArabicNames {

  private final PhraseTrie<CountryGazetteer.Entry> countries;
  private final MinisterGazetteer gazetteer;

  ArabicNames(PhraseTrie<CountryGazetteer.Entry> countries, MinisterGazetteer gazetteer) {
    this.countries = countries;
    this.gazetteer = gazetteer;
  }

  private static final List<String> STOP_LISTS =
      List.of("name-stops-arabic.txt", "verbs-past-arabic.txt", "verbs-meeting-arabic.txt");

  /**
   * The text between tokens j - 1 and j ({@link WordGaps#separator}), a no-break space read as a
   * space (Arabic papers write one inside names, "الهادي\u00a0X", in about one article in three),
   * and a line break after a comma as a space: no paragraph ends with a comma ("قال وزير
   * الداخلية،\nX Y إن").
   */
  private static String separator(String text, List<Token> tokens, int j) {
    String sep = WordGaps.separator(text, tokens, j);
    if (sep.indexOf('\u00a0') >= 0) {
      sep = sep.replace('\u00a0', ' ');
    }
    if (sep.indexOf('\n') >= 0 && sep.indexOf('\n') == sep.lastIndexOf('\n')) {
      String bare = sep.strip();
      if (bare.equals("،") || bare.equals(",")) {
        return bare + " ";
      }
    }
    return sep;
  }

  /** Given names that begin like a present-tense verb, ي and a consonant (يحيى, يزيد). */
  static final Set<String> ARABIC_YA_NAMES = WordLists.load("given-names-arabic.txt");

  /** Past-tense verbs: they end a name, and one that opens a sentence has the name as subject. */
  static final Set<String> PAST_VERBS = WordLists.load("verbs-past-arabic.txt");

  /**
   * Present-tense verbs of verbs-present-arabic.txt (يؤكد), with their feminine (تؤكد) and future
   * (سيؤكد, ستؤكد) forms, none a given name of given-names-arabic.txt: they end a name and start
   * none, as the past-tense verbs do.
   */
  static final Set<String> PRESENT_VERBS = presentVerbs();

  private static Set<String> presentVerbs() {
    Set<String> out = new java.util.HashSet<>();
    for (String v : WordLists.load("verbs-present-arabic.txt")) {
      String feminine = "ت" + v.substring(1);
      out.addAll(List.of(v, feminine, "س" + v, "س" + feminine));
    }
    out.removeAll(ARABIC_YA_NAMES);
    return Set.copyOf(out);
  }

  /** Function words, role nouns and other words of name-stops-arabic.txt. */
  private static final Set<String> NAME_STOPS = WordLists.load("name-stops-arabic.txt");

  /** Verbs of meeting and visiting (verbs-meeting-arabic.txt). */
  private static final Set<String> MEETING_VERBS = WordLists.load("verbs-meeting-arabic.txt");

  /** The verbs of the verb lists that name-stops-arabic.txt does not hold. */
  private static final Set<String> LISTED_VERBS =
      union(PAST_VERBS, MEETING_VERBS, PRESENT_VERBS).stream()
          .filter(v -> !NAME_STOPS.contains(v))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that never start or continue a name: function words, role nouns, verbs. */
  static final Set<String> ARABIC_STOPWORDS =
      union(NAME_STOPS, PAST_VERBS, MEETING_VERBS, PRESENT_VERBS);

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      out.addAll(set);
    }
    return Set.copyOf(out);
  }

  /** Article-carrying words that close a title rather than start a name: tense, time, rank. */
  static final Set<String> ARABIC_TITLE_CLOSERS = WordLists.load("title-closers-arabic.txt");

  static final Set<String> ARABIC_PARTICLES = WordLists.load("name-particles-arabic.txt");

  /** Prepositions that take no clitic preposition: لحول is a name, not ل + حول. */
  static final Set<String> ARABIC_PREPOSITIONS = WordLists.load("prepositions-arabic.txt");

  /**
   * Stop words written with a final ى (الى, لدى): a word spelled with ي instead is a name (والي).
   */
  static final Set<String> ALIF_MAQSURA_STOPS = stopsEndingWith("ى");

  /** Stop words written with a final ء (جراء, أثناء), as folded. */
  private static final Set<String> HAMZA_STOPS = stopsEndingWith("ء");

  /** Stop words written with an initial آ (آنذاك), as folded. */
  private static final Set<String> MADDA_STOPS = stopsWith("آ", true);

  /** The stop words (of every stop list) written with that last letter, as folded. */
  private static Set<String> stopsEndingWith(String letter) {
    return stopsWith(letter, false);
  }

  /** The stop words (of every stop list) written with that first or last letter, as folded. */
  private static Set<String> stopsWith(String letter, boolean first) {
    Set<String> out = new java.util.HashSet<>();
    for (String list : STOP_LISTS) {
      for (String e : WordLists.entries(list)) {
        if (first ? e.startsWith(letter) : e.endsWith(letter)) {
          for (Token t : TextFolding.tokens(e)) {
            out.add(t.norm());
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Whether any of a word's forms is in the set. */
  private static boolean anyForm(Set<String> set, List<String> forms) {
    for (String f : forms) {
      if (set.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word written with a final ء reads as stop word f only because folding drops the ء:
   * بهاء (the name Bahaa) is no بها ("with it"); or one written with an initial آ only because
   * folding makes it an ا: آن (Ahn, Anne) is no أن or إن ("هوانغ كيو آن،").
   */
  private static boolean hamzaDropped(Token tok, String f) {
    return !HAMZA_STOPS.contains(f) && bareSpelling(tok).endsWith("ء")
        || !MADDA_STOPS.contains(f) && bareSpelling(tok).startsWith("آ");
  }

  /** Common given names (given-names-arabic-common.txt): a full name after "الوزير". */
  static final Set<String> COMMON_GIVEN_NAMES = WordLists.load("given-names-arabic-common.txt");

  /** Given names written with the article (الحبيب, الهادي): they start a name after a title. */
  static final Set<String> DEFINITE_GIVEN_NAMES = WordLists.load("given-names-arabic-definite.txt");

  /** Portfolio nouns that may stand in construct with a place: "وزير داخلية تتارستان". */
  static final Set<String> PORTFOLIOS = WordLists.load("portfolios-arabic.txt");

  /** Offices between a name and the minister title after it ("ولي العهد", "نائب"), as words. */
  static final List<List<String>> TITLE_CHAINS = phrases("title-chains-arabic.txt");

  private static List<List<String>> phrases(String list) {
    List<List<String>> out = new java.util.ArrayList<>();
    for (String e : WordLists.entries(list)) {
      out.add(TextFolding.tokens(e).stream().map(Token::norm).toList());
    }
    // longest first: "ولي ولي العهد" before "ولي العهد"
    out.sort((a, b) -> b.size() - a.size());
    return List.copyOf(out);
  }

  /**
   * Particles of European names, as written (فإن, "so", is no فان): inside a name they glue to the
   * next word.
   */
  private static final Set<String> FOREIGN_PARTICLES =
      Set.of("فان", "فون", "دي", "دير", "دو", "دا");

  /** Whether a word is the first of a hashtag of several ("#إصلاحات_مالية"): no name part. */
  private static boolean multiWordTag(String text, Token tok) {
    return tok.end() < text.length() && text.charAt(tok.end()) == '_';
  }

  /** Whether the gap between two words is a hashtag's mark: "عبدالملك #المخلافي". */
  private static boolean hashtag(String sep) {
    return sep.strip().equals("#");
  }

  /**
   * [from, to) of a name written as one hashtag of two to four words from word j ("#X_Y",
   * "#X_بن_Y"), or null: no word a stop word, a title or portfolio word or a country, none but the
   * last with the article (unless a given name that has it), and the tag ends there
   * ("#كوريا_الشمالية", "#قطاع_الأعمال_العام" name no one).
   */
  private NameSpan taggedName(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    int k = j;
    while (true) {
      Token tok = tokens.get(k);
      if (!tok.isArabic()
          || tok.norm().length() < 2
          || nameStop(tok)
          || arabicStop(tok, forms.get(k))
          || titleWord(forms.get(k))
          || portfolioLike(tok.norm())
          || countryAt(forms, k)
          || closerWord(forms.get(k))
          || ARABIC_PARTICLES.contains(tok.norm()) && (k == j || !multiWordTag(text, tok))
          || hasArticle(tok)
              && (k == j ? !DEFINITE_GIVEN_NAMES.contains(tok.norm()) : !bareArticle(tok))) {
        return null;
      }
      k++;
      if (!multiWordTag(text, tok)) {
        break;
      }
      if (k >= n || k - j >= 4 || !separator(text, tokens, k).equals("_")) {
        return null;
      }
    }
    return k - j >= 2 ? new NameSpan(j, k) : null;
  }

  /** Regnal ordinals (عبد الله الثاني): never a family name, nor a slip of one (الثني). */
  static final Set<String> ARABIC_ORDINALS = WordLists.load("ordinals-arabic.txt");

  /**
   * Whether a country, a demonym or a place the country table marks as no country ("أميركا
   * اللاتينية") starts at word j: none is a name, and each may belong to a title ("لشؤون أميركا
   * اللاتينية").
   */
  boolean countryAt(List<List<String>> forms, int j) {
    return countryEnd(forms, j) > 0;
  }

  /**
   * Nouns of a state's style, as folded, before its name: "لجمهورية بنغلاديش", "سلطنة عمان". With
   * the country after them they are a place, no name.
   */
  private static final Set<String> STATE_NOUNS = folded("جمهورية", "سلطنة", "مملكة", "إمارة");

  private static Set<String> folded(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(TextFolding.tokens(w).get(0).norm());
    }
    return Set.copyOf(out);
  }

  /**
   * The end of the country, demonym or place at word j (see {@link #countryAt}), a state's style
   * before it included ("بجمهورية ليتوانيا"), or -1.
   */
  int countryEnd(List<List<String>> forms, int j) {
    Match<CountryGazetteer.Entry> m = countries.longestAt(forms, j);
    if (m == null && j + 1 < forms.size() && anyForm(STATE_NOUNS, forms.get(j))) {
      m = countries.longestAt(forms, j + 1);
    }
    return m == null ? -1 : m.to();
  }

  /** Honorifics and ranks before a name: "الدكتورة", "المهندس", "د." (see the list). */
  static final Set<String> ARABIC_HONORIFICS = WordLists.load("honorifics-arabic.txt");

  /**
   * Princely titles (الأمير, الأميرة), as folded: not honorifics of the list, since "أمير" is also
   * a head of state's title, but a prince's name set before a minister's title or after an office
   * chained to one is that minister's: "الأمير X بن Y وزير الحرس الوطني".
   */
  private static final Set<String> PRINCELY = folded("الأمير", "الأميرة");

  /**
   * Given names that are also role nouns of the stop list (مساعد, أمين): names after an honorific.
   */
  private static final Set<String> ROLE_GIVEN_NAMES = WordLists.load("role-given-names-arabic.txt");

  /** Whether word k is a role noun that is also a given name, right after an honorific. */
  private static boolean givenNameAfterHonorific(String text, List<Token> tokens, int k) {
    if (k < 1 || !ROLE_GIVEN_NAMES.contains(tokens.get(k).norm())) {
      return false;
    }
    Token before = tokens.get(k - 1);
    return ARABIC_HONORIFICS.contains(before.norm())
            && before.norm().length() > 1
            && separator(text, tokens, k).isBlank()
        || abbreviatedHonorific(text, tokens, k - 1);
  }

  /** Second words of ranks: "الفريق أول", "اللواء الركن", "اللواء متقاعد". */
  private static final Set<String> RANK_SECONDS = Set.of("اول", "ركن", "الركن", "متقاعد");

  /** Whether word k is a one-letter honorific with its full stop: "د." (Dr), "م." (Eng). */
  static boolean abbreviatedHonorific(String text, List<Token> tokens, int k) {
    if (k < 0 || k + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    return t.isArabic()
        && t.norm().length() == 1
        && ARABIC_HONORIFICS.contains(t.norm())
        && separator(text, tokens, k + 1).strip().equals(".");
  }

  /** Whether a char is a harakah or the tatweel. */
  static boolean mark(char c) {
    return c >= '\u064B' && c <= '\u0652' || c == '\u0640';
  }

  /** An Arabic word as written, without harakat and tatweel (which fold away anyway). */
  static String bareSpelling(Token t) {
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

  static final List<String> ARTICLE_PREFIXES =
      List.of("ال", "وال", "فال", "بال", "كال", "لل", "ولل");

  /**
   * Whether an Arabic word carries the article, judged on its spelling before folding (أ is no
   * article).
   */
  static boolean hasArticle(Token t) {
    String raw = bareSpelling(t);
    for (String p : ARTICLE_PREFIXES) {
      if (raw.startsWith(p) && raw.length() > p.length() + 1) {
        return true;
      }
    }
    return false;
  }

  static boolean portfolioLike(String w) {
    return w.startsWith("خارجي") || w.startsWith("داخلي") || w.startsWith("دفاع");
  }

  boolean arabicSkippable(List<String> forms, Token tok) {
    String w = tok.norm();
    if (arabicStop(forms)
        || titleWord(forms)
        || portfolioLike(w)
        || hasArticle(tok)
        || ARABIC_TITLE_CLOSERS.contains(w)) { // "وزير الخارجية آنذاك X Y"
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
  /**
   * Words after which a name and then its title open a clause: "إن X Y وزير ...", "وقال X Y، وزير".
   */
  static final Set<String> ARABIC_SUBJECT_OPENERS = WordLists.load("subject-openers-arabic.txt");

  /**
   * [from, to) of an Arabic name set before its title, or null: "سامح شكري، وزير الخارجية" (a comma
   * between them), or "إن X Y وزير الطاقة" (no comma, after a word that opens a clause with its
   * subject: a name after "التقى الرئيس" is an object, not the minister). Two to four words, none a
   * stop word, a country or a title word; only the last may carry the article.
   */
  NameSpan arabicNameBefore(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      int titleStart,
      Set<String> givenNames) {
    NameSpan span = nameBefore(text, tokens, forms, covered, titleStart, givenNames);
    if (span == null || span.clitic() > 0) {
      return span;
    }
    // "، وفهد X وزير الثروة السمكية": the conjunction before a given name is no part of it
    return conjoinedGivenName(tokens.get(span.from()), givenNames)
        ? new NameSpan(span.from(), span.to(), 1)
        : span;
  }

  /**
   * Whether word k is a title with the preposition ل or ب glued before it ("لوزير", "برئيس",
   * "ولوزيرة"): a genitive, which a name before it is never in apposition with.
   */
  private static boolean prepositionGlued(List<Token> tokens, List<List<String>> forms, int k) {
    String w = tokens.get(k).norm();
    if (w.length() > 5 && w.charAt(0) == 'و') {
      w = w.substring(1);
    }
    return w.length() > 4
        && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب')
        && forms.get(k).contains(w.substring(1));
  }

  /** Whether a word is و and a given name (وفهد), not a given name itself (وليد, وائل). */
  private boolean conjoinedGivenName(Token tok, Set<String> givenNames) {
    String w = tok.norm();
    return w.length() > 3
        && w.charAt(0) == 'و'
        && !givenName(w, givenNames)
        && givenName(w.substring(1), givenNames);
  }

  private NameSpan nameBefore(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      int titleStart,
      Set<String> givenNames) {
    // a relative clause that gives the post: "X Y، الذي عمل وزيرا للنقل", "X Y، التي تشغل منصب
    // وزيرة"; the name is before it, with the comma
    int relative = relativeClauseStart(text, tokens, titleStart);
    if (titleStart < 2
        || hasArticle(tokens.get(titleStart))
        || relative < 0
            && accusativeTitle(tokens.get(titleStart))
            && !appointment(tokens, titleStart)) {
      return null; // "الوزير" follows its name rarely; "X الوزير" reads as "X the minister" less
      // often than not
    }
    // offices chained before the title ("X ولي العهد نائب رئيس مجلس الوزراء"): the name is
    // before them, and the chain itself shows the apposition
    int end = relative >= 0 ? relative : titleStart;
    boolean chained = relative >= 0;
    for (int c = chainBefore(text, tokens, end); c >= 0; c = chainBefore(text, tokens, end)) {
      chained |= end - c > 1 || !tokens.get(c).norm().startsWith("ناي");
      end = c;
    }
    if (end < 2 || !chained && end == titleStart && prepositionGlued(tokens, forms, titleStart)) {
      return null; // "X Y Z لوزير الصحة": a title after ل or ب is no apposition of a name before it
    }
    String gap = separator(text, tokens, end);
    // a comma, or a semicolon some papers write for one ("X Y؛ وزير الشؤون البلدية")
    boolean comma = gap.strip().length() == 1 && "،,؛;".indexOf(gap.strip().charAt(0)) >= 0;
    if (!comma && !gap.isBlank()) {
      return null;
    }
    int k = end - 1;
    int units = 0; // name words, particles (بن) not counted
    // a name written as one hashtag right before its title: "أعلن #X_Y نائب رئيس الوزراء"
    int tagStart = end - 1;
    while (tagStart > 0 && separator(text, tokens, tagStart).equals("_")) {
      tagStart--;
    }
    NameSpan tagged =
        tagStart < end - 1 && hashtag(separator(text, tokens, tagStart))
            ? taggedName(text, tokens, forms, tagStart)
            : null;
    boolean hashtagName = tagged != null && tagged.to() == end;
    if (hashtagName) {
      k = tagStart - 1;
      units = 4; // the tag is the whole name: the loop below reads no more
    }
    // a compound given name before a family name with the article: "عز الدين الY، وزير"
    boolean compound =
        end >= 3
            && bareArticle(tokens.get(end - 1))
            && COMPOUND_SECOND.contains(tokens.get(end - 2).norm())
            && separator(text, tokens, end - 1).isBlank()
            && separator(text, tokens, end - 2).isBlank()
            && tokens.get(end - 3).isArabic()
            && !hasArticle(tokens.get(end - 3))
            && !nameStop(tokens.get(end - 3))
            && !arabicStop(tokens.get(end - 3), forms.get(end - 3))
            && !ARABIC_PARTICLES.contains(tokens.get(end - 3).norm());
    while (k >= 0 && units < 4) {
      Token tok = tokens.get(k);
      if (!tok.isArabic()
          || covered[k]
          || (nameStop(tok) || arabicStop(tok, forms.get(k)) || closerWord(tok, forms.get(k)))
              && !givenNameAfterHonorific(text, tokens, k)
          || titleWord(forms.get(k))
          || countryAt(forms, k)
          || ARABIC_ORDINALS.contains(tok.norm())
          || hasArticle(tok)
              && (k < end - 1 || !bareArticle(tok))
              && !(compound && k == end - 2)
              && !DEFINITE_GIVEN_NAMES.contains(tok.norm())
          || tok.norm().length() < 2
          || notNamePart(tok, false)
          || presentTenseVerb(tok)
              && k < end - 1
              && !subjectBeforeComma(text, tokens, forms, k, end)) {
        break;
      }
      if (k < end - 1 && !separator(text, tokens, k + 1).isBlank()) {
        break;
      }
      units += ARABIC_PARTICLES.contains(tok.norm()) ? 0 : 1;
      k--;
      if (hasArticle(tok) && k + 1 < end - 1 && !(compound && k + 1 == end - 2)) {
        break; // a given name with the article starts the name: "الحبيب الصيد"
      }
    }
    int from = k + 1;
    while (from < end && ARABIC_PARTICLES.contains(tokens.get(from).norm())) {
      from++;
    }
    if (from > k + 1 && k >= 0 && covered[k]) {
      return null; // the rest of a known name's lineage: "محمد بن سلمان [بن X آل Y]، ولي العهد"
    }
    if (end - from < 2
        || presentTenseVerb(tokens.get(from))
            && !subjectBeforeComma(text, tokens, forms, from, end)) {
      return null;
    }
    if (appointment(tokens, titleStart) && end == titleStart) {
      return appointee(text, tokens, forms, from, end, givenNames);
    }
    // a preposition glued to a given name the text or the gazetteer knows: "رسالة لجيرار X، وزير"
    // (a letter to Gérard X, minister) names جيرار X
    for (int x = from; x < end - 1; x++) {
      String w = tokens.get(x).norm();
      if (w.length() >= 4
          && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب')
          && !givenName(w, givenNames)
          && givenName(w.substring(1), givenNames)) {
        return new NameSpan(x, end, 1);
      }
    }
    // "تفقد X Y نائب وزير": a sentence opened by a verb and its subject; the verb is no given
    // name the gazetteer knows
    if (!comma
        && !hashtagName
        && end - from >= 3
        && (from == 0 || hardStop(separator(text, tokens, from)))
        && !ARABIC_PARTICLES.contains(tokens.get(from).norm())
        && !hasArticle(tokens.get(from))
        && gazetteer.aliasesStartingWith(tokens.get(from).norm()).isEmpty()
        && !ARABIC_PARTICLES.contains(tokens.get(from + 1).norm())) {
      from++;
    }
    // an honorific before the name: "وقالت الدكتورة X Y وزيرة الاستثمار", "د. X Y، وزير"; a
    // rank's second word is no name ("الفريق أول X Y")
    int title = from - 1; // the honorific, if any
    if (title >= 1
        && RANK_SECONDS.contains(tokens.get(title).norm())
        && ARABIC_HONORIFICS.contains(tokens.get(title - 1).norm())
        && separator(text, tokens, title).isBlank()
        && separator(text, tokens, from).isBlank()) {
      title--; // "اللواء ركن X Y وزير الدولة": a rank of two words before the name
    }
    if (from > 0
        && end - from > 2
        && RANK_SECONDS.contains(tokens.get(from).norm())
        && ARABIC_HONORIFICS.contains(tokens.get(from - 1).norm())) {
      from++;
    }
    if (title >= 0
        && ((ARABIC_HONORIFICS.contains(tokens.get(title).norm())
                    || PRINCELY.contains(tokens.get(title).norm()))
                && tokens.get(title).norm().length() > 1
                && separator(text, tokens, title + 1).isBlank()
            || abbreviatedHonorific(text, tokens, title))) {
      return new NameSpan(from, end);
    }
    // a list of names, each before its title: "X Y وزير الطاقة، وZ W وزيرة الثقافة"
    if (listedAfterTitle(text, tokens, forms, from)) {
      return new NameSpan(from, end, 1);
    }
    // the word before the name: a clause opener, or with a comma a stop or the sentence's start
    if (from == 0 || hardStop(separator(text, tokens, from))) {
      return comma || chained ? new NameSpan(from, end) : null;
    }
    Token before = tokens.get(from - 1);
    boolean opener = chained || anyForm(ARABIC_SUBJECT_OPENERS, forms.get(from - 1));
    if (opener || comma && (nameStop(before) || arabicStop(forms.get(from - 1)))) {
      return new NameSpan(from, end);
    }
    // after a preposition, a name and its title are in apposition: "نسبت الوكالة إلى X Y نائب
    // وزير الدفاع", when its first word is a given name the text or the gazetteer knows ("على
    // هامش زيارة وزير" is a construct, not a name), or after "بحضور" and its kind
    if (before.isArabic()
        && (PERSON_PREPOSITIONS.contains(before.norm())
            || (ARABIC_PREPOSITIONS.contains(before.norm()) || bareSpelling(before).equals("على"))
                && givenName(tokens.get(from).norm(), givenNames))) {
      return new NameSpan(from, end);
    }
    // a verb that opens its sentence, its subject the name: "تفقد X Y نائب وزير الصحة"
    if (from - 1 == 0 || hardStop(separator(text, tokens, from - 1))) {
      // a verb of verbs-past-arabic.txt, a stop word only in names
      boolean pastVerb =
          anyForm(PAST_VERBS, forms.get(from - 1)) || anyForm(PRESENT_VERBS, forms.get(from - 1));
      if (before.isArabic()
          && !hasArticle(before)
          && (pastVerb
              || !nameStop(before)
                  && !arabicStop(forms.get(from - 1))
                  && !closerWord(forms.get(from - 1)))
          && !countryAt(forms, from - 1)
          && !ARABIC_PARTICLES.contains(before.norm())) {
        return new NameSpan(from, end);
      }
    }
    return null;
  }

  /**
   * Whether words [from, end) are two words closed by a comma before a title, right after a word
   * that opens a clause with its subject ("وقال X Y، وزير الصحة"): a name even when its first word
   * begins as a present-tense verb does (يفغيني, Yevgeny), since a verb there would be followed by
   * its own subject or object, not by a comma and a minister's title. The second word carries no
   * article.
   */
  private static boolean subjectBeforeComma(
      String text, List<Token> tokens, List<List<String>> forms, int from, int end) {
    if (end - from != 2 || from < 1 || end >= tokens.size()) {
      return false;
    }
    String gap = separator(text, tokens, end).strip();
    return (gap.equals("،") || gap.equals(","))
        && separator(text, tokens, from + 1).isBlank()
        && separator(text, tokens, from).isBlank()
        && !hasArticle(tokens.get(from + 1))
        && anyForm(ARABIC_SUBJECT_OPENERS, forms.get(from - 1));
  }

  /** وزير and وزيرة, as folded. */
  private static final Set<String> MINISTER_WORDS = folded("وزير", "وزيرة");

  /**
   * Whether word from is و glued to a name's first word, after a comma that closes a clause with a
   * minister's title: the next item of a list of names each set before its title ("X Y وزير الطاقة،
   * وZ W وزيرة الثقافة"). The word without و is no stop word and carries no article.
   */
  private static boolean listedAfterTitle(
      String text, List<Token> tokens, List<List<String>> forms, int from) {
    Token first = tokens.get(from);
    if (from < 2
        || !first.isArabic()
        || first.norm().length() < 4
        || first.norm().charAt(0) != 'و'
        || forms.get(from).size() < 2
        || ARABIC_STOPWORDS.contains(forms.get(from).get(1))
        || hasArticle(first)) {
      return false;
    }
    String comma = separator(text, tokens, from).strip();
    if (!comma.equals("،") && !comma.equals(",")) {
      return false;
    }
    for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
      if (!tokens.get(k).isArabic()) {
        return false;
      }
      if (anyForm(MINISTER_WORDS, forms.get(k))) {
        return true;
      }
      if (k == 0 || !separator(text, tokens, k).isBlank()) {
        return false; // the clause before the comma holds no title
      }
    }
    return false;
  }

  /** Past verbs of holding a post in a relative clause: "الذي عمل وزيرا"; the post is former. */
  static final Set<String> HELD_VERBS =
      Set.of("عمل", "عملت", "كان", "كانت", "شغل", "شغلت", "تولي", "تولت");

  /** Verbs of holding a post in a relative clause: the past ones, "التي تشغل منصب وزيرة". */
  static final Set<String> HOLDING_VERBS =
      union(HELD_VERBS, Set.of("يعمل", "تعمل", "يشغل", "تشغل", "يتولي", "تتولي"));

  /**
   * The index of the relative pronoun of a clause that gives a post before the title at titleStart,
   * after a comma ("X Y، الذي عمل وزيرا", "الذي يعمل أيضا بمنصب نائب وزير", "التي تشغل منصب
   * وزيرة"), or -1.
   */
  static int relativeClauseStart(String text, List<Token> tokens, int titleStart) {
    int k = titleStart - 1;
    if (k >= 0 && (tokens.get(k).norm().equals("نايب") || tokens.get(k).norm().equals("نايبه"))) {
      k--; // "بمنصب نائب وزير"
    }
    if (k >= 0 && (tokens.get(k).norm().equals("منصب") || tokens.get(k).norm().equals("بمنصب"))) {
      k--;
    }
    if (k >= 0 && tokens.get(k).norm().equals("ايضا")) {
      k--;
    }
    if (k < 3 || !HOLDING_VERBS.contains(tokens.get(k).norm())) {
      return -1;
    }
    k--;
    if (!RELATIVES.contains(tokens.get(k).norm())) {
      return -1;
    }
    String gap = separator(text, tokens, k);
    return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 ? k : -1;
  }

  /**
   * [from, end) read before an appointment's title, or null: the appointee ("تعيين X Y وزيرا
   * للداخلية وZ W وزيرا للعدل"; a و glued to a given name the text or the gazetteer knows is cut
   * off), when the name's first word is such a given name or the word before the name ends a phrase
   * (a stop word, a verb, a verbal noun such as تعيين, a word with the article, punctuation), no
   * office precedes it ("رئيس بلدية ليون وزيرا", the office of someone named before) and no word of
   * it ends with a pronoun ("بينهم صهره وزيرا").
   */
  private NameSpan appointee(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      int from,
      int end,
      Set<String> givenNames) {
    for (int k = from; k < end; k++) {
      String raw = bareSpelling(tokens.get(k));
      if (raw.endsWith("هم") || raw.endsWith("ها") || raw.endsWith("هما") || raw.endsWith("اه")) {
        return null;
      }
    }
    String w = tokens.get(from).norm();
    int clitic = 0;
    if (w.length() > 3
        && w.charAt(0) == 'و'
        && !givenName(w, givenNames)
        && givenName(w.substring(1), givenNames)) {
      clitic = 1;
    } else if (w.charAt(0) == 'و') {
      return null; // و and a name, or a word that begins with و: cannot tell
    }
    boolean known = givenName(w.substring(clitic), givenNames);
    if (from > 0) {
      Token before = tokens.get(from - 1);
      String sep = separator(text, tokens, from);
      if (before.isArabic() && OFFICE_HEADS.contains(before.norm()) && sep.isBlank()) {
        return null;
      }
      boolean boundary =
          hardStop(sep)
              || sep.indexOf('،') >= 0
              || sep.indexOf(',') >= 0
              || !before.isArabic()
              || nameStop(before)
              || arabicStop(before, forms.get(from - 1))
              || hasArticle(before)
              || notNamePart(before, false);
      if (!known && !boundary) {
        return null;
      }
    }
    return new NameSpan(from, end, clitic);
  }

  /** Whether a title word is the accusative (or dual) وزيرا, with or without و before it. */
  private static boolean accusativeTitle(Token t) {
    String raw = bareSpelling(t);
    return raw.equals("وزيرا") || raw.equals("ووزيرا");
  }

  /**
   * Whether the title at i is the accusative of an appointment, "وزيرا" before its portfolio with a
   * preposition ("وزيرا للداخلية"), not the dual in construct ("وزيرا الخارجية").
   */
  static boolean appointment(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !accusativeTitle(tokens.get(i))) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isArabic() && next.norm().startsWith("ل") && !bareArticle(next);
  }

  /**
   * Prepositional nouns a person follows ("بحضور X Y وزيرة الدولة", in the presence of): the name
   * after one and its title are in apposition, whatever its first word.
   */
  private static final Set<String> PERSON_PREPOSITIONS =
      Set.of("بحضور", "برياسه", "بمشاركه", "بقياده");

  /** Whether a folded word is a given name: of the text's names, the gazetteer's or the lists'. */
  private boolean givenName(String w, Set<String> givenNames) {
    return givenNames.contains(w)
        || ARABIC_YA_NAMES.contains(w)
        || COMMON_GIVEN_NAMES.contains(w)
        || !gazetteer.aliasesStartingWith(w).isEmpty();
  }

  /**
   * The first word of an office of {@link #TITLE_CHAINS} that ends right before word end, joined to
   * it by a space or a comma, or -1.
   */
  private static int chainBefore(String text, List<Token> tokens, int end) {
    if (end < 1) {
      return -1;
    }
    // offices follow one another with a space or a comma: "X ولي العهد، نائب رئيس مجلس الوزراء،
    // وزير الداخلية"
    String gap = separator(text, tokens, end).strip();
    if (!gap.isEmpty() && !gap.equals("،") && !gap.equals(",")) {
      return -1;
    }
    for (List<String> chain : TITLE_CHAINS) {
      int c = end - chain.size();
      if (c < 0) {
        continue;
      }
      boolean match = true;
      for (int x = 0; x < chain.size() && match; x++) {
        match =
            tokens.get(c + x).norm().equals(chain.get(x))
                && (x == 0 || separator(text, tokens, c + x).isBlank());
      }
      if (match) {
        return c;
      }
    }
    return -1;
  }

  NameSpan arabicNameAfter(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      int titleStart,
      int t) {
    if (accusativeTitle(tokens.get(titleStart))) {
      if (dualTitle(tokens, titleStart, t)) {
        // the dual names two: "وزيرا الخارجية X Y وZ W"; an appointment's "X وزيرا الصناعة
        // خلفا لـZ" names one, before it
        NameSpan name = nameAfter(text, tokens, forms, covered, titleStart, t);
        return name != null
                && name.from() >= t
                && nextInDual(text, tokens, forms, name.to()) != null
            ? name
            : null;
      }
      return null; // "X Y وزيرا للداخلية": the name is before the title; "16 وزيرا بينهم": none
    }
    return nameAfter(text, tokens, forms, covered, titleStart, t);
  }

  /** The last words of titles in construct without the article (حكومة, وزراء), as folded. */
  private static final Set<String> CONSTRUCT_TITLE_ENDS = folded("حكومة", "وزراء");

  private NameSpan nameAfter(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      int titleStart,
      int t) {
    int n = tokens.size();
    int j = t;
    // a title whose last word is a construct head without the article ("رئيس حكومة", "رئيس
    // وزراء") has its complement next, a country or a definite noun, before any name: "رئيس حكومة
    // الإقليم X Y"; an indefinite word there is an adjective ("رئيس حكومة كامل الصلاحيات")
    if (t > titleStart
        && t < n
        && CONSTRUCT_TITLE_ENDS.contains(tokens.get(t - 1).norm())
        && !hasArticle(tokens.get(t))
        && !countryAt(forms, t)) {
      return null;
    }
    // "الوزير X": a title that carries the article itself is followed by the surname alone; in
    // "رئيس الوزراء X Y" the article is on the complement, and a full name follows.
    // A title of the article and a country's adjective ("المستشار النمساوي") is followed by the
    // full
    // name, as "رئيس الوزراء النمساوي X Y" is.
    int maxUnits = hasArticle(tokens.get(titleStart)) && t - titleStart == 1 ? 1 : 2;
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
        return new NameSpan(j, k); // a name already found fills the title's slot
      }
      String sep = separator(text, tokens, j);
      if (j == t && bracketed(text, tokens, titleStart, t)) {
        sep = " "; // "رئيس مجلس الدولة (رئيس الوزراء) الصيني X Y": a title glossing an office
      }
      NameSpan tagged =
          hashtag(sep) && multiWordTag(text, tok) ? taggedName(text, tokens, forms, j) : null;
      if (tagged != null) {
        return tagged; // "وزير الداخلية الفرنسي #X_Y"
      }
      if (hardStop(sep) && !(j > t && abbreviatedHonorific(text, tokens, j - 1))) {
        return openingQuote(sep) ? quotedName(text, tokens, forms, j) : null;
      }
      if (abbreviatedHonorific(text, tokens, j) && sep.indexOf('،') < 0 && sep.indexOf(',') < 0) {
        j++; // "وزير المالية د. X Y"
        continue;
      }
      if (j > t
          && RANK_SECONDS.contains(tok.norm())
          && ARABIC_HONORIFICS.contains(tokens.get(j - 1).norm())
          && sep.isBlank()) {
        j++; // "وزير الدفاع الفريق أول X Y": the rank's second word
        continue;
      }
      if (sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0) {
        // After a comma comes a new clause more often than the name, except in an apposition
        // that a portfolio opened and a comma or the sentence's end closes: "وزير الاقتصاد
        // الإيطالي الجديد، X Y،".
        if (j <= t) {
          // a head of government's title ends on its definite complement ("رئيس الوزراء"،
          // "رئيس الحكومة"), and a full name closed by a second comma is its apposition: "رئيس
          // الوزراء، X Y،"; a clause after the comma has no such close ("رئيس الحكومة، في هذا
          // السياق،": a preposition starts no name)
          return j == t && maxUnits > 1 && !ministerHead(forms, titleStart, t)
              ? headOfGovernmentApposition(text, tokens, forms, j)
              : null;
        }
        if (maxUnits < 2) {
          // "الوزير المكلف بملف X، Y Z،": after a title with the article and its office, a full
          // name between commas
          return closedApposition(text, tokens, forms, j);
        }
        if (conjoinedGivenName(tok, Set.of())) {
          // "وزير المياه، وفهد X وزير الثروة السمكية": a list's next person, not an apposition
          return null;
        }
        NameSpan apposed = commaApposition(text, tokens, forms, j);
        return apposed != null ? apposed : afterSecondOffice(text, tokens, forms, j);
      }
      int cEnd = countryEnd(forms, j);
      if (cEnd > 0) {
        j = cEnd;
        continue;
      }
      boolean titleWord = titleWord(forms.get(j));
      if (j > t && maxUnits > 1 && OFFICE_HEADS.contains(tok.norm())) {
        return afterSecondOffice(text, tokens, forms, j); // "وزير X رئيس اللجنة ... المهندس Y Z"
      }
      if (nameStop(tok) && !titleWord) {
        // "الوزير السابق في حكومة X Y Z W": the government named by its head, then the name
        NameSpan name =
            tok.norm().equals("في") ? afterGovernment(text, tokens, forms, covered, j) : null;
        if (name == null
            && j > t
            && maxUnits > 1
            && PORTFOLIO_PREPOSITIONS.contains(tok.norm())
            && ministerHead(forms, titleStart, t)) {
          name = afterPortfolioPhrase(text, tokens, forms, j);
        }
        return name;
      }
      // With a clitic removed, a role noun or verb ("وصهر", "وقال") ends the title too; portfolio
      // words with the article ("المالية") belong to it.
      if (!hasArticle(tok) && !titleWord && arabicStop(forms.get(j))
          || RELATIVES.contains(forms.get(j).get(forms.get(j).size() > 1 ? 1 : 0))) {
        return null;
      }
      if (j > t && DEFINITE_GIVEN_NAMES.contains(tok.norm())) {
        NameSpan name = readArabicName(text, tokens, forms, j, 2); // "وزير الداخلية الهادي مجدوب"
        if (name != null) {
          return name;
        }
      }
      if (!hasArticle(tok)
          && PORTFOLIOS.contains(tok.norm())
          && j + 2 < n
          && tokens.get(j + 1).isArabic()
          && !hasArticle(tokens.get(j + 1))
          && !arabicStop(tokens.get(j + 1), forms.get(j + 1))
          && separator(text, tokens, j + 1).isBlank()
          && separator(text, tokens, j + 2).strip().matches("[،,]")) {
        j += 2; // "وزير داخلية تتارستان، X Y،": the portfolio in construct with its place
        continue;
      }
      if (arabicSkippable(forms.get(j), tok)
          || j == t && PORTFOLIOS.contains(tok.norm()) && !anyForm(PAST_VERBS, forms.get(j))) {
        j++; // the portfolio's construct head: "وزير تكنولوجيات الاتصال"
        continue;
      }
      NameSpan name = null;
      if (maxUnits == 1 && j == t && COMMON_GIVEN_NAMES.contains(tok.norm())) {
        // "الوزير X الY": a common given name after a title with the article starts a full name
        name = readArabicName(text, tokens, forms, j, 2);
      }
      if (name == null) {
        if (predicateLike(text, tokens, titleStart, j)) {
          return null; // "رئيسة وزراء X تطرح مبادرة", "رئيسة الحكومة متحمسة لـ", "حاملا حقيبتها"
        }
        if (maxUnits > 1 && objectLike(tokens.get(j)) && !COMMON_GIVEN_NAMES.contains(tok.norm())) {
          return null; // "قرار المستشار النمساوي إغلاق مساجد", "المستشارة الألمانية اهتمامها"
        }
        name = readArabicName(text, tokens, forms, j, maxUnits);
      }
      if (name != null
          && name.to() < n
          && covered[name.to()]
          && separator(text, tokens, name.to()).isBlank()) {
        int k = name.to(); // "رئيس الوزراء X Y Z" where the gazetteer knows Z: its person
        while (k < n && covered[k]) {
          k++;
        }
        return new NameSpan(name.to(), k);
      }
      return name;
    }
    return null;
  }

  /**
   * Whether word j after a title reads as the start of a predicate about the titled person rather
   * than a name: after a feminine title, a present-tense verb of ت (a consonant after it) whose ي
   * form the corpora write ("تطرح", as "يطرح"; a name such as تسيبي has none); a participle of the
   * forms متفعّلة or مستفعلة ("متحمسة", "مستعدة"); a circumstantial participle فاعلًا with a noun
   * and its possessive pronoun after it ("حاملا حقيبتها"). Never a word the gazetteer or the common
   * given names know.
   */
  private boolean predicateLike(String text, List<Token> tokens, int titleStart, int j) {
    Token tok = tokens.get(j);
    String b = bareSpelling(tok);
    String w = tok.norm();
    if (!gazetteer.aliasesStartingWith(w).isEmpty() || COMMON_GIVEN_NAMES.contains(w)) {
      return false;
    }
    if (bareSpelling(tokens.get(titleStart)).endsWith("ة")
        && b.length() >= 3
        && b.charAt(0) == 'ت'
        && consonant(b.charAt(1))
        && WORDS_AFTER_CLITICS.contains("ي" + w.substring(1))) {
      return true;
    }
    if (b.length() >= 6 && (b.startsWith("مت") || b.startsWith("مست")) && b.endsWith("ة")) {
      return true;
    }
    if (b.length() == 5 && b.charAt(1) == 'ا' && b.endsWith("ا") && j + 1 < tokens.size()) {
      Token next = tokens.get(j + 1);
      String nb = bareSpelling(next);
      return next.isArabic()
          && separator(text, tokens, j + 1).isBlank()
          && nb.length() >= 3
          && "وبلف".indexOf(nb.charAt(0)) < 0
          && (nb.endsWith("ه") || nb.endsWith("ها") || nb.endsWith("هم"));
    }
    return false;
  }

  /** Given names of a verbal noun's shape (إحسان, إسحاق, أحلام). */
  private static final Set<String> VERBAL_NOUN_SHAPED_NAMES =
      WordLists.load("given-names-arabic-verbal-noun-shape.txt");

  /**
   * Whether a word after a title reads as a verb's object rather than a given name: a verbal noun
   * of the form إفعال (إغلاق, إطلاق; a name of that shape, إحسان or إسحاق, is told by the given
   * name lists or the gazetteer), of the forms افتعال, انفعال or استفعال (اختيار, انسحاب, استقبال;
   * ابتسام and انتصار are names of the list) or a noun with a possessive pronoun (اهتمامها,
   * مواقفهم).
   */
  private boolean objectLike(Token tok) {
    String b = bareSpelling(tok);
    if (!gazetteer.aliasesStartingWith(tok.norm()).isEmpty()
        || VERBAL_NOUN_SHAPED_NAMES.contains(tok.norm())) {
      return false;
    }
    if (b.length() == 5
        && "اأإ".indexOf(b.charAt(0)) >= 0
        && b.charAt(3) == 'ا'
        && consonant(b.charAt(1))
        && consonant(b.charAt(2))
        && consonant(b.charAt(4))) {
      return true;
    }
    // افتعال, انفعال (اختيار, انسحاب) and استفعال (استقبال): the derived forms' verbal nouns
    int p = b.length() == 7 && b.startsWith("است") ? 3 : b.length() == 6 ? 1 : -1;
    if (p > 0
        && "اإ".indexOf(b.charAt(0)) >= 0
        && b.charAt(b.length() - 2) == 'ا'
        && consonant(b.charAt(p))
        && consonant(b.charAt(p + 1))
        && (p == 3
            || consonant(b.charAt(p + 2))
            || b.charAt(p + 2) == 'ي' && "تطد".indexOf(b.charAt(p + 1)) >= 0) // اختيار
        && consonant(b.charAt(b.length() - 1))
        && b.charAt(b.length() - 1) != 'ة') {
      return true;
    }
    return b.length() >= 5 && (b.endsWith("ها") || b.endsWith("هم") || b.endsWith("ته"));
  }

  /**
   * Whether the title [titleStart, t) stands alone in brackets right after an office of Arabic
   * words, as a gloss of it: "رئيس مجلس الدولة (رئيس الوزراء) الصيني X Y". The name after the
   * bracket is the office's, and so the title's.
   */
  private static boolean bracketed(String text, List<Token> tokens, int titleStart, int t) {
    return titleStart > 0
        && t < tokens.size()
        && tokens.get(titleStart - 1).isArabic()
        && separator(text, tokens, titleStart).strip().equals("(")
        && separator(text, tokens, t).strip().equals(")");
  }

  /**
   * [from, to) of the full name after a government named by its head ("في حكومة X Y", from word j,
   * "في"), or null: the head is a name found already or a name of two words, and a name of two
   * words at least follows it, joined by spaces only.
   */
  private NameSpan afterGovernment(
      String text, List<Token> tokens, List<List<String>> forms, boolean[] covered, int j) {
    int n = tokens.size();
    int k = j + 1;
    if (k + 2 >= n
        || !tokens.get(k).norm().equals("حكومه")
        || !separator(text, tokens, k).isBlank()
        || !separator(text, tokens, k + 1).isBlank()) {
      return null;
    }
    k++;
    int head;
    if (covered[k]) {
      head = k;
      while (head < n && covered[head]) {
        head++;
      }
    } else {
      NameSpan government = readArabicName(text, tokens, forms, k, 2);
      if (government == null
          || hasArticle(tokens.get(k)) && !DEFINITE_GIVEN_NAMES.contains(tokens.get(k).norm())) {
        return null;
      }
      head = government.to();
    }
    if (head >= n || !separator(text, tokens, head).isBlank() || covered[head]) {
      return null;
    }
    Token first = tokens.get(head);
    if (!first.isArabic() || hasArticle(first) && !DEFINITE_GIVEN_NAMES.contains(first.norm())) {
      return null;
    }
    NameSpan name = readArabicName(text, tokens, forms, head, 2, true);
    return name != null && name.to() - name.from() >= 2 ? name : null;
  }

  /**
   * Whether the title at titleStart, ending at t, is the dual in construct with a definite
   * portfolio ("وزيرا الخارجية X Y وZ W"), not the accusative of an appointment ("وزيرا للداخلية").
   */
  static boolean dualTitle(List<Token> tokens, int titleStart, int t) {
    return t == titleStart + 1
        && t < tokens.size()
        && tokens.get(titleStart).norm().equals("وزيرا")
        && tokens.get(t).isArabic()
        && hasArticle(tokens.get(t));
  }

  /**
   * [from, to) of the second name after a dual title's first ("وزيرا الخارجية X Y وZ W"), with its
   * clitic و (clitic 1), or null: word k is و glued to a given name that is no stop word, and a
   * name of two parts follows.
   */
  NameSpan nextInDual(String text, List<Token> tokens, List<List<String>> forms, int k) {
    int n = tokens.size();
    if (k >= n
        || !tokens.get(k).isArabic()
        || !separator(text, tokens, k).isBlank()
        || tokens.get(k).norm().length() < 4
        || tokens.get(k).norm().charAt(0) != 'و'
        || forms.get(k).size() < 2
        || ARABIC_STOPWORDS.contains(forms.get(k).get(1))
        || hasArticle(tokens.get(k))) {
      return null;
    }
    NameSpan name = readArabicName(text, tokens, forms, k, 2, true);
    return name == null ? null : new NameSpan(name.from(), name.to(), 1);
  }

  /**
   * [from, to) of a name of two or three words between the comma after a head of government's title
   * (word j its first) and a second comma, or null.
   */
  private NameSpan headOfGovernmentApposition(
      String text, List<Token> tokens, List<List<String>> forms, int j) {
    if (j < 1 || !hasArticle(tokens.get(j - 1))) {
      return null; // "رئيس وزراء، ..." is no title the text closes
    }
    return closedApposition(text, tokens, forms, j);
  }

  /** A name of two words or more in apposition from word j, closed by a comma, or null. */
  private NameSpan closedApposition(
      String text, List<Token> tokens, List<List<String>> forms, int j) {
    NameSpan apposed = commaApposition(text, tokens, forms, j);
    return apposed != null
            && apposed.to() - apposed.from() >= 2
            && closedByComma(text, tokens, apposed.to())
        ? apposed
        : null;
  }

  /** Whether a title holds وزير or وزيرة (a head of government takes no portfolio). */
  private static boolean ministerHead(List<List<String>> forms, int from, int to) {
    for (int k = from; k < to; k++) {
      if (forms.get(k).contains("وزير") || forms.get(k).contains("وزيره")) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions inside a portfolio: "وزير شؤون الخليج في ...", "وزير العلاقة مع ...". */
  private static final Set<String> PORTFOLIO_PREPOSITIONS = Set.of("في", "من", "عن", "مع");

  /**
   * [from, to) of a full name after a portfolio that a preposition (word j) carries on ("وزير
   * الدولة لشؤون الخليج في المملكة العربية السعودية، X Y،", "وزير العلاقة مع الهيئات الدستورية
   * والمجتمع المدني، X Y،"), or null: the phrase runs to a comma in ten words, with no punctuation
   * that ends a sentence, no verb and no other stop word but these prepositions on the way, and a
   * name of two words closed by a comma or a stop word follows the comma.
   */
  private NameSpan afterPortfolioPhrase(
      String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    int place =
        j + 1 < n && separator(text, tokens, j + 1).isBlank() ? countryEnd(forms, j + 1) : -1;
    if (place > 0 && place < n && separator(text, tokens, place).isBlank()) {
      // "وزير التجارة في نيوزيلندا X Y": the place, then the name; its first word a given name
      // the gazetteer knows, or a stop, a verb or a comma after it
      Token first = tokens.get(place);
      NameSpan name =
          first.isArabic() && !hasArticle(first) && !arabicStop(first, forms.get(place))
              ? readArabicName(text, tokens, forms, place, 2)
              : null;
      if (name != null
          && (!gazetteer.aliasesStartingWith(first.norm()).isEmpty()
              || COMMON_GIVEN_NAMES.contains(first.norm())
              || closedAfter(text, tokens, name.to())
              || name.to() < n
                  && tokens.get(name.to()).isArabic()
                  && (nameStop(tokens.get(name.to()))
                      || arabicStop(tokens.get(name.to()), forms.get(name.to()))))) {
        return name;
      }
      return null;
    }
    for (int k = j + 1; k < n && k < j + 10; k++) {
      Token tok = tokens.get(k);
      String sep = separator(text, tokens, k);
      if (!tok.isArabic() || hardStop(sep)) {
        return null;
      }
      if (sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0) {
        // "، والسيد X Y،" names another person, and with him
        NameSpan name =
            k > j + 1 && tokens.get(k).norm().charAt(0) != 'و'
                ? commaApposition(text, tokens, forms, k)
                : null;
        return name != null && name.to() - name.from() >= 2 ? name : null;
      }
      if (k > j + 1 && sep.isBlank() && definiteRun(tokens, j + 1, k)) {
        // no comma: "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني X Y عن": after definite
        // words only, a given name the lists or the gazetteer know starts the name
        if (DEFINITE_GIVEN_NAMES.contains(tok.norm())
            || !hasArticle(tok)
                && !ARABIC_PARTICLES.contains(tok.norm())
                && (COMMON_GIVEN_NAMES.contains(tok.norm())
                    || !gazetteer.aliasesStartingWith(tok.norm()).isEmpty())) {
          NameSpan name = readArabicName(text, tokens, forms, k, 2);
          return name != null && name.to() - name.from() >= 2 ? name : null;
        }
      }
      if (presentTenseVerb(tok)
          || (nameStop(tok) || arabicStop(tok, forms.get(k)))
              && !PORTFOLIO_PREPOSITIONS.contains(tok.norm())) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether words [from, to) are definite nouns, each alone or after و ("الهيئات والمجتمع"), or
   * construct heads before one ("وحقوق الإنسان").
   */
  private static boolean definiteRun(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token tok = tokens.get(k);
      String w = tok.norm();
      boolean definite =
          hasArticle(tok) || w.length() > 3 && w.charAt(0) == 'و' && w.startsWith("ال", 1);
      // a construct head before a definite word: "وحقوق الإنسان"
      boolean head = k + 1 < to && hasArticle(tokens.get(k + 1)) && !nameStop(tok);
      if (!definite && !head && !w.equals("و")) {
        return false;
      }
    }
    return true;
  }

  /** First words of a second office after a minister's title: "رئيس اللجنة", "المدير العام". */
  private static final Set<String> OFFICE_HEADS =
      Set.of(
          "رييس",
          "رييسه",
          "نايب",
          "نايبه",
          "مدير",
          "المدير",
          "امين",
          "الامين",
          "عضو",
          "الناطق",
          "الناطقه",
          "المبعوث",
          "مبعوث",
          "الممثل",
          "ممثل",
          "المتحدث",
          "المتحدثه");

  /**
   * [from, to) of the name after a second office that follows a minister's title, or null: the
   * office (word j on) runs to an honorific and the name after it ("وزير الشؤون البلدية رئيس اللجنة
   * العامة المهندس X Y،"), or to a comma and a full name closed by a comma ("وزيرة الدولة، المدير
   * العام لمكتب المعرض، X Y،"), in ten words, with no punctuation that ends a sentence and no
   * present-tense verb on the way.
   */
  private NameSpan afterSecondOffice(
      String text, List<Token> tokens, List<List<String>> forms, int j) {
    if (!OFFICE_HEADS.contains(tokens.get(j).norm())) {
      return null;
    }
    int n = tokens.size();
    for (int k = j + 1; k < n && k < j + 10; k++) {
      Token tok = tokens.get(k);
      String sep = separator(text, tokens, k);
      if (!tok.isArabic() && !Character.isDigit(tok.raw().charAt(0))
          || hardStop(sep)
          || presentTenseVerb(tok)) {
        return null;
      }
      if (sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0) {
        NameSpan name = commaApposition(text, tokens, forms, k);
        if (name != null && name.to() - name.from() >= 2) {
          return name;
        }
        continue;
      }
      boolean honorific =
          (ARABIC_HONORIFICS.contains(tok.norm()) || PRINCELY.contains(tok.norm()))
                  && tok.norm().length() > 1
              || abbreviatedHonorific(text, tokens, k);
      if (honorific) {
        int first = k + 1;
        while (first < n
            && (ARABIC_HONORIFICS.contains(tokens.get(first).norm())
                || abbreviatedHonorific(text, tokens, first))) {
          first++; // "الشيخ الدكتور X Y"
        }
        return first < n ? readArabicName(text, tokens, forms, first, 2) : null;
      }
      // the office ends on a definite word and a given name the gazetteer or the lists know
      // starts the name: "وزير الدولة رئيس الديوان الملكي X Y"
      if (k > j + 1
          && hasArticle(tokens.get(k - 1))
          && !hasArticle(tok)
          && givenName(tok.norm(), Set.of())
          && !arabicStop(tok, forms.get(k))
          && !countryAt(forms, k)) {
        NameSpan name = readArabicName(text, tokens, forms, k, 2);
        if (name != null && name.to() - name.from() >= 2) {
          return name;
        }
      }
    }
    return null;
  }

  private static boolean openingQuote(String sep) {
    String q = sep.strip();
    return q.equals("\"") || q.equals("«") || q.equals("“");
  }

  /**
   * [from, to) of a name in quotes right after a title ("الوزير \"X Y\""), an honorific in the
   * quotes left out, or null: two to four words joined by spaces, none a stop word or a country,
   * the closing quote right after them.
   */
  NameSpan quotedName(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    if (abbreviatedHonorific(text, tokens, j)) {
      j++; // "وزير التعليم \"د. X Y\"": the honorific inside the quotes
    } else {
      while (j + 1 < n
          && ARABIC_HONORIFICS.contains(tokens.get(j).norm())
          && tokens.get(j).norm().length() > 1
          && separator(text, tokens, j + 1).isBlank()) {
        j++; // "الوزير \"الدكتور X Y\""
      }
    }
    int k = j;
    while (k < n && k < j + 4) {
      Token tok = tokens.get(k);
      if (!tok.isArabic()
          || k > j && !separator(text, tokens, k).isBlank()
          || nameStop(tok)
          || arabicStop(tok, forms.get(k))
          || closerWord(forms.get(k))
          || countryAt(forms, k)
          || presentTenseVerb(tok)) {
        break;
      }
      k++;
    }
    if (k - j < 2 || ARABIC_PARTICLES.contains(tokens.get(k - 1).norm())) {
      return null;
    }
    String after = k < n ? separator(text, tokens, k) : "";
    String q = after.strip();
    boolean closed = q.startsWith("\"") || q.startsWith("»") || q.startsWith("”");
    return closed ? new NameSpan(j, k) : null;
  }

  /**
   * [from, to) of a full name in apposition right after a comma, or null: honorifics skipped
   * ("الدكتور"), then two name units at least, and after them a comma, a full stop, a stop word or
   * the text's end.
   */
  NameSpan commaApposition(String text, List<Token> tokens, List<List<String>> forms, int j) {
    int n = tokens.size();
    if (abbreviatedHonorific(text, tokens, j)) {
      j++; // "، د. X Y،"
    }
    while (j < n
        && tokens.get(j).isArabic()
        && closerWord(forms.get(j))
        && !arabicStop(forms.get(j))
        && separator(text, tokens, j + 1 < n ? j + 1 : j).isBlank()) {
      j++; // "، الدكتور X Y"
      if (j < n
          && RANK_SECONDS.contains(tokens.get(j).norm())
          && ARABIC_HONORIFICS.contains(tokens.get(j - 1).norm())
          && separator(text, tokens, j).isBlank()) {
        j++; // "، الفريق أول X Y"
      }
    }
    boolean princely = j > 0 && j < n && PRINCELY.contains(tokens.get(j - 1).norm());
    if (j + 1 < n
        && PRINCELY.contains(tokens.get(j).norm())
        && separator(text, tokens, j + 1).isBlank()) {
      princely = true;
      j++; // "وزير الداخلية، الأمير X بن Y بن Z"
    }
    if (j >= n
        || !tokens.get(j).isArabic()
        || hasArticle(tokens.get(j)) && !DEFINITE_GIVEN_NAMES.contains(tokens.get(j).norm())
        || arabicStop(forms.get(j))
        || countryAt(forms, j)) {
      return null;
    }
    // a first word that begins with ب may have a family name with the article here ("، بسيمة
    // X،"), and one that begins as a present tense does may be a name ("، ينغلوك X،") when a
    // comma closes it and no verb list holds it
    boolean yaName = presentTenseVerb(tokens.get(j)) && !anyForm(PRESENT_VERBS, forms.get(j));
    boolean expected = tokens.get(j).norm().charAt(0) == 'ب' || yaName;
    NameSpan span = readArabicName(text, tokens, forms, j, 2, expected);
    if (span == null || span.to() >= n) {
      return yaName ? null : span;
    }
    if (expected
        && hasArticle(tokens.get(span.to() - 1))
        && !closedByComma(text, tokens, span.to())) {
      return null; // "، بنقل المساعدات أمس": a verbal noun and its object
    }
    if (princely && links(tokens, span) >= 2) {
      return span; // "، الأمير X بن Y بن Z شجب": a prince's lineage closes itself
    }
    String after = separator(text, tokens, span.to());
    if (span.to() - span.from() == 2
        && hasArticle(tokens.get(span.to() - 1))
        && after.isBlank()
        && closedByComma(text, tokens, span.to() + 1)
        && thirdPart(text, tokens, forms, span.to(), false)) {
      // "، X الY Z،": a definite second given name (Maghrebi style) and the family name, the
      // apposition closed by its second comma ("وزير الصحة، محمد الهادي سالمي، أمس")
      return new NameSpan(span.from(), span.to() + 1);
    }
    boolean closed =
        after.indexOf('،') >= 0
            || after.indexOf(',') >= 0
            || hardStop(after)
            || arabicStop(forms.get(span.to()))
            || nameStop(tokens.get(span.to()))
                && COMMON_GIVEN_NAMES.contains(tokens.get(span.from()).norm());
    if (!closed && !expected && span.to() - span.from() == 2 && !clitic(tokens.get(span.from()))) {
      // "، X Y Z W،": a name of three or four plain parts (a father's and a grandfather's name),
      // the apposition closed by its second comma; an object or a clause has no such close (nor
      // a first word that may be ب, ل or و and a word: "، لتحل محل X Y،")
      for (int m = 1; m <= 2 && plainPart(text, tokens, forms, span.to() + m - 1); m++) {
        if (closedByComma(text, tokens, span.to() + m)) {
          return new NameSpan(span.from(), span.to() + m);
        }
      }
    }
    // (على, which folds as the name علي, closes a name that starts with a common given name: "وزير
    // الصحة، X Y على ضرورة"; "، شريط مصور على موقعه" is an object)
    return closed ? span : null;
  }

  /** The patronymic particles, as folded: بن, بنت, ابن, ولد. */
  private static final Set<String> PATRONYMIC = folded("بن", "بنت", "ابن", "ولد");

  /** The patronymic particles (بن, بنت, ابن) inside a name span. */
  private static int links(List<Token> tokens, NameSpan span) {
    int c = 0;
    for (int k = span.from(); k < span.to(); k++) {
      String w = tokens.get(k).norm();
      if (w.equals("بن") || w.equals("بنت") || w.equals("ابن")) {
        c++;
      }
    }
    return c;
  }

  NameSpan readArabicName(
      String text, List<Token> tokens, List<List<String>> forms, int j, int maxUnits) {
    return readArabicName(text, tokens, forms, j, maxUnits, false);
  }

  /**
   * {@link #readArabicName(String, List, List, int, int)}; where the sentence leaves no doubt that
   * a name starts at j ({@code expected}), a first word that begins with ب, ل or و may have a
   * family name with the article ("لزهر العكرمي"; otherwise "بتحديد المرخص" reads as a verbal noun
   * and its object).
   */
  private NameSpan readArabicName(
      String text,
      List<Token> tokens,
      List<List<String>> forms,
      int j,
      int maxUnits,
      boolean expected) {
    int n = tokens.size();
    if (!expected && presentTenseVerb(tokens.get(j))) {
      return null; // "وزير ... يكذب المعهد": a verb and its object, not a name
    }
    int units = 0;
    int k = j;
    boolean glued = false; // the previous word was a particle (بن، عبد، آل): this one belongs to it
    boolean foreign = false; // a European particle was read: the name has its family name
    boolean nasab = false; // a patronymic particle (بن, بنت, ابن) was read
    while (k < n && k < j + (nasab ? 11 : 7)) { // a lineage: "X بن Y بن Z بن عبد W"
      Token tok = tokens.get(k);
      if (!tok.isArabic()) {
        break;
      }
      String gap = k > j ? separator(text, tokens, k) : "";
      if (gap.equals("-") && units > 0 && !glued && !nameStop(tok) && !hasArticle(tok)) {
        k++; // a hyphen joins two words into one part: "سونغ يونغ-مو", "جان-إيف"
        continue;
      }
      if (!gap.isBlank() && !(hashtag(gap) && !multiWordTag(text, tok))) {
        break;
      }
      String w = tok.norm();
      if (nameStop(tok) && !(k == j && givenNameAfterHonorific(text, tokens, k))
          || w.length() < 2
          || k > j && arabicStop(tok, forms.get(k))
          || notNamePart(tok, k == j && maxUnits > 1)) {
        break;
      }
      if (ARABIC_PARTICLES.contains(w)
          || k > j
              && k + 1 < n
              && FOREIGN_PARTICLES.contains(bareSpelling(tok))
              && separator(text, tokens, k + 1).isBlank()) {
        glued = true; // "X فان دير Y" (van der), "X دي Y", "X فون Y"
        nasab |= w.equals("بن") || w.equals("بنت") || w.equals("ابن");
        foreign |= !ARABIC_PARTICLES.contains(w);
        k++;
        continue;
      }
      if (!glued) {
        if (k > j
            && !foreign
            && hasArticle(tok)
            && units >= 1
            && units <= 2
            && maxUnits > 1
            && bareArticle(tok)
            && (expected
                || !clitic(tokens.get(j))
                || !gazetteer.aliasesStartingWith(tokens.get(j).norm()).isEmpty()
                || tokens.get(j).norm().charAt(0) == 'ب' && closedAfter(text, tokens, k + 1))
            && !countryAt(forms, k)
            && !closerWord(forms.get(k))
            && !ARABIC_ORDINALS.contains(tok.norm())
            && !(units == 2 && k + 1 < n && RELATIVES.contains(tokens.get(k + 1).norm()))) {
          // (a definite noun that a relative clause follows is an object: "X Y الدراسة التي")
          // a family name with the article: "فلان الفلاني"; a verbal noun after a preposition
          // ("بتحديد المرخص") is no first name
          units++;
          k++;
          if (k < n
              && COMPOUND_SECOND.contains(tok.norm())
              && tokens.get(k).isArabic()
              && !hasArticle(tokens.get(k))
              && !arabicStop(forms.get(k))
              && separator(text, tokens, k).isBlank()) {
            k++; // "نور الدين جانيكلي"
          } else if (units == 2 && secondFamilyName(text, tokens, forms, k)) {
            k++; // "X الY الZ." : two family names with the article
          } else {
            // "سالم الهادي عبد الكريم", "كمال الصادق بن بوزيان": a particle carries the name past a
            // definite part to the next name, as it does anywhere else in a name
            k = particleChainEnd(text, tokens, forms, k);
          }
          break;
        }
        if (k > j && (hasArticle(tok) && !foreignNameAfterName(tok) || countryAt(forms, k))) {
          break; // "ناصر بوريطة الاثنين", "... المغربي": the name ended
        }
        if (units >= maxUnits
            && !(maxUnits == 2 && units == 2 && thirdPart(text, tokens, forms, k, nasab))) {
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
    int family = rulingFamilyEnd(text, tokens, j, k);
    if (family > k) {
      return new NameSpan(j, family); // "الشيخ X Y الصباح": the family, not the morning
    }
    if (units < maxUnits) {
      // "أبي" / "آبي" (Abiy) and one name after it, nothing more: the genitive of a kunya (أبو) has
      // no name alone after a title, so it is a given name and a second name ("رئيس الوزراء
      // الإثيوبي أبي أحمد")
      if (maxUnits == 2 && units == 1 && k == j + 2 && tokens.get(j).norm().equals("ابي")) {
        return new NameSpan(j, k);
      }
      return null;
    }
    return new NameSpan(j, k);
  }

  /** الشيخ and الشيخة, as folded: the honorific of the Gulf's ruling families. */
  private static final Set<String> SHEIKH = folded("الشيخ", "الشيخة");

  /**
   * A ruling family's name that also reads as a time word ("الصباح", the morning); alone, it names
   * no one ({@link NameGroups#surnamesAgain} does not take it).
   */
  static final Set<String> FAMILY_TIME_WORDS = folded("الصباح");

  /**
   * The end of a name read as [j, k) and carried on to its family name when that name also reads as
   * a time word and the honorific الشيخ introduces the name: "الشيخ X Y الصباح", "الشيخ X Y الZ
   * الصباح" (after الشيخ, الصباح is Kuwait's ruling family, not "the morning"); k when it does not
   * apply.
   */
  private static int rulingFamilyEnd(String text, List<Token> tokens, int j, int k) {
    int n = tokens.size();
    if (j == 0
        || k <= j
        || k >= n
        || !SHEIKH.contains(tokens.get(j - 1).norm())
        || !separator(text, tokens, j).isBlank()) {
      return k;
    }
    for (int p = k; p < n && p < k + 2; p++) {
      Token tok = tokens.get(p);
      if (!tok.isArabic() || !separator(text, tokens, p).isBlank() || !hasArticle(tok)) {
        return k;
      }
      if (FAMILY_TIME_WORDS.contains(tok.norm())) {
        return p + 1; // at most one definite name between: "الشيخ X Y الZ الصباح"
      }
    }
    return k;
  }

  /**
   * Whether word k, right after a given name and a family name with the article, is a second family
   * name with the article ("وزيرة السياحة X الY الZ."): no title closer, country, ordinal, stop
   * word or verbal noun, and a comma, a full stop or the text's end right after it (an open
   * definite word there is more often an object or an adjective).
   */
  private boolean secondFamilyName(
      String text, List<Token> tokens, List<List<String>> forms, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token tok = tokens.get(k);
    return tok.isArabic()
        && bareArticle(tok)
        && separator(text, tokens, k).isBlank()
        && !closerWord(tok, forms.get(k))
        && !countryAt(forms, k)
        && !ARABIC_ORDINALS.contains(tok.norm())
        && !nameStop(tok)
        && !notNamePart(tok, false)
        && closedAfter(text, tokens, k + 1);
  }

  /**
   * The end of a name part that name particles (بن, عبد, أبو...) glue to word k's next words ("بن
   * عمران", "عبد الكافي", "بن عبد الله"), or k when word k is no particle or no name word follows
   * its particles.
   */
  int particleChainEnd(String text, List<Token> tokens, List<List<String>> forms, int k) {
    int n = tokens.size();
    int p = k;
    while (p + 1 < n
        && tokens.get(p).isArabic()
        && ARABIC_PARTICLES.contains(tokens.get(p).norm())
        && separator(text, tokens, p).isBlank()
        && separator(text, tokens, p + 1).isBlank()) {
      p++;
    }
    if (p == k || p >= n) {
      return k;
    }
    Token tok = tokens.get(p);
    if (!tok.isArabic()
        || tok.norm().length() < 2
        || ARABIC_PARTICLES.contains(tok.norm())
        || nameStop(tok)
        || arabicStop(tok, forms.get(p))
        || countryAt(forms, p)
        || ARABIC_ORDINALS.contains(tok.norm())) {
      return k;
    }
    return p + 1;
  }

  /**
   * Whether a word reads as a noun with a possessive pronoun and no preposition or conjunction
   * before it (ابنه, جهودها, مواقفهم): the complement of a noun before it, not a name's ("بمكتبه"
   * and "وزوجته" start a phrase of their own).
   */
  private static boolean possessive(String bare) {
    return bare.length() >= 4
        && "وبلف".indexOf(bare.charAt(0)) < 0
        && (bare.endsWith("ه") || bare.endsWith("ها") || bare.endsWith("هم"));
  }

  /** Whether a comma follows word k - 1. */
  private static boolean closedByComma(String text, List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String sep = separator(text, tokens, k);
    return sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0;
  }

  /**
   * Whether a comma or a full stop follows word k - 1: a name of a clitic-looking first word and a
   * family name with the article, closed so, is a name ("وزير المالية براءة X، وهو"), as a verbal
   * noun and its object seldom are.
   */
  private static boolean closedAfter(String text, List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return true;
    }
    String sep = separator(text, tokens, k);
    return sep.indexOf('،') >= 0 || sep.indexOf(',') >= 0 || hardStop(sep);
  }

  /**
   * Words a name's third part does not look like: a conjunction glued to its start (وخليفته; a
   * preposition, بخطاب, لمنصب, is told by {@link #prepositionAndWord}), the future's س on a present
   * tense (سيسافر), a possessive or object pronoun at its end (استقالته, أبلغهم).
   */
  private static final java.util.regex.Pattern CLITIC_OR_SUFFIXED =
      java.util.regex.Pattern.compile("و.{3,}|سي.{3,}|.{2,}(ته|ها|هم|هما|كم)");

  /**
   * Words the corpora use after the preposition ب or ل (nouns they write with the article, listed
   * with it; words they write alone and after ب or ل), written by scripts/clitic-words-arabic.py.
   */
  static final Set<String> WORDS_AFTER_CLITICS = WordLists.load("words-after-clitics-arabic.txt");

  /**
   * Whether a word of four letters or more (as written, its folded form given too) reads as the
   * preposition ب or ل and a word the corpora use ("بخطاب", "لرويترز", "بلاده"), or is itself a
   * noun they write with the article ("لقاء", "بيان"): not a name part, as "بلفور" or "لونج" are
   * (لفور, ونج: no words of the corpora).
   */
  static boolean prepositionAndWord(String bare, String norm) {
    if (bare.length() < 4 || norm.length() < 3 || norm.charAt(0) != 'ب' && norm.charAt(0) != 'ل') {
      return false; // (a final hamza folds away: "بناء" is بنا)
    }
    String rest = norm.substring(1);
    if (WORDS_AFTER_CLITICS.contains("ال" + norm) || word(rest)) {
      return true;
    }
    // a possessive ه on the noun: "بلاده", "لمنصبه"
    return norm.endsWith("ه") && norm.length() >= 5 && word(rest.substring(0, rest.length() - 1));
  }

  /** Whether the corpora use a folded word after ب or ل, alone or with the article. */
  private static boolean word(String w) {
    return WORDS_AFTER_CLITICS.contains(w) || WORDS_AFTER_CLITICS.contains("ال" + w);
  }

  /**
   * Whether word k looks like a name part after two others: an Arabic word after a space, of two
   * letters or more, that no rule makes a non-name (stop word, article, title closer, country,
   * particle, ordinal, verb, verbal noun, a conjunction or pronoun glued to it, a preposition and a
   * noun), and not ending in ا, ة or ى. {@link #thirdPart} asks for a close after it too.
   */
  private boolean plainPart(String text, List<Token> tokens, List<List<String>> forms, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token tok = tokens.get(k);
    String raw = bareSpelling(tok);
    if (!tok.isArabic()
        || !separator(text, tokens, k).isBlank()
        || tok.norm().length() < 2
        || hasArticle(tok)
        || nameStop(tok)
        || arabicStop(tok, forms.get(k))
        || closerWord(tok, forms.get(k))
        || countryAt(forms, k)
        || ARABIC_PARTICLES.contains(tok.norm())
        || ARABIC_ORDINALS.contains(tok.norm())
        || presentTenseVerb(tok)
        || notNamePart(tok, false)
        || raw.endsWith("ا")
        || raw.endsWith("ة")
        || raw.endsWith("ى")
        || CLITIC_OR_SUFFIXED.matcher(raw).matches()
        || prepositionAndWord(raw, tok.norm())) {
      return false;
    }
    return true;
  }

  /**
   * Whether word k is the third part of a name of three ("باك يونغ سيك", "لي كه تشيانغ"): a word
   * that no rule makes a non-name, closed by a comma, a full stop or a stop word right after it
   * (after two parts, an open third word is more often a verb's object: "X Y رسالة شكر"), or by و
   * glued to a definite word (the next conjunct: "X Y Z والوفد"); after a father's name ("X بن Y
   * Z"), by anything but a definite word or a bare noun with a possessive pronoun (the complements
   * of an object: "X بن Y انتقادات المعارضة", "رعاية أسرته"). Not an indefinite accusative (final
   * ا) nor a feminine noun (final ة), which names here rarely end with.
   */
  private boolean thirdPart(
      String text, List<Token> tokens, List<List<String>> forms, int k, boolean nasab) {
    int n = tokens.size();
    if (!plainPart(text, tokens, forms, k)) {
      return false;
    }
    if (k + 1 >= n) {
      return true;
    }
    String after = separator(text, tokens, k + 1);
    Token next = tokens.get(k + 1);
    if (after.isBlank() && next.isArabic()) {
      String nb = bareSpelling(next);
      if (PATRONYMIC.contains(next.norm())
          && particleChainEnd(text, tokens, forms, k + 1) > k + 2) {
        return true; // "X Y Z بن W": a four-part name, its family name glued by بن
      }
      if (nb.startsWith("وال") && nb.length() > 5) {
        return true; // "X Y Z والمستثمرين": و opens the next conjunct; a noun in construct
        // would take its complement without it (والذي, والتي: a relative clause may follow one)
      }
      if (nasab && !hasArticle(next) && !possessive(nb)) {
        return true; // "X بن Y Z بمكتبه": after a father's name, a family name is the rule; an
        // object is told by its complement ("X بن Y انتقادات المعارضة", "رعاية أسرته")
      }
    }
    return after.indexOf('،') >= 0
        || after.indexOf(',') >= 0
        || hardStop(after)
        || next.isArabic()
            && (nameStop(next)
                || arabicStop(next, forms.get(k + 1))
                || !hasArticle(next)
                    && (verbalNoun(bareSpelling(next)) || cliticVerbalNoun(bareSpelling(next))));
    // (a verbal noun after ب or ل: "X Y Z لتقديم الدعم")
  }

  /**
   * Whether an Arabic word begins as a present-tense verb does and is no known given name: ي, then
   * a consonant (يكذب, يؤدي; not ياسين or يوسف, whose second letter is a long vowel), and neither
   * in {@link #ARABIC_YA_NAMES} nor the first word of a gazetteer alias.
   */
  boolean presentTenseVerb(Token t) {
    String w = t.norm();
    if (w.length() < 3 || w.charAt(0) != 'ي') {
      return false;
    }
    String raw = bareSpelling(t);
    char c =
        raw.length() > 1 ? raw.charAt(1) : w.charAt(1); // before folding: ؤ is a consonant (يؤدي)
    if (c == 'ا' || c == 'و' || c == 'ي') {
      return false;
    }
    return !ARABIC_YA_NAMES.contains(w) && gazetteer.aliasesStartingWith(w).isEmpty();
  }

  /**
   * Whether an Arabic word is a name stop: in the list, or the preposition على, which folds to the
   * name علي (Ali) and so is told apart by its spelling.
   */
  static boolean nameStop(Token tok) {
    if (ARABIC_STOPWORDS.contains(tok.norm()) && !hamzaDropped(tok, tok.norm())) {
      return true;
    }
    String bare = bareSpelling(tok);
    return bare.equals("على") || bare.equals("وعلى");
  }

  /**
   * Whether a word is no part of a name though it may follow a title: a word with the accusative's
   * tanween ("اتصالاً هاتفياً"), a verbal noun (see {@link #verbalNoun}), the accusative title
   * وزيرا, or, as a name's first word, a feminine noun with a possessive ("ولايته") or a derived
   * noun's feminine plural ("تطورات", "مستجدات") that the gazetteer does not know as a given name
   * (given names end in ات too: فرحات, بيرات, سيدات).
   */
  boolean notNamePart(Token tok, boolean first) {
    if (tok.raw().indexOf('\u064B') >= 0) {
      return true;
    }
    String bare = bareSpelling(tok);
    return verbalNoun(bare)
        || cliticVerbalNoun(bare)
        || verbWithObjectPronoun(tok, bare)
        || accusativeTitle(tok)
        || first && bare.length() >= 5 && (bare.endsWith("ته") || bare.endsWith("تها")) // ولايته
        || first && prepositionAndNoun(tok, bare)
        || accusativeParticiple(tok, bare)
        || first
            && bare.length() >= 6
            && bare.endsWith("ات")
            && "متلب".indexOf(bare.charAt(0)) >= 0 // مستجدات, تطورات, لساعات, بمناسبات
            && gazetteer.aliasesStartingWith(tok.norm()).isEmpty();
  }

  /**
   * Whether a word reads as an adjective or adverb of the form مفعل / مفاعل in the indefinite
   * accusative, its tanween unwritten ("مماثلا", "موسعا", "مؤخرا"): م first, ا last, and the
   * corpora write the rest with the article (المماثل); a name of that spelling (ماريا, مونتيرا) has
   * no such noun. Never a word the gazetteer knows as the start of a name.
   */
  private boolean accusativeParticiple(Token tok, String bare) {
    String w = tok.norm();
    return bare.length() >= 5
        && bare.charAt(0) == 'م'
        && "اي".indexOf(bare.charAt(1)) < 0 // (ماتيا, مايا: names)
        && bare.endsWith("ا")
        && w.endsWith("ا")
        && WORDS_AFTER_CLITICS.contains("ال" + w.substring(0, w.length() - 1))
        && gazetteer.aliasesStartingWith(w).isEmpty();
  }

  /**
   * Whether a word is the preposition ب or ل glued to a feminine noun of five letters or more
   * (بزيارة, بإقالة, لمناسبة) or to a noun the corpora write with the article (بإقليم, لمنصب: see
   * {@link #WORDS_AFTER_CLITICS}), of five letters in all or more, and no given name the lists or
   * the gazetteer know: a name does not start so. Given names of that shape are shorter (بسيمة,
   * براءة, لطيفة, بثينة, بسام, بروس).
   */
  private boolean prepositionAndNoun(Token tok, String bare) {
    if (bare.length() < 5
        || bare.charAt(0) != 'ب' && bare.charAt(0) != 'ل'
        || COMMON_GIVEN_NAMES.contains(tok.norm())
        || !gazetteer.aliasesStartingWith(tok.norm()).isEmpty()) {
      return false;
    }
    // a feminine noun (بزيارة, بإقالة), or a noun the corpora write with the article (بإقليم:
    // الإقليم)
    return bare.length() >= 6 && bare.endsWith("ة")
        || WORDS_AFTER_CLITICS.contains("ال" + tok.norm().substring(1));
  }

  /** Object pronouns a verb carries at its end (حضرها, أبلغهم), longest first. */
  private static final List<String> OBJECT_PRONOUNS = List.of("هما", "هم", "ها", "ه");

  /**
   * Whether a word is a verb of the verb lists with an object pronoun, after a clitic و or ف or
   * not: "وحضرها" (and attended it), "أبلغهم". Judged on the spelling for the pronoun (a final ة is
   * no ه) and on the folded word for the verb.
   */
  private static boolean verbWithObjectPronoun(Token tok, String bare) {
    String norm = tok.norm();
    for (String p : OBJECT_PRONOUNS) {
      if (bare.endsWith(p) && norm.length() == bare.length() && norm.length() - p.length() >= 3) {
        String stem = norm.substring(0, norm.length() - p.length());
        if (LISTED_VERBS.contains(stem)
            || (stem.charAt(0) == 'و' || stem.charAt(0) == 'ف')
                && stem.length() >= 4
                && LISTED_VERBS.contains(stem.substring(1))) {
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word as written is ب or ل and a verbal noun of the forms إفعال, مفاعلة, افتعال or
   * استفعال, with or without a pronoun: لإخطارها, لمطالبة, باعتباره, لاستقبال. Given names of those
   * shapes (إحسان, انتصار) take no preposition after a title.
   */
  static boolean cliticVerbalNoun(String bare) {
    if (bare.length() < 6 || bare.charAt(0) != 'ب' && bare.charAt(0) != 'ل') {
      return false;
    }
    String s = bare.substring(1);
    if (s.endsWith("ها") || s.endsWith("هم")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("ه")) {
      s = s.substring(0, s.length() - 1);
    }
    int n = s.length();
    if (n == 5 && "اأإ".indexOf(s.charAt(0)) >= 0 && s.charAt(3) == 'ا') {
      return consonant(s.charAt(1)) && consonant(s.charAt(2)) && consonant(s.charAt(4)); // إخطار
    }
    if (n == 6 && s.charAt(0) == 'م' && s.charAt(2) == 'ا' && s.charAt(5) == 'ة') {
      return consonant(s.charAt(1)) && consonant(s.charAt(3)) && consonant(s.charAt(4)); // مطالبة
    }
    if (n == 6 && s.charAt(0) == 'ا' && s.charAt(2) == 'ت' && s.charAt(4) == 'ا') {
      return consonant(s.charAt(1)) && consonant(s.charAt(3)) && consonant(s.charAt(5)); // اعتبار
    }
    return n == 7 && s.startsWith("است") && s.charAt(5) == 'ا' && consonant(s.charAt(6)); // استقبال
  }

  /**
   * Whether a word as written (marks removed) is a verbal noun of the form تفعيل, alone or after
   * the article or a preposition: تأسيس, لتمديد, بتأمين, التعديل, تعيين. A name of that shape
   * starts with تو, تا or تي (توفيق), which the form does not.
   */
  static boolean verbalNoun(String bare) {
    int p = 0;
    if (bare.startsWith("و") && bare.length() > 6) {
      p = 1; // و
    }
    if (bare.startsWith("بال", p) || bare.startsWith("لل", p) && !bare.startsWith("لل", p + 1)) {
      p += bare.startsWith("بال", p) ? 3 : 2;
    } else if (bare.startsWith("ال", p)) {
      p += 2;
    } else if (bare.length() - p == 6 && (bare.charAt(p) == 'ب' || bare.charAt(p) == 'ل')) {
      p += 1;
    }
    if (bare.length() - p != 5 || bare.charAt(p) != 'ت' || bare.charAt(p + 3) != 'ي') {
      return false;
    }
    return consonant(bare.charAt(p + 1))
        && (consonant(bare.charAt(p + 2)) || bare.charAt(p + 2) == 'ي') // تعيين
        && consonant(bare.charAt(p + 4))
        && bare.charAt(p + 4) != 'ة'
        && bare.charAt(p + 4) != 'ه';
  }

  private static boolean consonant(char c) {
    return "اوىيآ".indexOf(c) < 0;
  }

  /** Whether any form of an Arabic word (clitics removed) is a function word or a role noun. */
  static boolean arabicStop(List<String> forms) {
    String norm = forms.get(0);
    for (String f : forms) {
      if (ARABIC_STOPWORDS.contains(f) && !prepositionAfterClitic(norm, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an Arabic word is a stop word as written: {@link #arabicStop}, except that a stop word
   * written with a final ى (الى) does not match a word spelled with ي (والي, the name Wali), as the
   * preposition على is told apart from the name علي.
   */
  static boolean arabicStop(Token tok, List<String> forms) {
    String norm = forms.get(0);
    for (String f : forms) {
      if (ARABIC_STOPWORDS.contains(f)
          && !prepositionAfterClitic(norm, f)
          && !(ALIF_MAQSURA_STOPS.contains(f) && bareSpelling(tok).endsWith("ي"))
          && !hamzaDropped(tok, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether form f of a word is a preposition or a verb of the verb lists read by taking a clitic
   * ب, ل or ك off it (after و or ف): no preposition or past-tense verb takes one, so لحول is a
   * name, not ل + حول, and برات (Berat) is no ب + رأت.
   */
  private static boolean prepositionAfterClitic(String norm, String f) {
    if (f.equals(norm) || !ARABIC_PREPOSITIONS.contains(f) && !LISTED_VERBS.contains(f)) {
      return false;
    }
    String base = norm;
    if (base.length() == f.length() + 2 && (base.charAt(0) == 'و' || base.charAt(0) == 'ف')) {
      base = base.substring(1);
    }
    return base.length() == f.length() + 1 && "بلك".indexOf(base.charAt(0)) >= 0;
  }

  /** Stopwords that belong inside a title: "وزير الدولة لشؤون الخارجية", "معالي الوزير". */
  static final Set<String> TITLE_WORDS =
      Set.of("دوله", "شوون", "خارجيه", "داخليه", "سمو", "معالي", "مجلس", "قطاع", "حقوق");

  static boolean titleWord(List<String> forms) {
    for (String f : forms) {
      if (TITLE_WORDS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #closerWord(List)}, a stop word matched as written (see {@link #arabicStop(Token,
   * List)}).
   */
  static boolean closerWord(Token tok, List<String> forms) {
    for (String f : forms) {
      if (ARABIC_TITLE_CLOSERS.contains(f)) {
        return true;
      }
    }
    return arabicStop(tok, forms);
  }

  /** Words with the article that end a title or a name rather than belong to it. */
  static boolean closerWord(List<String> forms) {
    for (String f : forms) {
      if (ARABIC_TITLE_CLOSERS.contains(f)
          || ARABIC_STOPWORDS.contains(f) && !prepositionAfterClitic(forms.get(0), f)) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** Second words of compound first names, followed by the family name. */
  static final Set<String> COMPOUND_SECOND = Set.of("الدين", "الله", "الرحمن", "الاسلام");

  /**
   * Whether a word that reads as a clitic and the article with two letters after them (فالدن,
   * بالمر, والتر) is, right after a given name, a foreign family name (Walden, Palmer, Walter):
   * "and/by the" and a two-letter noun does not follow a given name.
   */
  static boolean foreignNameAfterName(Token t) {
    String raw = bareSpelling(t);
    return raw.length() == 5
            && (raw.startsWith("وال")
                || raw.startsWith("فال")
                || raw.startsWith("بال")
                || raw.startsWith("كال"))
        || raw.length() >= 7 && raw.startsWith("بال") && !prepositionAndWord(raw, t.norm());
    // (a longer one, بالاكرينان, when the corpora write no such noun after ب: "بالتعاون" is ب and
    // a noun, "بالاكرينان" a family name, Balakrishnan)
  }

  /**
   * Whether an Arabic word starts with the article itself, no preposition or conjunction before it.
   */
  static boolean bareArticle(Token t) {
    return bareSpelling(t).startsWith("ال");
  }

  /**
   * Whether an Arabic word may start with a preposition (ب, ل) or the conjunction و. (ف is left
   * out: فيصل, فؤاد and فهد are too common as first names.)
   */
  static boolean clitic(Token t) {
    char c = t.norm().charAt(0);
    return c == 'ب' || c == 'ل' || c == 'و';
  }
}
