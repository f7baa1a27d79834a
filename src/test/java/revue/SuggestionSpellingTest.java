package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you mean" shows a stemmed term as the article that holds it most writes it most: Arabic
 * light stemming reads الجبير (al-Jubeir) and جبيرة (a splint) as one term, and the suggestion for
 * a misspelt الجبير must not be the splint because an article about an injury comes first in the
 * index. Invented articles.
 */
class SuggestionSpellingTest {

  @TempDir Path tmp;

  @Test
  void aStemmedSuggestionIsWrittenAsTheArticleAboutItWritesIt() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        input.resolve("wire.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"1\", \"title\": \"إصابة لاعب الوسط\", \"body\": \"وضع الطبيب جبيرة على"
                + " ساق لاعب الوسط بعد إصابته في المباراة، وقال المدرب إن اللاعب سيغيب عن الملاعب"
                + " ثلاثة أسابيع على الأقل حتى يتعافى تماما من الإصابة.\"}",
            "{\"id\": \"3\", \"title\": \"كسر في الذراع\", \"body\": \"نقل الطفل إلى"
                + " المستشفى حيث وضعت له جبيرة بعد كسر في الذراع، وطمأن الأطباء عائلته على حالته"
                + " الصحية وقالوا إنه سيغادر المستشفى غدا.\"}",
            "{\"id\": \"2\", \"title\": \"محادثات في الرياض\", \"body\": \"استقبل وزير الخارجية"
                + " الجبير نظيره في الرياض، وقال الجبير إن المحادثات تناولت الأمن في المنطقة،"
                + " وأضاف الجبير أن البلدين يعملان على تعزيز التعاون الاقتصادي.\"}",
            ""));
    Path index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(input));
      SearchResults results = revue.search(SearchRequest.of("الجبيرر").withEntityExpansion(false));
      assertEquals(0, results.total());
      assertEquals(List.of("الجبير"), results.suggestions());
    }
  }

  @Test
  void aTypoIsCorrectedToTheWordClosestToItAsTyped() throws IOException {
    // French stemming reads "oppec" as "opec", one edit from "oper" (opération, in more articles
    // here) as the English "oppec" is from "opec": the typed word decides, not the stem
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        input.resolve("presse-fr.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"1\", \"title\": \"Une opération de police\", \"body\": \"La police a"
                + " mené une opération dans le quartier, et l'opération a duré toute la nuit selon"
                + " la préfecture.\"}",
            "{\"id\": \"2\", \"title\": \"Opération réussie\", \"body\": \"Le chirurgien a"
                + " réussi une opération difficile à l'hôpital de la ville, a indiqué la direction"
                + " de l'établissement.\"}",
            "{\"id\": \"3\", \"title\": \"Fin de l'opération\", \"body\": \"L'armée a"
                + " annoncé la fin de l'opération militaire dans la région après trois semaines de"
                + " combats.\"}",
            ""));
    Files.writeString(
        input.resolve("wire-en.jsonl"),
        "{\"id\": \"4\", \"title\": \"OPEC output steady\", \"body\": \"OPEC output held"
            + " steady in March, the oil ministers said, and OPEC will meet again in June to review"
            + " the quotas.\"}\n");
    Path index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(input));
      SearchResults results = revue.search(SearchRequest.of("oppec").withEntityExpansion(false));
      assertEquals(0, results.total());
      assertEquals("OPEC", results.suggestions().get(0), results.suggestions().toString());
    }
  }
}
