// Which articles have all of a query's terms under revue's Arabic analysis and not under the
// cluster's built-in Arabic chain (or the reverse), and the words that make the difference.
// How the cause of the 4 facet mismatches in docs/opensearch.md (Parity) was found. Run:
//   mvn -o -q compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp target/classes:$(cat /tmp/cp.txt) scripts/opensearch-analysis-diff.java "الولايات المتحدة" \
//       ant-jawharafm-ar.jsonl.gz,ant-multisource-ar.jsonl.gz,saudinewsnet-ar.jsonl.gz [2000]
import java.io.*; import java.nio.file.*; import java.util.*; import java.util.zip.*;
import org.apache.lucene.analysis.*; import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.ar.*; import org.apache.lucene.analysis.core.DecimalDigitFilter; import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.*;
import com.fasterxml.jackson.databind.*;
public class AnalysisDiff {
  // the cluster's revue_ar chain, with Lucene's classes
  static Analyzer CL = new Analyzer() { protected TokenStreamComponents createComponents(String f) {
    Tokenizer t = new StandardTokenizer(); TokenStream r = new LowerCaseFilter(t);
    r = new StopFilter(r, ArabicAnalyzer.getDefaultStopSet()); r = new ArabicNormalizationFilter(r);
    r = new DecimalDigitFilter(r); r = new ASCIIFoldingFilter(r); r = new ArabicStemFilter(r);
    return new TokenStreamComponents(t, r);} };
  static List<String> toks(Analyzer a, String s) throws IOException { List<String> o = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", s)) { var c = ts.addAttribute(CharTermAttribute.class); ts.reset(); while (ts.incrementToken()) o.add(c.toString()); ts.end(); } return o; }
  public static void main(String[] a) throws Exception {
    Analyzer LOC = revue.analysis.RevueAnalyzers.forLanguage("ar");
    String q = a[0]; List<String> ql = toks(LOC, q), qc = toks(CL, q);
    System.out.println("query local " + ql + " cluster " + qc);
    ObjectMapper m = new ObjectMapper(); int n = 0; int limit = a.length > 2 ? Integer.parseInt(a[2]) : 2000;
    for (String corpus : a[1].split(",")) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of("/work/shared/corpora/" + corpus))), "UTF-8"))) {
        String line; for (int i = 0; i < limit && (line = in.readLine()) != null; i++) {
          JsonNode d = m.readTree(line); String text = d.path("title").asText() + "\n" + d.path("text").asText();
          Set<String> l = new HashSet<>(toks(LOC, text)), c = new HashSet<>(toks(CL, text));
          boolean lm = l.containsAll(ql), cm = c.containsAll(qc);
          if (lm != cm) { n++;
            System.out.println(corpus + " #" + i + " local " + lm + " cluster " + cm);
            for (String w : text.split("[\\s]+")) { List<String> tl = toks(LOC, w), tc = toks(CL, w);
              boolean hit = !Collections.disjoint(tl, ql) || !Collections.disjoint(tc, qc);
              if (hit && !tl.equals(tc)) System.out.println("   word [" + w + "] local " + tl + " cluster " + tc); }
          }
        }
      }
    }
    System.out.println(n + " articles differ");
  }
}
