package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.JwksServer.Mode;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standard HTTP fetcher against a real loopback key server that misbehaves. */
class JwksFetchFaultsTest {
  static final TestKeys KEY = TestKeys.rsa("k1");
  final Instant now = Instant.now();
  JwksServer server;

  @BeforeEach
  void start() throws Exception {
    server = new JwksServer().serve(TestKeys.jwks(KEY));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  CognitoJwtVerifier.Builder builder(URI jwks) {
    return CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(jwks).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(new MutableClock(now)).responseTimeout(Duration.ofSeconds(1))
        .connectTimeout(Duration.ofSeconds(1));
  }

  String token() {
    return Tokens.access(KEY, now).build();
  }

  @Test
  void fetch_overHttpOnLoopback_works() {
    CognitoJwtVerifier verifier = builder(server.uri()).build();
    assertThat(verifier.verify(token()).username()).contains("alice");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void fetch_serverErrors_areUnavailable_withTheStatus() {
    for (int status : new int[] {500, 404, 429, 403}) {
      server.status(status);
      CognitoJwtVerifier verifier = builder(server.uri()).build();
      assertThatThrownBy(() -> verifier.verify(token())).isInstanceOf(KeySetUnavailableException.class)
          .hasMessageContaining("HTTP " + status);
    }
  }

  @Test
  void fetch_invalidJson_isUnavailable() {
    server.mode(Mode.GARBAGE);
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("malformed");
  }

  @Test
  void fetch_tenMebibyteBody_isCutOffAtTheLimit() {
    server.mode(Mode.HUGE);
    // The message says the body was cut off at the limit; no wall-clock bound: a loaded machine may be slow.
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("larger than 524288 bytes");
  }

  @Test
  void fetch_drippedBody_givesUpAtTheResponseTimeout() {
    server.mode(Mode.DRIP);
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("did not complete within 1000 ms");
  }

  @Test
  void fetch_slowHeaders_giveUpAtTheResponseTimeout() {
    server.mode(Mode.SLOW_HEADERS);
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("1000 ms");
  }

  @Test
  void fetch_redirect_isNotFollowed() {
    server.redirectTo("https://evil.example.com/jwks.json");
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("redirects are not followed");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void fetch_redirectFollowedByTheUsersClient_isStillRejected() throws Exception {
    try (JwksServer other = new JwksServer().serve(TestKeys.jwks(KEY))) {
      server.redirectTo(other.uri().toString());
      HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
      assertThatThrownBy(() -> builder(server.uri()).httpClient(following).build().verify(token()))
          .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("redirected");
    }
  }

  @Test
  void fetch_refusedConnection_isUnavailable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/jwks.json");
    assertThatThrownBy(() -> builder(closed).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining(closed.toString());
  }

  @Test
  void fetch_droppedConnection_isUnavailable() {
    server.mode(Mode.DROP);
    assertThatThrownBy(() -> builder(server.uri()).build().verify(token()))
        .isInstanceOf(KeySetUnavailableException.class);
  }

  @Test
  void fetch_plainHttpToARemoteHost_isRefusedWithoutAConnection() {
    JwksFetcher http = JwksFetcher.http(HttpClient.newHttpClient(), Duration.ofSeconds(1), 1024);
    assertThatThrownBy(() -> http.fetch(URI.create("http://keys.example.com/jwks.json")))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("https is required");
  }

  @Test
  void http_rejectsBadArguments() {
    assertThatThrownBy(() -> JwksFetcher.http(null, Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client");
    assertThatThrownBy(() -> JwksFetcher.http(HttpClient.newHttpClient(), Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responseTimeout");
    assertThatThrownBy(() -> JwksFetcher.http(HttpClient.newHttpClient(), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
  }

  @Test
  void outage_thenHealing_recoversAfterTheBackOff() {
    server.status(500);
    io.github.cognitokit.tokens.testing.ManualTicker ticker = new io.github.cognitokit.tokens.testing.ManualTicker();
    CognitoJwtVerifier verifier = builder(server.uri()).ticker(ticker)
        .failureBackoff(Duration.ofMillis(200), Duration.ofMillis(200)).build();
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> verifier.verify(token())).isInstanceOf(KeySetUnavailableException.class);
    }
    assertThat(server.requests()).isEqualTo(1);
    server.serve(TestKeys.jwks(KEY));
    ticker.advance(Duration.ofMillis(199));
    assertThatThrownBy(() -> verifier.verify(token())).as("still backing off")
        .isInstanceOf(KeySetUnavailableException.class);
    assertThat(server.requests()).isEqualTo(1);
    ticker.advance(Duration.ofMillis(1));
    CognitoToken verified = verifier.verify(token());
    assertThat(verified).isNotNull();
    assertThat(server.requests()).isEqualTo(2);
  }
}
