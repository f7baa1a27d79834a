package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {

  /** Text with sentences separated by '|' in the expected column. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "Il pleut. Il vente.; Il pleut. |Il vente.",
        "Vraiment ? Oui ! Bon.; Vraiment ? |Oui ! |Bon.",
        "M. Bourita a reçu M. Issoufou.; M. |Bourita a reçu M. |Issoufou.",
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

  @Test
  void followingAndPrecedingAgreeWithNext() {
    String text = "Un. Deux ? Trois !\nQuatre « cinq. » Six";
    SentenceBreakIterator breaks = new SentenceBreakIterator();
    breaks.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
      boundaries.add(b);
    }
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
    String text =
        "Un. Deux ? Trois !\nQuatre « cinq. » Six sans fin de phrase ni rien d'autre ici "
            + "puis M. Sept. Huit… neuf ! Dix\r\nOnze";
    SentenceBreakIterator reference = new SentenceBreakIterator();
    reference.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    for (int b = reference.first(); b != BreakIterator.DONE; b = reference.next()) {
      boundaries.add(b);
    }
    java.util.Random random = new java.util.Random(42);
    for (int run = 0; run < 200; run++) {
      SentenceBreakIterator breaks = new SentenceBreakIterator();
      breaks.setText(text);
      for (int call = 0; call < 5; call++) {
        int offset = random.nextInt(text.length() + 1);
        if (random.nextBoolean()) {
          int expected = boundaries.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
          assertEquals(expected, breaks.following(offset), "following(" + offset + ")");
        } else {
          int expected =
              boundaries.stream().filter(b -> b < offset).reduce((a, b) -> b).orElse(BreakIterator.DONE);
          assertEquals(expected, breaks.preceding(offset), "preceding(" + offset + ")");
        }
      }
    }
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
