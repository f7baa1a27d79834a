package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LinearPassageScorerTest {

  private static final String[] TERMS = {"bourita", "niger", "بوريط", "sahel", "ministr"};

  @Test
  void scoresEveryPassageToTheSameFloatAsLucenesScorer() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer linear = new LinearPassageScorer();
    Random random = new Random(42);
    for (int n = 0; n < 5_000; n++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      passage.setEndOffset(Integer.MAX_VALUE); // matches must fall inside; the real end below
      int at = start;
      int matches = random.nextInt(12);
      for (int m = 0; m < matches; m++) {
        at += 1 + random.nextInt(40);
        // a new BytesRef each time, as the highlighter hands them over: equal bytes, other objects
        BytesRef term = new BytesRef(TERMS[random.nextInt(TERMS.length)]);
        passage.addMatch(at, at + term.length, term, 1 + random.nextInt(30));
      }
      passage.setEndOffset(at + 1 + random.nextInt(200));
      int contentLength = passage.getEndOffset() + random.nextInt(20_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(passage, contentLength)),
          Float.floatToIntBits(linear.score(passage, contentLength)),
          passage.toString());
    }
  }

  @Test
  void aTermRepeatedInThePassageCountsOnceWithItsFrequencyInTheDocumentFirstSeen() {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(100);
    passage.addMatch(0, 7, new BytesRef("bourita"), 3);
    passage.addMatch(10, 15, new BytesRef("niger"), 5);
    passage.addMatch(20, 27, new BytesRef("bourita"), 9);
    PassageScorer s = new PassageScorer();
    double expected =
        (s.tf(2, 100) * s.weight(1_000, 3) + (double) (s.tf(1, 100) * s.weight(1_000, 5)))
            * s.norm(0);
    assertEquals((float) expected, new LinearPassageScorer().score(passage, 1_000));
  }
}
