package revue.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import revue.Hit;
import revue.RevueException;

/**
 * A saved search's Atom 1.0 feed (RFC 4287), {@code NAME.atom}: one entry per reported article,
 * newest report first, the last {@code keep} entries kept. Entries are keyed by the article's id
 * ({@code urn:revue:article:collection/sourceId}, percent-encoded), so writing an article again
 * (after a run killed between its feed and its list of reported ids) replaces its entry instead of
 * adding a second one.
 *
 * <p>Each entry carries the article's language ({@code xml:lang}) and its direction (the summary is
 * HTML in a {@code <div dir="rtl|ltr">}), title, link when the article has a URL, publication day,
 * the snippet, and its countries and ministers as categories. Stateless.
 */
final class AtomFeed {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String ARTICLE_URN = "urn:revue:article:";
  static final String COUNTRY_SCHEME = "urn:revue:country";
  static final String MINISTER_SCHEME = "urn:revue:minister";
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "yi");

  private AtomFeed() {}

  /**
   * Adds the hits (newest first) at the top of the feed, keeping at most {@code keep} entries, and
   * replaces the file atomically. A feed file that does not parse is started afresh.
   */
  static void write(
      Path file, String name, String subtitle, List<Hit> hits, int keep, Instant now) {
    Instant updated = now.truncatedTo(ChronoUnit.SECONDS);
    try {
      Document doc = newBuilder().newDocument();
      Element feed = doc.createElementNS(ATOM, "feed");
      doc.appendChild(feed);
      text(feed, "id", "urn:revue:watch:" + name);
      text(feed, "title", "revue: " + name);
      text(feed, "subtitle", subtitle);
      text(feed, "updated", updated.toString());
      Element author = child(feed, "author");
      text(author, "name", "revue");
      text(feed, "generator", "revue");

      List<Element> entries = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Hit hit : hits) {
        String id = entryId(hit.id());
        if (ids.add(id)) {
          entries.add(entry(doc, hit, id, updated));
        }
      }
      for (Element old : previousEntries(file)) {
        String id = old.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent().strip();
        if (ids.add(id)) {
          entries.add((Element) doc.importNode(old, true));
        }
      }
      for (Element e : entries.subList(0, Math.min(keep, entries.size()))) {
        feed.appendChild(e);
      }
      AtomicFiles.write(file, serialize(doc));
    } catch (IOException e) {
      throw new RevueException("cannot write feed " + file + ": " + e.getMessage(), e);
    }
  }

  /** The entry id of an article id: a URN, the id percent-encoded as a URI needs. */
  static String entryId(String articleId) {
    StringBuilder out = new StringBuilder(ARTICLE_URN);
    for (byte b : articleId.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/:".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static Element entry(Document doc, Hit hit, String id, Instant updated) {
    Element entry = doc.createElementNS(ATOM, "entry");
    String lang = hit.lang() == null || hit.lang().isBlank() ? null : hit.lang();
    if (lang != null) {
      entry.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
    }
    text(entry, "id", id);
    text(entry, "title", hit.title() == null || hit.title().isBlank() ? hit.id() : hit.title());
    if (hit.url() != null && !hit.url().isBlank()) {
      Element link = child(entry, "link");
      link.setAttribute("rel", "alternate");
      link.setAttribute("href", hit.url());
    }
    if (hit.date() != null) {
      text(entry, "published", hit.date() + "T00:00:00Z");
    }
    text(entry, "updated", updated.toString());
    for (String country : hit.countries()) {
      category(entry, country, COUNTRY_SCHEME);
    }
    for (String minister : hit.ministers()) {
      category(entry, minister, MINISTER_SCHEME);
    }
    String dir = lang != null && RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
    Element summary =
        text(entry, "summary", "<div dir=\"" + dir + "\">" + hit.snippet() + "</div>");
    summary.setAttribute("type", "html");
    return entry;
  }

  private static void category(Element entry, String term, String scheme) {
    Element category = child(entry, "category");
    category.setAttribute("term", xmlText(term));
    category.setAttribute("scheme", scheme);
  }

  private static List<Element> previousEntries(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      Document old = newBuilder().parse(file.toFile());
      NodeList nodes = old.getDocumentElement().getChildNodes();
      List<Element> entries = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Node n = nodes.item(i);
        if (n instanceof Element e
            && ATOM.equals(e.getNamespaceURI())
            && e.getLocalName().equals("entry")
            && e.getElementsByTagNameNS(ATOM, "id").getLength() > 0) {
          dropBlankText(e);
          entries.add(e);
        }
      }
      return entries;
    } catch (SAXException | IOException e) {
      // a feed edited or truncated by someone else: its entries are not ours to repair
      return List.of();
    }
  }

  /** Removes the indentation the last write added, so that writing again does not add more. */
  private static void dropBlankText(Node node) {
    for (Node c = node.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c.getNodeType() == Node.TEXT_NODE
          && c.getTextContent().isBlank()
          && node.getChildNodes().getLength() > 1) {
        node.removeChild(c);
      } else if (c instanceof Element) {
        dropBlankText(c);
      }
      c = next;
    }
  }

  private static Element child(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElementNS(ATOM, name);
    parent.appendChild(e);
    return e;
  }

  private static Element text(Element parent, String name, String value) {
    Element e = child(parent, name);
    e.setTextContent(xmlText(value));
    return e;
  }

  /** The text without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
  static String xmlText(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || c >= 0x10000;
      if (allowed) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialize(Document doc) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
