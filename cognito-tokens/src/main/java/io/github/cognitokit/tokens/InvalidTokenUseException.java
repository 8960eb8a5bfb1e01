package io.github.cognitokit.tokens;

/**
 * Thrown when the token's {@code token_use} is missing, not {@code id} or {@code access}, or not the configured one
 * (an ID token where an access token is required, or the reverse). Answer 401.
 */
public final class InvalidTokenUseException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected what was expected
   * @param message what failed, without the token
   */
  public InvalidTokenUseException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.TOKEN_USE, claim, expected, message, null);
  }
}
