package io.github.cognitokit.admin;

/**
 * Thrown when a Cognito admin operation fails. The message names the operation, the resource and the reason, plus
 * the AWS error code and request id; never a secret or password. Switch on {@link #reason()}.
 *
 * <p>A failed {@code ensure()} leaves nothing half-done that a second run cannot finish: run it again once the
 * cause is fixed.
 */
public final class CognitoAdminException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** The resource does not exist. */
    NOT_FOUND,
    /** Something with this name or domain exists already (for example a domain prefix owned by another pool). */
    ALREADY_EXISTS,
    /** A name matches several resources; the message names their ids. */
    AMBIGUOUS,
    /** A setting differs from what the resource has, and Cognito cannot change it after creation. */
    IMMUTABLE,
    /** Cognito rejected a parameter. */
    INVALID,
    /** A Cognito quota or count limit was reached; retrying will not help. */
    LIMIT_EXCEEDED,
    /** Throttled, also after retries. */
    THROTTLED,
    /** Someone else changed the resource at the same time, also after retries. */
    CONFLICT,
    /** The caller's credentials may not do this. */
    FORBIDDEN,
    /** Cognito failed or could not be reached. */
    UNAVAILABLE,
    /** Anything else; see the error code. */
    OTHER
  }

  /** The reason. */
  private final Reason reason;
  /** The Cognito operation, such as UpdateUserPool. */
  private final String operation;
  /** The resource, such as {@code user pool modelop (us-east-1_AbC)}. */
  private final String resource;
  /** The AWS error code, or null. */
  private final String errorCode;
  /** The AWS request id, or null. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param reason what went wrong
   * @param operation the operation, such as {@code UpdateUserPool}
   * @param resource the resource it was about
   * @param message the detail, without secrets
   * @param errorCode the AWS error code, or null
   * @param requestId the AWS request id, or null
   * @param cause a client-side cause, or null
   */
  public CognitoAdminException(Reason reason, String operation, String resource, String message, String errorCode,
      String requestId, Throwable cause) {
    super(operation + " of " + resource + " failed: " + message
        + (errorCode == null ? "" : " (" + errorCode + (requestId == null ? "" : ", request id " + requestId) + ")"),
        cause);
    this.reason = reason;
    this.operation = operation;
    this.resource = resource;
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
   * Returns the failed operation.
   *
   * @return for example {@code UpdateUserPoolClient}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the resource the operation was about.
   *
   * @return for example {@code app client gateway-service in us-east-1_AbC}
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the AWS error code.
   *
   * @return the code, or null for failures before or outside Cognito
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * Returns the AWS request id.
   *
   * @return the request id, or null
   */
  public String requestId() {
    return requestId;
  }
}
