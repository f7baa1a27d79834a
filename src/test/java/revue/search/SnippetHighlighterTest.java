package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {

  @Test
  void fieldPartOfWordsKeepsTheFieldsLeavesAndRepeats() {
    Query bourita =
        new DisjunctionMaxQuery(
            List.of(
                new BoostQuery(term("title_fr", "bourita"), 2f),
                term("body_fr", "bourita"),
                term("body_ar", "بوريط"),
                new BoostQuery(new ConstantScoreQuery(term("minister", "Nasser Bourita")), 0.1f),
                new BoostQuery(new PhraseQuery("body_fr", "nasser", "bourita"), 0.5f)),
            0.1f);
    Query niger =
        new DisjunctionMaxQuery(
            List.of(term("body_fr", "niger"), term("body_en", "niger"), term("body_fr", "niger")), 0.1f);
    Query query =
        new BooleanQuery.Builder()
            .add(bourita, Occur.SHOULD)
            .add(niger, Occur.SHOULD)
            .add(term("body_fr", "mali"), Occur.MUST_NOT)
            .setMinimumNumberShouldMatch(2)
            .build();

    assertEquals(
        new DisjunctionMaxQuery(
            List.of(
                term("body_fr", "bourita"),
                new PhraseQuery("body_fr", "nasser", "bourita"),
                term("body_fr", "niger"),
                term("body_fr", "niger")),
            0f),
        SnippetHighlighter.fieldPart(query, "body_fr"));
    assertEquals(term("body_ar", "بوريط"), SnippetHighlighter.fieldPart(query, "body_ar"));
    assertEquals(
        new MatchNoDocsQuery().getClass(), SnippetHighlighter.fieldPart(query, "body_xx").getClass());
  }

  @Test
  void fieldPartIsNullUnderANestedConjunctionOrAnUnknownLeaf() {
    Query conjunction =
        new BooleanQuery.Builder()
            .add(term("body_fr", "macron"), Occur.MUST)
            .add(term("title_fr", "merkel"), Occur.MUST)
            .build();
    Query nested =
        new BooleanQuery.Builder()
            .add(conjunction, Occur.SHOULD)
            .add(term("body_fr", "algerie"), Occur.SHOULD)
            .build();
    assertNull(SnippetHighlighter.fieldPart(nested, "body_fr"));
    assertNull(SnippetHighlighter.fieldPart(new WildcardQuery(new Term("body_fr", "bouri*")), "body_fr"));
  }

  @Test
  void fieldPartOfATopLevelConjunctionIsItsFieldsLeaves() {
    Query required =
        new BooleanQuery.Builder()
            .add(term("body_fr", "macron"), Occur.MUST)
            .add(term("title_fr", "merkel"), Occur.MUST)
            .add(term("body_fr", "algerie"), Occur.FILTER)
            .build();
    assertEquals(
        new DisjunctionMaxQuery(List.of(term("body_fr", "macron"), term("body_fr", "algerie")), 0f),
        SnippetHighlighter.fieldPart(required, "body_fr"));
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }
}
