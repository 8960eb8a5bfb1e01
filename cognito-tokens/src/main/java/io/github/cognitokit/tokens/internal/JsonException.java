package io.github.cognitokit.tokens.internal;

/**
 * Thrown by {@link Json} for text that is not one strict JSON value. The message never quotes the input. Unchecked
 * and made through {@link #at(String, int)} so that the classes that parse do not load it before an error
 * ({@link Rejections} tells why); callers catch it as {@code RuntimeException} and test with {@code instanceof}.
 */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private JsonException(String message, int position) {
    super(message + " at offset " + position);
  }

  /**
   * Makes the exception.
   *
   * @param message what is wrong
   * @param position the offset of the byte where it is wrong
   * @return a {@code JsonException}
   */
  static RuntimeException at(String message, int position) {
    return new JsonException(message, position);
  }
}
