package io.github.cognitokit.tokens;

/**
 * Thrown when the token's {@code nbf} is still in the future, or its {@code iat} lies further in the future than the
 * allowed clock skew. Answer 401.
 */
public final class TokenNotYetValidException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected what was expected
   * @param message what failed, without the token
   */
  public TokenNotYetValidException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.NOT_YET_VALID, claim, expected, message, null);
  }
}
