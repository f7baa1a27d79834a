package revue.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The language of a query, as the query parsers read it: {@link LanguageIdentifier#identify},
 * unless its stop words say otherwise. A title of ten words is short evidence for a letter model,
 * and a French headline of Latin roots ("Agriculture biologique : des anomalies constatées par la
 * répression des fraudes") could come out English; its function words (des, par, la) do not. When
 * the identified language drops none of the query's words as stop words and French or English drops
 * two distinct ones or more, and more than the other, the query is in that language.
 */
public final class QueryLanguage {

  /** What separates a query's words (the analyzers see one word at a time). */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{Punct}«»“”‘’]+");

  private QueryLanguage() {}

  public static String of(String text) {
    String identified = LanguageIdentifier.identify(text);
    if (text == null || identified.equals("ar")) {
      return identified;
    }
    int fr = stopWords(text, "fr");
    int en = stopWords(text, "en");
    int own = identified.equals("fr") ? fr : identified.equals("en") ? en : 0;
    if (own > 0) {
      return identified;
    }
    if (fr >= 2 && fr > en) {
      return "fr";
    }
    return en >= 2 && en > fr ? "en" : identified;
  }

  /** How many distinct words of the text the language's analysis drops whole (its stop words). */
  private static int stopWords(String text, String lang) {
    Analyzer words = RevueAnalyzers.forLanguage(lang);
    Set<String> dropped = new HashSet<>();
    for (String word : BETWEEN_WORDS.split(text)) {
      String key = word.toLowerCase(Locale.ROOT);
      // one letter is an initial as often as a word (U.S., N.Y., J. Smith; l' and d' elided)
      if (word.length() < 2 || !Character.isLetter(word.charAt(0)) || dropped.contains(key)) {
        continue;
      }
      if (!RevueAnalyzers.keepsAny(words, word)) {
        dropped.add(key);
      }
    }
    return dropped.size();
  }
}
