package io.github.cognitokit.tokens;

/**
 * Thrown when a valid token lacks a required group or scope: the caller is known but not allowed. Answer 403 (with
 * {@code error="insufficient_scope"} for bearer tokens).
 */
public abstract class InsufficientPermissionException extends InvalidClaimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason the reason constant of the subtype
   * @param claim the claim that failed
   * @param expected the groups or scopes of which one was required
   * @param message what failed, without the token
   */
  protected InsufficientPermissionException(Reason reason, String claim, String expected, String message) {
    super(reason, claim, expected, message, null);
  }
}
