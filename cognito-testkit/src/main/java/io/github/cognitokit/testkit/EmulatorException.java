package io.github.cognitokit.testkit;

/**
 * Thrown when the Cognito emulator cannot be started, reached or reset.
 *
 * <p>The message says what failed and, where the emulator printed anything, ends with the last lines of its output.
 */
public class EmulatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what failed
   */
  public EmulatorException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public EmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
