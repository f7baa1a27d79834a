package revue.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import revue.InvalidInputException;
import revue.entity.EntityExtractor;
import revue.entity.GazetteerFormatException;

/** The {@code --gazetteer FILE} option: the user's own ministers, added to the bundled ones. */
final class GazetteerOption {

  static final String HELP =
      "More ministers, in the format of the bundled src/main/resources/revue/ministers.tsv. Use the same file to index and to search.";

  @Option(names = "--gazetteer", paramLabel = "FILE", description = HELP)
  Path gazetteer;

  private EntityExtractor entities;

  /** Options that open an index with the user's file, if any. */
  revue.Revue.Options options(CommonOptions common) {
    revue.Revue.Options.Builder b = common.backend(revue.Revue.Options.builder());
    return gazetteer == null ? b.build() : b.gazetteer(gazetteer).build();
  }

  /** Options for a one-shot search, with the user's file, if any. */
  revue.Revue.Options oneShotOptions(CommonOptions common) {
    revue.Revue.Options.Builder b = common.backend(revue.Revue.Options.builder()).oneShot(true);
    return gazetteer == null ? b.build() : b.gazetteer(gazetteer).build();
  }

  /** The extractor for this run, loading the user's file once. */
  EntityExtractor entities() {
    if (entities == null) {
      if (gazetteer == null) {
        entities = EntityExtractor.defaults();
      } else if (!Files.isRegularFile(gazetteer)) {
        throw new InvalidInputException("no such gazetteer file: " + gazetteer);
      } else {
        try {
          entities = EntityExtractor.withGazetteer(gazetteer);
        } catch (GazetteerFormatException | UncheckedIOException e) {
          throw new InvalidInputException(e.getMessage(), e);
        }
      }
    }
    return entities;
  }
}
