package revue.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import revue.analysis.RevueAnalyzers;

/**
 * Analysis chains over typical paragraphs of each language: revue's analyzer for the language
 * against Lucene's StandardAnalyzer (the baseline's) on the same text. Score: microseconds per pass
 * over the paragraphs (the bodies of corpus/samples/sample-LANG-*.txt).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmark {

  @Param({"fr", "ar", "en"})
  public String lang;

  private String text;
  private Analyzer revue;
  private Analyzer standard;

  @Setup
  public void setUp() {
    text = SampleTexts.paragraphs(lang);
    revue = RevueAnalyzers.forLanguage(lang);
    standard = new StandardAnalyzer();
  }

  @Benchmark
  public void revueAnalyzer(Blackhole bh) throws IOException {
    consume(revue, bh);
  }

  @Benchmark
  public void standardAnalyzer(Blackhole bh) throws IOException {
    consume(standard, bh);
  }

  private void consume(Analyzer analyzer, Blackhole bh) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        bh.consume(term.length());
      }
      ts.end();
    }
  }
}
