package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.ManualTicker;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * A real loopback key server that fails in every way while traffic goes on: cached keys keep verifying up to the
 * stale limit, requests stay bounded by the back-off, bad tokens are never accepted, and the verifier recovers when
 * the server heals. Key material rotated under the same kid is picked up at the next refresh.
 */
class KeyServerOutageTest {
  final ManualTicker ticker = new ManualTicker();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
  final Executor inline = Runnable::run;

  CognitoJwtVerifier verifier(JwksServer server) {
    return CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(server.uri()).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(clock).ticker(ticker).executor(inline)
        .responseTimeout(Duration.ofMillis(800)).connectTimeout(Duration.ofMillis(500))
        .keySetTimeToLive(Duration.ofHours(1)).maxStaleAge(Duration.ofHours(6))
        .failureBackoff(Duration.ofSeconds(30), Duration.ofMinutes(30)).build();
  }

  void advance(Duration d) {
    ticker.advance(d);
    clock.advance(d);
  }

  @Test
  void everyKindOfOutage_keepsCachedKeys_boundsRequests_andRecovers() throws Exception {
    TestKeys key = TestKeys.rsa("k1");
    TestKeys attacker = TestKeys.rsa("k1");
    try (JwksServer server = new JwksServer().serve(TestKeys.jwks(key))) {
      CognitoJwtVerifier verifier = verifier(server);
      assertThat(verifier.verify(Tokens.access(key, clock.instant()).build())).isNotNull();
      List<Runnable> faults = List.of(
          () -> server.status(500), () -> server.status(404), () -> server.status(429),
          () -> server.mode(JwksServer.Mode.GARBAGE), () -> server.mode(JwksServer.Mode.HUGE),
          () -> server.mode(JwksServer.Mode.DRIP), () -> server.redirectTo("https://elsewhere.example.com/jwks"),
          () -> server.mode(JwksServer.Mode.DROP));
      int before = server.requests();
      for (Runnable fault : faults) {
        fault.run();
        for (int i = 0; i < 6; i++) {
          advance(Duration.ofMinutes(5));
          assertThat(verifier.verify(Tokens.access(key, clock.instant()).build())).isNotNull();
          String forged = Tokens.access(attacker, clock.instant()).build();
          assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidSignatureException.class);
        }
      }
      // 4 hours of outage and 96 verifications: refetches follow the back-off (30 s doubling to 30 min: about a
      // dozen in 4 hours), not the traffic.
      assertThat(server.requests() - before).isBetween(4, 16);

      advance(Duration.ofHours(3));
      assertThatThrownBy(() -> verifier.verify(Tokens.access(key, clock.instant()).build()))
          .isInstanceOf(KeySetUnavailableException.class);

      TestKeys rotated = TestKeys.rsa("k1");
      server.serve(TestKeys.jwks(rotated));
      advance(Duration.ofMinutes(31));
      assertThat(verifier.verify(Tokens.access(rotated, clock.instant()).build())).isNotNull();
      assertThatThrownBy(() -> verifier.verify(Tokens.access(key, clock.instant()).build()))
          .isInstanceOf(InvalidSignatureException.class);
    }
  }

  @Test
  void refusedConnection_isUnavailable_thenRecoversWhenAServerAppears() throws Exception {
    TestKeys key = TestKeys.rsa("k1");
    JwksServer gone = new JwksServer();
    java.net.URI goneUri = gone.uri();
    gone.close(); // nothing listens there any more: connections are refused
    try (JwksServer appears = new JwksServer().serve(TestKeys.jwks(key))) {
      // The verifier's key requests go over real HTTP to where `target` points: first the closed port, then the
      // server that appears. No port is probed and reused.
      java.util.concurrent.atomic.AtomicReference<java.net.URI> target = new java.util.concurrent.atomic
          .AtomicReference<>(goneUri);
      io.github.cognitokit.tokens.internal.HttpJwksFetcher http = io.github.cognitokit.tokens.internal.HttpJwksFetcher
          .lazyDefault(Duration.ofMillis(500), Duration.ofMillis(800), 512 * 1024);
      CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(goneUri)
          .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).clock(clock).ticker(ticker).executor(inline)
          .failureBackoff(Duration.ofSeconds(30), Duration.ofMinutes(30))
          .fetcher(uri -> http.fetch(target.get())).build();
      String jwt = Tokens.access(key, clock.instant()).build();

      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeySetUnavailableException.class);
      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeySetUnavailableException.class)
          .hasMessageContaining("next try");
      assertThat(appears.requests()).isZero();

      target.set(appears.uri());
      assertThatThrownBy(() -> verifier.verify(jwt)).as("still backing off")
          .isInstanceOf(KeySetUnavailableException.class);
      advance(Duration.ofSeconds(30));
      assertThat(verifier.verify(jwt).subject()).as("recovered once the back-off ended").isNotNull();
      assertThat(appears.requests()).isEqualTo(1);
    }
  }
}
