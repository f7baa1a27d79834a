package revue.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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

  private static final String[] STOP_WORD_LANGS = {"fr", "en"};

  private QueryLanguage() {}

  public static String of(String text) {
    String identified = LanguageIdentifier.identify(text);
    if (text == null || identified.equals("ar")) {
      return identified;
    }
    int[] dropped = new int[STOP_WORD_LANGS.length];
    int own = -1;
    for (int l = 0; l < STOP_WORD_LANGS.length; l++) {
      dropped[l] = stopWords(text, STOP_WORD_LANGS[l]);
      if (STOP_WORD_LANGS[l].equals(identified)) {
        own = l;
      }
    }
    if (own >= 0 && dropped[own] > 0) {
      return identified;
    }
    int best = dropped[0] > dropped[1] ? 0 : dropped[1] > dropped[0] ? 1 : -1;
    return best >= 0 && dropped[best] >= 2 ? STOP_WORD_LANGS[best] : identified;
  }

  /** How many distinct words of the text the language's analysis drops whole (its stop words). */
  private static int stopWords(String text, String lang) {
    Analyzer words = RevueAnalyzers.positions(lang);
    Set<String> dropped = new HashSet<>();
    for (String word : text.split("[\\s\\p{Punct}«»“”‘’]+")) {
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
