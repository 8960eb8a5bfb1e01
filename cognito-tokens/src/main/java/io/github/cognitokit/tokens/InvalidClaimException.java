package io.github.cognitokit.tokens;

/**
 * Thrown when a token has a claim that is not acceptable. Thrown only after the signature has been verified, so
 * {@link #claim()} and {@link #expected()} describe a genuine token; the one exception is
 * {@link InvalidIssuerException}, checked first so that tokens of unknown issuers never cause a key fetch.
 */
public abstract class InvalidClaimException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /** The claim that failed. */
  private final String claim;
  /** What was expected of it. */
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param reason the reason constant of the subtype
   * @param claim the claim that failed, such as {@code exp}
   * @param expected what was expected, in words or values
   * @param message what failed, without the token
   * @param cause the underlying failure, or null
   */
  protected InvalidClaimException(Reason reason, String claim, String expected, String message, Throwable cause) {
    super(reason, message, cause);
    this.claim = claim;
    this.expected = expected;
  }

  /**
   * Returns the name of the claim that failed.
   *
   * @return the claim name, such as {@code token_use}
   */
  public String claim() {
    return claim;
  }

  /**
   * Returns what the verifier expected of the claim.
   *
   * @return the expected value or condition
   */
  public String expected() {
    return expected;
  }
}
