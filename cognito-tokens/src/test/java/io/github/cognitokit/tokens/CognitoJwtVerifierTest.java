package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.ManualTicker;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CognitoJwtVerifierTest {
  static final TestKeys RSA = TestKeys.rsa("rsa-1");
  static final TestKeys EC = TestKeys.ec("ec-1", "ES256");
  final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  final MutableClock clock = new MutableClock(now);
  final FakeFetcher fetcher = new FakeFetcher(TestKeys.jwks(RSA, EC));

  CognitoJwtVerifier.Builder base(TokenUse use) {
    return CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).tokenUse(use).clientId(Tokens.CLIENT_ID)
        .clock(clock).fetcher(fetcher);
  }

  @Test
  void verify_accessToken_returnsItsClaims() {
    CognitoToken token = base(TokenUse.ACCESS).build().verify(Tokens.access(RSA, now).build());

    assertThat(token.tokenUse()).isEqualTo(TokenUse.ACCESS);
    assertThat(token.subject()).isEqualTo("5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
    assertThat(token.username()).contains("alice");
    assertThat(token.clientId()).isEqualTo(Tokens.CLIENT_ID);
    assertThat(token.groups()).containsExactly("admins", "users");
    assertThat(token.scopes()).containsExactly("aws.cognito.signin.user.admin", "openid", "rs/read");
    assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(3600));
    assertThat(token.issuedAt()).contains(now);
    assertThat(token.issuer()).isEqualTo(Tokens.ISSUER);
    assertThat(token.keyId()).isEqualTo("rsa-1");
    assertThat(token.algorithm()).isEqualTo("RS256");
    assertThat(token.header()).containsEntry("alg", "RS256").containsEntry("kid", "rsa-1");
    assertThatThrownBy(() -> token.header().put("alg", "none")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(token.tokenId()).contains("0c9d3a52-7777-8888-9999-aaaabbbbcccc");
    assertThat(token.claims()).containsEntry("version", 2L);
  }

  @Test
  void verify_idToken_readsAudAndCustomClaims() {
    CognitoToken token = base(TokenUse.ID).build().verify(Tokens.id(RSA, now).build());

    assertThat(token.tokenUse()).isEqualTo(TokenUse.ID);
    assertThat(token.clientId()).isEqualTo(Tokens.CLIENT_ID);
    assertThat(token.username()).contains("alice");
    assertThat(token.claim("custom:tenant", String.class)).contains("acme");
    assertThat(token.claim("email_verified", Boolean.class)).contains(true);
    assertThat(token.claim("missing", String.class)).isEmpty();
    assertThat(token.scopes()).isEmpty();
    assertThatThrownBy(() -> token.claim("email_verified", String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Boolean").hasMessageContaining("String");
  }

  @Test
  void verify_idTokenWithAudArray_containingTheClient_isAccepted() {
    String jwt = Tokens.id(RSA, now).claim("aud", List.of("other", Tokens.CLIENT_ID)).build();
    CognitoToken token = base(TokenUse.ID).build().verify(jwt);
    assertThat(token.subject()).isNotNull();
    assertThat(token.clientId()).as("the accepted entry of the array").isEqualTo(Tokens.CLIENT_ID);
  }

  @Test
  void verify_machineToken_hasNoUsernameOrGroups() {
    CognitoToken token = base(TokenUse.ACCESS).requireAnyScope("rs/modelop_client").build()
        .verify(Tokens.machine(RSA, now).build());

    assertThat(token.username()).isEmpty();
    assertThat(token.groups()).isEmpty();
    assertThat(token.subject()).isEqualTo(Tokens.CLIENT_ID);
    assertThat(token.scopes()).containsExactly("rs/modelop_client");
  }

  @Test
  void verify_anyTokenUse_acceptsBoth() {
    CognitoJwtVerifier verifier = base(TokenUse.ANY).build();
    assertThat(verifier.verify(Tokens.id(RSA, now).build()).tokenUse()).isEqualTo(TokenUse.ID);
    assertThat(verifier.verify(Tokens.access(RSA, now).build()).tokenUse()).isEqualTo(TokenUse.ACCESS);
  }

  @Test
  void verify_everyAlgorithm_withAMatchingKey() {
    for (String alg : List.of("RS256", "RS384", "RS512")) {
      TestKeys k = TestKeys.rsa("k-" + alg, 2048, alg);
      fetcher.serve(TestKeys.jwks(k));
      CognitoJwtVerifier v = base(TokenUse.ACCESS).build();
      assertThat(v.verify(Tokens.access(k, now).build()).algorithm()).isEqualTo(alg);
    }
    for (String alg : List.of("ES256", "ES384", "ES512")) {
      TestKeys k = TestKeys.ec("k-" + alg, alg);
      fetcher.serve(TestKeys.jwks(k));
      CognitoJwtVerifier v = base(TokenUse.ACCESS).build();
      assertThat(v.verify(Tokens.access(k, now).build()).algorithm()).isEqualTo(alg);
    }
  }

  @Test
  void verify_keyWithoutAlg_usesTheHeaderAlgWithinTheKeyType() {
    TestKeys k = TestKeys.rsa("no-alg", 2048, "RS512").withoutJwkAlg();
    fetcher.serve(TestKeys.jwks(k));
    assertThat(base(TokenUse.ACCESS).build().verify(Tokens.access(k, now).build()).algorithm()).isEqualTo("RS512");
  }

  @Test
  void verify_clockSkew_acceptsARecentlyExpiredToken() {
    String jwt = Tokens.access(RSA, now).claim("exp", now.getEpochSecond() - 30).build();
    assertThat(base(TokenUse.ACCESS).clockSkew(Duration.ofSeconds(31)).build().verify(jwt)).isNotNull();
    assertThatThrownBy(() -> base(TokenUse.ACCESS).clockSkew(Duration.ofSeconds(30)).build().verify(jwt))
        .isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void verify_requiredGroupsAndScopes_anyOf() {
    String jwt = Tokens.access(RSA, now).build();
    assertThat(base(TokenUse.ACCESS).requireAnyGroup("nobody", "users").requireAnyScope("x", "rs/read").build()
        .verify(jwt)).isNotNull();
  }

  @Test
  void verify_severalPools_areChosenByIssuer_eachWithItsClients() {
    TestKeys other = TestKeys.rsa("other-1");
    FakeFetcher otherFetcher = new FakeFetcher(TestKeys.jwks(other));
    JwksFetcher routing = uri -> uri.toString().contains("eu-west-1") ? otherFetcher.fetch(uri) : fetcher.fetch(uri);
    CognitoJwtVerifier verifier = CognitoJwtVerifier.builder()
        .userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .userPool(p -> p.userPoolId("eu-west-1_Second").clientId("second-client"))
        .tokenUse(TokenUse.ACCESS).clock(clock).fetcher(routing).build();

    String second = Tokens.access(other, now)
        .claim("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Second")
        .claim("client_id", "second-client").build();
    String wrongClient = Tokens.access(other, now)
        .claim("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Second").build();

    assertThat(verifier.verify(Tokens.access(RSA, now).build()).clientId()).isEqualTo(Tokens.CLIENT_ID);
    assertThat(verifier.verify(second).clientId()).isEqualTo("second-client");
    assertThatThrownBy(() -> verifier.verify(wrongClient)).isInstanceOf(InvalidClientException.class);
    assertThat(verifier.keySets()).hasSize(2);
  }

  @Test
  void verify_unknownIssuer_isRejectedBeforeAnyFetch() {
    String jwt = Tokens.access(RSA, now).claim("iss", "https://evil.example.com/us-east-1_TestPool1").build();
    assertThatThrownBy(() -> base(TokenUse.ACCESS).build().verify(jwt)).isInstanceOf(InvalidIssuerException.class);
    assertThat(fetcher.fetches()).isZero();
  }

  @Test
  void verify_customCheck_runsAfterBuiltInChecks_andCanReject() {
    CognitoJwtVerifier verifier = base(TokenUse.ID)
        .check(t -> {
          if (!t.claim("custom:tenant", String.class).filter("other"::equals).isPresent()) {
            throw new CheckFailedException("custom:tenant", "other", "wrong tenant");
          }
        }).build();
    assertThatThrownBy(() -> verifier.verify(Tokens.id(RSA, now).build()))
        .isInstanceOf(CheckFailedException.class).hasMessage("wrong tenant");
  }

  @Test
  void verify_customCheckThrowingAnythingElse_isWrapped() {
    CognitoJwtVerifier verifier = base(TokenUse.ID).check(t -> {
      throw new IllegalStateException("boom");
    }).build();
    assertThatThrownBy(() -> verifier.verify(Tokens.id(RSA, now).build()))
        .isInstanceOf(CheckFailedException.class).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void verify_customCheck_isNotRunForAnExpiredToken() {
    int[] calls = {0};
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).check(t -> calls[0]++).build();
    String expired = Tokens.access(RSA, now).claim("exp", now.getEpochSecond() - 1).build();
    assertThatThrownBy(() -> verifier.verify(expired)).isInstanceOf(TokenExpiredException.class);
    assertThat(calls[0]).isZero();
  }

  @Test
  void preload_seedsTheCache_withoutAFetch() {
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).build();
    verifier.preload(TestKeys.jwks(RSA));

    assertThat(verifier.verify(Tokens.access(RSA, now).build())).isNotNull();
    assertThat(fetcher.fetches()).isZero();
    assertThat(verifier.keySets().get(0).kids()).containsExactly("rsa-1");
    assertThatThrownBy(() -> verifier.preload("not json")).isInstanceOf(IllegalArgumentException.class);
    // A lone surrogate has no UTF-8 form: the text is refused, not read with the kid "rsa-?" (getBytes' stand-in).
    String loneSurrogate = TestKeys.jwks(RSA).replace("\"rsa-1\"", "\"rsa-\ud800\"");
    assertThat(loneSurrogate).contains("\ud800");
    assertThatThrownBy(() -> verifier.preload(loneSurrogate)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
    assertThat(verifier.keySets().get(0).kids()).containsExactly("rsa-1");
    assertThatThrownBy(() -> verifier.preload("eu-west-1_Nope", TestKeys.jwks(RSA)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eu-west-1_Nope");
  }

  @Test
  void hydrate_fetchesNow() {
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).build();
    verifier.hydrate();
    assertThat(fetcher.fetches()).isEqualTo(1);
    assertThat(verifier.keySets().get(0).fetchedAt()).isPresent();
    fetcher.fail();
    assertThatThrownBy(verifier::hydrate).isInstanceOf(KeySetUnavailableException.class);
  }

  @Test
  void toBuilder_sharesTheKeyCache() {
    CognitoJwtVerifier access = base(TokenUse.ACCESS).build();
    access.verify(Tokens.access(RSA, now).build());
    CognitoJwtVerifier id = access.toBuilder().tokenUse(TokenUse.ID).build();

    assertThat(id.verify(Tokens.id(RSA, now).build())).isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void toBuilder_withAnotherPool_getsItsOwnCache() {
    CognitoJwtVerifier access = base(TokenUse.ACCESS).build();
    access.verify(Tokens.access(RSA, now).build());
    CognitoJwtVerifier other = access.toBuilder().jwksUri(URI.create("https://keys.example.com/jwks.json")).build();
    other.verify(Tokens.access(RSA, now).build());
    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void toBuilder_withAnotherKeySetting_getsItsOwnCache_andSettingItBackSharesAgain() {
    CognitoJwtVerifier access = base(TokenUse.ACCESS).build();
    access.verify(Tokens.access(RSA, now).build());

    CognitoJwtVerifier slower = access.toBuilder().kidMissInterval(Duration.ofSeconds(30)).build();
    slower.verify(Tokens.access(RSA, now).build());
    assertThat(fetcher.fetches()).as("other key settings: its own cache").isEqualTo(2);

    CognitoJwtVerifier same = access.toBuilder().kidMissInterval(Duration.ofSeconds(30))
        .kidMissInterval(Duration.ofSeconds(10)).requireAnyGroup("ops").build();
    assertThat(same.keySets()).containsExactlyElementsOf(access.keySets());
  }

  @Test
  void toBuilder_namingTheDefaultsExplicitly_stillSharesTheCache() {
    CognitoJwtVerifier access = base(TokenUse.ACCESS).build();

    CognitoJwtVerifier same = access.toBuilder().ticker(Ticker.system()).listener(KeySetListener.NONE).build();
    CognitoJwtVerifier other = access.toBuilder().ticker(() -> 0L).build();

    assertThat(same.keySets()).as("the system ticker and no listener are the defaults")
        .containsExactlyElementsOf(access.keySets());
    assertThat(other.keySets().get(0)).isNotSameAs(access.keySets().get(0));
  }

  @Test
  void toBuilder_withASecondPool_sharesTheFirstPoolsCache() {
    CognitoJwtVerifier access = base(TokenUse.ACCESS).build();
    access.verify(Tokens.access(RSA, now).build());
    CognitoJwtVerifier two = access.toBuilder().userPool(p -> p.userPoolId("eu-west-1_Second")
        .jwksUri(URI.create("https://keys.example.com/second.json")).clientId("second-client")).build();

    assertThat(two.keySets()).hasSize(2);
    assertThat(two.keySets().get(0)).isSameAs(access.keySets().get(0));
    assertThat(two.keySets().get(1)).isNotSameAs(access.keySets().get(0));
    two.verify(Tokens.access(RSA, now).build());
    assertThat(fetcher.fetches()).as("the shared cache is warm").isEqualTo(1);
  }

  @Test
  void verifiedTokenCache_skipsTheSignature_butStillChecksExpiry() {
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).verifiedTokenCache(100).build();
    String jwt = Tokens.access(RSA, now).claim("exp", now.getEpochSecond() + 60).build();
    CognitoToken first = verifier.verify(jwt);
    assertThat(verifier.verify(jwt)).isSameAs(first);

    clock.advance(Duration.ofSeconds(60));
    assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(TokenExpiredException.class);
  }

  @Test
  void verifiedTokenCache_stopsAcceptingATokenOnceItsKeyLeavesTheKeySet() {
    // A key was compromised: a token it signed was verified (and cached) before the pool rotated it out.
    ManualTicker ticker = new ManualTicker();
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).ticker(ticker).verifiedTokenCache(100).build();
    String forged = Tokens.access(RSA, now).build();
    CognitoToken first = verifier.verify(forged);
    assertThat(verifier.verify(forged)).as("a cache hit").isSameAs(first);

    fetcher.serve(TestKeys.jwks(EC));
    verifier.keySets().get(0).refresh();

    assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(KeyNotFoundException.class);
    assertThatThrownBy(() -> verifier.verify(forged)).as("not cached again").isInstanceOf(KeyNotFoundException.class);
  }

  @Test
  void verifiedTokenCache_keepsHittingWhenARefreshRepublishesTheSameKey() {
    ManualTicker ticker = new ManualTicker();
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).ticker(ticker).verifiedTokenCache(100).build();
    String jwt = Tokens.access(RSA, now).build();
    CognitoToken first = verifier.verify(jwt);

    verifier.keySets().get(0).refresh(); // the same document again: new key objects, same material

    assertThat(verifier.verify(jwt)).as("still a hit: the key is carried over").isSameAs(first);
  }

  @Test
  void verifiedTokenCache_entriesLiveNoLongerThanTheKeySet() {
    ManualTicker ticker = new ManualTicker();
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).ticker(ticker).keySetTimeToLive(Duration.ofMinutes(10))
        .verifiedTokenCache(100).build();
    String jwt = Tokens.access(RSA, now).claim("exp", now.getEpochSecond() + 7200).build();
    CognitoToken first = verifier.verify(jwt);
    assertThat(verifier.verify(jwt)).isSameAs(first);

    ticker.advance(Duration.ofMinutes(10));

    assertThat(verifier.verify(jwt)).as("verified again after the key set's lifetime").isNotSameAs(first);
  }

  @Test
  void verifiedTokenCache_hitsStillRunEveryCheck_andASiblingConfigurationChecksForItself() {
    java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).verifiedTokenCache(100).check(t -> checked.incrementAndGet())
        .build();
    String jwt = Tokens.access(RSA, now).build(); // in groups admins and users
    CognitoToken first = verifier.verify(jwt);
    assertThat(verifier.verify(jwt)).as("a cache hit").isSameAs(first);
    assertThat(checked).as("the custom check ran on the hit too").hasValue(2);

    CognitoJwtVerifier sibling = verifier.toBuilder().requireAnyGroup("ops").build();
    assertThatThrownBy(() -> sibling.verify(jwt)).as("the sibling's own group rule, not the first's cache")
        .isInstanceOf(MissingGroupException.class);
    assertThat(verifier.verify(jwt)).isSameAs(first);
  }

  @Test
  void signatureProvider_isUsed_andFallsBackForAlgorithmsItLacks() {
    java.security.Provider rsaOnly = java.security.Security.getProvider("SunRsaSign");
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).signatureProvider(rsaOnly).build();
    assertThat(verifier.verify(Tokens.access(RSA, now).build()).algorithm()).isEqualTo("RS256");
    assertThat(verifier.verify(Tokens.access(EC, now).build()).algorithm()).isEqualTo("ES256");
    assertThatThrownBy(() -> base(TokenUse.ACCESS).signatureProvider(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signatureProvider");
  }

  @Test
  void toString_namesTheConfiguration_neverATokenValue() {
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).requireAnyGroup("admins").build();
    String jwt = Tokens.access(RSA, now).build();
    CognitoToken token = verifier.verify(jwt);
    assertThat(verifier.toString()).contains(Tokens.ISSUER).contains("ACCESS").contains("admins");
    assertThat(token.toString()).contains("alice").doesNotContain(jwt.substring(jwt.lastIndexOf('.') + 1))
        .doesNotContain(jwt.substring(0, jwt.indexOf('.')));
  }

  @Test
  void issuer_isDerivedFromThePoolId_inEveryPartition() {
    CognitoJwtVerifier china = CognitoJwtVerifier.builder().userPoolId("cn-north-1_Abc").anyClientId()
        .tokenUse(TokenUse.ID).build();
    CognitoJwtVerifier gov = CognitoJwtVerifier.builder().userPoolId("us-gov-west-1_Abc").anyClientId()
        .tokenUse(TokenUse.ID).build();
    assertThat(china.keySets().get(0).jwksUri())
        .hasToString("https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc/.well-known/jwks.json");
    assertThat(gov.toString()).contains("https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Abc");
  }

  @Test
  void verify_nullOrEmpty_isMalformed() {
    CognitoJwtVerifier verifier = base(TokenUse.ACCESS).build();
    assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(MalformedTokenException.class);
    assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(MalformedTokenException.class);
    assertThat(fetcher.fetches()).isZero();
  }
}
