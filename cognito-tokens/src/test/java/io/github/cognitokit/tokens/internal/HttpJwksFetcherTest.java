package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The default HTTP client: one per connect timeout for the whole JVM, not one per verifier or key set; and how the
 * client's own failures read.
 */
class HttpJwksFetcherTest {
  private static final URI JWKS =
      URI.create("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool1/.well-known/jwks.json");

  /**
   * The client's request timeout and the fetcher's wait share one deadline, so either can fire first; the message is
   * the same. Here the client's fires at once, deterministically (the loopback test in JwksFetchFaultsTest races).
   */
  @Test
  void theClientsRequestTimeout_readsAsTheResponseDeadline() {
    HttpJwksFetcher fetcher = new HttpJwksFetcher(new FailingClient(new HttpTimeoutException("request timed out")),
        Duration.ofMillis(1_500), 1024);

    assertThatThrownBy(() -> fetcher.fetch(JWKS)).isInstanceOf(KeySetUnavailableException.class)
        .hasMessage("the key set response from " + JWKS + " did not complete within 1500 ms")
        .hasCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aConnectTimeout_keepsItsOwnMessage() {
    HttpJwksFetcher fetcher = new HttpJwksFetcher(
        new FailingClient(new HttpConnectTimeoutException("HTTP connect timed out")), Duration.ofMillis(1_500), 1024);

    assertThatThrownBy(() -> fetcher.fetch(JWKS)).isInstanceOf(KeySetUnavailableException.class)
        .hasMessage("fetching the key set from " + JWKS + " failed: HttpConnectTimeoutException: HTTP connect timed"
            + " out");
  }

  @Test
  void defaultFetchers_withTheSameConnectTimeout_shareOneClient() {
    Duration connect = Duration.ofMillis(1_234);
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(connect, Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(connect, Duration.ofSeconds(5), 2048);

    assertThat(a.client()).isSameAs(b.client());
    assertThat(a.client().connectTimeout()).contains(connect);
    assertThat(a.client().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
  }

  @Test
  void defaultFetchers_withOtherConnectTimeouts_haveClientsOfTheirOwn() {
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(Duration.ofMillis(1_235), Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(Duration.ofMillis(1_236), Duration.ofSeconds(3), 1024);

    assertThat(a.client()).isNotSameAs(b.client());
    assertThat(b.client().connectTimeout()).contains(Duration.ofMillis(1_236));
  }

  @Test
  void aFetcherWithTheUsersClient_sendsWithIt() {
    HttpClient mine = HttpClient.newHttpClient();

    assertThat(new HttpJwksFetcher(mine, Duration.ofSeconds(3), 1024).client()).isSameAs(mine);
  }

  @Test
  void pastSixteenConnectTimeouts_theTableStartsOver_andStillShares() {
    for (int i = 0; i < 20; i++) {
      HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_000 + i), Duration.ofSeconds(3), 1024).client();
    }
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_019), Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_019), Duration.ofSeconds(9), 1024);

    assertThat(a.client()).isSameAs(b.client());
  }

  /** A client whose every request fails at once with the given exception. */
  private static final class FailingClient extends HttpClient {
    private final IOException failure;

    FailingClient(IOException failure) {
      this.failure = failure;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
        HttpResponse.BodyHandler<T> handler) {
      return CompletableFuture.failedFuture(failure);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
      return CompletableFuture.failedFuture(failure);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
      throw failure;
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
      return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
      return null;
    }

    @Override
    public SSLParameters sslParameters() {
      return null;
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return Optional.empty();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
      return Optional.empty();
    }
  }
}
