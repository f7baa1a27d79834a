package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Percent-encoded article URLs (an Arabic site's links) read decoded in plain output, and stay as
 * stored in JSON; an id that holds one is taken back by {@code related} as search shows it.
 */
class EncodedUrlCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // "بوريطة-يستقبل-نظيره" and "بوريطة-في-نواكشوط", as the site's links escape them
  private static final String GUID_LINK =
      "https://www.example.ma/%D8%A8%D9%88%D8%B1%D9%8A%D8%B7%D8%A9-%D9%8A%D8%B3%D8%AA%D9%82%D8%A8"
          + "%D9%84-%D9%86%D8%B8%D9%8A%D8%B1%D9%87/";
  private static final String LINK =
      "https://www.example.ma/news/%D8%A8%D9%88%D8%B1%D9%8A%D8%B7%D8%A9-%D9%81%D9%8A-%D9%86%D9%88"
          + "%D8%A7%D9%83%D8%B4%D9%88%D8%B7?id=12&x=%20y";

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexAFeedWithEncodedLinks() throws Exception {
    Path feeds = Files.createDirectories(tmp.resolve("feeds"));
    Files.writeString(
        feeds.resolve("maghreb.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Maghreb</title>
        <item><title>بوريطة يستقبل نظيره الموريتاني في الرباط</title>
        <link>%1$s</link><guid>%1$s</guid>
        <pubDate>Sun, 15 Jan 2023 10:00:00 +0000</pubDate>
        <description>استقبل وزير الخارجية ناصر بوريطة نظيره الموريتاني في الرباط لبحث التعاون الأمني.</description></item>
        <item><title>بوريطة في نواكشوط</title>
        <link>%2$s</link><guid isPermaLink="false">item-2</guid>
        <pubDate>Mon, 16 Jan 2023 10:00:00 +0000</pubDate>
        <description>وصل وزير الخارجية ناصر بوريطة إلى نواكشوط في زيارة رسمية.</description></item>
        </channel></rss>
        """
            .formatted(GUID_LINK, LINK.replace("&", "&amp;")),
        StandardCharsets.UTF_8);
    index = tmp.resolve("index");
    CliRunner r = CliRunner.run("index", feeds.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void plainOutputShowsEncodedUrlsDecodedAndJsonKeepsThemAsStored() throws Exception {
    CliRunner plain =
        CliRunner.run(
            "search", "نواكشوط", "--index", index.toString(), "--facets", "0", "--limit", "1");
    assertEquals(0, plain.exitCode(), plain.err());
    String line = plain.out().lines().toList().get(3);
    assertTrue(
        line.matches(
            "    2023-01-16 · ar · maghreb/item-2 · Maghreb · score \\d+\\.\\d\\d · "
                + "\\Qhttps://www.example.ma/news/بوريطة-في-نواكشوط?id=12&x=%20y\\E"),
        line);

    CliRunner json =
        CliRunner.run("search", "نواكشوط", "--index", index.toString(), "--json", "--limit", "1");
    assertEquals(LINK, JSON.readTree(json.out()).at("/hits/0/url").asText());
  }

  @Test
  void anIdThatHoldsAnEncodedUrlIsShownDecodedAndRelatedTakesItAsShown() throws Exception {
    String shown = "maghreb/https://www.example.ma/بوريطة-يستقبل-نظيره/";
    CliRunner plain =
        CliRunner.run("search", "الرباط", "--index", index.toString(), "--facets", "0");
    assertEquals(0, plain.exitCode(), plain.err());
    List<String> lines = plain.out().lines().toList();
    assertTrue(
        lines.get(3).matches("    2023-01-15 · ar · \\Q" + shown + "\\E · Maghreb · score [0-9.]+"),
        lines.get(3));
    CliRunner json = CliRunner.run("search", "الرباط", "--index", index.toString(), "--json");
    JsonNode hit = JSON.readTree(json.out()).at("/hits/0");
    assertEquals("maghreb/" + GUID_LINK, hit.get("id").asText());
    assertEquals(GUID_LINK, hit.get("url").asText());

    CliRunner related = CliRunner.run("related", shown, "--index", index.toString());
    assertEquals(0, related.exitCode(), related.err());
    assertTrue(
        related.out().lines().findFirst().orElse("").endsWith(" related to " + shown),
        related.out());
    CliRunner asStored =
        CliRunner.run("related", "maghreb/" + GUID_LINK, "--index", index.toString());
    assertEquals(related.out(), asStored.out());
  }

  @Test
  void onlyTheEscapesOfVisibleNonAsciiCharactersAreDecoded() {
    // ASCII escapes change what a URL says; a bidi override or a no-break space would mislead
    assertEquals(
        "https://x.ma/المغرب?q=a%20b%2Fc%25",
        ReadableUrls.decode("https://x.ma/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8?q=a%20b%2Fc%25"));
    assertEquals("https://x.fr/été", ReadableUrls.decode("https://x.fr/%c3%a9t%C3%A9"));
    assertEquals(
        "https://x.ma/%E2%80%AEa%C2%A0b", ReadableUrls.decode("https://x.ma/%E2%80%AEa%C2%A0b"));
    // not UTF-8 (windows-1252 é, a lone continuation byte, a cut sequence): kept
    assertEquals("/%E9t%A9%D8", ReadableUrls.decode("/%E9t%A9%D8"));
    assertEquals("/%D8%A7", ReadableUrls.encode("/ا", false));
    assertEquals("/%d8%a7", ReadableUrls.encode("/ا", true));
  }
}
