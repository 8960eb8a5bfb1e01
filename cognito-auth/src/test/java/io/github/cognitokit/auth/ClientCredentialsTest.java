package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.auth.testing.FaultProxy;
import io.github.cognitokit.auth.testing.LogCapture;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client-credentials grant against a real OAuth2 token endpoint (mock-oauth2-server, in-process, loopback),
 * behind a loopback proxy that injects Cognito's documented error answers and delays.
 */
class ClientCredentialsTest {
  static final String SECRET = "s3cr3t-client-secret-value";
  MockOAuth2Server server;
  FaultProxy proxy;
  URI endpoint;
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));
  final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  @BeforeEach
  void start() throws Exception {
    server = new MockOAuth2Server();
    server.start(InetAddress.getLoopbackAddress(), 0);
    proxy = new FaultProxy(server.tokenEndpointUrl("cognito").uri());
    endpoint = proxy.uri();
  }

  @AfterEach
  void stop() {
    proxy.close();
    server.shutdown();
  }

  ClientCredentials.Builder builder() {
    return ClientCredentials.builder().tokenEndpoint(endpoint).clientId("internal-client").clientSecret(SECRET)
        .scopes("rs/modelop_client").clock(clock);
  }

  List<FaultProxy.Recorded> requests() {
    return proxy.requests();
  }

  void advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
  }

  @Test
  void token_isFetchedWithBasicAuth_andCachedForItsLifetime() throws Exception {
    ClientCredentials credentials = builder().build();
    AccessToken first = credentials.token();
    for (int i = 0; i < 1000; i++) {
      assertThat(credentials.token()).isSameAs(first);
      advance(Duration.ofMillis(3000)); // 1,000 calls over 50 minutes of one 60-minute lifetime
    }

    List<FaultProxy.Recorded> sent = requests();
    assertThat(sent).hasSize(1);
    FaultProxy.Recorded request = sent.get(0);
    assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString(("internal-client:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    String body = request.body();
    assertThat(body).contains("grant_type=client_credentials").contains("scope=rs%2Fmodelop_client")
        .doesNotContain(SECRET);
    assertThat(first.tokenType()).isEqualTo("Bearer");
    assertThat(first.lifetime()).isPositive();
    assertThat(first.authorizationHeader()).isEqualTo("Bearer " + first.value());
  }

  @Test
  void token_nearExpiry_isRefreshed_withinTheMargin() throws Exception {
    ClientCredentials credentials = builder().build();
    AccessToken first = credentials.token();
    Duration lifetime = first.lifetime();
    Duration margin = lifetime.dividedBy(10).compareTo(Duration.ofSeconds(60)) < 0 ? lifetime.dividedBy(10)
        : Duration.ofSeconds(60);

    advance(lifetime.minus(margin).minusSeconds(1));
    assertThat(credentials.token()).isSameAs(first);
    advance(Duration.ofSeconds(1));
    AccessToken second = credentials.token();

    assertThat(second).isNotSameAs(first);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void token_thirtyTwoThreadsOnAColdCache_causeOneRequest() throws Exception {
    proxy.delayNext(300);
    ClientCredentials credentials = builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AccessToken>> results = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return credentials.token();
      }));
    }
    start.countDown();
    AccessToken first = results.get(0).get(10, TimeUnit.SECONDS);
    for (Future<AccessToken> f : results) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
    }
    pool.shutdownNow();
    assertThat(requests()).hasSize(1);
  }

  static String error(String code) {
    return "{\"error\":\"" + code + "\",\"error_description\":\"nope\"}";
  }

  @Test
  void invalidClient_isATypedErrorWithTheCode_andNoSecret() {
    proxy.failNext(401, error("invalid_client"));
    assertThatThrownBy(() -> builder().build().token()).isInstanceOfSatisfying(TokenRequestException.class, e -> {
      assertThat(e.error()).isEqualTo("invalid_client");
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.errorDescription()).isEqualTo("nope");
      assertThat(e.getMessage()).contains("invalid_client").contains(endpoint.toString()).doesNotContain(SECRET);
    });
  }

  @Test
  void invalidScope_isATypedError() {
    proxy.failNext(400, error("invalid_scope"));
    assertThatThrownBy(() -> builder().build().token()).isInstanceOfSatisfying(TokenRequestException.class,
        e -> assertThat(e.error()).isEqualTo("invalid_scope"));
  }

  @Test
  void serverError_isATypedError_withTheStatus() {
    proxy.failNext(500, "<html>oops</html>");
    assertThatThrownBy(() -> builder().build().token()).isInstanceOfSatisfying(TokenRequestException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(500);
      assertThat(e.error()).isNull();
    });
  }

  @Test
  void slowEndpoint_timesOut_withTheIoCause() {
    proxy.delayNext(2000);
    ClientCredentials credentials = builder().readTimeout(Duration.ofMillis(300)).build();
    assertThatThrownBy(credentials::token).isInstanceOfSatisfying(TokenRequestException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(-1);
      assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
    });
  }

  @Test
  void failedRefresh_whileTheCachedTokenIsValid_returnsIt_andWarns() throws Exception {
    ClientCredentials credentials = builder().build();
    AccessToken first = credentials.token();
    advance(first.lifetime().minusSeconds(30)); // inside the refresh margin, still valid
    proxy.failNext(500, error("server_error"));
    try (LogCapture logs = new LogCapture()) {
      assertThat(credentials.token()).isSameAs(first);
      assertThat(logs.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("using the cached token"));
      assertThat(String.join("\n", logs.lines())).doesNotContain(first.value()).doesNotContain(SECRET);
    }
    advance(Duration.ofSeconds(31)); // now expired: the endpoint works again
    assertThat(credentials.token()).isNotSameAs(first);
  }

  @Test
  void failure_withNothingValid_isSharedByTheThreadsWaiting() throws Exception {
    List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch arrived = new CountDownLatch(8);
    // The endpoint answers only once all eight callers are inside token() and parked: either on the slot's lock
    // or, for the one that asks, on its HTTP response. No time window decides who waits.
    proxy.failNextWhen(() -> arrived.getCount() == 0 && workers.stream().allMatch(t -> t.getState()
        == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING), 401, error("invalid_client"));
    ClientCredentials credentials = builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        workers.add(Thread.currentThread());
        start.await();
        arrived.countDown();
        return credentials.token();
      }));
    }
    start.countDown();
    for (Future<?> f : results) {
      assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.ExecutionException.class).hasCauseInstanceOf(TokenRequestException.class);
    }
    pool.shutdownNow();
    assertThat(requests()).as("the one failure was shared by every caller that waited for it").hasSize(1);
  }


  @Test
  void scopeSets_areCachedSeparately() throws Exception {
    ClientCredentials credentials = builder().build();
    AccessToken a = credentials.token("rs/read");
    AccessToken b = credentials.token("rs/write", "rs/read");
    assertThat(credentials.token("rs/read")).isSameAs(a);
    assertThat(credentials.token("rs/read", "rs/write")).isSameAs(b);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void clientSecretPost_sendsTheCredentialsInTheBody() throws Exception {
    builder().clientSecretPost().build().token();
    FaultProxy.Recorded request = requests().get(0);
    assertThat(request.authorization()).isNull();
    assertThat(request.body()).contains("client_id=internal-client").contains("client_secret=");
  }

  @Test
  void invalidate_forcesANewRequest() throws Exception {
    ClientCredentials credentials = builder().build();
    AccessToken first = credentials.token();
    credentials.invalidate();
    assertThat(credentials.token()).isNotSameAs(first);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void toStrings_hideTheSecretAndTheToken() {
    ClientCredentials credentials = builder().build();
    AccessToken token = credentials.token();
    assertThat(credentials.toString()).doesNotContain(SECRET).contains("internal-client");
    assertThat(token.toString()).doesNotContain(token.value());
  }

  @Test
  void redirect_isNotFollowed_soTheSecretGoesNowhereElse() throws Exception {
    // The other host would happily issue a token for the credentials a followed redirect re-sends to it.
    java.util.concurrent.atomic.AtomicInteger elsewhere = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    other.createContext("/", x -> {
      elsewhere.incrementAndGet();
      byte[] body = "{\"access_token\":\"stolen\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
          .getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", "application/json");
      x.sendResponseHeaders(200, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    com.sun.net.httpserver.HttpServer redirecting = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    redirecting.createContext("/", x -> {
      x.getResponseHeaders().add("Location", "http://127.0.0.1:" + other.getAddress().getPort() + "/token");
      x.sendResponseHeaders(307, -1);
      x.close();
    });
    other.start();
    redirecting.start();
    try {
      for (boolean post : new boolean[] {false, true}) {
        ClientCredentials.Builder b = builder().tokenEndpoint(URI.create("http://127.0.0.1:"
            + redirecting.getAddress().getPort() + "/oauth2/token"));
        ClientCredentials credentials = (post ? b.clientSecretPost() : b).build();
        assertThatThrownBy(credentials::token).isInstanceOfSatisfying(TokenRequestException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(307);
          assertThat(e.getMessage()).contains("redirect").doesNotContain(SECRET);
        });
      }
      assertThat(elsewhere.get()).isZero();
    } finally {
      redirecting.stop(0);
      other.stop(0);
    }
  }

  @Test
  void tokenEndpoint_plainHttp_onlyOnLoopbackLiterals() {
    for (String url : List.of("http://127.evil.example/oauth2/token", "http://127.0.0.1.evil.example/oauth2/token",
        "http://localhost.evil.example/oauth2/token", "http://10.0.0.1/oauth2/token")) {
      assertThatThrownBy(() -> ClientCredentials.builder().tokenEndpoint(URI.create(url)))
          .as(url).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
    for (String url : List.of("http://127.0.0.1:9/oauth2/token", "http://localhost:9/oauth2/token",
        "http://[::1]:9/oauth2/token", "https://auth.example.com/oauth2/token")) {
      assertThat(ClientCredentials.builder().tokenEndpoint(URI.create(url)).clientId("a").clientSecret("b").build())
          .as(url).isNotNull();
    }
  }

  @Test
  void oddSuccessfulAnswers_areTypedErrors_orBoundedTokens() {
    // 200, but not a token response.
    for (String body : List.of("<html>hello</html>", "{\"token_type\":\"Bearer\",\"expires_in\":3600}", "{}",
        "[1,2]")) {
      proxy.failNext(200, body);
      assertThatThrownBy(() -> builder().build().token()).as(body)
          .isInstanceOfSatisfying(TokenRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(200));
    }
    // No expires_in and an opaque token: nothing says how long it lives, so it is not cached as valid.
    proxy.failNext(200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\"}");
    ClientCredentials noLifetime = builder().build();
    assertThat(noLifetime.token().lifetime()).isEqualTo(java.time.Duration.ZERO);
    // An absurd expires_in is capped, never an overflow.
    for (String lifetime : List.of("9223372036854775807", "99999999999999")) {
      proxy.failNext(200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime
          + "}");
      AccessToken t = builder().build().token();
      assertThat(t.lifetime()).as(lifetime).isLessThanOrEqualTo(java.time.Duration.ofDays(1));
      assertThat(t.expiresAt()).isAfter(now.get());
    }
    // A negative one is not an OAuth2 token response (RFC 6749 5.1): a typed error.
    proxy.failNext(200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":-5}");
    assertThatThrownBy(() -> builder().build().token()).isInstanceOf(TokenRequestException.class);
  }

  @Test
  void builder_checksItsInput() {
    assertThatThrownBy(() -> ClientCredentials.builder().clientId("a").clientSecret("b").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("prefixDomain");
    assertThatThrownBy(() -> ClientCredentials.builder().tokenEndpoint(URI.create("http://example.com/token")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> ClientCredentials.builder().prefixDomain("Bad_Prefix", "us-east-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix");
    assertThatThrownBy(() -> ClientCredentials.builder().prefixDomain("ok", "mars"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
    assertThatThrownBy(() -> ClientCredentials.builder().scopes("a b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
    assertThatThrownBy(() -> ClientCredentials.builder().tokenEndpoint(endpoint).clientId("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientSecret");
    assertThat(ClientCredentials.builder().prefixDomain("modelop-auth", "us-east-1").clientId("a").clientSecret("b")
        .build().toString()).contains("https://modelop-auth.auth.us-east-1.amazoncognito.com/oauth2/token");
    assertThat(ClientCredentials.builder().domain(URI.create("https://auth.example.com/")).clientId("a")
        .clientSecret("b").build().toString()).contains("https://auth.example.com/oauth2/token");
  }
}
