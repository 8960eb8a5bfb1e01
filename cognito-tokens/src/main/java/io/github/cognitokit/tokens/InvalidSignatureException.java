package io.github.cognitokit.tokens;

/**
 * Thrown when the signature does not verify with the key, including signatures of the wrong length or form. Every
 * cryptographic failure ends here, never as a raw crypto exception. Answer 401.
 */
public final class InvalidSignatureException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without the token
   */
  public InvalidSignatureException(String message) {
    super(TokenVerificationException.Reason.INVALID_SIGNATURE, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, without the token
   * @param cause the underlying failure
   */
  public InvalidSignatureException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.INVALID_SIGNATURE, message, cause);
  }
}
