package revue.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzers revue indexes and searches with, one per language it knows and a neutral one for
 * the rest.
 *
 * <p>Analyzers are thread-safe and cached: ask for them freely.
 */
public final class RevueAnalyzers {

  private static final Analyzer FRENCH = new French();
  private static final Analyzer ARABIC = new Arabic();
  private static final Analyzer ENGLISH = new EnglishAnalyzer();
  private static final Analyzer NEUTRAL = new Neutral();

  private RevueAnalyzers() {}

  /** The analyzer for a language code; languages revue has no analysis for get the neutral one. */
  public static Analyzer forLanguage(String lang) {
    return switch (lang) {
      case "fr" -> FRENCH;
      case "ar" -> ARABIC;
      case "en" -> ENGLISH;
      default -> NEUTRAL;
    };
  }

  private static final class French extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
      result = new LowerCaseFilter(result);
      // stopwords before folding: the list holds accented forms ("été", "à")
      result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
      result = new ASCIIFoldingFilter(result);
      result = new FrenchLightStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
      result = new LowerCaseFilter(result);
      return new ASCIIFoldingFilter(result);
    }
  }

  private static final class Arabic extends Analyzer {
    private static final CharArraySet STOP = ArabicAnalyzer.getDefaultStopSet();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new DecimalDigitFilter(result);
      result = new StopFilter(result, STOP);
      result = new ArabicNormalizationFilter(result);
      result = new ArabicStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new LowerCaseFilter(in);
      result = new DecimalDigitFilter(result);
      return new ArabicNormalizationFilter(result);
    }
  }

  private static final class Neutral extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
