package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryMatcherTest {

  private static EntityExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = EntityExtractor.defaults();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // longest match wins
        "Le président de la Guinée-Bissau est arrivé;GW",
        "la Guinée équatoriale et le Gabon;GQ GA",
        "en Papouasie-Nouvelle-Guinée;PG",
        "Le Soudan du Sud a voté;SS",
        "le Sud-Soudan;SS",
        "la Guinée;GN",
        "Afrique du Sud;ZA",
        "Corée du Nord et Corée du Sud;KP KR",
        // Niger and Nigeria are different words, and so are their demonyms
        "Le Nigeria et le Niger;NG NE",
        "le ministre nigérien;NE",
        "une délégation nigérienne;NE",
        "les soldats nigériens;NE",
        "un diplomate nigérian;NG",
        "Nigerian and Nigerien troops;NG NE",
        // demonyms in French, English, Arabic
        "la diplomatie marocaine;MA",
        "les Espagnols et les Américains;ES US",
        "Moroccan and Spanish officials;MA ES",
        "الوفد المغربي;MA",
        "الخارجية الأمريكية;US",
        "الخارجية الأميركية;US",
        "المملكة العربية السعودية;SA",
        "الحكومة السعودية;SA",
        "الرئيس المصري;EG",
        // Arabic clitics
        "والمغرب;MA",
        "بالمغرب;MA",
        "للمغرب;MA",
        "وللمغرب;MA",
        "بمصر وقطر;EG QA",
        // short forms and acronyms
        "les Etats-Unis;US",
        "aux USA;US",
        "the U.S. and the UK;US GB",
        "الولايات المتحدة;US",
        "أمريكا;US",
        "les EAU;AE",
        "la RDC;CD",
        // spelling variants: accents, case, Arabic orthography
        "KOWEÏT;KW",
        "Koweit;KW",
        "الأردن والاردن;JO",
        "إسرائيل واسرائيل;IL",
        "السعوديـــة;SA",
      })
  void findsCountries(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), extractor.countries(text));
  }

  @ParameterizedTest(name = "{0} -> none")
  @CsvSource(
      delimiter = ';',
      value = {
        // ordinary words and names that look like countries
        "Chad Smith scored twice",
        "Michael Jordan retired",
        "a roast turkey for dinner",
        "a guinea pig",
        "les rives du fleuve Niger",
        "the Niger River",
        "give it to us",
        "un verre d'eau",
        "دعم مالي كبير",
        "في عمان العاصمة",
        "المغرب العربي",
        "بعد المغرب",
        "l'Amérique latine",
        "latino-américains",
        "le chili con carne",
        "Maurice Ravel",
        "François Hollande",
        "New Mexico",
        "الأمير تركي الفيصل",
        // capitals and cities are not countries
        "Marrakech, Rabat, Paris et Washington",
      })
  void findsNoCountry(String text) {
    assertEquals(List.of(), extractor.countries(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Maroc;MA",
        "maroc;MA",
        "المغرب;MA",
        "morocco;MA",
        "marocain;MA",
        "niger;NE",
        "nigeria;NG",
        "nigérien;NE",
        "chad;TD",
        "turkey;TR",
        "مالي;ML",
        "etats-unis;US",
        "guinée-bissau;GW",
        "soudan du sud;SS",
        "kosovo;XK",
        "taiwan;TW",
        "palestine;PS",
        "sahara occidental;EH",
      })
  void resolvesQueryTerms(String term, String code) {
    assertEquals(Optional.of(code), extractor.countryForQuery(term));
  }

  @Test
  void resolvesNoCountryForOtherWords() {
    assertEquals(Optional.empty(), extractor.countryForQuery("terrorisme"));
    assertEquals(Optional.empty(), extractor.countryForQuery("maroc espagne"));
    assertEquals(Optional.empty(), extractor.countryForQuery("fleuve niger"));
  }

  /**
   * Every sovereign country's CLDR name, asked of the JDK here rather than of the gazetteer, names
   * that country as a query, in French, English and Arabic. A name in two parts ("Myanmar
   * (Birmanie)") is two names, and "&" is written "and" ("Bosnia and Herzegovina"). The only names
   * that name nothing are the five the gazetteer drops on purpose (listed here by hand): they are
   * first names or other words.
   */
  @Test
  void namesEverySovereignCountryFromCldr() {
    Set<String> dropped =
        Set.of(
            "MU fr Maurice", "DM fr Dominique", "GD fr Grenade", "SV fr Salvador", "GE en Georgia");
    Set<String> codes = CountryGazetteer.load().codes();
    // the UN's 193 members and two observers, Kosovo, Taiwan and Western Sahara: about 198
    assertTrue(codes.size() >= 195 && codes.size() <= 200, codes.size() + " codes");
    for (String code : List.of("MA", "NE", "NG", "SS", "XK", "PS", "VA", "TW", "EH", "FR", "US")) {
      assertTrue(codes.contains(code), code + " missing from the gazetteer's codes");
    }
    List<String> wrong = new ArrayList<>();
    Set<String> droppedSeen = new TreeSet<>();
    int asked = 0;
    for (String code : new TreeSet<>(codes)) {
      for (Locale lang : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
        String cldr = Locale.of("", code).getDisplayCountry(lang);
        assertTrue(!cldr.equals(code), "the JDK has no " + lang + " name for " + code);
        for (String name : names(cldr)) {
          asked++;
          Optional<String> found = extractor.countryForQuery(name);
          String key = code + " " + lang + " " + name;
          if (dropped.contains(key)) {
            droppedSeen.add(key);
            if (found.isPresent()) {
              wrong.add(key + " -> " + found.get() + " (dropped on purpose: expected nothing)");
            }
          } else if (!found.equals(Optional.of(code))) {
            wrong.add(key + " -> " + found.orElse("nothing"));
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "of " + asked + " names");
    assertEquals(new TreeSet<>(dropped), droppedSeen, "a dropped name no longer comes from CLDR");
  }

  /** "Myanmar (Birmanie)" is two names; "Trinidad & Tobago" is written with "and". */
  private static List<String> names(String cldr) {
    int open = cldr.indexOf(" (");
    if (open > 0 && cldr.endsWith(")")) {
      return List.of(cldr.substring(0, open), cldr.substring(open + 2, cldr.length() - 1));
    }
    return List.of(cldr.replace(" & ", " and "));
  }

  @Test
  void behavesTheSameUnderTurkishAndArabicDefaultLocales() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.forLanguageTag("tr"), Locale.forLanguageTag("ar"))) {
        Locale.setDefault(l);
        EntityExtractor x = EntityExtractor.defaults();
        assertEquals(List.of("IT", "IR", "IQ"), x.countries("ITALIE, IRAN et IRAK"), l.toString());
        assertEquals(Optional.of("IN"), x.countryForQuery("INDIA"), l.toString());
        assertEquals(List.of("MA"), x.countries("بالمغرب"), l.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
