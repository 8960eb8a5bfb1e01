package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standard {@link JwksFetcher}: an HTTP GET with a deadline on the whole exchange, a body size cap, no
 * redirects, and HTTPS required except on loopback.
 */
public final class HttpJwksFetcher implements JwksFetcher {
  private final java.util.function.Supplier<HttpClient> client;
  private final Duration responseTimeout;
  private final int maxBytes;

  /**
   * Creates the fetcher.
   *
   * @param client the client to send with
   * @param responseTimeout the deadline for the whole exchange
   * @param maxBytes the largest body accepted
   * @throws IllegalArgumentException if an argument is null or out of range
   */
  public HttpJwksFetcher(HttpClient client, Duration responseTimeout, int maxBytes) {
    this(supplied(client), responseTimeout, maxBytes);
  }

  private static java.util.function.Supplier<HttpClient> supplied(HttpClient client) {
    if (client == null) {
      throw new IllegalArgumentException("client must not be null");
    }
    return new Given(client);
  }

  /** A client given by the caller. */
  private static final class Given implements java.util.function.Supplier<HttpClient> {
    private final HttpClient client;

    Given(HttpClient client) {
      this.client = client;
    }

    @Override
    public HttpClient get() {
      return client;
    }
  }

  /**
   * The default client, built on first use and shared JVM-wide by every default fetcher with the same connect
   * timeout: one {@link HttpClient} (and its selector thread) for all of an application's verifiers and pools, as the
   * JDK recommends, rather than one per verifier. A class rather than a lambda: building a verifier spins no lambda
   * (the first lambda in a JVM costs milliseconds).
   */
  private static final class LazyDefault implements java.util.function.Supplier<HttpClient> {
    /**
     * Shared clients by connect timeout. Bounded: past this many distinct timeouts the table starts over (the clients
     * stay with the fetchers that have them), so that odd timeouts cannot pile up clients and threads.
     */
    private static final int MAX_SHARED = 16;
    private static final java.util.concurrent.ConcurrentHashMap<Duration, HttpClient> SHARED =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final Duration connectTimeout;
    private HttpClient client; // guarded by this

    LazyDefault(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    @Override
    public synchronized HttpClient get() {
      if (client == null) {
        HttpClient shared = SHARED.get(connectTimeout);
        if (shared == null) {
          if (SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
          }
          shared = defaultClient(connectTimeout);
          HttpClient raced = SHARED.putIfAbsent(connectTimeout, shared);
          shared = raced != null ? raced : shared;
        }
        client = shared;
      }
      return client;
    }
  }

  /**
   * Creates the fetcher with the default client, built on the first fetch (so that a verifier whose keys are
   * preloaded never starts an HTTP client) and shared by default fetchers with the same connect timeout.
   *
   * @param connectTimeout the connect timeout of the default client
   * @param responseTimeout the deadline for the whole exchange
   * @param maxBytes the largest body accepted
   * @return the fetcher
   */
  public static HttpJwksFetcher lazyDefault(Duration connectTimeout, Duration responseTimeout, int maxBytes) {
    return new HttpJwksFetcher(new LazyDefault(connectTimeout), responseTimeout, maxBytes);
  }

  private HttpJwksFetcher(java.util.function.Supplier<HttpClient> client, Duration responseTimeout, int maxBytes) {
    if (responseTimeout == null || responseTimeout.isZero() || responseTimeout.isNegative()) {
      throw new IllegalArgumentException("responseTimeout must be positive, was " + responseTimeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
    }
    this.client = client;
    this.responseTimeout = responseTimeout;
    this.maxBytes = maxBytes;
  }

  /**
   * Returns the client this fetcher sends with, making the default one if it was not made yet.
   *
   * @return the client
   */
  HttpClient client() {
    return client.get();
  }

  /**
   * Builds the default client: the given connect timeout and no redirects.
   *
   * @param connectTimeout the connect timeout
   * @return the client
   */
  public static HttpClient defaultClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Tells whether a URI may be fetched: {@code https}, or {@code http} to a loopback host.
   *
   * @param uri the URI
   * @return true if allowed
   */
  public static boolean isAllowed(URI uri) {
    return io.github.cognitokit.tokens.Loopback.isHttpsOrLoopbackHttp(uri);
  }

  @Override
  public byte[] fetch(URI uri) {
    if (!isAllowed(uri)) {
      throw new KeySetUnavailableException("refusing to fetch the key set from " + uri
          + ": https is required except on loopback hosts");
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(responseTimeout)
        .header("Accept", "application/json")
        .GET()
        .build();
    CompletableFuture<HttpResponse<byte[]>> future = client.get().sendAsync(request, this::limitedBody);
    HttpResponse<byte[]> response;
    try {
      response = future.get(responseTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new KeySetUnavailableException("the key set response from " + uri + " did not complete within "
          + responseTimeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new KeySetUnavailableException("interrupted while fetching the key set from " + uri, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BodyTooLargeException) {
        throw new KeySetUnavailableException("the key set from " + uri + " is larger than " + maxBytes + " bytes");
      }
      if (cause instanceof java.net.http.HttpTimeoutException
          && !(cause instanceof java.net.http.HttpConnectTimeoutException)) {
        // The client's own request timeout (the same deadline) can fire before the wait above: say it the same way.
        throw new KeySetUnavailableException("the key set response from " + uri + " did not complete within "
            + responseTimeout.toMillis() + " ms", cause);
      }
      String what = cause instanceof IOException && cause.getMessage() != null
          ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
          : String.valueOf(cause == null ? e : cause.getClass().getSimpleName());
      throw new KeySetUnavailableException("fetching the key set from " + uri + " failed: " + what, cause);
    }
    if (response.statusCode() != 200) {
      throw new KeySetUnavailableException("the key set request to " + uri + " answered HTTP "
          + response.statusCode() + (response.statusCode() / 100 == 3 ? " (redirects are not followed)" : "")
          + ", expected 200", new HttpStatusException(response.statusCode()));
    }
    if (!uri.equals(response.uri())) {
      throw new KeySetUnavailableException("the key set request to " + uri + " was redirected to "
          + response.uri() + "; redirects are not followed");
    }
    return response.body();
  }

  private HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    return new LimitedSubscriber(maxBytes, declared > maxBytes);
  }

  /** The cause of a failure for a non-200 answer, so callers can tell "no such key" from an outage. */
  public static final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpStatusException(int status) {
      super("HTTP " + status);
      this.status = status;
    }

    /**
     * Returns the status code.
     *
     * @return the HTTP status
     */
    public int status() {
      return status;
    }
  }

  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("body too large");
    }
  }

  /** Collects the body, failing as soon as it passes the cap. */
  private static final class LimitedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final int maxBytes;
    private final boolean tooLargeUpFront;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedSubscriber(int maxBytes, boolean tooLargeUpFront) {
      this.maxBytes = maxBytes;
      this.tooLargeUpFront = tooLargeUpFront;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      if (tooLargeUpFront) {
        s.cancel();
        result.completeExceptionally(new BodyTooLargeException());
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (buffer.size() + item.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLargeException());
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        buffer.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }
}
