package io.github.cognitokit.admin.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks that name the field, run before any call. */
public final class Args {
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private Args() {}

  /**
   * Requires a non-blank string.
   *
   * @param value the value
   * @param field its name
   * @return the value
   * @throws IllegalArgumentException if null or blank
   */
  public static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be null or blank");
    }
    return value;
  }

  /**
   * Requires a non-null value.
   *
   * @param <T> the type
   * @param value the value
   * @param field its name
   * @return the value
   * @throws IllegalArgumentException if null
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Requires a URL Cognito accepts for callbacks and sign-out: https, or http on localhost; no fragment.
   *
   * @param url the URL
   * @param field the setting, for the message
   * @return the URL
   * @throws IllegalArgumentException naming the field and the URL
   */
  public static String redirectUrl(String url, String field) {
    text(url, field);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + " is not a URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(field + " must be an absolute URL: '" + url + "'");
    }
    if (scheme.equals("http")) {
      String host = uri.getHost() == null ? "" : uri.getHost();
      if (!host.equals("localhost") && !host.equals("127.0.0.1") && !host.equals("[::1]")) {
        throw new IllegalArgumentException(field + " must use https (http only for localhost): '" + url + "'");
      }
    } else if (scheme.equals("https") && uri.getHost() == null) {
      throw new IllegalArgumentException(field + " has no host: '" + url + "'");
    }
    if (uri.getFragment() != null) {
      throw new IllegalArgumentException(field + " must not have a fragment: '" + url + "'");
    }
    return url;
  }

  /**
   * Requires a Cognito prefix domain: lower-case letters, digits and hyphens, not starting or ending with one.
   *
   * @param prefix the prefix
   * @return it
   * @throws IllegalArgumentException naming the rule
   */
  public static String domainPrefix(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("domain prefix must be 1-63 lower-case letters, digits and hyphens, not"
          + " starting or ending with a hyphen: '" + prefix + "'");
    }
    if (prefix.contains("aws") || prefix.contains("amazon") || prefix.contains("cognito")) {
      throw new IllegalArgumentException("domain prefix must not contain aws, amazon or cognito: '" + prefix + "'");
    }
    return prefix;
  }

  /**
   * Requires a duration within a range, in whole minutes.
   *
   * @param value the duration
   * @param field the setting
   * @param min the least
   * @param max the most
   * @return it
   * @throws IllegalArgumentException naming the field and the range
   */
  public static Duration minutes(Duration value, String field, Duration min, Duration max) {
    notNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.toSeconds() % 60 != 0) {
      throw new IllegalArgumentException(field + " must be whole minutes within " + min.toMinutes() + ".."
          + max.toMinutes() + " minutes, was " + value);
    }
    return value;
  }
}
