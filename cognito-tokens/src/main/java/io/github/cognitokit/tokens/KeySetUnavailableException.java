package io.github.cognitokit.tokens;

/**
 * Thrown when no usable key set is at hand: the first fetch failed (timeout, refused connection, non-200 status,
 * redirect, oversize or malformed body), the fetcher is backing off after a failure, or the cached set is older than
 * the maximum stale age. The token itself may be fine: answer 503 and let the client retry.
 */
public final class KeySetUnavailableException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without the token
   */
  public KeySetUnavailableException(String message) {
    super(TokenVerificationException.Reason.KEY_SET_UNAVAILABLE, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, without the token
   * @param cause the underlying failure
   */
  public KeySetUnavailableException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.KEY_SET_UNAVAILABLE, message, cause);
  }
}
