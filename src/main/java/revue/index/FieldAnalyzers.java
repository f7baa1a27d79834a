package revue.index;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import revue.analysis.RevueAnalyzers;

/** The analyzer of each field: per-language analysis for text fields, keywords for the rest. */
public final class FieldAnalyzers {

  private static final Analyzer PER_FIELD = byTextField(RevueAnalyzers::forLanguage);
  private static final Analyzer POSITIONS = RevueAnalyzers.positions();

  private FieldAnalyzers() {}

  /** One analyzer that dispatches on the field name; shared by the writer and the query parser. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /**
   * An analyzer that gives each text field's tokens at the positions and offsets {@link
   * #perField()} gives them, whatever the field's language ({@link RevueAnalyzers#positions()}):
   * what snippets need of a text indexed without offsets, at less cost.
   */
  public static Analyzer positions() {
    return POSITIONS;
  }

  /** Each language's text fields (title and body) analysed by that language's analyzer. */
  private static Analyzer byTextField(Function<String, Analyzer> forLanguage) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (String lang : Fields.TEXT_LANGS) {
      Analyzer analyzer = forLanguage.apply(lang);
      byField.put(Fields.titleField(lang), analyzer);
      byField.put(Fields.bodyField(lang), analyzer);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
  }
}
