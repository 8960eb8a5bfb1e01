package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CognitoJwtVerifierBuilderTest {
  CognitoJwtVerifier.Builder valid() {
    return CognitoJwtVerifier.builder().userPoolId("us-east-1_AbC123").tokenUse(TokenUse.ACCESS).clientId("c");
  }

  @Test
  void build_withoutPool_names_userPoolId() {
    assertThatThrownBy(() -> CognitoJwtVerifier.builder().tokenUse(TokenUse.ID).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("userPoolId");
  }

  @Test
  void build_withoutTokenUse_isRefused() {
    assertThatThrownBy(() -> CognitoJwtVerifier.builder().userPoolId("us-east-1_AbC123").clientId("c").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenUse");
  }

  @Test
  void build_withoutClientChoice_isRefused() {
    assertThatThrownBy(() -> CognitoJwtVerifier.builder().userPoolId("us-east-1_AbC123").tokenUse(TokenUse.ID)
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("anyClientId()");
  }

  @Test
  void build_clientIdAndAnyClientId_areExclusive() {
    assertThatThrownBy(() -> valid().anyClientId().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exclusive");
  }

  @Test
  void build_scopesWithIdTokens_areRefused() {
    assertThatThrownBy(() -> valid().tokenUse(TokenUse.ID).requireAnyScope("a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("scope");
  }

  @Test
  void build_duplicateIssuers_areRefused() {
    assertThatThrownBy(() -> valid().userPool(p -> p.userPoolId("us-east-1_AbC123").anyClientId()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer");
  }

  @Test
  void build_staleAgeShorterThanTtl_isRefused() {
    assertThatThrownBy(() -> valid().keySetTimeToLive(Duration.ofHours(2)).maxStaleAge(Duration.ofHours(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxStaleAge");
  }

  @Test
  void build_plainHttpIssuerOffLoopback_isRefused() {
    assertThatThrownBy(() -> CognitoJwtVerifier.builder().issuer("http://keys.example.com/pool").anyClientId()
        .tokenUse(TokenUse.ID).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
  }

  @Test
  void setters_rejectBadArguments_namingThem() {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder();
    assertThatThrownBy(() -> b.userPoolId("foo-central-bar_x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> b.userPoolId(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.tokenUse(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenUse");
    assertThatThrownBy(() -> b.clientId())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> b.clientId("a", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client ids");
    assertThatThrownBy(() -> b.clientId("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client ids");
    assertThatThrownBy(() -> b.requireAnyGroup())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups");
    assertThatThrownBy(() -> b.requireAnyScope("a b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("space");
    assertThatThrownBy(() -> b.clockSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clockSkew");
    assertThatThrownBy(() -> b.clockSkew(Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clockSkew");
    assertThatThrownBy(() -> b.jwksUri(URI.create("http://example.com/jwks")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jwksUri");
    assertThatThrownBy(() -> b.jwksUri(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jwksUri");
    assertThatThrownBy(() -> b.issuer("relative/path"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer");
    assertThatThrownBy(() -> b.maxTokenSize(10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTokenSize");
    assertThatThrownBy(() -> b.maxTokenSize(CognitoJwtVerifier.MAX_TOKEN_SIZE_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokenSize");
    assertThat(b.maxTokenSize(CognitoJwtVerifier.MAX_TOKEN_SIZE_LIMIT)).isSameAs(b);
    assertThatThrownBy(() -> b.maxKeySetSize(10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxKeySetSize");
    assertThatThrownBy(() -> b.keySetTimeToLive(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keySetTimeToLive");
    assertThatThrownBy(() -> b.failureBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("failureBackoff");
    assertThatThrownBy(() -> b.clock(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clock");
    assertThatThrownBy(() -> b.fetcher(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetcher");
    assertThatThrownBy(() -> b.check(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check");
    assertThatThrownBy(() -> b.verifiedTokenCache(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifiedTokenCache");
    assertThatThrownBy(() -> b.userPool(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec");
  }

  @Test
  void build_leavesTheBuilderReusable() {
    CognitoJwtVerifier.Builder b = valid();
    CognitoJwtVerifier first = b.build();
    CognitoJwtVerifier second = b.build();
    org.assertj.core.api.Assertions.assertThat(first).isNotSameAs(second);
    org.assertj.core.api.Assertions.assertThat(first.keySets().get(0))
        .isNotSameAs(second.keySets().get(0));
  }
}
