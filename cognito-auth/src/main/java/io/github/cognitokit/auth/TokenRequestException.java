package io.github.cognitokit.auth;

/**
 * Thrown when no valid client-credentials token can be had: the token endpoint refused (with an OAuth2
 * {@link #error()} such as {@code invalid_client}, {@code invalid_scope} or {@code unauthorized_client}), failed, or
 * could not be reached in time (then {@link #getCause()} is the I/O failure). The message names the endpoint, the
 * status and the error code, never the client secret or a token.
 */
public final class TokenRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The OAuth2 error code, or null. */
  private final String error;
  /** The HTTP status, or -1. */
  private final int httpStatus;
  /** The server's error description, or null. */
  private final String errorDescription;

  /**
   * Creates the exception.
   *
   * @param message what failed, without secrets
   * @param error the OAuth2 error code, or null
   * @param httpStatus the HTTP status, or -1 if there was no response
   * @param errorDescription the server's description, or null
   * @param cause the I/O failure, or null
   */
  public TokenRequestException(String message, String error, int httpStatus, String errorDescription,
      Throwable cause) {
    super(message, cause);
    this.error = error;
    this.httpStatus = httpStatus;
    this.errorDescription = errorDescription;
  }

  /**
   * Returns the OAuth2 error code.
   *
   * @return for example {@code invalid_client}; null if the endpoint sent none or did not answer
   */
  public String error() {
    return error;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, or -1 if there was no answer
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the endpoint's {@code error_description}, which is not part of the message.
   *
   * @return the description, or null
   */
  public String errorDescription() {
    return errorDescription;
  }
}
