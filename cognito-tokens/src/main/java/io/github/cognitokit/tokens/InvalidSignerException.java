package io.github.cognitokit.tokens;

/**
 * Thrown when an ALB identity token ({@code x-amzn-oidc-data}) was signed for a load balancer other than the
 * configured ones: its {@code signer} header is not a configured load-balancer ARN. Answer 401.
 */
public final class InvalidSignerException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the header or claim that failed, {@code signer}
   * @param expected the accepted ARNs
   * @param message what failed, without the token
   */
  public InvalidSignerException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.SIGNER, claim, expected, message, null);
  }
}
