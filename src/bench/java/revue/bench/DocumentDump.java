package revue.bench;

import java.io.*;
import java.lang.management.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.ZoneOffset;
import java.util.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.tokenattributes.*;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.*;
import revue.entity.EntityExtractor;
import revue.index.*;
import revue.ingest.*;

/**
 * Dumps what indexing makes of articles, or times it, to check that a change to ingest, enrichment
 * or analysis keeps the index identical and to measure what it buys (old jar against new jar).
 *
 * <p>Usage, from the project folder (the jar from {@code mvn -q -DskipTests package}):
 *
 * <pre>
 * java -cp target/revue-bench.jar revue.bench.DocumentDump dump OUT.txt 20 ../shared/corpora
 * java -Drounds=5 -cp target/revue-bench.jar revue.bench.DocumentDump time - 4 ../shared/corpora
 * </pre>
 *
 * {@code dump} writes, for every 20th article: each field of its Lucene document (name, index
 * options, stored, doc values, value), the token stream of each analyzed field (term, position
 * increment and length, offsets, type, keyword flag, final offset) and its country and minister
 * mentions with offsets; {@code cmp} two dumps. {@code time} prints the CPU time of one thread
 * enriching, and building and analyzing the documents of, every 4th article, per round, and the
 * minimum over the rounds. A tool: it prints.
 */
public class DocumentDump {
  public static void main(String[] a) throws Exception {
    String mode = a[0];
    Path out = Path.of(a[1]);
    int every = Integer.parseInt(a[2]);
    List<Path> paths = new ArrayList<>();
    for (int i = 3; i < a.length; i++) paths.add(Path.of(a[i]));
    List<Article> arts = new ArrayList<>();
    int[] k = {0};
    Ingest.read(
        paths,
        IngestOptions.defaults(),
        new IngestListener() {
          public void article(Article x) {
            if (k[0]++ % every == 0) arts.add(x);
          }

          public void problem(IngestProblem p) {}
        });
    EntityExtractor ee = EntityExtractor.defaults();
    Enricher en = new Enricher(ee, ZoneOffset.UTC);
    Analyzer an = FieldAnalyzers.perField();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (mode.equals("time")) {
      int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
      double[] best = {1e9, 1e9, 1e9, 1e9};
      for (int r = 0; r < rounds; r++) {
        long tl = mx.getCurrentThreadCpuTime();
        long sk = 0;
        for (Article x : arts)
          sk += revue.analysis.LanguageIdentifier.readBody(x.body()).segments("fr").size();
        tl = mx.getCurrentThreadCpuTime() - tl;
        long te = mx.getCurrentThreadCpuTime();
        for (Article x : arts) {
          String text = x.title() + "\n" + x.body();
          sk += ee.countries(text).size() + ee.ministers(text).size();
        }
        te = mx.getCurrentThreadCpuTime() - te;
        best[2] = Math.min(best[2], tl / 1e9);
        best[3] = Math.min(best[3], te / 1e9);
        long e0 = 0, a0 = 0;
        long sink = 0;
        List<EnrichedArticle> es = new ArrayList<>();
        long t = mx.getCurrentThreadCpuTime();
        for (Article x : arts) es.add(en.enrich(x));
        e0 = mx.getCurrentThreadCpuTime() - t;
        t = mx.getCurrentThreadCpuTime();
        for (EnrichedArticle e : es) {
          Document d = ArticleDocuments.toDocument(e);
          for (IndexableField f : d.getFields()) {
            if (f.fieldType().tokenized() && f.stringValue() != null) {
              try (TokenStream ts = an.tokenStream(f.name(), f.stringValue())) {
                ts.reset();
                while (ts.incrementToken()) sink++;
                ts.end();
              }
            }
          }
        }
        a0 = mx.getCurrentThreadCpuTime() - t;
        best[0] = Math.min(best[0], e0 / 1e9);
        best[1] = Math.min(best[1], a0 / 1e9);
        System.out.printf("round %d: langid %.2f entities %.2f; ", r, tl / 1e9, te / 1e9);
        System.out.printf(
            "round %d: articles %d enrich %.2f s, doc+analysis %.2f s (tokens %d)%n",
            r, arts.size(), e0 / 1e9, a0 / 1e9, sink);
      }
      System.out.printf(
          "MIN enrich %.2f doc+analysis %.2f langid %.2f entities %.2f%n",
          best[0], best[1], best[2], best[3]);
      return;
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (Article x : arts) {
        EnrichedArticle e = en.enrich(x);
        Document d = ArticleDocuments.toDocument(e);
        d = ArticleDocuments.facetsConfig().build(d);
        w.println("=== " + x.id());
        for (IndexableField f : d.getFields()) {
          String v =
              f.stringValue() != null
                  ? f.stringValue()
                  : f.binaryValue() != null
                      ? f.binaryValue().toString()
                      : String.valueOf(f.numericValue());
          w.println(
              "F "
                  + f.name()
                  + " "
                  + f.fieldType().indexOptions()
                  + " stored="
                  + f.fieldType().stored()
                  + " dv="
                  + f.fieldType().docValuesType()
                  + " "
                  + v.replace("\n", "\\n"));
          if (f.fieldType().tokenized() && f.stringValue() != null) {
            try (TokenStream ts = an.tokenStream(f.name(), f.stringValue())) {
              CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
              OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
              PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
              PositionLengthAttribute pl = ts.addAttribute(PositionLengthAttribute.class);
              TypeAttribute ty = ts.addAttribute(TypeAttribute.class);
              KeywordAttribute kw = ts.addAttribute(KeywordAttribute.class);
              ts.reset();
              StringBuilder b = new StringBuilder("T");
              while (ts.incrementToken())
                b.append(' ')
                    .append(term)
                    .append('|')
                    .append(pi.getPositionIncrement())
                    .append('|')
                    .append(pl.getPositionLength())
                    .append('|')
                    .append(off.startOffset())
                    .append('-')
                    .append(off.endOffset())
                    .append('|')
                    .append(ty.type())
                    .append(kw.isKeyword() ? "|K" : "");
              ts.end();
              b.append(" END ")
                  .append(off.endOffset())
                  .append(' ')
                  .append(pi.getPositionIncrement());
              w.println(b);
            }
          }
        }
        // entity mentions with offsets too
        String text = x.title() + "\n" + x.body();
        w.println("CM " + ee.countryMentions(text));
        w.println("MM " + ee.ministerMentions(text));
      }
    }
  }
}
