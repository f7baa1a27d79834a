package revue.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import revue.analysis.RevueAnalyzers;
import revue.eval.Qrels;
import revue.eval.Topic;
import revue.index.Fields;

/**
 * Long-query ranking experiments on revue's own index, outside the query parser: each variant's
 * MRR@10 on the even and odd lines of a known-item topics file (tune on one half, report the
 * other). {@code java -cp target/revue-bench.jar revue.bench.LongQueryLab INDEX TOPICS QRELS LANG
 * VARIANT...}, a variant being {@code key=value,...} over: tw (title weight in BM25F, 0 = body
 * alone), k1, b, lead (weight of the words in the body's first {@code leadEnd} positions), leadEnd,
 * pair (weight of neighbouring word pairs, unordered within {@code slop}), slop.
 */
public final class LongQueryLab {

  private LongQueryLab() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<Topic> topics = Topic.read(Path.of(args[1]));
    Qrels qrels = Qrels.read(Path.of(args[2]));
    String lang = args[3];
    Analyzer analyzer = RevueAnalyzers.forLanguage(lang);
    String title = Fields.titleField(lang);
    String body = Fields.bodyField(lang);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      var stored = searcher.storedFields();
      for (int v = 4; v < args.length; v++) {
        Map<String, Double> p = params(args[v]);
        searcher.setSimilarity(similarity(p));
        double[] sum = new double[2];
        int[] n = new int[2];
        long start = System.nanoTime();
        for (int i = 0; i < topics.size(); i++) {
          Topic topic = topics.get(i);
          List<String> terms = terms(analyzer, body, topic.query());
          Query q = query(terms, title, body, p);
          double rr = 0;
          ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
          for (int r = 0; r < hits.length; r++) {
            String id = stored.document(hits[r].doc).get(Fields.ID);
            if (qrels.grade(topic.id(), id) > 0) {
              rr = 1.0 / (r + 1);
              break;
            }
          }
          if (System.getenv("LAB_DEBUG") != null && rr < 1) {
            System.out.println("Q " + topic.query());
            System.out.println("  rank " + (rr == 0 ? ">10" : String.valueOf(Math.round(1 / rr))));
            for (int r = 0; r < Math.min(3, hits.length); r++) {
              var d = stored.document(hits[r].doc);
              System.out.println("  " + r + " " + d.get(Fields.ID) + " " + d.get(Fields.TITLE));
            }
          }
          // line numbers from 1: the first topic is on an odd line
          int half = (i + 1) % 2;
          sum[half] += rr;
          n[half]++;
        }
        System.out.printf(
            "%-50s even %.4f odd %.4f all %.4f (%d ms)%n",
            args[v],
            sum[0] / n[0],
            sum[1] / n[1],
            (sum[0] + sum[1]) / (n[0] + n[1]),
            (System.nanoTime() - start) / 1_000_000);
      }
    }
  }

  /**
   * The scoring model: sim 0 BM25 (k1, b), 1 query likelihood with Dirichlet smoothing (mu), 2 DFR
   * In(exp)B2 (c), 3 information-based LL (c), 4 axiomatic F2EXP, 5 Jelinek-Mercer (lambda), 6 DFI
   * chi-squared.
   */
  private static org.apache.lucene.search.similarities.Similarity similarity(
      Map<String, Double> p) {
    int sim = p.getOrDefault("sim", 0.0).intValue();
    float c = p.getOrDefault("c", 1.0).floatValue();
    return switch (sim) {
      case 1 ->
          new org.apache.lucene.search.similarities.LMDirichletSimilarity(
              p.getOrDefault("mu", 2000.0).floatValue());
      case 2 ->
          new org.apache.lucene.search.similarities.DFRSimilarity(
              new org.apache.lucene.search.similarities.BasicModelIne(),
              new org.apache.lucene.search.similarities.AfterEffectB(),
              new org.apache.lucene.search.similarities.NormalizationH2(c));
      case 3 ->
          new org.apache.lucene.search.similarities.IBSimilarity(
              new org.apache.lucene.search.similarities.DistributionLL(),
              new org.apache.lucene.search.similarities.LambdaDF(),
              new org.apache.lucene.search.similarities.NormalizationH2(c));
      case 4 -> new org.apache.lucene.search.similarities.AxiomaticF2EXP();
      case 5 ->
          new org.apache.lucene.search.similarities.LMJelinekMercerSimilarity(
              p.getOrDefault("lambda", 0.7).floatValue());
      case 6 ->
          new org.apache.lucene.search.similarities.DFISimilarity(
              new org.apache.lucene.search.similarities.IndependenceChiSquared());
      default ->
          new BM25Similarity(
              p.getOrDefault("k1", 1.2).floatValue(), p.getOrDefault("b", 0.75).floatValue());
    };
  }

  private static Map<String, Double> params(String spec) {
    Map<String, Double> p = new LinkedHashMap<>();
    if (spec.isBlank() || spec.equals("-")) {
      return p;
    }
    for (String kv : spec.split(",")) {
      String[] parts = kv.split("=");
      p.put(parts[0], Double.parseDouble(parts[1]));
    }
    return p;
  }

  static List<String> terms(Analyzer analyzer, String field, String text) throws Exception {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  static Query query(List<String> terms, String title, String body, Map<String, Double> p) {
    double tw = p.getOrDefault("tw", 2.0);
    double lead = p.getOrDefault("lead", 0.0);
    int leadEnd = p.getOrDefault("leadEnd", 100.0).intValue();
    double pair = p.getOrDefault("pair", 0.0);
    int slop = p.getOrDefault("slop", 1.0).intValue();
    boolean ordered = p.getOrDefault("ordered", 0.0) > 0;
    boolean dedup = p.getOrDefault("qtf", 1.0) == 0;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Map<String, Integer> counts = new LinkedHashMap<>();
    terms.forEach(t -> counts.merge(t, 1, Integer::sum));
    counts.forEach(
        (t, c) -> {
          Query word =
              tw == 0
                  ? new org.apache.lucene.search.TermQuery(new Term(body, t))
                  : new CombinedFieldQuery.Builder(t)
                      .addField(title, (float) tw)
                      .addField(body, 1f)
                      .build();
          float w = dedup ? 1 : c;
          b.add(w == 1 ? word : new BoostQuery(word, w), BooleanClause.Occur.SHOULD);
          double coord = p.getOrDefault("coord", 0.0);
          if (coord > 0) {
            Query any =
                new BooleanQuery.Builder()
                    .add(
                        new org.apache.lucene.search.TermQuery(new Term(title, t)),
                        BooleanClause.Occur.SHOULD)
                    .add(
                        new org.apache.lucene.search.TermQuery(new Term(body, t)),
                        BooleanClause.Occur.SHOULD)
                    .build();
            b.add(
                new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(any), (float) coord),
                BooleanClause.Occur.SHOULD);
          }
          if (lead > 0) {
            SpanQuery first = new SpanFirstQuery(new SpanTermQuery(new Term(body, t)), leadEnd);
            b.add(new BoostQuery(first, (float) (lead * w)), BooleanClause.Occur.SHOULD);
          }
        });
    if (pair > 0) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i + 1 < terms.size(); i++) {
        String a = terms.get(i);
        String c = terms.get(i + 1);
        if (a.equals(c) || !seen.add(a + " " + c)) {
          continue;
        }
        Query near;
        if (p.getOrDefault("phrase", 0.0) > 0) {
          near = new PhraseQuery(slop, body, a, c);
        } else {
          near =
              new SpanNearQuery(
                  new SpanQuery[] {
                    new SpanTermQuery(new Term(body, a)), new SpanTermQuery(new Term(body, c))
                  },
                  slop,
                  ordered);
        }
        b.add(new BoostQuery(near, (float) pair), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }
}
