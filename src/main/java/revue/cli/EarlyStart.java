package revue.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import revue.entity.EntityExtractor;

/**
 * Work a one-shot command will need, begun on other threads the moment the JVM starts, while
 * picocli builds its model of the command line on the main thread: the gazetteers, and the one-time
 * set-up of Lucene (its logging, its codec classes, and memory mapping for the commands that map
 * the index). Nothing here depends on the arguments' values, only on the command named.
 *
 * <p>Thread-safe. Call {@link #begin} once, from {@code main}; {@link #loggingQuiet} before the
 * command first touches Lucene.
 */
final class EarlyStart {

  private EarlyStart() {}

  /**
   * Lucene logs a hint about the incubating vector module at every start; it is not for users. The
   * logger is held here: the logging framework keeps loggers only weakly.
   */
  private static final class LuceneLog {
    static final Logger VECTOR = quiet();

    private static Logger quiet() {
      Logger log = Logger.getLogger("org.apache.lucene.internal.vectorization");
      log.setLevel(Level.SEVERE);
      return log;
    }
  }

  /** Starts the work the command named in {@code args} will need; returns at once. */
  static void begin(String[] args) {
    String command = RevueCli.commandName(args);
    if (command == null || wantsHelp(args)) {
      return;
    }
    // searches and stats read the index without memory mapping (Revue.openForOneShot)
    boolean mapsFiles = !command.equals("search") && !command.equals("stats");
    daemon("revue-lucene-setup", () -> setUpLucene(mapsFiles));
    if (command.equals("search") && !mentions(args, "--gazetteer")) {
      daemon("revue-gazetteers", EntityExtractor::defaults);
    }
  }

  /** Waits, if need be, until Lucene's start-up hint is silenced. */
  static void loggingQuiet() {
    LuceneLog.VECTOR.getName(); // initializes the holder, or waits for the thread doing so
  }

  private static void setUpLucene(boolean mapsFiles) {
    loggingQuiet();
    try {
      // class initialization only: memory-mapping support, the default codec and its formats
      if (mapsFiles) {
        Class.forName("org.apache.lucene.store.MMapDirectory");
      }
      org.apache.lucene.codecs.Codec.getDefault();
    } catch (ClassNotFoundException | LinkageError e) {
      // the command meets the same problem itself and reports it
    }
  }

  private static boolean wantsHelp(String[] args) {
    return mentions(args, "--help")
        || mentions(args, "-h")
        || mentions(args, "--version")
        || mentions(args, "-V");
  }

  private static boolean mentions(String[] args, String option) {
    for (String a : args) {
      if (a.equals(option) || a.startsWith(option + "=")) {
        return true;
      }
    }
    return false;
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }
}
