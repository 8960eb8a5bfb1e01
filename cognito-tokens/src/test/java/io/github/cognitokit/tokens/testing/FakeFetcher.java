package io.github.cognitokit.tokens.testing;

import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A fetcher that serves a document held in memory, counts fetches, and can fail on demand. */
public final class FakeFetcher implements JwksFetcher {
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile String jwks;
  private volatile boolean failing;
  private volatile long delayMillis;

  public FakeFetcher(String jwks) {
    this.jwks = jwks;
  }

  public void serve(String jwks) {
    this.jwks = jwks;
    this.failing = false;
  }

  public void fail() {
    this.failing = true;
  }

  public void delay(long millis) {
    this.delayMillis = millis;
  }

  public int fetches() {
    return fetches.get();
  }

  @Override
  public byte[] fetch(URI jwksUri) {
    fetches.incrementAndGet();
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failing) {
      throw new KeySetUnavailableException("fake outage at " + jwksUri);
    }
    return jwks.getBytes(StandardCharsets.UTF_8);
  }
}
