package revue.eval;

import java.util.List;
import java.util.Locale;

/**
 * Scores of a run against relevance judgements, averaged over the judged queries that have at least
 * one relevant document (a query the run does not answer scores 0, as with {@code trec_eval -c}).
 *
 * @param queries how many queries were averaged
 * @param mrr10 mean reciprocal rank of the first relevant document within the top 10
 * @param success1 share of queries whose first result is relevant
 * @param ndcg10 mean nDCG at 10 (gain = grade, discount log2(rank + 1))
 * @param map mean average precision over the whole ranking
 * @param perQuery the scores of each query, in qrels order
 */
public record EvalReport(
    int queries,
    double mrr10,
    double success1,
    double ndcg10,
    double map,
    List<QueryScores> perQuery) {

  public EvalReport {
    perQuery = List.copyOf(perQuery);
  }

  /** The scores of one query. */
  public record QueryScores(
      String queryId,
      double reciprocalRank10,
      double success1,
      double ndcg10,
      double averagePrecision) {}

  /** The averages as trec_eval-like lines: {@code measure<TAB>all<TAB>value}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "num_q\tall\t%d%nrecip_rank@10\tall\t%.4f%nsuccess@1\tall\t%.4f%nndcg_cut_10\tall\t%.4f%nmap\tall\t%.4f%n",
        queries,
        mrr10,
        success1,
        ndcg10,
        map);
  }
}
