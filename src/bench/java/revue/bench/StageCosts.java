package revue.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.EnrichedArticle;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.FieldAnalyzers;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * What each of revue's own stages costs per article once the JIT is warm, on one thread and without
 * Lucene's indexing: enrichment (languages, entities, date), the document (fields and facets), and
 * the analysis of its text fields (every token of every analyzed field, as the writer would pull
 * them), beside the baseline's analysis (StandardAnalyzer over title and body, as {@link
 * BaselineIndexer} indexes them). The first N articles of each corpus file are read into memory,
 * then each stage runs over all of them PASSES times; the report gives the median of the passes
 * after the first half (warm-up), in microseconds per article.
 *
 * <p>Usage: {@code java -cp target/revue-bench.jar revue.bench.StageCosts [CORPUS_DIR] [N]
 * [PASSES]} (defaults ../shared/corpora, 4000, 10). A tool: it prints and exits.
 */
public final class StageCosts {

  private StageCosts() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
    int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Article> articles = firstArticles(corpus, perFile);
    Enricher enricher = new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC);
    List<EnrichedArticle> enriched = new ArrayList<>(articles.size());
    articles.forEach(a -> enriched.add(enricher.enrich(a)));
    List<Document> documents = new ArrayList<>(enriched.size());
    enriched.forEach(e -> documents.add(ArticleDocuments.toDocument(e)));
    Analyzer analyzer = FieldAnalyzers.perField();

    double[] enrich = new double[passes];
    double[] document = new double[passes];
    double[] analysis = new double[passes];
    double[] standard = new double[passes];
    Analyzer standardAnalyzer = new StandardAnalyzer();
    // what each stage did in a pass (the same every pass): printed beside its time, so that a
    // stage that skipped its work shows it
    long segments = 0;
    long built = 0;
    long fields = 0;
    long analyzed = 0;
    long standardTokens = 0;
    for (int p = 0; p < passes; p++) {
      segments = 0;
      built = 0;
      fields = 0;
      analyzed = 0;
      standardTokens = 0;
      long t0 = System.nanoTime();
      for (Article a : articles) {
        segments += enricher.enrich(a).segments().size();
      }
      long t1 = System.nanoTime();
      for (EnrichedArticle e : enriched) {
        fields +=
            ArticleDocuments.facetsConfig()
                .build(ArticleDocuments.toDocument(e))
                .getFields()
                .size();
        built++;
      }
      long t2 = System.nanoTime();
      for (Document d : documents) {
        analyzed += tokens(analyzer, d);
      }
      long t3 = System.nanoTime();
      for (Article a : articles) {
        standardTokens += tokens(standardAnalyzer, "text", a.title() + "\n" + a.body());
      }
      long t4 = System.nanoTime();
      standard[p] = (t4 - t3) / 1e3 / articles.size();
      enrich[p] = (t1 - t0) / 1e3 / articles.size();
      document[p] = (t2 - t1) / 1e3 / articles.size();
      analysis[p] = (t3 - t2) / 1e3 / articles.size();
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles (the first %d of each file in %s), %d passes, median of the last %d, us/article:%n",
        articles.size(),
        perFile,
        corpus,
        passes,
        passes - passes / 2);
    System.out.printf(
        Locale.ROOT,
        "  enrichment %8.1f   (%d language segments a pass)%n",
        median(enrich, passes / 2),
        segments);
    System.out.printf(
        Locale.ROOT,
        "  document   %8.1f   (%d documents, %d fields a pass)%n",
        median(document, passes / 2),
        built,
        fields);
    System.out.printf(
        Locale.ROOT,
        "  analysis   %8.1f   (%d tokens a pass)%n",
        median(analysis, passes / 2),
        analyzed);
    System.out.printf(
        Locale.ROOT,
        "  (the baseline's analysis, StandardAnalyzer over title and body: %.1f; %d tokens a pass)%n",
        median(standard, passes / 2),
        standardTokens);
  }

  private static long tokens(Analyzer analyzer, Document document) throws IOException {
    long n = 0;
    for (IndexableField field : document.getFields()) {
      // what the writer analyses: indexed and tokenized (a stored-only field is tokenized by
      // default in its FieldType, but never analysed)
      if (field.fieldType().indexOptions() != IndexOptions.NONE
          && field.fieldType().tokenized()
          && field.stringValue() != null) {
        n += tokens(analyzer, field.name(), field.stringValue());
      }
    }
    return n;
  }

  private static long tokens(Analyzer analyzer, String field, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }

  private static double median(double[] values, int from) {
    double[] tail = Arrays.copyOfRange(values, from, values.length);
    Arrays.sort(tail);
    int m = tail.length / 2;
    return tail.length % 2 == 1 ? tail[m] : (tail[m - 1] + tail[m]) / 2;
  }

  /** The first {@code perFile} articles of each file, files in name order. */
  private static List<Article> firstArticles(Path corpus, int perFile) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    List<Article> all = new ArrayList<>();
    for (Path file : files) {
      List<Article> got = new ArrayList<>();
      try {
        Ingest.read(
            List.of(file),
            IngestOptions.defaults(),
            new IngestListener() {
              @Override
              public void article(Article article) {
                if (got.size() == perFile) {
                  throw new Enough();
                }
                got.add(article);
              }

              @Override
              public void problem(IngestProblem problem) {}
            });
      } catch (Enough e) {
        // the file's first perFile articles are read
      }
      all.addAll(got);
    }
    return all;
  }

  /** Stops reading a file once enough of its articles are in. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
