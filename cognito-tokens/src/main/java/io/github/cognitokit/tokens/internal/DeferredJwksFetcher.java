package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.JwksFetcher;
import java.net.URI;
import java.time.Duration;

/**
 * The default {@link HttpJwksFetcher}, made on the first fetch: a verifier whose keys are preloaded never loads the
 * HTTP client classes. Thread-safe.
 */
public final class DeferredJwksFetcher implements JwksFetcher {
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final int maxBytes;
  private volatile JwksFetcher fetcher;

  /**
   * Creates the fetcher.
   *
   * @param connectTimeout the default client's connect timeout
   * @param responseTimeout the deadline for the whole exchange
   * @param maxBytes the largest body accepted
   */
  public DeferredJwksFetcher(Duration connectTimeout, Duration responseTimeout, int maxBytes) {
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public byte[] fetch(URI uri) {
    JwksFetcher f = fetcher;
    if (f == null) {
      synchronized (this) {
        f = fetcher;
        if (f == null) {
          f = HttpJwksFetcher.lazyDefault(connectTimeout, responseTimeout, maxBytes);
          fetcher = f;
        }
      }
    }
    return f.fetch(uri);
  }

  @Override
  public String toString() {
    return "HttpJwksFetcher(default client)";
  }
}
