package revue.opensearch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import revue.InvalidInputException;

/**
 * Where an OpenSearch cluster is and what revue calls its index there, read from a backend URI:
 * {@code opensearch://HOST:PORT[/NAME]} (HTTP) or {@code opensearch+https://HOST:PORT[/NAME]}
 * (HTTPS). NAME (default {@code revue}) is the alias searches read; each generation is a physical
 * index {@code NAME-gen-NNNNNN} behind it. User and password come from the environment variables
 * {@link #USER_VARIABLE} and {@link #PASSWORD_VARIABLE}, never from the URI, so they do not show in
 * command lines or process lists.
 *
 * @param base the cluster's HTTP address, such as {@code http://localhost:9200}
 * @param name the alias, lower case
 * @param authorization an HTTP Basic authorization header value, or null
 */
public record ClusterAddress(URI base, String name, String authorization) {

  /** The environment variable holding the cluster user. */
  public static final String USER_VARIABLE = "REVUE_OPENSEARCH_USER";

  /** The environment variable holding the cluster password. */
  public static final String PASSWORD_VARIABLE = "REVUE_OPENSEARCH_PASSWORD";

  /** The schemes a backend URI of this backend has. */
  public static boolean isOpenSearch(URI uri) {
    String s = uri.getScheme();
    return "opensearch".equalsIgnoreCase(s) || "opensearch+https".equalsIgnoreCase(s);
  }

  /**
   * Reads a backend URI, with credentials from the environment.
   *
   * @throws InvalidInputException when the URI is not of this backend, has no host or port, or
   *     carries user information
   */
  public static ClusterAddress parse(URI uri) {
    if (!isOpenSearch(uri)) {
      throw new InvalidInputException(
          "unknown backend '"
              + uri
              + "' (use opensearch://HOST:PORT[/NAME] or opensearch+https://HOST:PORT[/NAME])");
    }
    if (uri.getUserInfo() != null) {
      throw new InvalidInputException(
          "backend URI must not hold a user or password: set "
              + USER_VARIABLE
              + " and "
              + PASSWORD_VARIABLE
              + " instead");
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new InvalidInputException(
          "backend '" + uri + "' needs a HOST:PORT, as in opensearch://localhost:9200");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    String name = path.isEmpty() ? "revue" : path;
    if (!name.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new InvalidInputException(
          "backend index name '" + name + "' must be lower case letters, digits, '-', '_' or '.'");
    }
    String http = uri.getScheme().equalsIgnoreCase("opensearch") ? "http" : "https";
    URI base = URI.create(http + "://" + uri.getHost() + ":" + uri.getPort());
    String user = System.getenv(USER_VARIABLE);
    String password = System.getenv(PASSWORD_VARIABLE);
    String authorization =
        user == null || user.isEmpty()
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (user + ":" + (password == null ? "" : password))
                            .getBytes(StandardCharsets.UTF_8));
    return new ClusterAddress(base, name, authorization);
  }

  /** The URI as a user gives it, without credentials. */
  @Override
  public String toString() {
    return (base.getScheme().equals("http") ? "opensearch" : "opensearch+https")
        + "://"
        + base.getHost()
        + ":"
        + base.getPort()
        + "/"
        + name;
  }
}
