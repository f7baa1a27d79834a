package revue.bench;

import java.util.concurrent.TimeUnit;
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
import revue.analysis.LanguageIdentifier;
import revue.analysis.Segment;

/**
 * Language identification: {@link LanguageIdentifier#identify} over the paragraphs of one language,
 * and {@link LanguageIdentifier#segment} over the seed article (French with Arabic and English
 * tweets), as the enricher calls them for every article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LanguageIdBenchmark {

  @Param({"fr", "ar", "en"})
  public String lang;

  private String paragraphs;
  private String article;

  @Setup
  public void setUp() {
    paragraphs = SampleTexts.paragraphs(lang);
    article = SampleTexts.seedArticle();
  }

  @Benchmark
  public String identifyParagraphs() {
    return LanguageIdentifier.identify(paragraphs);
  }

  @Benchmark
  public java.util.List<Segment> segmentSeedArticle() {
    return LanguageIdentifier.segment(article, "fr");
  }
}
