package io.github.cognitokit.tokens.internal;

/** Thrown by {@link Json} for text that is not one strict JSON value. The message never quotes the input. */
public final class JsonException extends Exception {
  private static final long serialVersionUID = 1L;

  JsonException(String message, int position) {
    super(message + " at offset " + position);
  }
}
