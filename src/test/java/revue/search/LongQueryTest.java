package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Queries longer than a title are ranked by every word; shorter ones keep their required share. */
class LongQueryTest {

  private static Query parse(String text) throws Exception {
    return new RevueQueryParser(new EntityLookups(() -> null), false).parse(text);
  }

  @Test
  void aPastedParagraphIsRankedByEveryWordOfItsLanguage() throws Exception {
    // 19 words French analysis keeps, "gouvernement" and "réforme" twice
    Query q =
        parse(
            "Le gouvernement a présenté jeudi sa réforme des retraites et le gouvernement veut que la"
                + " réforme soit votée au Parlement avant l'été, malgré les syndicats, la grève des"
                + " cheminots et les manifestations prévues dans plusieurs villes");
    // no minimum: any word may match; a repeated word weighs twice; French stop words and the
    // other languages' fields are left out
    assertEquals(
        "(body_fr:gouvern)^2.0 body_fr:a body_fr:present body_fr:jeudi (body_fr:reform)^2.0"
            + " body_fr:retrait body_fr:veut body_fr:vote body_fr:parl body_fr:avant body_fr:ete"
            + " body_fr:malgr body_fr:syndicat body_fr:grev body_fr:cheminot body_fr:manifest"
            + " body_fr:prevu body_fr:plusieu body_fr:vile",
        q.toString());
    BooleanQuery bool = assertInstanceOf(BooleanQuery.class, q);
    assertEquals(0, bool.getMinimumNumberShouldMatch());
    assertEquals(19, bool.clauses().size());
    for (BooleanClause clause : bool.clauses()) {
      assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
    }
  }

  @Test
  void aQueryOfATitlesLengthStillNeedsThreeWordsInFour() throws Exception {
    // eight words French analysis keeps: six of them required, every language's fields searched
    BooleanQuery bool =
        assertInstanceOf(
            BooleanQuery.class,
            parse(
                "Le gouvernement a présenté jeudi sa réforme des retraites au Parlement malgré les syndicats"));
    BooleanQuery words = assertInstanceOf(BooleanQuery.class, bool.clauses().get(0).query());
    assertEquals(BooleanClause.Occur.MUST, bool.clauses().get(0).occur());
    assertEquals(6, words.getMinimumNumberShouldMatch());
    assertEquals(8, words.clauses().size());
  }

  @Test
  void theBoundaryIsSixteenWordsTheQueryLanguageKeeps() throws Exception {
    String sixteen =
        "gouvernement présenté jeudi réforme retraites veut votée Parlement malgré syndicats grève"
            + " cheminots manifestations prévues plusieurs villes";
    assertEquals(16, RevueQueryParser.LONG_QUERY_WORDS);
    // sixteen words and stop words: a title (all but a quarter required, stop words rank only)
    BooleanQuery title = assertInstanceOf(BooleanQuery.class, parse("les " + sixteen + " et des"));
    assertEquals(4, title.clauses().size());
    BooleanQuery words = assertInstanceOf(BooleanQuery.class, title.clauses().get(0).query());
    assertEquals(12, words.getMinimumNumberShouldMatch());
    assertEquals(16, words.clauses().size());
    // one more: ranked
    BooleanQuery ranked = assertInstanceOf(BooleanQuery.class, parse(sixteen + " hier"));
    assertEquals(0, ranked.getMinimumNumberShouldMatch());
    assertEquals(17, ranked.clauses().size());
  }
}
