package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revue serve} as a user starts it: a real process, a free port, Ctrl-C. */
class ServeCommandTest {

  @TempDir Path tmp;

  @Test
  void servePrintsItsAddressAnswersAndStopsOnSigterm() throws Exception {
    Path index = CliRunner.indexBundledCorpus(tmp);
    Process p =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED",
                RevueCli.class.getName(),
                "serve",
                "--index",
                index.toString(),
                "--port",
                "0")
            .redirectError(tmp.resolve("err.txt").toFile())
            .start();
    try {
      String line =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      Matcher m =
          Pattern.compile("revue serve: http://127\\.0\\.0\\.1:(\\d+)/ \\(index .*\\)")
              .matcher(String.valueOf(line));
      assertTrue(m.matches(), line);
      HttpResponse<String> stats =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + m.group(1) + "/api/stats"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, stats.statusCode());
      assertTrue(stats.body().contains("\"documents\" : 7"), stats.body());
    } finally {
      p.destroy(); // SIGTERM, as Ctrl-C or systemd stops it
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void badOptionsAreBadInput() {
    for (List<String> args :
        List.of(
            List.of("serve", "--port", "70000"),
            List.of("serve", "--timeout", "0"),
            List.of("serve", "--max-page", "0"),
            List.of("serve", "--bind", "no-such-host.invalid"))) {
      CliRunner r = CliRunner.run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), args + ": " + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
  }
}
