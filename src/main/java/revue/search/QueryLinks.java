package revue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import revue.SearchResults;
import revue.analysis.RevueAnalyzers;

/**
 * Links pasted among a query's words ({@code Macron https://www.lemonde.fr/politique/... Merkel}),
 * left out so that the other words are searched. Articles hold a link only as the host of one they
 * quote ({@link RevueAnalyzers#isLink}), so a link among the words that a query requires found
 * nothing. A query of links alone is searched as typed. One rule for every backend, said in the
 * results' note. Stateless.
 */
public final class QueryLinks {

  private QueryLinks() {}

  /** A query without its links, and the note that says which were left out (null when none was). */
  public record Reading(String query, String note) {

    /** This reading's note, then another note on the query (either may be null), as one. */
    public String noteBefore(String other) {
      return note == null ? other : other == null ? note : note + "; " + other;
    }
  }

  /** The note names this many links at most: it is one line. */
  private static final int MAX_NOTED = 3;

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /** What may stand before a link in a pasted text, and after it: quotes, brackets, punctuation. */
  private static final String BEFORE = "\"(«<[“‘'";

  private static final String AFTER = "\")»>]”’'.,;:!?";

  /**
   * The key ({@link revue.ingest.UrlKey}) of the link a query is made of alone, quotes and brackets
   * around it aside: the address of the article it looks for. Null for any other query.
   */
  public static String linkKey(String query) {
    String s = query.strip();
    if (s.isEmpty() || s.codePoints().anyMatch(Character::isWhitespace)) {
      return null;
    }
    int[] bounds = core(s);
    String core = s.substring(bounds[0], bounds[1]);
    return !core.isEmpty() && RevueAnalyzers.isLink(core) && core.indexOf('/') >= 0
        ? revue.ingest.UrlKey.of(core)
        : null;
  }

  /** [start, end) of a token without the quotes, brackets and punctuation around it. */
  private static int[] core(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && BEFORE.indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && AFTER.indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return new int[] {start, end};
  }

  /** The query with the links among its words left out; the query as typed when it has none. */
  public static Reading withoutLinks(String query) {
    if (query.indexOf('/') < 0 && !query.toLowerCase(Locale.ROOT).contains("www.")) {
      return new Reading(query, null); // every link has one (most queries: no look at each word)
    }
    List<String> links = new ArrayList<>();
    StringBuilder out = new StringBuilder(query.length());
    boolean otherWords = false;
    int last = 0;
    Matcher m = TOKEN.matcher(query);
    while (m.find()) {
      String token = m.group();
      int[] bounds = core(token);
      int start = bounds[0];
      int end = bounds[1];
      String core = token.substring(start, end);
      if (!core.isEmpty() && RevueAnalyzers.isLink(core)) {
        links.add(core);
        // the quotes and parentheses around it still pair with the others'
        out.append(query, last, m.start())
            .append(syntax(token.substring(0, start), token.substring(end)));
      } else {
        otherWords |= isWord(token);
        out.append(query, last, m.end());
      }
      last = m.end();
    }
    if (links.isEmpty() || !otherWords) {
      return new Reading(query, null);
    }
    out.append(query, last, query.length());
    return new Reading(out.toString().strip(), note(links));
  }

  /**
   * The results of the query without its links or, when they are empty though links were left out
   * (a pasted tweet whose other words no article holds together), those of the query as typed, when
   * it finds something: what a search did before links were left out, its second reading included.
   *
   * @param query the query as typed
   */
  public static <E extends Exception> SearchResults orAsTyped(
      SearchResults withoutLinks, String query, SecondReading.Search<E> asTyped) throws E {
    if (withoutLinks.total() > 0 || withoutLinks(query).note() == null) {
      return withoutLinks;
    }
    SearchResults typed = asTyped.run();
    return typed.total() > 0 ? typed : withoutLinks;
  }

  /** A query read as typed, links and all. */
  public static Reading asTyped(String query) {
    return new Reading(query, null);
  }

  /** Whether a token is a word to search: not an operator, and with a letter or digit. */
  private static boolean isWord(String token) {
    return switch (token) {
      case "AND", "OR", "NOT", "&&", "||" -> false;
      default -> token.codePoints().anyMatch(Character::isLetterOrDigit);
    };
  }

  /**
   * What of a link's surroundings is query syntax: a quote that does not pair with one on its other
   * side, and the parentheses that do not pair with each other around it.
   */
  private static String syntax(String before, String after) {
    int quotes = count(before, '"') + count(after, '"');
    int opened = count(before, '(');
    int closed = count(after, ')');
    int paired = Math.min(opened, closed);
    return "(".repeat(opened - paired) + "\"".repeat(quotes % 2) + ")".repeat(closed - paired);
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** "link left out of the query: www.lemonde.fr/…", each link by its host. */
  private static String note(List<String> links) {
    List<String> shown = new ArrayList<>();
    for (String link : links) {
      String host = link.replaceFirst("(?i)^[a-z]+://", "");
      int slash = host.indexOf('/');
      String s = slash < 0 || slash == host.length() - 1 ? host : host.substring(0, slash) + "/…";
      if (!shown.contains(s) && shown.size() < MAX_NOTED) {
        shown.add(s);
      }
    }
    int more = links.size() - shown.size();
    return (links.size() == 1 ? "link" : "links")
        + " left out of the query: "
        + String.join(", ", shown)
        + (more > 0 ? " and " + more + " more" : "");
  }
}
