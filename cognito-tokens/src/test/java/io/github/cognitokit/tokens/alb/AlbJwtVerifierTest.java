package io.github.cognitokit.tokens.alb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.InvalidClientException;
import io.github.cognitokit.tokens.InvalidIssuerException;
import io.github.cognitokit.tokens.InvalidSignatureException;
import io.github.cognitokit.tokens.InvalidSignerException;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.MalformedTokenException;
import io.github.cognitokit.tokens.TokenExpiredException;
import io.github.cognitokit.tokens.UnsupportedAlgorithmException;
import io.github.cognitokit.tokens.testing.AlbTokens;
import io.github.cognitokit.tokens.testing.ManualTicker;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.PemKeyServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlbJwtVerifierTest {
  static final TestKeys KEY = TestKeys.ec("unused", "ES256");
  final String kid = UUID.randomUUID().toString();
  final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  final MutableClock clock = new MutableClock(now);
  final ManualTicker ticker = new ManualTicker();
  PemKeyServer keys;

  @BeforeEach
  void start() throws Exception {
    keys = new PemKeyServer().put(kid, KEY.pair.getPublic());
  }

  @AfterEach
  void stop() {
    keys.close();
  }

  AlbJwtVerifier.Builder builder() {
    return AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId(AlbTokens.CLIENT).issuer(AlbTokens.ISSUER)
        .keyBaseUri(keys.base()).clock(clock).ticker(ticker);
  }

  AlbTokens token() {
    return AlbTokens.of(KEY.pair, kid, now);
  }

  @Test
  void verify_paddedAlbToken_returnsTheUserClaims() {
    String jwt = token().build();
    assertThat(jwt).contains("=");

    AlbToken user = builder().build().verify(jwt);

    assertThat(user.username()).contains("alice");
    assertThat(user.email()).contains("alice@example.com");
    assertThat(user.subject()).isEqualTo("5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
    assertThat(user.signer()).isEqualTo(AlbTokens.ARN);
    assertThat(user.clientId()).isEqualTo(AlbTokens.CLIENT);
    assertThat(user.keyId()).isEqualTo(kid);
    assertThat(user.expiresAt()).isEqualTo(now.plusSeconds(120));
    assertThat(user.claim("email_verified", String.class)).contains("true");
    assertThat(user.toString()).doesNotContain(jwt);
  }

  @Test
  void verify_cachesTheKey() {
    AlbJwtVerifier verifier = builder().build();
    for (int i = 0; i < 20; i++) {
      verifier.verify(token().build());
    }
    assertThat(keys.requests()).isEqualTo(1);
  }

  @Test
  void verify_wrongSigner_isRejectedBeforeAnyFetch() {
    String jwt = token().header("signer",
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/other/1111111111111111").build();
    assertThatThrownBy(() -> builder().build().verify(jwt)).isInstanceOf(InvalidSignerException.class);
    assertThat(keys.requests()).isZero();
  }

  @Test
  void verify_wrongClient_isRejected() {
    assertThatThrownBy(() -> builder().build().verify(token().header("client", "other").build()))
        .isInstanceOf(InvalidClientException.class);
  }

  @Test
  void verify_expired_isRejected() {
    String jwt = token().claim("exp", now.getEpochSecond()).header("exp", now.getEpochSecond()).build();
    assertThatThrownBy(() -> builder().build().verify(jwt)).isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void verify_expiredHeaderOnly_isRejected() {
    String jwt = token().header("exp", now.getEpochSecond() - 1).build();
    assertThatThrownBy(() -> builder().build().verify(jwt)).isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void verify_otherIssuer_isRejected() {
    assertThatThrownBy(() -> builder().build().verify(token().claim("iss", "https://evil.example.com").build()))
        .isInstanceOf(InvalidIssuerException.class);
  }

  @Test
  void verify_nonUuidKid_isRejectedBeforeAnyFetch() {
    assertThatThrownBy(() -> builder().build().verify(token().header("kid", "../../etc/passwd").build()))
        .isInstanceOf(KeyNotFoundException.class).hasMessageContaining("UUID");
    assertThat(keys.requests()).isZero();
  }

  @Test
  void verify_randomKidFlood_fetchesAtMostABurstPerInterval_andAnswersAsAnOutage() {
    AlbJwtVerifier verifier = builder().kidMissInterval(Duration.ofSeconds(10)).kidMissBurst(4).build();
    verifier.verify(token().build());
    int refused = 0;
    int unknown = 0;
    for (int i = 0; i < 500; i++) {
      String jwt = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
      try {
        verifier.verify(jwt);
      } catch (KeySetUnavailableException e) {
        assertThat(e).hasMessageContaining("rate-limited");
        refused++;
      } catch (KeyNotFoundException e) {
        unknown++;
      }
    }
    assertThat(keys.requests()).as("the first key and one burst").isEqualTo(1 + 3);
    assertThat(unknown).isEqualTo(3);
    assertThat(refused).isEqualTo(497);
    ticker.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 500; i++) {
      String jwt = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOfAny(KeyNotFoundException.class,
          KeySetUnavailableException.class);
    }
    assertThat(keys.requests()).as("one more burst after the interval").isEqualTo(1 + 3 + 4);
    assertThat(verifier.verify(token().build())).as("the cached key is unaffected").isNotNull();
  }

  @Test
  void verify_oneUnknownKidPerInterval_doesNotStarveANewGenuineKey() {
    AlbJwtVerifier verifier = builder().kidMissInterval(Duration.ofSeconds(10)).build();
    verifier.verify(token().build());
    String attackerKid = UUID.randomUUID().toString();
    String newKid = UUID.randomUUID().toString();
    TestKeys rotated = TestKeys.ec("unused", "ES256");
    keys.put(newKid, rotated.pair.getPublic());
    for (int round = 0; round < 5; round++) {
      String junk = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
      assertThatThrownBy(() -> verifier.verify(junk)).isInstanceOf(KeyNotFoundException.class);
      String same = AlbTokens.of(KEY.pair, attackerKid, now).build();
      assertThatThrownBy(() -> verifier.verify(same)).isInstanceOf(KeyNotFoundException.class);
      ticker.advance(Duration.ofSeconds(9));
    }
    assertThat(verifier.verify(AlbTokens.of(rotated.pair, newKid, now).build()).keyId()).isEqualTo(newKid);
  }

  @Test
  void verify_aKidTheServerLacks_isRememberedForAnInterval() {
    AlbJwtVerifier verifier = builder().kidMissInterval(Duration.ofSeconds(10)).build();
    String jwt = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeyNotFoundException.class);
    }
    assertThat(keys.requests()).isEqualTo(1);
    ticker.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeyNotFoundException.class);
    assertThat(keys.requests()).isEqualTo(2);
  }

  @Test
  void verify_keysHaveALifetime_aWithdrawnKeyIsDropped() {
    AlbJwtVerifier verifier = builder().keyTimeToLive(Duration.ofMinutes(30)).build();
    verifier.verify(token().build());
    ticker.advance(Duration.ofMinutes(29));
    verifier.verify(token().build());
    assertThat(keys.requests()).isEqualTo(1);

    keys.remove(kid);
    ticker.advance(Duration.ofMinutes(1));

    assertThatThrownBy(() -> verifier.verify(token().build())).isInstanceOf(KeyNotFoundException.class);
    assertThat(keys.requests()).isEqualTo(2);
  }

  @Test
  void verify_anExpiredKey_staysInUseWhileTheKeyServerIsDown_upToTheStaleLimit() {
    AlbJwtVerifier verifier = builder().keyTimeToLive(Duration.ofMinutes(30)).maxStaleAge(Duration.ofHours(2))
        .build();
    verifier.verify(token().build());
    keys.failWith(500);
    ticker.advance(Duration.ofMinutes(31));
    assertThat(verifier.verify(token().build())).as("stale key while the server fails").isNotNull();
    assertThat(keys.requests()).isEqualTo(2);

    ticker.advance(Duration.ofHours(2));
    assertThatThrownBy(() -> verifier.verify(token().build())).isInstanceOf(KeySetUnavailableException.class);
  }

  @Test
  void verify_foreignClient_isRejectedBeforeAnyFetch() {
    assertThatThrownBy(() -> builder().build().verify(token().header("client", "other").build()))
        .isInstanceOf(InvalidClientException.class);
    assertThatThrownBy(() -> builder().build().verify(token().header("client", null).build()))
        .isInstanceOf(InvalidClientException.class);
    assertThat(keys.requests()).isZero();
  }

  @Test
  void builder_refusesAStaleLimitShorterThanTheLifetime() {
    assertThatThrownBy(() -> builder().keyTimeToLive(Duration.ofHours(2)).maxStaleAge(Duration.ofHours(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxStaleAge");
    assertThatThrownBy(() -> builder().kidMissBurst(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kidMissBurst");
    assertThatThrownBy(() -> builder().keyTimeToLive(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keyTimeToLive");
  }

  @Test
  void verify_tamperedPayload_isAnInvalidSignature() {
    String jwt = token().build();
    String[] parts = jwt.split("\\.");
    String forged = java.util.Base64.getUrlEncoder().encodeToString(
        "{\"sub\":\"admin\",\"exp\":9999999999,\"iss\":\"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool1\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> builder().build().verify(parts[0] + "." + forged + "." + parts[2]))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void verify_paddingStrippedFromTheSignedInput_isAnInvalidSignature() {
    String jwt = token().build();
    String[] parts = jwt.split("\\.");
    String stripped = parts[0].replace("=", "") + "." + parts[1].replace("=", "") + "." + parts[2];
    assertThat(stripped).as("the test token's header or payload is padded").isNotEqualTo(jwt);
    assertThatThrownBy(() -> builder().build().verify(stripped)).isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void verify_derSignature_isAnInvalidSignature() {
    assertThatThrownBy(() -> builder().build().verify(token().derSignature().build()))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void verify_keyOfAnotherKeyPair_isAnInvalidSignature() {
    TestKeys other = TestKeys.ec("x", "ES256");
    assertThatThrownBy(() -> builder().build().verify(AlbTokens.of(other.pair, kid, now).build()))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void verify_otherAlgorithms_areUnsupported() {
    assertThatThrownBy(() -> builder().build().verify(token().header("alg", "RS256").build()))
        .isInstanceOf(UnsupportedAlgorithmException.class);
    assertThatThrownBy(() -> builder().build().verify(token().header("alg", "none").build()))
        .isInstanceOf(UnsupportedAlgorithmException.class);
  }

  @Test
  void verify_malformedInput_isMalformed() {
    AlbJwtVerifier verifier = builder().build();
    assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> verifier.verify("a.b")).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> verifier.verify("a===.b.c")).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> verifier.verify("x".repeat(20_000))).isInstanceOf(MalformedTokenException.class);
    String jwt = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
    int dot = jwt.indexOf('.');
    for (String odd : new String[] {"\ud83d\ude00", "\u00e9", "\u0141"}) {
      assertThatThrownBy(() -> verifier.verify(jwt.substring(0, dot) + odd + jwt.substring(dot)))
          .as("%s at the end of the header", odd).isInstanceOf(MalformedTokenException.class);
      assertThatThrownBy(() -> verifier.verify(jwt.substring(0, 3) + odd + jwt.substring(3)))
          .as("%s inside the header", odd).isInstanceOf(MalformedTokenException.class);
    }
  }

  @Test
  void verify_unknownKidAt404_isKeyNotFound_notAnOutage() {
    String jwt = AlbTokens.of(KEY.pair, UUID.randomUUID().toString(), now).build();
    assertThatThrownBy(() -> builder().build().verify(jwt)).isInstanceOf(KeyNotFoundException.class);
  }

  @Test
  void builder_rejectsBadInput() {
    assertThatThrownBy(() -> AlbJwtVerifier.builder().albArn("arn:aws:elasticloadbalancing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("albArn");
    assertThatThrownBy(() -> AlbJwtVerifier.builder().albArn(
        "arn:aws-unsupported:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlbJwtVerifier.builder().albArn(AlbTokens.ARN).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> AlbJwtVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("albArn");
    assertThatThrownBy(() -> AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId("a").anyClientId().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exclusive");
    AlbJwtVerifier gov = AlbJwtVerifier.builder().albArn(
        "arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:loadbalancer/app/a/1f").anyClientId().build();
    assertThat(gov.toString()).contains("us-gov-west-1");
  }

  @Test
  void preload_avoidsTheFetch() {
    AlbJwtVerifier verifier = builder().build();
    verifier.preload(AlbTokens.ARN, kid, PemKeyServer.pem(KEY.pair.getPublic()));
    assertThat(verifier.verify(token().build())).isNotNull();
    assertThat(keys.requests()).isZero();
    assertThatThrownBy(() -> verifier.preload(AlbTokens.ARN, kid, "junk")).isInstanceOf(IllegalArgumentException.class);
    TestKeys rsa = TestKeys.rsa("r");
    assertThatThrownBy(() -> verifier.preload(AlbTokens.ARN, kid, PemKeyServer.pem(rsa.pair.getPublic())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verify_nullOrEmpty_isMalformed() {
    assertThatThrownBy(() -> builder().build().verify(null)).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> builder().build().verify("")).isInstanceOf(MalformedTokenException.class);
    assertThat(keys.requests()).isZero();
  }
}
