package io.github.cognitokit.tokens;

/**
 * A check of your own, run after every built-in check has passed, for example on a tenant claim:
 *
 * <pre>{@code
 * .check(token -> {
 *   if (!token.claim("custom:tenant", String.class).filter("acme"::equals).isPresent()) {
 *     throw new CheckFailedException("custom:tenant", "acme", "token is for another tenant");
 *   }
 * })
 * }</pre>
 *
 * <p>Reject with a {@link TokenVerificationException}, usually a {@link CheckFailedException}; any other runtime
 * exception is wrapped in a {@link CheckFailedException}. Checks must be thread-safe and should be fast: they run on
 * every verification, also when the token comes from the verified-token cache.
 */
@FunctionalInterface
public interface TokenCheck {
  /**
   * Checks a verified token.
   *
   * @param token the token, whose signature and built-in claims have been verified
   * @throws TokenVerificationException to reject the token
   */
  void check(CognitoToken token);
}
