package revue.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifies the language of a text (an article, a paragraph, a title) and splits an article into
 * runs of one language.
 *
 * <p>The script decides first: Arabic letters give "ar", Cyrillic "ru", Greek "el", Hebrew "he",
 * Han "zh", kana "ja", Hangul "ko". Latin-script text is scored against French, English, Spanish,
 * German, Italian, Portuguese and Dutch by {@link LatinLanguageModel}, a name (a capitalised word
 * inside a sentence) weighing less than other words; another language than French and English must
 * lead them by a few words' worth to be chosen. Handles, hashtags, URLs and e-mail addresses are
 * skipped before deciding (they are names, not language). A tweet's signature line ("— Maroc
 * Diplomatie (@MarocDiplomatie) May 10, 2022") is in the language of its date, the only words of it
 * that are not a name: English here, French for "10 mai 2022".
 *
 * <p>Thread-safe and stateless; a call allocates a few small arrays and reads at most {@value
 * #MAX_SCORED_WORDS} Latin words (fewer once the decision is clear), so that whole articles cost
 * little more than paragraphs.
 */
public final class LanguageIdentifier {

  /** Language code for text whose language cannot be told. */
  public static final String UNKNOWN = "und";

  /**
   * How much less likely (natural log of the likelihood ratio) than the best language a hinted
   * language may be and still be chosen: a few words' worth, so a hint settles short or ambiguous
   * text but never overrules a clear sentence.
   */
  private static final double HINT_MARGIN = 6.0;

  /**
   * How far (natural log of the likelihood ratio) another Latin-script language must lead the
   * better of French and English, the Latin-script languages revue analyses, to be chosen: a few
   * words' worth, as {@link #HINT_MARGIN}. Short text that shares its few words with Spanish or
   * Italian ("un", "le", "de", "entre") is far likelier to be French or English in this press.
   */
  private static final double OTHER_LANGUAGE_MARGIN = 6.0;

  /**
   * How much of a word's evidence a capitalised word inside a sentence (a name) gives: names travel
   * between languages, and the spelling of "Nicolas", "Carlos" or "Madrid" tells where a name comes
   * from, not the language of the text that writes it.
   */
  private static final double NAME_WEIGHT = 0.3;

  /** Indexes in {@link LatinLanguageModel#LANGUAGES} of French and English. */
  private static final int FR = indexOf("fr");

  private static final int EN = indexOf("en");

  private static final int MAX_SCORED_WORDS = 400;

  /**
   * A lead past which more words cannot change the Latin-script decision in practice: scoring stops
   * there, which keeps long paragraphs cheap (script letters are still counted).
   */
  private static final double DECISIVE_MARGIN = 60.0;

  private static final int MAX_WORD = 32;

  private static final LatinLanguageModel MODEL = new LatinLanguageModel();

  // "— Name (@handle) May 10, 2022" and its French form "— Nom (@handle) 10 mai 2022"
  private static final Pattern TWEET_SIGNATURE =
      Pattern.compile(
          "^\\s*[—–―-]+\\s*.{0,80}\\(@[A-Za-z0-9_]+\\)\\s*"
              + "(?:(\\p{L}+\\.?)\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(\\p{L}+\\.?)\\s+\\d{4})\\s*$");

  /**
   * Month names (and Twitter's abbreviations) of the languages a signature's date is written in.
   */
  private static final java.util.Map<String, String> SIGNATURE_MONTHS = signatureMonths();

  private static java.util.Map<String, String> signatureMonths() {
    java.util.Map<String, String> months = new java.util.HashMap<>();
    for (String lang : List.of("en", "fr", "es", "de", "it", "pt", "nl")) {
      java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
      for (java.time.Month m : java.time.Month.values()) {
        for (java.time.format.TextStyle style :
            List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
          String name = m.getDisplayName(style, locale).toLowerCase(java.util.Locale.ROOT);
          months.putIfAbsent(
              name.endsWith(".") ? name.substring(0, name.length() - 1) : name, lang);
        }
      }
    }
    return java.util.Map.copyOf(months);
  }

  private LanguageIdentifier() {}

  /** Returns the ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
  public static String identify(String text) {
    return identify(text, null);
  }

  /**
   * Returns the ISO 639-1 code of the text's language, or {@link #UNKNOWN}; a language declared by
   * the source ({@code hint}, e.g. "fr" or "fr-FR", may be null) is chosen when the text agrees
   * with it or is too short or ambiguous to contradict it.
   */
  public static String identify(String text, String hint) {
    String hinted = normalizeHint(hint);
    if (text == null) {
      return hinted == null ? UNKNOWN : hinted;
    }
    String signed = signatureLanguage(text, hinted);
    if (signed != null) {
      return signed;
    }
    Evidence evidence = new Evidence();
    evidence.read(text, false);
    return decide(evidence, hinted);
  }

  /** The language of a tweet signature line's date, or null when the text is no signature. */
  private static String signatureLanguage(String text, String hinted) {
    if (text.length() >= 200 || !text.contains("(@")) {
      return null;
    }
    var signature = TWEET_SIGNATURE.matcher(text);
    if (!signature.matches()) {
      return null;
    }
    String month = lowerCase(signature.group(1) != null ? signature.group(1) : signature.group(2));
    String lang =
        SIGNATURE_MONTHS.get(month.endsWith(".") ? month.substring(0, month.length() - 1) : month);
    return lang != null ? lang : hinted == null ? UNKNOWN : hinted;
  }

  private static String decide(Evidence evidence, String hinted) {
    String script = evidence.dominantScript();
    if (script == null) {
      return hinted == null ? UNKNOWN : hinted;
    }
    if (!script.equals("latin")) {
      // a hint in the same script is plausible: "fa" or "ur" for Arabic letters
      return hinted != null && scriptOf(hinted).equals(script) ? hinted : script;
    }
    if (evidence.scoredWords == 0) {
      return hinted != null && scriptOf(hinted).equals("latin") ? hinted : UNKNOWN;
    }
    int best = 0;
    for (int l = 1; l < LatinLanguageModel.L; l++) {
      if (evidence.scores[l] > evidence.scores[best]) {
        best = l;
      }
    }
    if (hinted != null) {
      int h = indexOf(hinted);
      if (h >= 0 && evidence.scores[best] - evidence.scores[h] <= HINT_MARGIN) {
        return hinted;
      }
      if (h < 0 && scriptOf(hinted).equals("latin") && evidence.scoredWords <= 3) {
        // a Latin-script language we have no model for (sv, pl, ro...): trust it on short text
        return hinted;
      }
    }
    if (best != FR && best != EN) {
      int analysed = evidence.scores[FR] >= evidence.scores[EN] ? FR : EN;
      if (evidence.scores[best] - evidence.scores[analysed] <= OTHER_LANGUAGE_MARGIN) {
        return LatinLanguageModel.LANGUAGES[analysed];
      }
    }
    return LatinLanguageModel.LANGUAGES[best];
  }

  /**
   * Reads an article body once for both questions asked of it: its language as a whole ({@link
   * BodyLanguages#language()}, equal to {@code identify(body)}) and its runs of one language
   * ({@link BodyLanguages#segments}, equal to {@link #segment}). Each paragraph is read once; the
   * body's script letters are the sum of its paragraphs' (a word never spans a line), and only the
   * Latin-script scoring, which stops once decided, reads the body as a whole again.
   */
  public static BodyLanguages readBody(String body) {
    return new BodyLanguages(null, body);
  }

  /**
   * {@link #readBody}, with the article's language as a whole read from its title and body
   * together: a short item (a feed's title and a one-sentence description) has few words, and its
   * title holds as many as its body. The runs of one language are the body's alone.
   *
   * @param title the article's title, or null
   * @param body the article's body, or null
   */
  public static BodyLanguages readArticle(String title, String body) {
    return new BodyLanguages(title, body);
  }

  /** What {@link #readBody} found. Not thread-safe; one per article. */
  public static final class BodyLanguages {
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final String language;

    private BodyLanguages(String title, String body) {
      if (body == null) {
        language = title == null ? UNKNOWN : identify(title);
        return;
      }
      Evidence whole = new Evidence();
      for (String paragraph : body.split("\n")) {
        if (paragraph.isBlank()) {
          continue;
        }
        Evidence e = new Evidence();
        e.read(paragraph, false);
        paragraphs.add(paragraph);
        evidence.add(e);
        for (int s = 0; s < whole.letters.length; s++) {
          whole.letters[s] += e.letters[s];
          whole.tagLetters[s] += e.tagLetters[s];
        }
      }
      String signed = signatureLanguage(body, null);
      if (signed != null) {
        language = signed;
      } else {
        if (title != null && !title.isBlank()) {
          // the title's letters and words, before the body's
          whole.read(title, false);
          whole.read("\n", false);
        }
        if ("latin".equals(whole.dominantScript())) {
          whole.read(body, true);
        }
        language = decide(whole, null);
      }
    }

    /** The language of the body as a whole, or {@link #UNKNOWN}. */
    public String language() {
      return language;
    }

    /** The runs of one language; see {@link LanguageIdentifier#segment}. */
    public List<Segment> segments(String articleLang) {
      String hinted = normalizeHint(articleLang);
      List<Segment> segments = new ArrayList<>();
      String currentLang = null;
      StringBuilder current = new StringBuilder();
      for (int p = 0; p < paragraphs.size(); p++) {
        String paragraph = paragraphs.get(p);
        String lang = signatureLanguage(paragraph, hinted);
        if (lang == null) {
          lang = decide(evidence.get(p), hinted);
        }
        if (lang.equals(UNKNOWN)) {
          lang = articleLang != null && !articleLang.equals(UNKNOWN) ? articleLang : currentLang;
          if (lang == null) {
            lang = UNKNOWN;
          }
        }
        if (currentLang != null && !currentLang.equals(lang)) {
          segments.add(new Segment(currentLang, current.toString()));
          current.setLength(0);
        }
        if (!current.isEmpty()) {
          current.append('\n');
        }
        current.append(paragraph);
        currentLang = lang;
      }
      if (currentLang != null) {
        segments.add(new Segment(currentLang, current.toString()));
      }
      return List.copyOf(segments);
    }
  }

  /**
   * Splits a body into runs of paragraphs of one language. Paragraphs whose language cannot be told
   * (numbers, names, tweet signatures) take the language of the article as a whole; the article's
   * language is the hint for every paragraph, so short ambiguous lines do not break a run.
   */
  public static List<Segment> segment(String body, String articleLang) {
    if (body == null) {
      return List.of();
    }
    return new BodyLanguages(null, body).segments(articleLang);
  }

  static String lowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String normalizeHint(String hint) {
    if (hint == null || hint.isBlank()) {
      return null;
    }
    String code = lowerCase(hint.strip());
    int cut = 0;
    while (cut < code.length() && code.charAt(cut) >= 'a' && code.charAt(cut) <= 'z') {
      cut++;
    }
    code = code.substring(0, cut);
    if (code.length() < 2 || code.length() > 3 || code.equals(UNKNOWN)) {
      return null;
    }
    return code;
  }

  private static int indexOf(String lang) {
    for (int l = 0; l < LatinLanguageModel.L; l++) {
      if (LatinLanguageModel.LANGUAGES[l].equals(lang)) {
        return l;
      }
    }
    return -1;
  }

  private static String scriptOf(String lang) {
    return switch (lang) {
      case "ar", "fa", "ur", "ps", "ckb" -> "ar";
      case "ru", "uk", "bg", "sr", "mk", "be", "kk" -> "ru";
      case "el" -> "el";
      case "he", "yi" -> "he";
      case "zh" -> "zh";
      case "ja" -> "ja";
      case "ko" -> "ko";
      default -> "latin";
    };
  }

  /** Letters per script and Latin language scores gathered in one pass over a text. */
  private static final class Evidence {
    private static final int ARABIC = 0;
    private static final int LATIN = 1;
    private static final int CYRILLIC = 2;
    private static final int GREEK = 3;
    private static final int HEBREW = 4;
    private static final int HAN = 5;
    private static final int KANA = 6;
    private static final int HANGUL = 7;
    private static final String[] SCRIPT_NAMES = {
      "ar", "latin", "ru", "el", "he", "zh", "ja", "ko"
    };

    final int[] letters = new int[SCRIPT_NAMES.length];
    final int[] tagLetters = new int[SCRIPT_NAMES.length];
    final double[] scores = new double[LatinLanguageModel.L];
    private final double[] scratch = new double[LatinLanguageModel.L];
    private final char[] word = new char[MAX_WORD];
    private final double[] nameScores = new double[LatinLanguageModel.L];
    int scoredWords;
    private boolean decided;
    private boolean sentenceStart = true;

    /** Whether the next word opens a sentence (or a quotation, or a line) after this char. */
    private static boolean opensSentence(char c) {
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '\n' || c == '"'
          || c == '«' || c == '“';
    }

    /** How far the best language leads the second (natural log of the likelihood ratio). */
    private double margin() {
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (double score : scores) {
        if (score > best) {
          second = best;
          best = score;
        } else if (score > second) {
          second = score;
        }
      }
      return best - second;
    }

    /**
     * Reads a text's letters and Latin words; with {@code scoringOnly}, stops as soon as the Latin
     * scoring is over (decided, or {@value #MAX_SCORED_WORDS} words), letter counts unfinished.
     */
    void read(String text, boolean scoringOnly) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (scoringOnly && (decided || scoredWords >= MAX_SCORED_WORDS)) {
          return;
        }
        char c = text.charAt(i);
        if ((c == '@' || c == '#') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
          int end = skipWord(text, i + 1);
          int script = scriptOf(text.charAt(i + 1));
          if (c == '#' && script >= 0 && script != LATIN && !scoringOnly) {
            // a text of Arabic hashtags alone is still Arabic; kept apart, it never outweighs text
            tagLetters[script] += end - i - 1;
          }
          i = end;
          continue;
        }
        if (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'p' || c == 'P') {
          if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || c == 'p' || c == 'P')
              && startsLink(text, i)) {
            i = skipToSpace(text, i);
            continue;
          }
        }
        if (!isLetter(c)) {
          sentenceStart |= opensSentence(c);
          i++;
          continue;
        }
        int start = i;
        int len = 0;
        int script = scriptOf(c);
        boolean lowerAfterFirst = false;
        while (i < n) {
          char d = text.charAt(i);
          if (isLetter(d)) {
            lowerAfterFirst |= i > start && Character.isLowerCase(d);
            // only Latin words are scored: the others need their length, not their letters
            if (len < MAX_WORD && script == LATIN) {
              word[len++] =
                  d < 128 ? (d >= 'A' && d <= 'Z' ? (char) (d + 32) : d) : Character.toLowerCase(d);
            }
          } else if (d < 128 || !isNonSpacingMark(d)) {
            break;
          }
          i++;
        }
        if (i < n && text.charAt(i) == '@' && script == LATIN) {
          // the local part of an e-mail address: skip the address
          i = skipToSpace(text, i);
          continue;
        }
        if (script >= 0 && !scoringOnly) {
          letters[script] += i - start;
        }
        // a capitalised word that does not open a sentence is a name (not "NATO", all capitals)
        boolean name = !sentenceStart && lowerAfterFirst && Character.isUpperCase(c);
        sentenceStart = false;
        if (script == LATIN && scoredWords < MAX_SCORED_WORDS && !decided) {
          if (name) {
            Arrays.fill(nameScores, 0);
            MODEL.score(word, len, nameScores, scratch);
            for (int l = 0; l < scores.length; l++) {
              scores[l] += NAME_WEIGHT * nameScores[l];
            }
          } else {
            MODEL.score(word, len, scores, scratch);
          }
          scoredWords++;
          decided = (scoredWords & 7) == 0 && margin() > DECISIVE_MARGIN;
        }
      }
    }

    String dominantScript() {
      int[] letters = this.letters;
      if (Arrays.stream(letters).allMatch(count -> count == 0)) {
        letters = tagLetters;
      }
      int best = -1;
      for (int s = 0; s < letters.length; s++) {
        if (letters[s] > 0 && (best < 0 || letters[s] > letters[best])) {
          best = s;
        }
      }
      if (best == HAN && letters[KANA] > 0) {
        return "ja";
      }
      return best < 0 ? null : SCRIPT_NAMES[best];
    }

    private static int scriptOf(char c) {
      if (c < 0x250 || c >= 0x1E00 && c <= 0x1EFF) {
        return LATIN;
      }
      if (c >= 0x600 && c <= 0x6FF
          || c >= 0x750 && c <= 0x77F
          || c >= 0x8A0 && c <= 0x8FF
          || c >= 0xFB50 && c <= 0xFDFF
          || c >= 0xFE70 && c <= 0xFEFF) {
        return ARABIC;
      }
      if (c >= 0x400 && c <= 0x52F) {
        return CYRILLIC;
      }
      if (c >= 0x370 && c <= 0x3FF || c >= 0x1F00 && c <= 0x1FFF) {
        return GREEK;
      }
      if (c >= 0x590 && c <= 0x5FF) {
        return HEBREW;
      }
      if (c >= 0x3040 && c <= 0x30FF) {
        return KANA;
      }
      if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
        return HAN;
      }
      if (c >= 0xAC00 && c <= 0xD7AF || c >= 0x1100 && c <= 0x11FF) {
        return HANGUL;
      }
      return -1;
    }

    /**
     * Letters and non-spacing marks among U+0080 to U+07FF (accented Latin, Greek, Cyrillic,
     * Hebrew, Arabic), asked of the JDK once: its tables cost two look-ups and a few branches per
     * call, and an Arabic text asks for every char.
     */
    private static final byte[] KIND = new byte[0x800];

    private static final byte LETTER = 1;
    private static final byte NON_SPACING_MARK = 2;

    static {
      for (char c = 0x80; c < KIND.length; c++) {
        KIND[c] =
            Character.isLetter(c)
                ? LETTER
                : Character.getType(c) == Character.NON_SPACING_MARK ? NON_SPACING_MARK : 0;
      }
    }

    /** {@link Character#isLetter(char)}, without its table look-ups for ASCII, Latin and Arabic. */
    private static boolean isLetter(char c) {
      if (c < 128) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      }
      return c < KIND.length ? KIND[c] == LETTER : Character.isLetter(c);
    }

    private static boolean isNonSpacingMark(char c) {
      return c < KIND.length
          ? KIND[c] == NON_SPACING_MARK
          : Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int skipWord(String text, int i) {
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private static int skipToSpace(String text, int i) {
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private static boolean startsLink(String text, int i) {
      return text.regionMatches(true, i, "http://", 0, 7)
          || text.regionMatches(true, i, "https://", 0, 8)
          || text.regionMatches(true, i, "www.", 0, 4)
          || text.regionMatches(true, i, "pic.twitter.com/", 0, 16);
    }
  }
}
