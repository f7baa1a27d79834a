package revue.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzers revue indexes and searches with, one per language it knows, a neutral one for the
 * rest, and an unstemmed one for names.
 *
 * <p>Every analyzer starts with {@link SocialTextTokenizer} (URLs, e-mails, handles and hashtags as
 * single tokens) and {@link HandleHashtagSplitter} (parts of handles and hashtags added), so that
 * tweets quoted in articles are searchable the same way in every language. Every {@code
 * normalize()} repeats the steps that do not split or stem, so that prefix and wildcard terms are
 * folded like indexed text.
 *
 * <p>Analyzers are thread-safe and shared: ask for them freely, never close them.
 */
public final class RevueAnalyzers {

  private static final Analyzer FRENCH = new French();
  private static final Analyzer ARABIC = new Arabic();
  private static final Analyzer ENGLISH = new English();
  private static final Analyzer NEUTRAL = new Neutral();

  private RevueAnalyzers() {}

  /**
   * The analyzer for a language code ("fr", "ar", "en"); languages revue has no stemmer for get
   * {@link #neutral()}.
   */
  public static Analyzer forLanguage(String lang) {
    if (lang == null) {
      return NEUTRAL;
    }
    return switch (lang) {
      case "fr" -> FRENCH;
      case "ar" -> ARABIC;
      case "en" -> ENGLISH;
      default -> NEUTRAL;
    };
  }

  /**
   * The analyzer for text of unknown or unsupported language: lower-cased, accents and Arabic
   * spelling variants folded, nothing stemmed or removed.
   */
  public static Analyzer neutral() {
    return NEUTRAL;
  }

  /**
   * The analyzer for a name field (people, places) in any script, Arabic above all: folded like
   * {@link #neutral()} (so بوريطة, بوريطه and بُوريطة meet), never stemmed, no stopwords, so a name
   * is not cut down to a root it shares with common words.
   */
  public static Analyzer arabicNames() {
    return NEUTRAL;
  }

  private static final Analyzer POSITIONS = new Positions();

  /**
   * The tokens of {@link #forLanguage} at the same positions and with the same offsets, for any
   * language, with no step that only changes a token's text (case, elision, stemming, folding) or
   * drops a token and keeps its position (stop words): what a snippet needs of a text indexed
   * without offsets, for less. Stop words are among its tokens.
   */
  public static Analyzer positions() {
    return POSITIONS;
  }

  private static final class Positions extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      // Only the steps that decide positions and offsets: the tokenizer and the handle and hashtag
      // parts, stacked on the whole with its offsets. The other steps of forLanguage change a
      // token's text (case, elision, stemming, folding) or drop a token while keeping its position
      // (stop words): the remaining tokens stand at the same positions with the same offsets.
      Tokenizer source = new SocialTextTokenizer();
      return new TokenStreamComponents(source, socialTokens(source));
    }
  }

  private static TokenStream socialTokens(Tokenizer source) {
    return new HandleHashtagSplitter(source);
  }

  private static final class French extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new SocialTextTokenizer();
      TokenStream result = socialTokens(source);
      // l' d' qu' jusqu' ... with ' or ’, any case (the article set ignores case)
      result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
      result = new CaseLoweringFilter(result);
      // stopwords before folding: the list holds accented forms ("été", "à")
      result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
      // folding before stemming, so that "securite" and "sécurité" reach the stemmer equal
      result = new AccentFoldingFilter(result);
      result = new FrenchLightStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
      result = new CaseLoweringFilter(result);
      return new AccentFoldingFilter(result);
    }
  }

  private static final class Arabic extends Analyzer {
    private static final CharArraySet STOP = arabicStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new SocialTextTokenizer();
      TokenStream result = socialTokens(source);
      result = new CaseLoweringFilter(result);
      // stopwords before spelling folding: folded, "على" (on) would become "علي" (Ali)
      result = new StopFilter(result, STOP);
      result = new ArabicSpellingFilter(result);
      result = new DigitFoldingFilter(result);
      // Latin names inside Arabic text meet their accented spellings
      result = new AccentFoldingFilter(result);
      // Lucene's light stemmer: prefixes ال وال بال كال فال لل و, suffixes ها ان ات ون ين يه ية ه ة
      // ي
      result = new ArabicStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new CaseLoweringFilter(in);
      result = new ArabicSpellingFilter(result, false);
      result = new DigitFoldingFilter(result);
      return new AccentFoldingFilter(result);
    }

    /**
     * Lucene's Arabic stopwords, plus each written the way hurried writers do (hamza seats as bare
     * alef, teh marbuta as heh: "الى" for "إلى"), but not alef maksura as yeh.
     */
    private static CharArraySet arabicStopWords() {
      CharArraySet base = ArabicAnalyzer.getDefaultStopSet();
      CharArraySet stop = new CharArraySet(base.size() * 2, false);
      for (Object word : base) {
        String spelled = new String((char[]) word);
        stop.add(spelled);
        stop.add(
            spelled
                .replace('\u0623', '\u0627')
                .replace('\u0625', '\u0627')
                .replace('\u0622', '\u0627')
                .replace('\u0629', '\u0647'));
      }
      return CharArraySet.unmodifiableSet(stop);
    }
  }

  private static final class English extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new SocialTextTokenizer();
      TokenStream result = socialTokens(source);
      // Lucene's EnglishAnalyzer recipe, plus accent folding for foreign names
      result = new EnglishPossessiveFilter(result);
      result = new CaseLoweringFilter(result);
      result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      result = new AccentFoldingFilter(result);
      result = new PorterStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new CaseLoweringFilter(in);
      return new AccentFoldingFilter(result);
    }
  }

  private static final class Neutral extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new SocialTextTokenizer();
      TokenStream result = socialTokens(source);
      result = new CaseLoweringFilter(result);
      result = new ArabicSpellingFilter(result);
      result = new DigitFoldingFilter(result);
      result = new AccentFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new CaseLoweringFilter(in);
      result = new ArabicSpellingFilter(result, false);
      result = new DigitFoldingFilter(result);
      return new AccentFoldingFilter(result);
    }
  }

  /** Whether the analyzer keeps any token of the text (false for stop words alone). */
  public static boolean keepsAny(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      ts.reset();
      boolean any = ts.incrementToken();
      ts.end();
      return any;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whether a word is a link as the analyzers read one in a text ({@code https://...}, {@code
   * www.example.com}, {@code pic.twitter.com/...}, {@code lemonde.fr/a/b}): a token of its host.
   */
  public static boolean isLink(String word) {
    return SocialTextTokenizer.isLink(word);
  }
}
