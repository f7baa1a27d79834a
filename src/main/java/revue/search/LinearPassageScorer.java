package revue.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage exactly as Lucene's default {@link PassageScorer} does (BM25 over the passage's
 * distinct terms, in the order they first occur, times the position norm), finding the distinct
 * terms by comparing a passage's few matches with each other, where the default builds a hash table
 * with its own byte pool for every candidate passage (a visible share of a search's CPU;
 * docs/benchmarks.md, "Profiles behind smaller choices").
 *
 * <p>Thread-safe: it holds nothing but the scoring parameters.
 */
final class LinearPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] termFreqsInPassage = new int[matches];
    int[] termFreqsInDoc = new int[matches];
    int count = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < count && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == count) {
        distinct[count++] = terms[i];
        termFreqsInDoc[t] = freqsInDoc[i];
      }
      termFreqsInPassage[t]++;
    }
    // the same operations in the same order as the default: the same float
    double score = 0d;
    for (int t = 0; t < count; t++) {
      score +=
          tf(termFreqsInPassage[t], passage.getLength()) * weight(contentLength, termFreqsInDoc[t]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
