package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The closest values of a dimension to what was typed. */
class FilterNotesTest {

  private static FilterNotes.Held held(String value, long count, String... names) {
    return new FilterNotes.Held(value, value, count, List.of(names));
  }

  private static List<String> closest(String typed, FilterNotes.Held... values) {
    return FilterNotes.closest(typed, List.of(values)).stream()
        .map(FilterNotes.Held::value)
        .toList();
  }

  @Test
  void closeSpellingsPrefixesAndFoldedAccentsAndCaseAreClose() {
    FilterNotes.Held fr = held("fr", 9, "fr");
    FilterNotes.Held en = held("en", 5, "en");
    FilterNotes.Held ar = held("ar", 7, "ar");
    assertEquals(List.of("fr"), closest("fra", fr, en, ar));
    assertEquals(List.of("en"), closest("Anglais", fr, held("en", 5, "en", "English", "anglais")));
    assertEquals(List.of(), closest("de", fr, en, ar));
    FilterNotes.Held ma = held("MA", 4, "MA", "Morocco", "Maroc", "المغرب");
    FilterNotes.Held mr = held("MR", 2, "MR", "Mauritania", "Mauritanie", "موريتانيا");
    assertEquals(List.of("MA"), closest("Marocco", ma, mr));
    assertEquals(List.of("MA"), closest("MAROC", ma, mr));
    assertEquals(List.of("MR"), closest("Mauritani", ma, mr));
    assertEquals(List.of("MA"), closest("المغربي", ma, mr));
    FilterNotes.Held bourita = held("Nasser Bourita", 4, "Nasser Bourita", "Bourita");
    FilterNotes.Held albares = held("José Manuel Albares", 2, "José Manuel Albares", "Albares");
    assertEquals(List.of("José Manuel Albares"), closest("albarez", bourita, albares));
    assertEquals(List.of("José Manuel Albares"), closest("Jose Manuel Albares", bourita, albares));
    assertEquals(
        List.of("samples"), closest("sampels", held("samples", 6, "samples"), held("corpus", 1)));
  }

  @Test
  void tiesGoToTheValueMoreArticlesHaveAndAtMostThreeAreGiven() {
    assertEquals(
        List.of("reuters", "reuter", "reutersx"),
        closest(
            "reuteurs",
            held("reuter", 3, "reuter"),
            held("reuters", 9, "reuters"),
            held("reuterz", 1, "reuterz"),
            held("reutersx", 1, "reutersx")));
  }

  @Test
  void valuesFarFromWhatWasTypedAreNotGiven() {
    assertEquals(List.of(), closest("zzz", held("corpus", 1, "corpus")));
    // a letter or two in common is not enough: no Algeria for Atlantis, no Naftali for Naji
    assertEquals(List.of(), closest("Atlantis", held("DZ", 1, "DZ", "Algeria", "Algérie")));
    assertEquals(
        List.of(),
        closest("Naji Jaloul", held("Naftali Bennett", 3, "Naftali Bennett", "Bennett")));
  }
}
