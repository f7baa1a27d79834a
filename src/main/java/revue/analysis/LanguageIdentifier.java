package revue.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text and splits an article into runs of one language, from the
 * script of its letters and the function words it uses.
 *
 * <p>Thread-safe and stateless.
 */
public final class LanguageIdentifier {

  /** Language code for text whose language cannot be told. */
  public static final String UNKNOWN = "und";

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "fr",
          Set.of(
              "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour",
              "que", "qui", "sur", "au", "aux", "avec", "par", "pas", "ce", "cette", "il", "elle",
              "sont", "ont", "été", "se", "ne", "en", "plus", "son", "sa", "ses", "mais", "ou"),
          "en",
          Set.of(
              "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as",
              "by", "at", "it", "from", "be", "are", "has", "have", "said", "this", "an", "will",
              "its", "which", "would", "were", "not", "but", "or", "he", "she", "they"),
          "es",
          Set.of(
              "el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "es", "como",
              "su", "al", "lo", "se", "más", "pero", "sus", "fue"),
          "de",
          Set.of(
              "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein",
              "eine", "auf", "für", "dem", "sich", "des", "im", "auch", "wird"),
          "it",
          Set.of(
              "il", "di", "che", "della", "gli", "per", "una", "sono", "nel", "alla", "con",
              "non", "dei", "delle", "anche", "è", "questo", "più", "ha"));

  private LanguageIdentifier() {}

  /** Returns the ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
  public static String identify(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (arabic == 0 && latin == 0) {
      return UNKNOWN;
    }
    if (arabic >= latin) {
      return "ar";
    }
    return latinLanguage(text);
  }

  private static String latinLanguage(String text) {
    String best = UNKNOWN;
    int bestHits = 0;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (var entry : FUNCTION_WORDS.entrySet()) {
      int hits = 0;
      for (String w : words) {
        if (entry.getValue().contains(w)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = entry.getKey();
      }
    }
    return best;
  }

  /**
   * Splits a body into runs of paragraphs of one language. Paragraphs too short to tell take the
   * language of the article as a whole.
   */
  public static List<Segment> segment(String body, String articleLang) {
    List<Segment> segments = new ArrayList<>();
    String currentLang = null;
    StringBuilder current = new StringBuilder();
    for (String paragraph : body.split("\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      String lang = identify(paragraph);
      if (lang.equals(UNKNOWN)) {
        lang = articleLang;
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
