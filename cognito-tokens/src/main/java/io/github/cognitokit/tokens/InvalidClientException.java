package io.github.cognitokit.tokens;

/**
 * Thrown when the token was issued to another app client: the ID token's {@code aud} or the access token's
 * {@code client_id} is missing or not a configured client id. Answer 401.
 */
public final class InvalidClientException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected what was expected
   * @param message what failed, without the token
   */
  public InvalidClientException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.CLIENT, claim, expected, message, null);
  }
}
