package revue.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import revue.enrich.EnrichedArticle.MentionCount;
import revue.entity.EntityExtractor;
import revue.ingest.Article;

/**
 * The date and the countries an article's dateline gives, and where analyze says they came from.
 */
class EnricherDatelineTest {

  private final Enricher enricher = new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC);

  private static Article article(String title, String body, Instant published, String dateline) {
    return new Article(
        "c/1", "c", "1", title, body, published, null, "c.jsonl", 1, null, null, dateline);
  }

  @Test
  void recordsDatelineGivesCountryAndDateWhenNoMetadata() {
    EnrichedArticle e =
        enricher.enrich(article("Or", "L'or a monté.", null, "LONDRES, 16 mars 1987 -"));
    assertEquals(List.of("GB"), e.countries());
    assertEquals(Map.of("GB", new MentionCount(0, 1)), e.countryMentions());
    assertEquals(LocalDate.of(1987, 3, 16), e.date());
    assertEquals("dateline", e.dateSource());
    assertEquals(0, e.dateLine());
    assertEquals("LONDRES, 16 mars 1987 -", e.dateline());
  }

  @Test
  void datelineWithoutYearGivesNoDate() {
    EnrichedArticle e =
        enricher.enrich(
            article("Gold rises", "Gold rose, due March 16, 2002.", null, "LONDON, March 16 -"));
    assertEquals(List.of("GB"), e.countries());
    assertNull(e.date());
    assertNull(e.dateSource());
  }

  @Test
  void metadataDateWinsOverTheDateline() {
    EnrichedArticle e =
        enricher.enrich(
            article(
                "Titre", "Corps.", Instant.parse("2023-01-16T10:00:00Z"), "الرباط، 15 يناير 2023"));
    assertEquals(LocalDate.of(2023, 1, 16), e.date());
    assertEquals("metadata", e.dateSource());
    assertEquals(-1, e.dateLine());
    assertEquals(List.of("MA"), e.countries());
  }

  @Test
  void bodyOpeningWithADatelineIsReadAsOne() {
    EnrichedArticle e =
        enricher.enrich(
            article(
                "Talks",
                "KABUL, Jan 15, 2021 (Reuters) - Talks resumed.\nMore on 3 February 2021.",
                null,
                null));
    assertEquals("KABUL, Jan 15, 2021 (Reuters)", e.dateline());
    assertEquals(LocalDate.of(2021, 1, 15), e.date());
    assertEquals("dateline", e.dateSource());
    assertEquals(2, e.dateLine());
    assertEquals(List.of("AF"), e.countries());
  }

  @Test
  void bodyOpeningWithADateButNoPlaceHasNoDateline() {
    EnrichedArticle e =
        enricher.enrich(
            article(
                "Mémoire", "Le 11 septembre 2001 : deux avions frappent New York.", null, null));
    assertNull(e.dateline());
    assertNull(e.date());
  }

  @Test
  void dateFromTheTextSaysItsLine() {
    EnrichedArticle e =
        enricher.enrich(
            article(
                "Titre",
                "Premier paragraphe.\nSigné aujourd'hui 4 mars 2020 à Paris.",
                null,
                null));
    assertEquals(LocalDate.of(2020, 3, 4), e.date());
    assertEquals("text", e.dateSource());
    assertEquals(3, e.dateLine());
    assertNull(e.dateline());
    // Paris is in the second sentence: named in passing, not the article's place
    assertEquals(List.of(), e.countries());
  }

  @Test
  void locativeCityInTheLeadAddsItsCountryOnceWithItsMentions() {
    EnrichedArticle e =
        enricher.enrich(
            article(
                "Sommet à Dakar",
                "Les chefs d'État se réunissent à Dakar. Le Sénégal accueille.",
                null,
                null));
    assertEquals(List.of("SN"), e.countries());
    assertEquals(Map.of("SN", new MentionCount(1, 2)), e.countryMentions());
    assertNull(e.date());
    assertNull(e.dateSource());
    assertEquals(-1, e.dateLine());
  }
}
