package io.github.cognitokit.spring;

import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Thrown by the Cognito decoders when the user pool's key set cannot be fetched. It is a {@link JwtException} but not
 * a {@code BadJwtException}: the token may be perfectly good, so Spring Security treats it as a service failure
 * rather than answering 401, and {@code KeySetOutageFilter} (servlet) or {@code KeySetOutageWebFilter} (reactive)
 * answers 503 with {@code Retry-After}. The cause is the verifier's {@code KeySetUnavailableException}.
 */
public final class KeySetUnavailableJwtException extends JwtException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be fetched, without the token
   * @param cause the verifier's failure
   */
  public KeySetUnavailableJwtException(String message, Throwable cause) {
    super(message, cause);
  }
}
