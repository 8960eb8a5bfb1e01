package io.github.cognitokit.tokens;

/**
 * Thrown when {@code cognito:groups} is missing or holds none of the required groups. Answer 403.
 */
public final class MissingGroupException extends InsufficientPermissionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param claim the claim that failed
   * @param expected the values of which one was required
   * @param message what failed, without the token
   */
  public MissingGroupException(String claim, String expected, String message) {
    super(TokenVerificationException.Reason.GROUP, claim, expected, message);
  }
}
