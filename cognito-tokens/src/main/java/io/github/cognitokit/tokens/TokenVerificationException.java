package io.github.cognitokit.tokens;

/**
 * Thrown when a token is not accepted. Each failure a caller can act on has its own subtype, and {@link #reason()}
 * names it for a {@code switch} or a metric tag.
 *
 * <p>What to answer: a {@link KeySetUnavailableException} means the keys could not be fetched (answer 503 and retry
 * later); an {@link InsufficientPermissionException} means a valid token lacks a group or scope (answer 403); every
 * other subtype means the token is not acceptable (answer 401).
 *
 * <p>Messages name the failed check and the expected value. They never contain the token or its signature, but they
 * may contain claim values such as a client id, so do not echo them to untrusted clients.
 */
public abstract class TokenVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a token was not accepted: one constant per subtype. */
  public enum Reason {
    /** {@link MalformedTokenException}. */
    MALFORMED,
    /** {@link UnsupportedAlgorithmException}. */
    UNSUPPORTED_ALGORITHM,
    /** {@link KeyNotFoundException}. */
    KEY_NOT_FOUND,
    /** {@link InvalidSignatureException}. */
    INVALID_SIGNATURE,
    /** {@link TokenExpiredException}. */
    EXPIRED,
    /** {@link TokenNotYetValidException}. */
    NOT_YET_VALID,
    /** {@link InvalidIssuerException}. */
    ISSUER,
    /** {@link InvalidTokenUseException}. */
    TOKEN_USE,
    /** {@link InvalidClientException}. */
    CLIENT,
    /** {@link MissingGroupException}. */
    GROUP,
    /** {@link MissingScopeException}. */
    SCOPE,
    /** {@link CheckFailedException}. */
    CHECK_FAILED,
    /** {@link KeySetUnavailableException}. */
    KEY_SET_UNAVAILABLE,
    /** {@link InvalidSignerException}. */
    SIGNER
  }

  /** Why the token was not accepted. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the reason constant of the subtype
   * @param message what failed, without the token
   * @param cause the underlying failure, or null
   */
  protected TokenVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /**
   * Returns why the token was not accepted.
   *
   * @return the reason; never null
   */
  public final Reason reason() {
    return reason;
  }
}
