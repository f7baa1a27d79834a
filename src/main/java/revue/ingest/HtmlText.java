package revue.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: one paragraph per block element, boilerplate (navigation,
 * headers and footers of the site, share buttons, comments, scripts) left out.
 *
 * <p>Stateless and thread-safe. Removal edits the element given; pass a copy to keep the page.
 */
final class HtmlText {

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "table",
          "tr",
          "td",
          "th",
          "caption",
          "figcaption",
          "figure",
          "form",
          "hr",
          "address",
          "body",
          "details",
          "summary");

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, button, input,"
          + " select, textarea, form, nav, aside, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

  /** Class and id words of site furniture (matched as whole words of the attribute). */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "footer",
          "sidebar",
          "share",
          "sharing",
          "social",
          "comment",
          "comments",
          "related",
          "cookie",
          "cookies",
          "newsletter",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "promo",
          "breadcrumb",
          "breadcrumbs",
          "subscribe",
          "popup",
          "modal",
          "banner",
          "masthead",
          "toolbar",
          "widget",
          "outbrain",
          "taboola");

  private HtmlText() {}

  /** Removes from the element everything that is not article text. */
  static void removeBoilerplate(Element root) {
    root.select(NEVER_TEXT).remove();
    // Page-level header/footer; an <article>'s own header (headline, byline) stays.
    for (Element e : root.select("header, footer")) {
      if (e.closest("article") == null) {
        e.remove();
      }
    }
    for (Element e : root.select("[class], [id]")) {
      if (e != root && e.parent() != null && isFurniture(e) && !holdsArticle(e)) {
        e.remove();
      }
    }
  }

  private static boolean isFurniture(Element e) {
    return hasBoilerplateWord(e.className()) || hasBoilerplateWord(e.id());
  }

  private static boolean holdsArticle(Element e) {
    String tag = e.normalName();
    return tag.equals("article")
        || tag.equals("main")
        || tag.equals("body")
        || !e.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  static boolean hasBoilerplateWord(String attribute) {
    if (attribute.isEmpty()) {
      return false;
    }
    for (String word : attribute.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The text of the element, block elements and {@code <br>} as paragraph breaks. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.text());
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br") || BLOCK_TAGS.contains(e.normalName())) {
                out.append('\n');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              out.append('\n');
            }
          }
        });
    return out.toString();
  }
}
