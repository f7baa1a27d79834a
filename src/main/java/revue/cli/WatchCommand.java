package revue.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import revue.Filter;
import revue.Revue;
import revue.Watches;
import revue.Watches.SavedSearch;
import revue.json.JsonContract;
import revue.json.WatchJson;

/** {@code revue watch}: saved searches, kept beside the index, and their runs. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Follow saved searches: each run reports the new articles a saved search matches.",
      "Saved searches are kept in watches.txt beside the index; a run reports the articles each matches that it has not reported before, adds them to its Atom feed, NAME.atom, and lists surges."
    },
    subcommands = {
      WatchCommand.Add.class,
      WatchCommand.ListSearches.class,
      WatchCommand.Remove.class,
      WatchCommand.Run.class,
      WatchCommand.Feeds.class
    })
final class WatchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: add, list, remove, run or feeds");
  }

  private static Revue open(CommonOptions common, GazetteerOption gazetteer) {
    return Revue.open(common.index, gazetteer.oneShotOptions(common));
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Save a search. The articles it matches now count as reported: its first run lists what is new since."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin GazetteerOption gazetteer;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "Letters, digits, '.', '_', '-'; also the feed's file name.")
    String name;

    @Parameters(index = "1", paramLabel = "QUERY", description = "A query, as for 'revue search'.")
    String query;

    @Option(
        names = "--filter",
        paramLabel = "DIM=VALUE",
        description = "A filter, as for 'revue search'; repeatable.")
    List<String> filters = new ArrayList<>();

    @Override
    public Integer call() {
      SavedSearch search =
          new SavedSearch(name, query, filters.stream().map(Filter::parse).toList());
      long matching;
      try (Revue revue = open(common, gazetteer)) {
        matching = revue.watches().add(search);
      }
      spec.commandLine()
          .getOut()
          .printf(
              "saved '%s': %s (%,d %s now, taken as reported: a run reports the articles that"
                  + " match later)%n",
              name,
              search.definition(),
              matching,
              matching == 1 ? "article matches" : "articles match");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the saved searches and where their feeds go.")
  static final class ListSearches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Watches.Listing listing;
      try (Revue revue =
          Revue.open(common.index, common.backend(Revue.Options.builder()).oneShot(true).build())) {
        listing = revue.watches().list();
      }
      if (json) {
        try (var g = JsonContract.generator(out)) {
          g.writeStartObject();
          g.writeArrayFieldStart("searches");
          for (SavedSearch s : listing.searches()) {
            WatchJson.write(s, g);
          }
          g.writeEndArray();
          g.writeStringField("feeds", listing.feeds().toString());
          g.writeNumberField("keep", listing.keep());
          WatchJson.strings(g, "problems", listing.problems());
          g.writeEndObject();
        }
        out.println();
      } else {
        for (SavedSearch s : listing.searches()) {
          out.printf("%-24s %s%n", s.name(), s.definition());
        }
        out.printf(
            "(feeds in %s, %d %s each)%n",
            listing.feeds(), listing.keep(), listing.keep() == 1 ? "entry" : "entries");
      }
      PrintWriter err = spec.commandLine().getErr();
      listing.problems().forEach(p -> err.println("revue: " + p));
      return listing.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a saved search and its record of reported articles; its feed stays.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (Revue revue =
          Revue.open(common.index, common.backend(Revue.Options.builder()).oneShot(true).build())) {
        revue.watches().remove(name);
      }
      spec.commandLine().getOut().printf("removed '%s'%n", name);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Report the new articles of each saved search (or of those named), add them to its feed, and list surges.",
        "A saved search's new articles are those it matches that it has not reported before, newest first; its surges are on the index's latest day, and with no names the ministers and countries surging that day are listed too.",
        "Exit 2 when a saved search could not run (the others do)."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin GazetteerOption gazetteer;

    @Parameters(
        paramLabel = "NAME",
        arity = "0..*",
        description = "Saved searches to run (default: all).")
    List<String> names = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Revue revue = open(common, gazetteer)) {
        return WatchPrinter.run(
            revue, names, json, spec.commandLine().getOut(), spec.commandLine().getErr());
      }
    }
  }

  @Command(
      name = "feeds",
      mixinStandardHelpOptions = true,
      description = "Set the folder feeds are written into, and how many entries each keeps.")
  static final class Feeds implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Parameters(
        paramLabel = "DIR",
        description = "The folder; a relative one is taken from the index folder.")
    String folder;

    @Option(
        names = "--keep",
        paramLabel = "N",
        defaultValue = "50",
        description = "Entries per feed (default: ${DEFAULT-VALUE}).")
    int keep;

    @Override
    public Integer call() {
      try (Revue revue =
          Revue.open(common.index, common.backend(Revue.Options.builder()).oneShot(true).build())) {
        revue.watches().configureFeeds(folder, keep);
        Watches.Listing listing = revue.watches().list();
        spec.commandLine()
            .getOut()
            .printf(
                "feeds in %s, %d %s each%n",
                listing.feeds(), listing.keep(), listing.keep() == 1 ? "entry" : "entries");
      }
      return ExitCodes.OK;
    }
  }
}
