package io.github.cognitokit.tokens;

/**
 * Thrown by a custom {@link TokenCheck} to reject a token, and thrown by the verifier when a check fails with any
 * other runtime exception (kept as the cause). Answer 401.
 */
public final class CheckFailedException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a check that rejects a token.
   *
   * @param claim the claim the check looked at, or a short name of the check
   * @param expected what the check expected
   * @param message what failed; do not put the token in it
   */
  public CheckFailedException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.CHECK_FAILED, claim, expected, message, null);
  }

  /**
   * Creates the exception for a check that failed unexpectedly.
   *
   * @param message what failed
   * @param cause the exception the check threw
   */
  public CheckFailedException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.CHECK_FAILED, "check", "the custom check to pass", message, cause);
  }
}
