package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import revue.SearchRequest;
import revue.entity.EntityExtractor;

/** revue's query syntax as query DSL, without a cluster. */
class QueryTranslatorTest {

  private static final QueryTranslator TRANSLATOR = new QueryTranslator(EntityExtractor::defaults);

  private static JsonNode query(SearchRequest request) {
    return TRANSLATOR.translate(request, (dimension, value, word) -> true).query();
  }

  @Test
  void tokensKeepPhrasesWholeAndUnescapeWords() {
    assertEquals(
        List.of("\"Nasser Bourita\"", "-Mali", "country:NE", "a\uE000b", "OR", "c"),
        QueryTranslator.tokens("\"Nasser Bourita\" -Mali country:NE a\\:b OR c"));
  }

  @Test
  void upToThreeWordsAreAllRequiredThenThreeInFour() {
    JsonNode three = query(SearchRequest.of("pétrole prix baril").withEntityExpansion(false));
    assertEquals(3, three.at("/bool/must/0/bool/minimum_should_match").asInt());
    JsonNode five = query(SearchRequest.of("pétrole prix baril marché hausse").withEntityExpansion(false));
    assertEquals(5, five.at("/bool/must/0/bool/should").size());
    assertEquals(4, five.at("/bool/must/0/bool/minimum_should_match").asInt());
  }

  @Test
  void aStopwordOnlyRanks() {
    JsonNode q = query(SearchRequest.of("le pétrole").withEntityExpansion(false));
    assertEquals(1, q.at("/bool/must/0/bool/should").size());
    assertEquals("pétrole", q.at("/bool/must/0/bool/should/0/multi_match/query").asText());
    assertEquals("le", q.at("/bool/should/0/multi_match/query").asText());
  }

  @Test
  void anEscapedColonIsTextAndAFieldOfTheSyntaxRestricts() {
    JsonNode literal = query(SearchRequest.of(SearchRequest.literal("Tunisie: le vote")).withEntityExpansion(false));
    assertEquals("Tunisie:", literal.at("/bool/must/0/bool/should/0/multi_match/query").asText());
    JsonNode field = query(SearchRequest.of("vote country:Niger"));
    assertEquals("NE", field.at("/bool/filter/0/term/country").asText());
  }

  @Test
  void aWordNamingAMinisterAlsoFindsItsTagRankedByMentions() {
    JsonNode q = query(SearchRequest.of("Bourita"));
    JsonNode alternatives = q.at("/bool/must/0/bool/should/0/dis_max/queries");
    assertEquals(2, alternatives.size(), q.toString());
    assertEquals("Nasser_Bourita", alternatives.at("/1/term/minister_mentions/value").asText());
    assertEquals(1.1, alternatives.at("/1/term/minister_mentions/boost").asDouble(), 1e-6);
  }
}
