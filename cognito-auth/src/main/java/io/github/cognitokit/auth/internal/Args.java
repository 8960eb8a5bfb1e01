package io.github.cognitokit.auth.internal;

/** Builder argument checks that name the setting. */
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
   * Requires non-blank text.
   *
   * @param value the value
   * @param name the setting
   * @return the value
   * @throws IllegalArgumentException if null or blank
   */
  public static String text(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }
}
