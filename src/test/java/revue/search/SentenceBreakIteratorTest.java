package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceBreakIteratorTest {

  /** Text with sentences separated by '|' in the expected column. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "Il pleut. Il vente.; Il pleut. |Il vente.",
        "Vraiment ? Oui ! Bon.; Vraiment ? |Oui ! |Bon.",
        "M. Bourita a reçu M. Issoufou.; M. Bourita a reçu M. Issoufou.",
        "Mme Dati et Dr Martin. Puis St. Louis.; Mme Dati et Dr Martin. |Puis St. Louis.",
        "Reçu par Mme. Dati, Mgr. Aupetit et Pr. Raoult. Fin; Reçu par Mme. Dati, Mgr. Aupetit et Pr. Raoult. |Fin",
        "Mr. Baker met Sen. Dole in the U.S. Capitol. Then; Mr. Baker met Sen. Dole in the U.S. Capitol. |Then",
        "John F. Kennedy spoke. It rained.; John F. Kennedy spoke. |It rained.",
        "Reuters reported on Jan. 15 that the U.N. Security Council met.; Reuters reported on Jan. 15 that the U.N. Security Council met.",
        "Il a gagné. Mais pas lui. Ni eux.; Il a gagné. |Mais pas lui. |Ni eux.",
        "m. Dupont. Non; m. |Dupont. |Non",
        "Il habite au No. 5 et au n° 7. Bien; Il habite au No. 5 et au n° 7. |Bien",
        "Le pays est passé de l'ABC. Au XYZ. Fin; Le pays est passé de l'ABC. |Au XYZ. |Fin",
        "Les pommes, poires, etc. sont là.; Les pommes, poires, etc. sont là.",
        "Il a dit : « Non. » Puis il est parti.; Il a dit : « Non. » |Puis il est parti.",
        "Fin de citation.\" Ensuite; Fin de citation.\" |Ensuite",
        "Il l'a dit. \"Jamais\", a-t-il ajouté.; Il l'a dit. |\"Jamais\", a-t-il ajouté.",
        "(Voir plus haut.) Suite; (Voir plus haut.) |Suite",
        "Le taux est de 3.5 pour cent.; Le taux est de 3.5 pour cent.",
        "Attendez… La suite; Attendez… |La suite",
        "هل انتهى؟ نعم انتهى.; هل انتهى؟ |نعم انتهى.",
        "`Une ligne\nUne autre`; `Une ligne\n|Une autre`",
        "`Une ligne\r\nUne autre`; `Une ligne\r\n|Une autre`",
        "`Titre\n\nCorps`; `Titre\n|\n|Corps`",
        "sans ponctuation finale; sans ponctuation finale",
      })
  void splitsAtSentenceMarksAndLineBreaks(String text, String expected) {
    assertEquals(expected, String.join("|", sentences(text)));
  }

  /** Sentences written by hand; the text is their concatenation. */
  private static final List<String> SHORT =
      List.of("Un. ", "Deux ? ", "Trois !\n", "Quatre « cinq. » ", "Six");

  private static final List<String> LONG =
      List.of(
          "Un. ",
          "Deux ? ",
          "Trois !\n",
          "Quatre « cinq. » ",
          "Six sans fin de phrase ni rien d'autre ici puis M. Dupont. ",
          "Huit… ",
          "neuf ! ",
          "Dix\r\n",
          "Onze");

  @Test
  void nextFollowingAndPrecedingGiveTheHandWrittenBoundaries() {
    String text = String.join("", SHORT);
    List<Integer> boundaries = boundaries(SHORT);
    assertEquals(List.of(0, 4, 11, 19, 36, 39), boundaries);
    SentenceBreakIterator breaks = new SentenceBreakIterator();
    breaks.setText(text);
    assertEquals(SHORT, sentences(text));
    for (int offset = 0; offset <= text.length(); offset++) {
      int expectedFollowing = BreakIterator.DONE;
      int expectedPreceding = BreakIterator.DONE;
      for (int b : boundaries) {
        if (b > offset && expectedFollowing == BreakIterator.DONE) {
          expectedFollowing = b;
        }
        if (b < offset) {
          expectedPreceding = b;
        }
      }
      assertEquals(expectedFollowing, breaks.following(offset), "following(" + offset + ")");
      assertEquals(expectedPreceding, breaks.preceding(offset), "preceding(" + offset + ")");
    }
  }

  @Test
  void boundariesDoNotDependOnTheOrderOfCalls() {
    String text = String.join("", LONG);
    List<Integer> boundaries = boundaries(LONG);
    assertEquals(LONG, sentences(text));
    java.util.Random random = new java.util.Random(42);
    for (int run = 0; run < 200; run++) {
      SentenceBreakIterator breaks = new SentenceBreakIterator();
      breaks.setText(text);
      for (int call = 0; call < 5; call++) {
        int offset = random.nextInt(text.length() + 1);
        if (random.nextBoolean()) {
          int expected =
              boundaries.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
          assertEquals(expected, breaks.following(offset), "following(" + offset + "), run " + run);
        } else {
          int expected =
              boundaries.stream()
                  .filter(b -> b < offset)
                  .reduce((a, b) -> b)
                  .orElse(BreakIterator.DONE);
          assertEquals(expected, breaks.preceding(offset), "preceding(" + offset + "), run " + run);
        }
      }
    }
  }

  /** 0, then the end of each sentence. */
  private static List<Integer> boundaries(List<String> sentences) {
    List<Integer> boundaries = new ArrayList<>(List.of(0));
    int at = 0;
    for (String sentence : sentences) {
      at += sentence.length();
      boundaries.add(at);
    }
    return boundaries;
  }

  @Test
  void offsetsOutsideTheTextAreRejected() {
    SentenceBreakIterator breaks = new SentenceBreakIterator();
    breaks.setText("abc");
    assertThrows(IllegalArgumentException.class, () -> breaks.following(4));
    assertThrows(IllegalArgumentException.class, () -> breaks.preceding(-1));
  }

  @Test
  void emptyTextHasOneBoundary() {
    SentenceBreakIterator breaks = new SentenceBreakIterator();
    breaks.setText("");
    assertEquals(0, breaks.first());
    assertEquals(BreakIterator.DONE, breaks.next());
    assertEquals(0, breaks.last());
  }

  private static List<String> sentences(String text) {
    SentenceBreakIterator breaks = new SentenceBreakIterator();
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      sentences.add(text.substring(start, end));
    }
    return sentences;
  }
}
