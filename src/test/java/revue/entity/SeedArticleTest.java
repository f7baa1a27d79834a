package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article revue started from: a French report with Arabic and English tweet lines. */
class SeedArticleTest {

  private static EntityExtractor extractor;
  private static String article;

  @BeforeAll
  static void load() throws IOException {
    extractor = EntityExtractor.defaults();
    article =
        Files.readString(Path.of("corpus", "marrakech-coalition-2022.txt"), StandardCharsets.UTF_8);
  }

  /**
   * The six countries the article names, read by hand, in the order it first names them: Maroc,
   * "ministère américain", Espagne, Niger, Guinée, Koweït. Africa, Daech and the cities are not
   * countries.
   */
  @Test
  void findsEveryCountryTheArticleNamesAndNoOther() {
    assertEquals(List.of("MA", "US", "ES", "NE", "GN", "KW"), extractor.countries(article));
  }

  @Test
  void findsUnitedStatesFromDemonymsOnly() {
    assertEquals(List.of("US"), extractor.countries("la porte-parole du ministère américain"));
    assertEquals(List.of("US"), extractor.countries("La délégation américaine comprend"));
    assertEquals(List.of("US"), extractor.countries("الناطقة باسم الخارجية الأميركية"));
  }

  @Test
  void findsTheFiveMinistersOnceEachAndNotTheAssistantSecretary() {
    assertEquals(
        List.of(
            "Nasser Bourita",
            "José Manuel Albares",
            "Hassoumi Massaoudou",
            "Morissanda Kouyaté",
            "Ahmed Nasser Al-Mohammad Al-Sabah"),
        extractor.ministers(article));
  }

  @Test
  void groupsTheTwoSpellingsOfMassaoudou() {
    List<Mention> mentions = extractor.ministerMentions(article);
    assertTrue(
        mentions.stream()
            .anyMatch(
                m ->
                    m.surface().equals("Hassoumi Massoudou")
                        && m.value().equals("Hassoumi Massaoudou")),
        mentions.toString());
    assertFalse(extractor.ministers(article).contains("Yael Lempert"));
  }

  @Test
  void datesTheArticleByItsTweetsMostFrequentDate() {
    // Tweet footers: "May 10, 2022" three times, "May 9, 2022" once.
    assertEquals(Optional.of(LocalDate.of(2022, 5, 10)), extractor.dateInText(article));
  }
}
