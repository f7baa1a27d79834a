package revue.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.InvalidInputException;
import revue.serve.Limits;
import revue.serve.RevueServer;

/** {@code revue serve}: the JSON API and the web page until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the index over HTTP: a web page at / and a JSON API at /api/search, /api/timeline, /api/article/ID, /api/stats, /api/export.csv, /api/timeline.csv.",
      "Follows the index's generations: a rebuild or an index run shows up without a restart. Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(
      names = "--max-page",
      paramLabel = "N",
      defaultValue = "100",
      description = "Hits per page at most (default: ${DEFAULT-VALUE}).")
  int maxPage;

  @Option(
      names = "--rate",
      paramLabel = "N",
      defaultValue = "600",
      description =
          "API requests per client address and minute; 0 for no limit (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Answer 503 to a request that takes longer (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--port must be between 0 and 65535, got " + port);
    }
    if (timeout <= 0) {
      throw new InvalidInputException("--timeout must be positive, got " + timeout);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new InvalidInputException("--bind: unknown address '" + bind + "'");
    }
    Limits limits;
    try {
      limits =
          Limits.defaults()
              .withMaxLimit(maxPage)
              .withRequestsPerMinute(rate)
              .withTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (RevueServer server =
        RevueServer.start(
            common.index,
            common.options(),
            new InetSocketAddress(address, port),
            limits,
            line -> {
              err.println(line);
              err.flush();
            })) {
      String host =
          address.getHostAddress().contains(":")
              ? "[" + address.getHostAddress() + "]"
              : address.getHostAddress();
      out.printf(
          "revue serve: http://%s:%d/ (%s)%n",
          host,
          server.port(),
          common.backend == null ? "index " + common.index : "backend " + common.backend);
      out.flush();
      Thread hook = new Thread(server::close);
      Runtime.getRuntime().addShutdownHook(hook);
      new CountDownLatch(1).await(); // until the process is stopped
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (java.net.BindException e) {
      throw new InvalidInputException(
          "cannot listen on " + bind + ":" + port + ": " + e.getMessage());
    }
    return ExitCodes.OK;
  }
}
