package io.github.cognitokit.tokens;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one rule every Cognito Kit module uses to decide whether a URL may use plain {@code http}: only when its host
 * is the loopback interface, so that tests and local emulators work while nothing secret or security-relevant (key
 * sets, client secrets, tokens) ever crosses a network unencrypted.
 *
 * <p>A host is loopback if it is {@code localhost} (any case), an IPv4 literal in {@code 127.0.0.0/8} written as
 * four decimal parts, or the IPv6 literal {@code ::1} (bracketed or not). Names are never resolved, so the answer
 * costs no DNS query and cannot be changed by one: {@code 127.evil.example} is a name, not loopback.
 */
public final class Loopback {
  private Loopback() {}

  /**
   * Tells whether a host is the loopback interface.
   *
   * @param host a host name or IP literal, as {@link URI#getHost()} returns it; null is not loopback
   * @return true for {@code localhost}, {@code 127.x.y.z} and {@code ::1}
   */
  public static boolean isLoopbackHost(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if ("localhost".equalsIgnoreCase(h)) {
      return true;
    }
    if (h.indexOf(':') >= 0) {
      // An IPv6 literal: InetAddress parses a string with a colon as a literal only, never as a name.
      for (int i = 0; i < h.length(); i++) {
        char c = h.charAt(i);
        if (c != ':' && c != '.' && Character.digit(c, 16) < 0) {
          return false;
        }
      }
      try {
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return isIpv4Loopback(h);
  }

  private static boolean isIpv4Loopback(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !digits(p) || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return parts[0].equals("127");
  }

  /**
   * Tells whether a URL may be used for a secure exchange: {@code https} with a host, or {@code http} to a
   * loopback host.
   *
   * @param uri the URL; null is not allowed
   * @return true if allowed
   */
  public static boolean isHttpsOrLoopbackHttp(URI uri) {
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return "https".equals(scheme) || ("http".equals(scheme) && isLoopbackHost(uri.getHost()));
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
