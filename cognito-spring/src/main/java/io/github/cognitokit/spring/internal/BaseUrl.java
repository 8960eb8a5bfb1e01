package io.github.cognitokit.spring.internal;

/** Expands Spring's {@code {baseUrl}} placeholder in a return address. Not part of the public API. */
public final class BaseUrl {
  private BaseUrl() {}

  /**
   * Returns the base URL of a request: scheme, host, the port where it is not the scheme's default, and the context
   * path.
   *
   * @param scheme {@code http} or {@code https}
   * @param host the host
   * @param port the port, or -1
   * @param contextPath the context path, possibly empty
   * @return for example {@code https://app.example.com:8443/shop}
   */
  public static String of(String scheme, String host, int port, String contextPath) {
    boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return scheme + "://" + h + (defaultPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
  }

  /**
   * Replaces {@code {baseUrl}} in a pattern.
   *
   * @param pattern the pattern
   * @param baseUrl the base URL
   * @return the address
   */
  public static String expand(String pattern, String baseUrl) {
    return pattern.replace("{baseUrl}", baseUrl);
  }
}
