package io.github.cognitokit.auth;

/**
 * Thrown when a hosted-UI (managed login) sign-in cannot be completed. {@link #reason()} says why; the message names
 * the step and never contains a code, a token, the PKCE verifier or the client secret.
 */
public final class HostedUiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the sign-in could not be completed. */
  public enum Reason {
    /** The callback's {@code state} is not the one this login started with (a forged or crossed callback). */
    STATE_MISMATCH,
    /** This login was already completed once; a replayed callback is refused. */
    ALREADY_USED,
    /** The callback carries an OAuth2 error, such as {@code access_denied}; see {@link #error()}. */
    AUTHORIZATION_ERROR,
    /** The callback address is not a well-formed authorization response. */
    MALFORMED_CALLBACK,
    /** The token endpoint refused the code or could not be reached; see {@link #error()}. */
    TOKEN_REQUEST_FAILED,
    /** The ID token did not verify (signature, issuer, audience, expiry, token use). */
    INVALID_ID_TOKEN,
    /** The ID token's {@code nonce} is not this login's. */
    NONCE_MISMATCH,
    /** The user-info or revocation endpoint refused or could not be reached. */
    ENDPOINT_FAILED
  }

  /** Why. */
  private final Reason reason;
  /** The OAuth2 error code, or null. */
  private final String error;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param message what failed, without secrets
   * @param error the OAuth2 error code, or null
   * @param cause the underlying failure, or null
   */
  public HostedUiException(Reason reason, String message, String error, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.error = error;
  }

  /**
   * Returns why the sign-in could not be completed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the OAuth2 error code the hosted UI or token endpoint sent.
   *
   * @return for example {@code access_denied} or {@code invalid_grant}; null if there was none
   */
  public String error() {
    return error;
  }
}
