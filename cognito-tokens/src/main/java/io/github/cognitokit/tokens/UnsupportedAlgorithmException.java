package io.github.cognitokit.tokens;

/**
 * Thrown when the token's {@code alg} is not one of RS256, RS384, RS512, ES256, ES384, ES512 ({@code none} and
 * {@code HS*} included), or does not fit the key it names (an RS256 header on an EC key, ES256 on a P-384 key, or a
 * JWK whose own {@code alg} differs). Answer 401.
 */
public final class UnsupportedAlgorithmException extends TokenVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without the token
   */
  public UnsupportedAlgorithmException(String message) {
    super(TokenVerificationException.Reason.UNSUPPORTED_ALGORITHM, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, without the token
   * @param cause the underlying failure
   */
  public UnsupportedAlgorithmException(String message, Throwable cause) {
    super(TokenVerificationException.Reason.UNSUPPORTED_ALGORITHM, message, cause);
  }
}
