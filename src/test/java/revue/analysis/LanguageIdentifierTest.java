package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // titles and short lines, written for this test
        "Le ministre reçoit son homologue nigérien à Rabat | fr",
        "La sécurité au cœur des échanges | fr",
        "Le Maroc et l’Espagne signent un accord | fr",
        "Morocco and Spain sign a security agreement | en",
        "The minister said the talks would continue | en",
        "El ministro se reunió con su homólogo en Madrid | es",
        "Der Außenminister traf seinen Amtskollegen in Berlin | de",
        "Il ministro degli esteri ha incontrato il suo omologo | it",
        "O ministro dos negócios estrangeiros reuniu-se com o seu homólogo | pt",
        "De minister van buitenlandse zaken heeft zijn collega ontmoet | nl",
        "وزير الخارجية يستقبل نظيره النيجري | ar",
        "نقدر جهود المغرب في مكافحة الإرهاب | ar",
        "Министр иностранных дел | ru",
        // names' spelling is where the name comes from, not the text's language (was es)
        "Nicolas Sarkozy et Carlos Ghosn entre Madrid et Paris | fr",
        "Un entretien entre Pablo Casado et Nicolas Dupont | fr",
        "Pablo Casado reçu par Nicolas Dupont | fr",
        // three words, two of them Spanish too: French, which revue analyses (was es)
        "Un ultime adieu | fr",
        // handles, hashtags and links are not language
        "#تفجير_الركعة_الرابعة | ar",
        "@MarocDiplomatie https://t.co/abc pic.twitter.com/46VAWkXGna | und",
        "2022 | und",
        "— Maroc Diplomatie (@MarocDiplomatie) May 10, 2022 | en",
        "— Maroc Diplomatie (@MarocDiplomatie) 10 mai 2022 | fr",
        "— سكاي نيوز عربية-عاجل (@SkyNewsArabia_B) May 10, 2022 | en",
        "— Maroc Diplomatie (@MarocDiplomatie) 10 janvier 2022 | fr",
      })
  void identifiesLanguageOfShortText(String text, String expected) {
    assertEquals(expected, LanguageIdentifier.identify(text));
  }

  @ParameterizedTest(name = "{0} with hint {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // too little to contradict the source
        "Lotus Exige Sport | fr | fr",
        "Lotus Exige Sport | fr-FR | fr",
        "Marrakech | en | en",
        "2022 | fr | fr",
        // a hint the text clearly contradicts is ignored
        "The minister said the talks would continue next week | fr | en",
        "Le ministre a déclaré que les discussions allaient se poursuivre | en | fr",
        "وزير الخارجية يستقبل نظيره | fr | ar",
        "Le ministre reçoit son homologue | ar | fr",
        // a hint in the same script as the text is plausible
        "وزیر امور خارجه | fa | fa",
        // nonsense hints are ignored
        "Le ministre reçoit son homologue | und | fr",
        "Le ministre reçoit son homologue | ' ' | fr",
      })
  void usesSourceHintWhenPlausible(String text, String hint, String expected) {
    assertEquals(expected, LanguageIdentifier.identify(text, hint.isBlank() ? null : hint));
  }

  @Test
  void identificationDoesNotDependOnDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("tr", "ar", "fr")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("en", LanguageIdentifier.identify("THE MINISTER IS IN THE CITY"));
        assertEquals("fr", LanguageIdentifier.identify("IL EST DANS LA VILLE"));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void nullAndBlankTextHaveNoLanguage() {
    assertEquals(LanguageIdentifier.UNKNOWN, LanguageIdentifier.identify(null));
    assertEquals(LanguageIdentifier.UNKNOWN, LanguageIdentifier.identify("   "));
    assertEquals(LanguageIdentifier.UNKNOWN, LanguageIdentifier.identify("", null));
  }

  @Test
  void segmentKeepsFrenchRunsAroundAQuotedArabicTweetAndItsSignature() {
    String body =
        String.join(
            "\n",
            "Le porte-parole a salué l’expérience marocaine dans la lutte contre le terrorisme.",
            "الناطقة باسم الخارجية الأميركية: نقدر جهود المغرب في مكافحة الإرهاب",
            "— سكاي نيوز عربية-عاجل (@SkyNewsArabia_B) May 10, 2022",
            "La délégation espagnole est venue mobiliser les membres de la coalition.",
            "En marge de la réunion, M. Bourita s'est entretenu avec ses homologues."
                + " pic.twitter.com/46VAWkXGna",
            "— Maroc Diplomatie (@MarocDiplomatie) May 10, 2022",
            "Le Maroc accueille la réunion ministérielle de la coalition.");
    List<Segment> segments = LanguageIdentifier.segment(body, "fr");
    // a signature is in the language of its date (English embeds): its own short run
    assertEquals(
        List.of("fr", "ar", "en", "fr", "en", "fr"),
        segments.stream().map(Segment::lang).toList(),
        segments.toString());
    assertEquals("— Maroc Diplomatie (@MarocDiplomatie) May 10, 2022", segments.get(4).text());
  }

  @Test
  void segmentsTheSeedArticleIntoFrenchWithAnArabicTweetAndEnglishTweetSignatures()
      throws IOException {
    Path seed = Path.of("corpus", "marrakech-coalition-2022.txt");
    String text = Files.readString(seed);
    String body = text.substring(text.indexOf("\n\n") + 2);
    assertEquals("fr", LanguageIdentifier.identify(text));
    List<String> langs =
        LanguageIdentifier.segment(body, "fr").stream().map(Segment::lang).toList();
    assertEquals(List.of("fr", "ar", "en", "fr", "en", "fr", "en", "fr", "en"), langs);
  }

  @Test
  void segmentOfEmptyBodyIsEmpty() {
    assertEquals(List.of(), LanguageIdentifier.segment("", "fr"));
    assertEquals(List.of(), LanguageIdentifier.segment(null, "fr"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // French with a quoted Arabic tweet; the whole reads French
        "Le ministre a reçu son homologue à Rabat pour parler de sécurité.\\nنقدر جهود المغرب في مكافحة الإرهاب\\nLa réunion a duré deux heures.;fr",
        // Arabic with one English line: more Arabic letters
        "وزير الخارجية ناصر بوريطة يستقبل نظيره\\nThe minister met his counterpart.\\nوأكد الجانبان على أهمية التعاون;ar",
        // more English letters than Arabic
        "The talks in Rabat covered trade, security and migration across the region.\\nنعم;en",
        // a tweet signature alone: the language of its date
        "— Maroc Diplomatie (@MarocDiplomatie) 10 mai 2022;fr",
        "12 345 678;und",
      })
  void readingABodyOnceGivesWhatIdentifyAndSegmentGive(String escaped, String expected) {
    String body = escaped.replace("\\n", "\n");
    LanguageIdentifier.BodyLanguages read = LanguageIdentifier.readBody(body);
    assertEquals(expected, read.language());
    assertEquals(LanguageIdentifier.identify(body), read.language());
    assertEquals(LanguageIdentifier.segment(body, expected), read.segments(expected));
  }

  /**
   * A short item (a feed's title and a one-sentence description) is read as one text: its
   * description alone, mostly names, was taken for Spanish.
   */
  @Test
  void aShortItemIsReadFromItsTitleAndBodyTogether() {
    LanguageIdentifier.BodyLanguages item =
        LanguageIdentifier.readArticle(
            "Tennis : Nadal file en finale", "Rafael Nadal a battu Carlos Alcaraz.");
    assertEquals("fr", item.language());
    assertEquals(
        List.of(new Segment("fr", "Rafael Nadal a battu Carlos Alcaraz.")), item.segments("fr"));
    // the body's language alone when there is no title, and the title's when there is no body
    assertEquals(
        LanguageIdentifier.readBody("The minister met his counterpart.").language(),
        LanguageIdentifier.readArticle(null, "The minister met his counterpart.").language());
    assertEquals(
        "en", LanguageIdentifier.readArticle("The minister met his counterpart", "").language());
  }
}
