package revue.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main in a child JVM with the same java and the test classpath. */
final class ChildJvm {

  private ChildJvm() {}

  static ProcessBuilder builder(Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1"); // short runs: quick start-up beats peak speed
    command.add("-Xshare:auto");
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  static Process start(Class<?> main, String... args) throws IOException {
    return builder(main, args).redirectErrorStream(true).start();
  }
}
