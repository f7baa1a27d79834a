package revue.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS (2.0 and 1.0/RDF) and Atom feeds: each item or entry is an article with its own title,
 * date, link and text; items are numbered from 1 for problems and {@link Article#line()}.
 *
 * <p>Parsed with jsoup's lenient XML parser rather than ROME: jsoup is already needed for HTML,
 * tolerates the broken markup and undeclared entities common in real feeds (where ROME's strict XML
 * parsing rejects the whole feed), and item HTML is turned into text by the same code as pages. The
 * feed's title is the source unless an item names its own. Stateless.
 */
final class FeedReader implements FormatReader {

  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    byte[] bytes = file.readAll(PlainTextReader.MAX_DOCUMENT_BYTES);
    String xml = TextDecoder.decode(bytes, sink.options().charset(), declaredEncoding(bytes));
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());

    Element feed = null;
    List<Element> items = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String name = name(e);
      if (feed == null && (name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf"))) {
        feed = e;
      } else if (feed != null && (name.equals("item") || name.equals("entry"))) {
        items.add(e);
      }
    }
    if (feed == null) {
      sink.failed(0, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)");
      return;
    }
    if (items.isEmpty()) {
      sink.skipped(0, "feed has no items");
      return;
    }
    Element channel = name(feed).equals("feed") ? feed : child(feed, "channel");
    String feedTitle = channel == null ? null : text(child(channel, "title"));
    String feedLang = channel == null ? null : text(child(channel, "language", "dc:language"));
    if (feedLang == null && !feed.attr("xml:lang").isBlank()) {
      feedLang = feed.attr("xml:lang");
    }

    for (int i = 0; i < items.size(); i++) {
      Element item = items.get(i);
      long number = i + 1;
      sink.at(number);
      ArticleDraft draft = new ArticleDraft(number, Long.toString(number));
      draft.entitiesDecoded = true;
      draft.title = text(child(item, "title"));
      draft.body = html(child(item, "content:encoded", "content", "description", "summary"));
      draft.date =
          text(child(item, "pubdate", "published", "dc:date", "updated", "issued", "modified"));
      draft.url = link(item);
      draft.id = text(child(item, "guid", "id"));
      Element sourceElement = child(item, "source");
      // RSS <source> holds the outlet's name; Atom <source> holds feed metadata with a <title>.
      String itemSource =
          sourceElement == null || sourceElement.children().isEmpty()
              ? text(sourceElement)
              : text(child(sourceElement, "title"));
      draft.source = itemSource != null ? itemSource : feedTitle;
      String itemLang = item.attr("xml:lang");
      draft.lang = !itemLang.isBlank() ? itemLang : feedLang;
      sink.accept(draft);
    }
  }

  private static String name(Element e) {
    return e.tagName().toLowerCase(Locale.ROOT);
  }

  /** The first direct child with one of the names, in the order of the names. */
  private static Element child(Element parent, String... names) {
    for (String wanted : names) {
      for (Element c : parent.children()) {
        if (name(c).equals(wanted)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Plain text of an element whose content may be escaped HTML (Atom type="html" titles). */
  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text();
    if (t.indexOf('<') >= 0) {
      t = Jsoup.parseBodyFragment(t).body().text();
    }
    return t.isBlank() ? null : t;
  }

  /** Paragraphs of an element holding HTML: escaped, in CDATA, or inline XHTML (Atom). */
  private static String html(Element e) {
    if (e == null) {
      return null;
    }
    String markup = e.children().isEmpty() ? e.wholeText() : e.html();
    Element body = Jsoup.parseBodyFragment(markup).body();
    HtmlText.removeBoilerplate(body);
    return HtmlText.blockText(body);
  }

  /** RSS: the text of link; Atom: the href of the alternate (or first untyped) link. */
  private static String link(Element item) {
    String fallback = null;
    for (Element c : item.children()) {
      if (!name(c).equals("link")) {
        continue;
      }
      if (!c.hasAttr("href")) {
        String t = c.text();
        if (!t.isBlank()) {
          return t;
        }
        continue;
      }
      String rel = c.attr("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        return c.attr("href");
      }
      if (fallback == null) {
        fallback = c.attr("href");
      }
    }
    return fallback;
  }

  static String declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
