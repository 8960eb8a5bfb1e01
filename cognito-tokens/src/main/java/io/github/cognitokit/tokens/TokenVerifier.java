package io.github.cognitokit.tokens;

/**
 * Verifies a token and returns its claims. The one-method interface that the servlet filter and your own code can
 * depend on, so tests can pass a fake instead of mocking {@link CognitoJwtVerifier}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TokenVerifier {
  /**
   * Verifies a token.
   *
   * @param token the compact JWT, without a {@code Bearer} prefix
   * @return the verified token
   * @throws TokenVerificationException (a subtype of it) if the token is not accepted
   */
  CognitoToken verify(String token);
}
