package io.github.cognitokit.auth;

/**
 * Thrown when Cognito refuses a sign-in, challenge answer, refresh or sign-out, or cannot be reached. Switch on
 * {@link #reason()}.
 *
 * <p>Messages are ours: they name the operation, the reason and the AWS error code and request id, never a password,
 * secret, token, session or SECRET_HASH, and never Cognito's own message text (which can echo request values). For
 * the same reason a Cognito service error is not kept as the cause; client-side failures (a refused connection, a
 * timeout) are.
 */
public final class CognitoAuthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in terms a caller can act on. */
  public enum Reason {
    /**
     * Wrong user name or password, or another refusal Cognito does not explain. Pools that prevent user-existence
     * errors answer this for unknown users too, and so do we.
     */
    NOT_AUTHORIZED,
    /** The user is disabled. */
    USER_DISABLED,
    /** The SECRET_HASH did not match: a wrong client secret, or a hash of the wrong user name. */
    SECRET_HASH_MISMATCH,
    /** The refresh token is invalid, expired or revoked (for example after a global sign-out). */
    REFRESH_TOKEN_INVALID,
    /** The challenge session expired; sign in again. */
    SESSION_EXPIRED,
    /** The user has not confirmed the sign-up. */
    USER_NOT_CONFIRMED,
    /** An administrator reset the password; the user must set a new one with the forgot-password flow. */
    PASSWORD_RESET_REQUIRED,
    /** The user does not exist (only where the pool reveals it). */
    USER_NOT_FOUND,
    /** Sign-up: the user name, or an alias such as the e-mail address, is taken. */
    USERNAME_EXISTS,
    /** The new password does not meet the pool's password policy. */
    INVALID_PASSWORD,
    /** The MFA or verification code is wrong. */
    CODE_MISMATCH,
    /** The MFA or verification code has expired. */
    CODE_EXPIRED,
    /** The app client does not allow this flow (for example ALLOW_USER_PASSWORD_AUTH is not enabled). */
    FLOW_NOT_ENABLED,
    /** Cognito rejected a parameter. */
    INVALID_PARAMETER,
    /** Requests were throttled, also after the SDK's retries. Retry later. */
    TOO_MANY_REQUESTS,
    /** A limit was exceeded (for example too many attempts); do not retry at once. */
    LIMIT_EXCEEDED,
    /** The user pool or app client does not exist. */
    RESOURCE_NOT_FOUND,
    /** Cognito could not be reached or failed on its side. */
    UNAVAILABLE,
    /**
     * Cognito's challenge could not be answered: its SRP parameters are malformed or forged (for example
     * {@code SRP_B} is a multiple of N), or it asks for a remembered device that was not given. Sign in again.
     */
    INVALID_CHALLENGE,
    /** Anything else; see the error code. */
    OTHER
  }

  /** The reason. */
  private final Reason reason;
  /** The AWS error code, or null for client-side failures. */
  private final String errorCode;
  /** The AWS request id, or null. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param reason what went wrong
   * @param message our message, without secrets
   * @param errorCode the AWS error code, or null
   * @param requestId the AWS request id, or null
   * @param cause a client-side cause, or null
   */
  public CognitoAuthException(Reason reason, String message, String errorCode, String requestId, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.errorCode = errorCode;
    this.requestId = requestId;
  }

  /**
   * Returns what went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the AWS error code, such as {@code NotAuthorizedException}.
   *
   * @return the code, or null for client-side failures
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * Returns the AWS request id, for AWS support.
   *
   * @return the request id, or null
   */
  public String requestId() {
    return requestId;
  }
}
