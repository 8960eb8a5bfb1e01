package io.github.cognitokit.tokens;

/**
 * Thrown when a token is not a well-formed signed JWT: wrong number of segments, bad base64url, JSON that is not an
 * object or has duplicate members, a claim of the wrong type, an unknown {@code crit} header, or a token over the size
 * limit. Answer 401.
 */
public final class MalformedTokenException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without the token
   */
  public MalformedTokenException(String message) {
    super(TokenVerificationException.Reason.MALFORMED, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, without the token
   * @param cause the underlying failure
   */
  public MalformedTokenException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.MALFORMED, message, cause);
  }
}
