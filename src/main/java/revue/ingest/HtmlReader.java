package revue.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page as one article: title, publication date and canonical URL from the page's
 * metadata (Open Graph, article:published_time, Dublin Core, schema.org microdata and JSON-LD,
 * {@code <time>}), and the main text without navigation and site boilerplate.
 *
 * <p>The main text is the schema.org articleBody if marked, else the {@code <article>} with the
 * most paragraph text, else {@code <main>}, else the body. sourceId is the canonical URL, else the
 * file name. Stateless.
 */
final class HtmlReader implements FormatReader {

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /** Metadata names of the publication date, most specific first. */
  private static final List<String> DATE_META =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "article.published",
          "sailthru.date",
          "parsely-pub-date",
          "dc.date.issued",
          "dcterms.issued",
          "dcterms.created",
          "dc.date",
          "dcterms.date",
          "date");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    byte[] bytes = file.readAll(PlainTextReader.MAX_DOCUMENT_BYTES);
    String html = TextDecoder.decode(bytes, sink.options().charset(), declaredCharset(bytes));
    ArticleDraft draft = new ArticleDraft(0, file.path().getFileName().toString());
    parse(Jsoup.parse(html), draft);
    sink.accept(draft);
  }

  static void parse(Document doc, ArticleDraft draft) {
    draft.entitiesDecoded = true;
    Map<String, String> meta = metadata(doc);
    Element root = mainElement(doc);

    String title = first(meta, "og:title", "twitter:title", "headline");
    Element h1 = root.selectFirst("h1");
    if (title == null && h1 != null && !h1.text().isBlank()) {
      title = h1.text();
    }
    if (title == null) {
      title = doc.title();
    }
    draft.title = title;

    String date = first(meta, DATE_META.toArray(String[]::new));
    if (date == null) {
      date = jsonLdDate(doc);
    }
    if (date == null) {
      Element time = root.selectFirst("time[datetime]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      date = time == null ? null : time.attr("datetime");
    }
    draft.date = date;

    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    draft.url = canonical != null ? canonical.attr("href") : first(meta, "og:url");
    draft.source = first(meta, "og:site_name", "application-name");
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    draft.lang =
        !lang.isBlank() ? lang : first(meta, "content-language", "dc.language", "og:locale");

    Element body = root.clone();
    HtmlText.removeBoilerplate(body);
    // The headline is the title, not a paragraph of the body.
    for (Element heading : body.select("h1")) {
      if (title != null && heading.text().strip().equals(title.strip())) {
        heading.remove();
      }
    }
    draft.body = HtmlText.blockText(body);
  }

  /** meta name/property/itemprop/http-equiv (lower-cased) -> content or datetime, first wins. */
  private static Map<String, String> metadata(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element e : doc.select("meta[content], [itemprop][datetime], [itemprop][content]")) {
      String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (value.isBlank()) {
        continue;
      }
      for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
        String k = e.attr(key);
        if (!k.isBlank()) {
          meta.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), value);
        }
      }
    }
    return meta;
  }

  private static String first(Map<String, String> meta, String... keys) {
    for (String key : keys) {
      String v = meta.get(key);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
        if (found != null && found.isTextual()) {
          return found.asText();
        }
      } catch (IOException e) {
        // Broken JSON-LD is common and only one of several date sources: try the next one.
      }
    }
    return null;
  }

  private static Element mainElement(Document doc) {
    Element marked = doc.selectFirst("[itemprop=articleBody]");
    if (marked != null) {
      return marked;
    }
    Element best = null;
    int bestLength = 0;
    for (Element article : doc.select("article")) {
      int length = article.select("p").text().length();
      if (best == null || length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null ? main : doc.body();
  }

  /** The charset an HTML page declares in its first 2 KB, or null. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
