package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places and dates read from datelines, and cities named by a clear locative. */
class DatelineTest {

  private final EntityExtractor extractor = EntityExtractor.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "RABAT (Reuters) -;MA",
        "TOKYO, March 3 -;JP",
        "الرباط، 15 يناير 2023;MA",
        "Rabat, le 15 janvier 2023;MA",
        "Niamey;NE",
        "NEW YORK, March 3 -;US",
        "SAN FRANCISCO, March 3 -;US",
        "PEKING, March 3 -;CN",
        "Addis-Abeba, 3 mars 2020;ET",
        "بيروت - ;LB",
        "نواكشوط، 3 مارس;MR",
        // a country written as the dateline
        "BAHRAIN, March 3 -;BH",
        // the state, province or country written after the city decides, over the city table
        "MEMPHIS, Tenn., March 18 -;US",
        "NORTHBROOK, ILL., March 25 -;US",
        "STAMFORD, COnn, June 2 -;US",
        "CLIFTON, N.J., March 11 -;US",
        "CHARLESTON, W. Va., March 3 -;US",
        "ST. PETERSBURG, Fla., March 23 -;US",
        "PORTLAND, Me., April 13 -;US",
        "LONDON, Ontario, March 17 -;CA",
        "VANCOUVER, B.C., March 6 -;CA",
        "EDINBURGH, Scotland, March 3 -;GB",
        "WOLFSBURG, West Germany, March 3 -;DE",
        // capitals whose Latin name is not their country's, and English forms of cities
        "ALGIERS, March 3 -;DZ",
        "Tunis, le 3 mars 2020;TN",
        "ST. LOUIS, March 5 -;US",
        "WEST BERLIN, March 24 -;DE",
        "DUESSELDORF, March 13 -;DE",
        "TAUPO, New Zealand, March 23, Reuter -;NZ",
        // a region's abbreviation that is also a word needs its dot; lower case is no region
        "PARIS, La capitale -;FR",
        "PORTLAND, Me and my friends -;-",
        "Lyon, Man -;FR",
        // no city of the table, or a city that does not stand alone
        "SALVADOR, Feb 26 -;-",
        "Rio Tinto said;-",
        "بالرباط;-",
        "rabat;-",
        "HOUSTONIA, March 3 -;-",
      })
  void datelineNamesTheCountryOfItsCity(String dateline, String expected) {
    assertEquals(
        expected.equals("-") ? Optional.empty() : Optional.of(expected),
        extractor.countryOfDateline(dateline).map(Mention::value));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Titre\\nLe ministre a été reçu mardi à Rabat par son homologue.;MA",
        "Titre\\nTalks opened in Kabul on Monday.;AF",
        "Titre\\nTalks opened in Kabul on Monday. Later in Tokyo.;AF",
        "عنوان\\nاستقبل الوزير اليوم في الرباط نظيره الموريتاني.;MA",
        "عنوان\\nاستقبل الوزير اليوم بالرباط نظيره.;MA",
        "عنوان\\nاجتماع وبدمشق وفد.;SY",
        "À Niamey, le Niger et l'Algérie parlent sécurité\\nCorps.;NE",
        "Titre\\nLe ministre a été reçu à Tunis par son homologue.;TN",
        "Titre\\nLes deux ministres se sont retrouvés à Alger lundi.;DZ",
        // named in passing: no preposition, a later sentence, a destination, not a city's case
        "Titre\\nWashington a annoncé des sanctions.;-",
        "Titre\\nLe ministre a parlé. Il s'est ensuite rendu à Rabat.;-",
        "عنوان\\nتوجه الوزير إلى الرباط.;-",
        "عنوان\\nزار الوزير فاس والرباط.;-",
        "Titre\\nUn plan a paris risqué.;-",
      })
  void clearLocativeInTheLeadNamesTheCountryOfItsCity(String text, String expected) {
    String t = text.replace("\\n", "\n");
    int bodyStart = t.indexOf('\n') + 1;
    int leadEnd = t.indexOf('.', bodyStart);
    List<String> got = extractor.locativeMentions(t, leadEnd).stream().map(Mention::value).toList();
    assertEquals(expected.equals("-") ? List.of() : List.of(expected), got);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "الرباط، 15 يناير 2023;2023-01-15",
        "Rabat, le 15 janvier 2023;2023-01-15",
        "RABAT, Jan 15, 2023 -;2023-01-15",
        "Rabat, February 2, 2023;2023-02-02",
        "عمان، 3 كانون الثاني 2021;2021-01-03",
        "تونس، 12 جانفي 2019;2019-01-12",
        "دمشق، ١٠ أيار ٢٠٢٢;2022-05-10",
        // a day and a month: the year is not guessed
        "LONDON, March 16 -;-",
        "RABAT (Reuters);-",
      })
  void datelineGivesItsFullDate(String dateline, String expected) {
    assertEquals(
        expected.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(expected)),
        extractor.dateInDateline(dateline));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "RABAT (Reuters) - Morocco said on Monday;RABAT (Reuters)",
        "PARIS, 3 mars (AFP) - Le gouvernement;PARIS, 3 mars (AFP)",
        "الرباط - أعلنت الحكومة المغربية;الرباط",
        "ST. LOUIS, March 3 - McDonnell Douglas;ST. LOUIS, March 3",
        "Le ministre a parlé. Puis - quelque chose;-",
        "Il a dit « oui » - puis non;-",
        "Une très longue phrase qui ne finit pas et qui compte bien plus de huit mots - avant;-",
        "Sans tiret ni deux-points;-",
      })
  void bodyOpeningWithADatelineGivesIt(String body, String expected) {
    String got = extractor.datelineAtStart(body);
    if (expected.equals("-")) {
      assertNull(got);
    } else {
      assertEquals(expected, got);
    }
  }

  @Test
  void lineOfTheDateCountsTheTitleAsLineOne() {
    String text = "Titre\nPremier paragraphe.\nLe 10 mai 2022 à Rabat.\nEncore le 10 mai 2022.";
    assertEquals(3, extractor.lineOf(text, LocalDate.of(2022, 5, 10)));
    assertEquals(0, extractor.lineOf(text, LocalDate.of(2022, 5, 11)));
  }

  @Test
  void everyCountryHasACityButTheDocumentedOmissions() {
    java.util.Set<String> codes = CountryGazetteer.load().codes();
    java.util.Set<String> inTable = new java.util.TreeSet<>();
    for (String entry : WordLists.entries(CityMatcher.RESOURCE)) {
      String code = entry.substring(0, entry.indexOf('\t'));
      assertEquals(true, codes.contains(code), "unknown country in cities.txt: " + entry);
      inTable.add(code);
    }
    java.util.Set<String> missing = new java.util.TreeSet<>(codes);
    missing.removeAll(inTable);
    // the omissions the table's header gives reasons for
    assertEquals(MISSING, missing);
  }

  private static final java.util.Set<String> MISSING =
      java.util.Set.of(
          // capitals named like their country, which the country gazetteer reads
          "DJ",
          "LU",
          "MC",
          "PA",
          "SG",
          "SM",
          // capitals whose name is another city's too, or a common word: San José, Georgetown,
          // Kingston, Malé (مالية, "financial"), Victoria, Laayoune (العيون, "the eyes")
          "CR",
          "GY",
          "JM",
          "MV",
          "SC",
          "EH");
}
