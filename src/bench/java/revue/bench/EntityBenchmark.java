package revue.bench;

import java.util.List;
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
import revue.entity.EntityExtractor;

/**
 * Entity matching over a typical article: countries and ministers of the seed article (3.8 KB,
 * French with Arabic and English tweets), and of the same article repeated, to show whether the
 * cost grows linearly with the length ({@code repeat}). Each operation gets a fresh copy of the
 * text: the extractor reuses the words of the text it saw last on a thread (the enricher asks for
 * countries, then ministers, of one string), which would otherwise hide the tokenization.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EntityBenchmark {

  @Param({"1", "8"})
  public int repeat;

  private EntityExtractor entities;
  private String article;

  @Setup
  public void setUp() {
    entities = EntityExtractor.defaults();
    article = (SampleTexts.seedArticle() + "\n").repeat(repeat);
  }

  @Benchmark
  public List<String> countries() {
    return entities.countries(new String(article));
  }

  @Benchmark
  public List<String> ministers() {
    return entities.ministers(new String(article));
  }

  /** What the enricher does per article. */
  @Benchmark
  public int countriesThenMinisters() {
    String text = new String(article);
    return entities.countries(text).size() + entities.ministers(text).size();
  }
}
