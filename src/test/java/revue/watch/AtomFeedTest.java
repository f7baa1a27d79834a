package revue.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import revue.Hit;

class AtomFeedTest {

  private static final Instant T1 = Instant.parse("2026-12-01T02:30:00Z");
  private static final Instant T2 = Instant.parse("2026-12-02T02:30:00Z");

  @TempDir Path tmp;

  private static Hit hit(String id, String lang, String title, String snippet) {
    return new Hit(
        id,
        "c",
        id,
        title,
        "2018-06-04",
        lang,
        "src",
        List.of("JO"),
        List.of("Hani Mulki"),
        null,
        "p",
        1f,
        snippet,
        List.of());
  }

  @Test
  void keepsTheLastEntriesNewestFirstAndEachArticleOnce() throws Exception {
    Path feed = tmp.resolve("feeds/jordan.atom");
    AtomFeed.write(
        feed,
        "jordan",
        "Mulki",
        List.of(hit("c/1", "ar", "أ", "s1"), hit("c/2", "ar", "ب", "s2")),
        3,
        T1);
    // c/2 again (a run killed before recording it reports it again): its entry is replaced, not
    // doubled
    AtomFeed.write(
        feed,
        "jordan",
        "Mulki",
        List.of(hit("c/3", "ar", "ج", "s3"), hit("c/2", "ar", "ب", "s2")),
        3,
        T2);
    Document doc = parse(feed);
    assertEquals(
        List.of("urn:revue:article:c/3", "urn:revue:article:c/2", "urn:revue:article:c/1"),
        entryIds(doc));
    AtomFeed.write(feed, "jordan", "Mulki", List.of(hit("c/4", "ar", "د", "s4")), 3, T2);
    assertEquals(
        List.of("urn:revue:article:c/4", "urn:revue:article:c/3", "urn:revue:article:c/2"),
        entryIds(parse(feed)));
    // writing again does not grow the indentation
    String once = Files.readString(feed);
    AtomFeed.write(feed, "jordan", "Mulki", List.of(), 3, T2);
    assertEquals(once, Files.readString(feed));
  }

  @Test
  void hasTheElementsRfc4287RequiresAndTheArticlesLanguageAndDirection() throws Exception {
    Path feed = tmp.resolve("f.atom");
    AtomFeed.write(
        feed,
        "f",
        "Mulki [country=JO]",
        List.of(hit("c/é 1", "ar", "استقالة الملقي\u0001", "<b>الملقي</b> &amp; الرزاز")),
        5,
        T1);
    Document doc = parse(feed);
    Element root = doc.getDocumentElement();
    assertEquals(
        List.of("id", "title", "subtitle", "updated", "author", "generator", "entry"),
        childNames(root));
    assertEquals("urn:revue:watch:f", text(root, "id"));
    assertEquals("2026-12-01T02:30:00Z", text(root, "updated"));
    Element entry = (Element) root.getElementsByTagNameNS(AtomFeed.ATOM, "entry").item(0);
    assertEquals(
        List.of("id", "title", "published", "updated", "category", "category", "summary"),
        childNames(entry));
    assertEquals("urn:revue:article:c/%C3%A9%201", text(entry, "id"));
    assertEquals(
        "استقالة الملقي", text(entry, "title"), "a control character XML cannot hold is left out");
    assertEquals("ar", entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    Element summary = (Element) entry.getElementsByTagNameNS(AtomFeed.ATOM, "summary").item(0);
    assertEquals("html", summary.getAttribute("type"));
    assertEquals("<div dir=\"rtl\"><b>الملقي</b> &amp; الرزاز</div>", summary.getTextContent());
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> entryIds(Document doc) {
    List<String> ids = new ArrayList<>();
    NodeList entries = doc.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      ids.add(text((Element) entries.item(i), "id"));
    }
    return ids;
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        assertEquals(AtomFeed.ATOM, child.getNamespaceURI());
        names.add(child.getLocalName());
      }
    }
    return names;
  }

  private static String text(Element e, String name) {
    return e.getElementsByTagNameNS(AtomFeed.ATOM, name).item(0).getTextContent();
  }
}
