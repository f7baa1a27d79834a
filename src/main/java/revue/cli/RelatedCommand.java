package revue.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import revue.Hit;
import revue.InvalidInputException;
import revue.Related;
import revue.RelatedResults;
import revue.Revue;
import revue.json.JsonContract;

/** {@code revue related ID}: the articles most like one article, and why. */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description = {
      "List the articles most like one article: from its most telling words, and from the articles within 3 days of it that name the same ministers in another language.",
      "In its own language a shared minister counts beside shared words, and shared countries only in proportion to them. One article per story, each with why (shared terms, shared entities, days apart); the article's own copies are listed apart.",
      "ID is an article id as search prints it, such as corpus/marrakech-coalition-2022.txt."
    })
final class RelatedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;

  @Parameters(paramLabel = "ID", description = "The article's id.")
  String id;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Related articles to show, 1 or more (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description = "Print one JSON object: id, hits (each with why), copies.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      // search --limit 0 still says how many articles match and their facets; related has no
      // count to give without the articles themselves
      throw new InvalidInputException(
          "--limit must be 1 or more, got "
              + limit
              + " (related lists articles and has no count to give; search --limit 0 counts"
              + " matches)");
    }
    common.requireIndex();
    RelatedResults results;
    try (Revue revue = Revue.open(common.index, gazetteer.oneShotOptions(common))) {
      results = related(revue);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonContract.write(results, out);
      out.println();
      return ExitCodes.OK;
    }
    int n = results.related().size();
    out.printf(
        "%d article%s related to %s%n", n, n == 1 ? "" : "s", ReadableUrls.decode(results.id()));
    if (n == 0) {
      out.println(
          "  (no other story shares enough of its telling words, nor names its ministers within"
              + " days of it in another language; see README, related)");
    }
    int rank = 1;
    for (Related r : results.related()) {
      Hit hit = r.hit();
      out.println();
      out.printf("%2d. %s%n", rank++, hit.title().isBlank() ? "(no title)" : hit.title());
      // as search shows a hit: the outlet rather than the collection the id already names
      out.println(SearchCommand.hitLine(hit));
      out.println("    why: " + why(r.why()));
    }
    if (!results.copies().isEmpty()) {
      out.println();
      out.printf(
          "%d copies of the same story (not counted as related):%n", results.copies().size());
      for (Hit hit : results.copies()) {
        out.printf(
            "    %s · %s · %s%n",
            ReadableUrls.decode(hit.id()),
            hit.date() == null ? "undated" : hit.date(),
            hit.title().isBlank() ? "(no title)" : hit.title());
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The articles related to the id as given; else, for an id that holds a URL as search shows it
   * (its escaped characters decoded, {@link ReadableUrls}), to the article whose id escapes them.
   */
  private RelatedResults related(Revue revue) {
    try {
      return revue.related(id, limit);
    } catch (InvalidInputException unknown) {
      for (boolean lowerCase : new boolean[] {false, true}) {
        String escaped = ReadableUrls.encode(id, lowerCase);
        if (!escaped.equals(id)) {
          try {
            return revue.related(escaped, limit);
          } catch (InvalidInputException e) {
            // not this spelling either
          }
        }
      }
      throw unknown;
    }
  }

  private static String why(Related.Why why) {
    List<String> parts = new ArrayList<>();
    if (why.daysApart() != null) {
      parts.add(
          why.daysApart() == 0
              ? "same day"
              : why.daysApart() + (why.daysApart() == 1 ? " day apart" : " days apart"));
    }
    if (!why.sharedEntities().isEmpty()) {
      parts.add(String.join(", ", why.sharedEntities()));
    }
    if (!why.sharedTerms().isEmpty()) {
      parts.add("words: " + String.join(", ", why.sharedTerms()));
    }
    return parts.isEmpty() ? "-" : String.join(" · ", parts);
  }
}
