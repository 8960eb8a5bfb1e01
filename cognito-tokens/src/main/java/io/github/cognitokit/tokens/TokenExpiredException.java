package io.github.cognitokit.tokens;

/**
 * Thrown when the token's {@code exp} (plus the allowed clock skew) is not after the current time, or the token has
 * no {@code exp} at all. Answer 401; the client should refresh its tokens.
 */
public final class TokenExpiredException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected what was expected
   * @param message what failed, without the token
   */
  public TokenExpiredException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.EXPIRED, claim, expected, message, null);
  }
}
