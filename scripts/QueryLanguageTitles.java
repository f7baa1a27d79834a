import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import revue.analysis.LanguageIdentifier;
import revue.analysis.QueryLanguage;

/**
 * How often a corpus title, read as a query, gets its corpus's language from the letter model
 * alone and from the query-language rule. {@code java -cp target/revue.jar
 * scripts/QueryLanguageTitles.java ../shared/corpora}
 */
public class QueryLanguageTitles {
  public static void main(String[] args) throws Exception {
    Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
    ObjectMapper json = new ObjectMapper();
    String[][] sets = {{"orangesum-fr.jsonl.gz", "fr"}, {"reuters21578-en.jsonl.gz", "en"}};
    for (String[] set : sets) {
      int titles = 0, model = 0, rule = 0;
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(new FileInputStream(corpora.resolve(set[0]).toFile())),
                  StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          var title = json.readTree(line).get("title");
          if (title == null || title.asText().isBlank()) {
            continue;
          }
          titles++;
          model += LanguageIdentifier.identify(title.asText()).equals(set[1]) ? 1 : 0;
          rule += QueryLanguage.of(title.asText()).equals(set[1]) ? 1 : 0;
        }
      }
      System.out.printf(
          "%-26s %6d titles  letter model %.4f  query language %.4f%n",
          set[0], titles, model / (double) titles, rule / (double) titles);
    }
  }
}
