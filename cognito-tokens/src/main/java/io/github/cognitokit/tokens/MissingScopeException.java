package io.github.cognitokit.tokens;

/**
 * Thrown when the access token's {@code scope} is missing or holds none of the required scopes. Answer 403.
 */
public final class MissingScopeException extends InsufficientPermissionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected the values of which one was required
   * @param message what failed, without the token
   */
  public MissingScopeException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.SCOPE, claim, expected, message);
  }
}
