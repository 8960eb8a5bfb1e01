package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.MalformedTokenException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of claim values, failing with a {@link MalformedTokenException} that names the claim. */
public final class ClaimValues {
  private static final long MAX_SECONDS = 31556889864403199L;

  private ClaimValues() {}

  /**
   * Reads a string claim.
   *
   * @param claims the claims
   * @param name the claim name
   * @return the value, or null if absent or JSON null
   * @throws MalformedTokenException if it is not a string
   */
  public static String string(Map<String, Object> claims, String name) {
    Object v = claims.get(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw Rejections.malformed("claim " + name + " must be a string");
  }

  /**
   * Reads a NumericDate claim: seconds since the epoch, integral or fractional.
   *
   * @param claims the claims
   * @param name the claim name
   * @return the instant, or null if absent or JSON null
   * @throws MalformedTokenException if it is not a number or out of range
   */
  public static Instant time(Map<String, Object> claims, String name) {
    Object v = claims.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Long) {
      long seconds = (Long) v;
      if (seconds < -MAX_SECONDS || seconds > MAX_SECONDS) {
        throw Rejections.malformed("claim " + name + " is out of range");
      }
      return Instant.ofEpochSecond(seconds);
    }
    if (v instanceof Double) {
      double d = (Double) v;
      if (!(d > -1e15 && d < 1e15)) {
        throw Rejections.malformed("claim " + name + " is out of range");
      }
      long seconds = (long) Math.floor(d);
      return Instant.ofEpochSecond(seconds, (long) ((d - seconds) * 1_000_000_000L));
    }
    throw Rejections.malformed("claim " + name + " must be a number of seconds since the epoch");
  }

  /**
   * Tells whether a value is a JSON array of strings.
   *
   * @param v the value
   * @return true for a list whose items are all strings
   */
  public static boolean isStringList(Object v) {
    if (!(v instanceof List)) {
      return false;
    }
    for (Object item : (List<?>) v) {
      if (!(item instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a claim as a given type, for the {@code claim(name, type)} accessors.
   *
   * @param <T> the type
   * @param claims the claims
   * @param name the claim name
   * @param type the expected class
   * @return the value; empty if absent or null
   * @throws IllegalArgumentException if a name or type is null, or the claim has another type
   */
  public static <T> Optional<T> typed(Map<String, Object> claims, String name, Class<T> type) {
    if (name == null || type == null) {
      throw new IllegalArgumentException("name and type must not be null");
    }
    Object v = claims.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException("claim " + name + " is a " + v.getClass().getSimpleName() + ", not a "
          + type.getSimpleName());
    }
    return Optional.of(type.cast(v));
  }
}
