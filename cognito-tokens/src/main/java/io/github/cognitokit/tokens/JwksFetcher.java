package io.github.cognitokit.tokens;

import io.github.cognitokit.tokens.internal.HttpJwksFetcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Downloads a JSON Web Key Set document. The verifier caches, parses, rate-limits and backs off; a fetcher only
 * fetches.
 *
 * <p>Implementations must be thread-safe, must give up within a bounded time, and must report every failure as a
 * {@link KeySetUnavailableException} whose message names the URI and the failure but no key material. Use
 * {@link #http(HttpClient, Duration, int)} for the standard one with your own {@link HttpClient} (for a proxy, say),
 * or write your own to read keys from elsewhere.
 */
@FunctionalInterface
public interface JwksFetcher {
  /**
   * Fetches the key set document.
   *
   * @param jwksUri where the key set is
   * @return the raw document bytes
   * @throws KeySetUnavailableException if it cannot be fetched
   */
  byte[] fetch(URI jwksUri);

  /**
   * Returns the standard HTTP fetcher: GET, status 200 only, redirects never followed (a response from another URI
   * is rejected even if the client follows redirects), {@code https} required except on loopback hosts, the whole
   * response within {@code responseTimeout}, and the body cut off past {@code maxBytes}.
   *
   * @param client the HTTP client to send with; its connect timeout applies
   * @param responseTimeout the limit for the whole exchange, body included
   * @param maxBytes the largest body accepted
   * @return the fetcher
   * @throws IllegalArgumentException if an argument is null, the timeout is not positive, or maxBytes is below 1
   */
  static JwksFetcher http(HttpClient client, Duration responseTimeout, int maxBytes) {
    return new HttpJwksFetcher(client, responseTimeout, maxBytes);
  }
}
