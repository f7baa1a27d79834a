package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import revue.SearchRequest;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;

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
  void bracketsAreTokensOfTheirOwnOutsidePhrases() {
    assertEquals(
        List.of("a", "-(", "b", "c", ")", "NOT", "(", "d", "OR", "e", ")", "\"(f)\""),
        QueryTranslator.tokens("a -(b c) NOT (d OR e) \"(f)\"", true));
    assertEquals(List.of("a", "b", "c"), QueryTranslator.tokens("a (b) c", false));
  }

  @Test
  void anEscapedSignBeforeAWordIsNoOperator() {
    assertEquals(List.of("2014", "كمال", "a-b"), QueryTranslator.tokens("2014 \\-كمال a\\-b"));
    JsonNode q =
        query(SearchRequest.of(SearchRequest.literal("مهرجان -كمال")).withEntityExpansion(false));
    assertEquals(true, q.at("/bool/must_not").isMissingNode());
    assertEquals(2, q.at("/bool/must/0/bool/should").size());
  }

  @Test
  void upToThreeWordsAreAllRequiredThenThreeInFour() {
    JsonNode three = query(SearchRequest.of("pétrole prix baril").withEntityExpansion(false));
    assertEquals(3, three.at("/bool/must/0/bool/minimum_should_match").asInt());
    JsonNode five =
        query(SearchRequest.of("pétrole prix baril marché hausse").withEntityExpansion(false));
    assertEquals(5, five.at("/bool/must/0/bool/should").size());
    assertEquals(4, five.at("/bool/must/0/bool/minimum_should_match").asInt());
  }

  @Test
  void theSecondReadingOfATextThatMatchedNothingNeedsAnyWord() {
    SearchRequest five =
        SearchRequest.of("pétrole prix baril marché hausse").withEntityExpansion(false);
    QueryTranslator.Translated strict = TRANSLATOR.translate(five, (d, v, w) -> true);
    assertEquals(true, strict.askedThreeInFour());
    QueryTranslator.Translated any = TRANSLATOR.translate(five, (d, v, w) -> true, true, false);
    assertEquals(1, any.query().at("/bool/must/0/bool/minimum_should_match").asInt());
    assertEquals(5, any.query().at("/bool/must/0/bool/should").size());
    // three words are all asked for: there is no second reading
    SearchRequest three = SearchRequest.of("pétrole prix baril").withEntityExpansion(false);
    assertEquals(false, TRANSLATOR.translate(three, (d, v, w) -> true).askedThreeInFour());
    // nor with a quoted stop word beside them, which the local count leaves out too
    SearchRequest quoted = SearchRequest.of("فيلم تونسي مهرجان \"كان\"").withEntityExpansion(false);
    assertEquals(false, TRANSLATOR.translate(quoted, (d, v, w) -> true).askedThreeInFour());
  }

  @Test
  void aLongQueryRanksEveryWordOfItsLanguageInTitleAndBodyAsOneField() {
    // eleven words French keeps (la, le, de, des, les are its stop words; "grève" twice)
    JsonNode q =
        query(
            SearchRequest.of(
                    "La grève a paralysé le réseau de la SNCF, la grève contre la réforme des"
                        + " retraites continue selon les syndicats")
                .withEntityExpansion(false));
    JsonNode should = q.at("/bool/should");
    // a quarter of the eleven, rounded up, as locally
    assertEquals(3, q.at("/bool/minimum_should_match").asInt());
    assertEquals(true, q.at("/bool/must").isMissingNode());
    List<String> sent = new java.util.ArrayList<>();
    for (JsonNode word : should) {
      JsonNode match = word.has("bool") ? word.at("/bool/should/0/match") : word.path("match");
      assertEquals(1, match.size());
      sent.add(match.at("/title_body_fr_tokens/query").asText());
    }
    assertEquals(
        List.of(
            "grev",
            "a",
            "paralys",
            "reseau",
            "sncf",
            "contr",
            "reform",
            "retrait",
            "continu",
            "selon",
            "syndicat"),
        sent);
    // the repeated word weighs twice
    assertEquals(2.0, should.at("/0/bool/boost").asDouble(), 1e-6);
    // eight words are a title's: three in four required
    JsonNode title =
        query(
            SearchRequest.of(
                    "La grève a paralysé le réseau de la SNCF contre la réforme des retraites")
                .withEntityExpansion(false));
    assertEquals(6, title.at("/bool/must/0/bool/minimum_should_match").asInt());
  }

  /**
   * The tokens a word's query sends to a field's analysed tokens; null when the field takes no
   * part.
   */
  private static String sent(JsonNode wordQuery, String field) {
    for (JsonNode q : wordQuery.at("/dis_max/queries")) {
      for (String kind : List.of("match", "match_phrase")) {
        JsonNode m = q.path(kind).path(field + "_tokens");
        if (!m.isMissingNode()) {
          return m.path("query").asText();
        }
      }
    }
    return null;
  }

  @Test
  void aStopwordOnlyRanks() {
    JsonNode q = query(SearchRequest.of("le pétrole").withEntityExpansion(false));
    assertEquals(1, q.at("/bool/must/0/bool/should").size());
    JsonNode petrole = q.at("/bool/must/0/bool/should/0");
    assertEquals("petrol", sent(petrole, "body_fr"));
    assertEquals("petrol", sent(petrole, "title_en"));
    assertEquals("petrole", sent(petrole, "body_ar"));
    assertEquals(
        2.0, petrole.at("/dis_max/queries/0/match/title_fr_tokens/boost").asDouble(), 1e-6);
    JsonNode le = q.at("/bool/should/0");
    // French drops "le": no French field in its query; the others search it
    assertEquals(null, sent(le, "body_fr"));
    assertEquals("le", sent(le, "body_xx"));
  }

  @Test
  void wordsAreSentAsRevueAnalysesThemAndTheHighlightQueryKeepsTheText() {
    QueryTranslator.Translated t =
        TRANSLATOR.translate(
            SearchRequest.of("\"ministre des affaires étrangères\"").withEntityExpansion(false),
            (d, v, w) -> true);
    JsonNode phrase = t.query().at("/bool/must/0/bool/should/0");
    // the stopword's position kept as a gap mark, which the cluster's analyzer drops
    assertEquals("ministr \uE001 afair etranger", sent(phrase, "body_fr"));
    assertEquals(
        "ministre des affaires étrangères",
        t.highlight().at("/bool/must/0/bool/should/0/multi_match/query").asText());
    assertEquals(
        "phrase", t.highlight().at("/bool/must/0/bool/should/0/multi_match/type").asText());
  }

  @Test
  void anArabicHashtagGivesItsWordsBesideTheWhole() {
    // as the local index reads #الولايات_المتحدة: the whole, then الولايات and المتحدة stemmed,
    // which the cluster's standard tokenizer alone keeps as one token
    assertEquals("ولايات_المتحد ولا متحد", AnalysedText.of("ar", "#الولايات_المتحدة"));
    assertEquals("", AnalysedText.of("fr", "le"));
  }

  @Test
  void anEscapedColonIsTextAndAFieldOfTheSyntaxRestricts() {
    JsonNode literal =
        query(
            SearchRequest.of(SearchRequest.literal("Tunisie: le vote")).withEntityExpansion(false));
    assertEquals("tunis", sent(literal.at("/bool/must/0/bool/should/0"), "body_fr"));
    assertEquals(
        "Tunisie:",
        TRANSLATOR
            .translate(
                SearchRequest.of(SearchRequest.literal("Tunisie: le vote"))
                    .withEntityExpansion(false),
                (d, v, w) -> true)
            .highlight()
            .at("/bool/must/0/bool/should/0/multi_match/query")
            .asText());
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

  @Test
  void aMinisterFilterInEitherScriptIsEverySpellingOfThePerson() {
    Map<String, Integer> tags = Map.of("Giovanni Tria", 1, "جيوفاني تريا", 1, "Luigi Di Maio", 3);
    ClusterIdentities.Snapshot persons =
        new ClusterIdentities.Snapshot(MinisterIdentities.of(tags, v -> false), tags, 6);
    QueryTranslator translator = new QueryTranslator(EntityExtractor::defaults, () -> persons);
    for (String name : List.of("Giovanni Tria", "جيوفاني تريا", " giovanni tria ")) {
      JsonNode filter =
          translator
              .translate(SearchRequest.of("").withFilter("minister", name), (d, v, w) -> true)
              .filters()
              .get("minister");
      assertEquals(
          "[\"Giovanni Tria\",\"جيوفاني تريا\"]",
          filter.at("/bool/should/0/terms/minister").toString(),
          name);
      JsonNode query =
          translator
              .translate(SearchRequest.of("minister:\"" + name.strip() + "\""), (d, v, w) -> true)
              .query();
      assertEquals(
          "[\"Giovanni Tria\",\"جيوفاني تريا\"]",
          query.at("/bool/filter/0/terms/minister").toString(),
          name);
    }
    // one spelling in the index: one term; a name no identity answers to: the tag as typed
    assertEquals(
        "Luigi Di Maio",
        translator
            .translate(
                SearchRequest.of("").withFilter("minister", "Luigi Di Maio"), (d, v, w) -> true)
            .filters()
            .get("minister")
            .at("/bool/should/0/term/minister")
            .asText());
    assertEquals(
        "Luigi Tria",
        translator
            .translate(
                SearchRequest.of("").withFilter("minister", " Luigi Tria "), (d, v, w) -> true)
            .filters()
            .get("minister")
            .at("/bool/should/0/term/minister")
            .asText());
  }

  @Test
  void aWholeQueryNamingADiscoveredMinisterExpandsEachWordToEverySpelling() {
    Map<String, Integer> tags = Map.of("Giovanni Tria", 1, "جيوفاني تريا", 3);
    ClusterIdentities.Snapshot persons =
        new ClusterIdentities.Snapshot(MinisterIdentities.of(tags, v -> false), tags, 10);
    QueryTranslator translator = new QueryTranslator(EntityExtractor::defaults, () -> persons);
    QueryTranslator.Translated t =
        translator.translate(SearchRequest.of("Giovanni Tria"), (d, v, w) -> true);
    assertEquals(java.util.Set.of("minister:Giovanni Tria"), t.expanded());
    String query = t.query().toString();
    // each of the two words: its text, the entity (both tags' mentions), the Arabic spelling
    assertEquals(2, count(query, "\"minister_mentions\":{\"value\":\"Giovanni_Tria\""));
    assertEquals(2, count(query, "\"minister_mentions\":{\"value\":\"جيوفاني_تريا\""));
    // the Arabic tag, in more articles, weighs as the Latin one named: boost 1.1 idf(1) / idf(3)
    double idf1 = Math.log(1 + (10 - 1 + 0.5) / 1.5);
    double idf3 = Math.log(1 + (10 - 3 + 0.5) / 3.5);
    JsonNode arabic =
        t.query().findParents("minister_mentions").stream()
            .map(n -> n.get("minister_mentions"))
            .filter(n -> n.path("value").asText().equals("جيوفاني_تريا"))
            .findFirst()
            .orElseThrow();
    assertEquals(1.1 * idf1 / idf3, arabic.path("boost").asDouble(), 1e-5);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
