package io.github.cognitokit.tokens;

/**
 * Thrown when the token's {@code iss} is not the issuer of a configured user pool. Thrown before any key is fetched,
 * so tokens of unknown issuers never cause network traffic. Answer 401.
 */
public final class InvalidIssuerException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected what was expected
   * @param message what failed, without the token
   */
  public InvalidIssuerException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.ISSUER, claim, expected, message, null);
  }
}
