package revue.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes MRR@10, Success@1, nDCG@10 and MAP of a run against qrels.
 *
 * <p>Stateless and thread-safe.
 */
public final class Metrics {

  private static final int CUTOFF = 10;

  private Metrics() {}

  /**
   * Evaluates a run over the queries of the qrels that have at least one relevant document; queries
   * the run has and the qrels do not are ignored.
   */
  public static EvalReport evaluate(Qrels qrels, TrecRun run) {
    List<EvalReport.QueryScores> perQuery = new ArrayList<>();
    double rr = 0;
    double success = 0;
    double ndcg = 0;
    double ap = 0;
    for (String qid : qrels.queryIds()) {
      int relevant = qrels.relevantCount(qid);
      if (relevant == 0) {
        continue;
      }
      List<TrecRun.Result> results = run.results(qid);
      EvalReport.QueryScores scores =
          new EvalReport.QueryScores(
              qid,
              reciprocalRank(qrels, qid, results, CUTOFF),
              results.isEmpty() || qrels.grade(qid, results.get(0).docId()) <= 0 ? 0 : 1,
              ndcg(qrels, qid, results, CUTOFF),
              averagePrecision(qrels, qid, results, relevant));
      perQuery.add(scores);
      rr += scores.reciprocalRank10();
      success += scores.success1();
      ndcg += scores.ndcg10();
      ap += scores.averagePrecision();
    }
    int n = perQuery.size();
    return n == 0
        ? new EvalReport(0, 0, 0, 0, 0, perQuery)
        : new EvalReport(n, rr / n, success / n, ndcg / n, ap / n, perQuery);
  }

  static double reciprocalRank(Qrels qrels, String qid, List<TrecRun.Result> results, int cutoff) {
    for (int i = 0; i < Math.min(cutoff, results.size()); i++) {
      if (qrels.grade(qid, results.get(i).docId()) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  static double ndcg(Qrels qrels, String qid, List<TrecRun.Result> results, int cutoff) {
    double dcg = 0;
    for (int i = 0; i < Math.min(cutoff, results.size()); i++) {
      int grade = qrels.grade(qid, results.get(i).docId());
      if (grade > 0) {
        dcg += grade / log2(i + 2);
      }
    }
    List<Integer> ideal =
        qrels.judgements(qid).values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(cutoff, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double averagePrecision(
      Qrels qrels, String qid, List<TrecRun.Result> results, int relevant) {
    double sum = 0;
    int found = 0;
    Map<String, Integer> grades = qrels.judgements(qid);
    for (int i = 0; i < results.size(); i++) {
      if (grades.getOrDefault(results.get(i).docId(), 0) > 0) {
        found++;
        sum += found / (double) (i + 1);
      }
    }
    return sum / relevant;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
