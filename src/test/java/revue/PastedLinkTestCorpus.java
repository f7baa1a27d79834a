package revue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Three articles with addresses, two of them on one site, for the pasted-link tests. */
public final class PastedLinkTestCorpus {

  public static final String FEED_URL = "https://www.example-news.com/2020/01/15/maroc-niger/";
  public static final String ARABIC_PATH = "/article/بوريطة-نيامي";

  private PastedLinkTestCorpus() {}

  /** Writes {@code liens-fr.jsonl} into the folder; returns the folder. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("liens-fr.jsonl"),
        String.join(
                "\n",
                article("a1", FEED_URL, "Le Maroc et le Niger renforcent leur coopération"),
                article("a2", "http://alwatan.example" + ARABIC_PATH, "Bourita à Niamey"),
                article(
                    "a3",
                    "https://www.example-news.com/2020/01/16/sahel/",
                    "Le Sahel au cœur des discussions"))
            + "\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  /** The Arabic article's address as a browser copies it: www. added, the path percent-escaped. */
  public static String encodedArabicUrl() {
    return "http://www.alwatan.example/article/"
        + URLEncoder.encode("بوريطة-نيامي", StandardCharsets.UTF_8);
  }

  /** The ids of a query's hits, in order. */
  public static List<String> ids(Revue r, String query) {
    return r.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
  }

  private static String article(String id, String url, String title) {
    return JsonLine.article(
        id,
        "2020-01-15",
        url,
        title,
        "Les ministres des Affaires étrangères se sont réunis à Rabat pour parler de sécurité et"
            + " de commerce.");
  }
}
