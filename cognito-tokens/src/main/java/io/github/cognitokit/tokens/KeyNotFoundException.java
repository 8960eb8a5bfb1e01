package io.github.cognitokit.tokens;

/**
 * Thrown when the token has no {@code kid}, or the key set has no usable key under it (absent, not for signatures,
 * or ambiguous because two different keys share the {@code kid}) even after the rate-limited refetch. Answer 401.
 */
public final class KeyNotFoundException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without the token
   */
  public KeyNotFoundException(String message) {
    super(TokenVerificationException.Reason.KEY_NOT_FOUND, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, without the token
   * @param cause the underlying failure
   */
  public KeyNotFoundException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.KEY_NOT_FOUND, message, cause);
  }
}
