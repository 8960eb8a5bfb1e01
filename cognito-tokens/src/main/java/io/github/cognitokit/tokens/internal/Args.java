package io.github.cognitokit.tokens.internal;

import java.time.Duration;

/** Builder argument checks that name the setting, shared by the verifiers and the filter. */
public final class Args {
  private Args() {}

  /**
   * Requires a value.
   *
   * @param <T> the type
   * @param value the value
   * @param name the setting
   * @return the value
   * @throws IllegalArgumentException if null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a duration within a range, both ends included.
   *
   * @param value the duration
   * @param name the setting
   * @param min the least
   * @param max the most
   * @return the duration
   * @throws IllegalArgumentException if null or out of range
   */
  public static Duration range(Duration value, String name, Duration min, Duration max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires an int within a range, both ends included.
   *
   * @param value the value
   * @param name the setting
   * @param min the least
   * @param max the most
   * @return the value
   * @throws IllegalArgumentException if out of range
   */
  public static int range(int value, String name, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
    }
    return value;
  }
}
