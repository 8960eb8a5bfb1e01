package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The non-waiting path reactive callers use: verified from cached keys, or empty where a fetch would be needed. */
class VerifyWithoutWaitingTest {
  static final TestKeys RSA = TestKeys.rsa("rsa-1", 11L);
  static final TestKeys ROTATED = TestKeys.rsa("rsa-2", 12L);
  final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  final MutableClock clock = new MutableClock(now);
  final FakeFetcher fetcher = new FakeFetcher(TestKeys.jwks(RSA));

  CognitoJwtVerifier verifier() {
    return CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).tokenUse(TokenUse.ACCESS)
        .clientId(Tokens.CLIENT_ID).clock(clock).fetcher(fetcher).build();
  }

  @Test
  void coldVerifier_isEmpty_andFetchesNothing() {
    CognitoJwtVerifier verifier = verifier();

    assertThat(verifier.verifyWithoutWaiting(Tokens.access(RSA, now).build())).isEmpty();
    assertThat(fetcher.fetches()).isZero();
  }

  @Test
  void cachedKeys_verifyOnThisThread_withoutAFetch() {
    CognitoJwtVerifier verifier = verifier();
    verifier.hydrate();

    CognitoToken token = verifier.verifyWithoutWaiting(Tokens.access(RSA, now).build()).orElseThrow();

    assertThat(token.username()).contains("alice");
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void unknownKid_isEmpty_thenTheWaitingPathRefetches() {
    CognitoJwtVerifier verifier = verifier();
    verifier.hydrate();
    fetcher.serve(TestKeys.jwks(RSA, ROTATED));
    String rotated = Tokens.access(ROTATED, now).build();

    assertThat(verifier.verifyWithoutWaiting(rotated)).isEmpty();
    assertThat(fetcher.fetches()).isEqualTo(1);
    assertThat(verifier.verify(rotated).keyId()).isEqualTo("rsa-2");
    assertThat(verifier.verifyWithoutWaiting(rotated)).isPresent();
  }

  @Test
  void badTokens_throwTheSameTypedFailures_notEmpty() {
    CognitoJwtVerifier verifier = verifier();
    verifier.hydrate();

    assertThatThrownBy(() -> verifier.verifyWithoutWaiting(Tokens.id(RSA, now).build()))
        .isInstanceOf(InvalidTokenUseException.class);
    assertThatThrownBy(() -> verifier.verifyWithoutWaiting(Tokens.access(RSA, now.minusSeconds(7200)).build()))
        .isInstanceOf(TokenExpiredException.class);
    assertThatThrownBy(() -> verifier.verifyWithoutWaiting("not.a.jwt"))
        .isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> verifier.verifyWithoutWaiting(null)).isInstanceOf(MalformedTokenException.class);
  }
}
