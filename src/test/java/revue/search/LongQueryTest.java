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
    // a quarter of the 19 distinct words (5) must match, in French title and body as one field
    // (BM25F, a title occurrence counting twice); a repeated word weighs twice; French stop words
    // and the other languages' fields are left out
    assertEquals(
        "((CombinedFieldQuery((body_fr title_fr^2.0)(gouvern)))^2.0"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(a))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(present))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(jeudi))"
            + " (CombinedFieldQuery((body_fr title_fr^2.0)(reform)))^2.0"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(retrait))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(veut))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(vote))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(parl))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(avant))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(ete))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(malgr))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(syndicat))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(grev))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(cheminot))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(manifest))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(prevu))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(plusieu))"
            + " CombinedFieldQuery((body_fr title_fr^2.0)(vile)))~5",
        q.toString());
    BooleanQuery bool = assertInstanceOf(BooleanQuery.class, q);
    assertEquals(5, bool.getMinimumNumberShouldMatch());
    assertEquals(19, bool.clauses().size());
    for (BooleanClause clause : bool.clauses()) {
      assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
    }
  }

  @Test
  void aQueryOfATitlesLengthStillNeedsThreeWordsInFour() throws Exception {
    // five words French analysis keeps: four of them required, every language's fields searched;
    // the stop words rank only
    BooleanQuery bool =
        assertInstanceOf(
            BooleanQuery.class,
            parse("Le gouvernement présente sa réforme des retraites au Parlement"));
    BooleanQuery words = assertInstanceOf(BooleanQuery.class, bool.clauses().get(0).query());
    assertEquals(BooleanClause.Occur.MUST, bool.clauses().get(0).occur());
    assertEquals(4, words.getMinimumNumberShouldMatch());
    assertEquals(5, words.clauses().size());
  }

  @Test
  void theBoundaryIsEightWordsTheQueryLanguageKeeps() throws Exception {
    String eight = "gouvernement présenté jeudi réforme retraites Parlement malgré syndicats";
    assertEquals(8, RevueQueryParser.LONG_QUERY_WORDS);
    // eight words and stop words: a title (all but a quarter required, stop words rank only)
    BooleanQuery title = assertInstanceOf(BooleanQuery.class, parse("les " + eight + " et des"));
    assertEquals(4, title.clauses().size());
    BooleanQuery words = assertInstanceOf(BooleanQuery.class, title.clauses().get(0).query());
    assertEquals(6, words.getMinimumNumberShouldMatch());
    assertEquals(8, words.clauses().size());
    // one more: ranked, a quarter of the words (rounded up) asked for
    BooleanQuery ranked = assertInstanceOf(BooleanQuery.class, parse(eight + " hier"));
    assertEquals(3, ranked.getMinimumNumberShouldMatch());
    assertEquals(9, ranked.clauses().size());
  }
}
