package io.github.cognitokit.tokens.internal;

/**
 * A servlet URL pattern: exact ({@code /health}), path prefix ({@code /admin/*}, which also matches {@code /admin}),
 * extension ({@code *.css}), or everything ({@code /} and {@code /*}).
 */
public final class PathPattern {
  private enum Kind { EXACT, PREFIX, EXTENSION, ALL }

  private final String pattern;
  private final Kind kind;
  private final String value;

  private PathPattern(String pattern, Kind kind, String value) {
    this.pattern = pattern;
    this.kind = kind;
    this.value = value;
  }

  /**
   * Parses a pattern.
   *
   * @param pattern the servlet URL pattern
   * @return the pattern
   * @throws IllegalArgumentException if it is null, blank, or not one of the four forms
   */
  public static PathPattern parse(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("path pattern must not be null or blank");
    }
    String p = pattern.trim();
    if (p.equals("/") || p.equals("/*")) {
      return new PathPattern(p, Kind.ALL, "");
    }
    if (p.startsWith("*.") && p.length() > 2 && p.indexOf('/') < 0 && p.indexOf('*', 1) < 0) {
      return new PathPattern(p, Kind.EXTENSION, p.substring(1));
    }
    if (p.startsWith("/") && p.endsWith("/*") && p.indexOf('*') == p.length() - 1) {
      return new PathPattern(p, Kind.PREFIX, p.substring(0, p.length() - 2));
    }
    if (p.startsWith("/") && p.indexOf('*') < 0) {
      return new PathPattern(p, Kind.EXACT, p);
    }
    throw new IllegalArgumentException("path pattern must be /exact, /prefix/*, *.ext or /*, was '" + pattern + "'");
  }

  /**
   * Tells whether a path within the application matches.
   *
   * @param path the servlet path plus path info, decoded and normalized by the container
   * @return true if it matches
   */
  public boolean matches(String path) {
    switch (kind) {
      case ALL:
        return true;
      case EXACT:
        return path.equals(value);
      case PREFIX:
        return path.equals(value) || path.startsWith(value + "/");
      case EXTENSION:
        int slash = path.lastIndexOf('/');
        return path.endsWith(value) && path.length() - value.length() > slash + 1;
      default:
        return false;
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
