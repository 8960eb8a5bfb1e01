package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.spring.internal.JwtConversion;
import io.github.cognitokit.tokens.CheckFailedException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.MalformedTokenException;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** Claim types, failure mapping, authorities and principal names, on tokens of the documented Cognito shapes. */
class ConversionTest {
  static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void accessToken_claimsKeepTheirValues_timesBecomeInstants() {
    String token = LocalTokens.access(",\"custom\":{\"n\":1,\"f\":1.5,\"big\":123456789012345678901234567890}");
    Jwt jwt = JwtConversion.toJwt(token, LocalTokens.verified(token, TokenUse.ACCESS));

    assertThat(jwt.getTokenValue()).isEqualTo(token);
    assertThat(jwt.getHeaders()).containsExactly(Map.entry("kid", "local-1"), Map.entry("alg", "RS256"));
    for (String time : List.of("exp", "iat", "auth_time")) {
      assertThat(jwt.getClaims().get(time)).as(time).isInstanceOf(Instant.class);
    }
    assertThat(jwt.getExpiresAt().getEpochSecond() - jwt.getIssuedAt().getEpochSecond()).isEqualTo(3600);
    assertThat(jwt.getClaimAsStringList("cognito:groups")).containsExactly("admins", "ops");
    assertThat(jwt.getClaim("version").toString()).isEqualTo("2");
    assertThat(jwt.getClaimAsMap("custom")).containsEntry("f", 1.5).containsKey("big");
    assertThat(jwt.getIssuer()).hasToString(LocalTokens.ISSUER);
    assertThat(jwt.getId()).isEqualTo("j-1");
  }

  @Test
  void idToken_audStringBecomesAList_audListStaysAList() {
    String single = LocalTokens.id("\"" + LocalTokens.CLIENT_ID + "\"");
    String list = LocalTokens.id("[\"other\",\"" + LocalTokens.CLIENT_ID + "\"]");

    assertThat(JwtConversion.toJwt(single, LocalTokens.verified(single, TokenUse.ID)).getAudience())
        .containsExactly(LocalTokens.CLIENT_ID);
    assertThat(JwtConversion.toJwt(list, LocalTokens.verified(list, TokenUse.ID)).getAudience())
        .containsExactly("other", LocalTokens.CLIENT_ID);
    Jwt jwt = JwtConversion.toJwt(single, LocalTokens.verified(single, TokenUse.ID));
    assertThat(jwt.getClaimAsBoolean("email_verified")).isTrue();
    assertThat(jwt.getClaimAsMap("address")).containsEntry("formatted", "1 Main St");
  }

  @ParameterizedTest
  @EnumSource(TokenVerificationException.Reason.class)
  void everyFailureReason_hasAPublicDescription_withoutValues(TokenVerificationException.Reason reason) {
    String d = JwtConversion.describe(reason);
    assertThat(d).isNotBlank().startsWith("The ").doesNotContain("'").doesNotContain("=");
  }

  @Test
  void failures_mapToSpringsTypes() {
    JwtException outage = JwtConversion.toJwtException(new KeySetUnavailableException("no keys from https://x"));
    assertThat(outage).isInstanceOf(KeySetUnavailableJwtException.class).isNotInstanceOf(BadJwtException.class);
    assertThat(JwtConversion.isKeySetOutage(new RuntimeException(new IllegalStateException(outage)))).isTrue();
    assertThat(JwtConversion.isKeySetOutage(new RuntimeException("x"))).isFalse();
    assertThat(JwtConversion.isKeySetOutage(null)).isFalse();

    JwtException malformed = JwtConversion.toJwtException(new MalformedTokenException("bad 'abc'"));
    assertThat(malformed).isExactlyInstanceOf(BadJwtException.class).hasMessage("The token is malformed")
        .hasCauseInstanceOf(MalformedTokenException.class);

    JwtException check = JwtConversion.toJwtException(new CheckFailedException("tenant acme is closed", null));
    assertThat(check).isInstanceOf(JwtValidationException.class).hasMessageNotContaining("acme");
    assertThat(((JwtValidationException) check).getErrors()).singleElement().satisfies(e -> {
      assertThat(e.getErrorCode()).isEqualTo("invalid_token");
      assertThat(e.getUri()).contains("rfc6750");
    });
  }

  @Test
  void decoder_rejectsWrongTokenUse_andCustomChecks_asValidationFailures() {
    CognitoJwtDecoder decoder = new CognitoJwtDecoder(LocalTokens.ready(LocalTokens.verifier(TokenUse.ACCESS)
        .check(t -> {
          if (t.claim("custom:blocked", Boolean.class).orElse(false)) {
            throw new IllegalStateException("blocked user alice");
          }
        }).build()));

    assertThat(decoder.decode(LocalTokens.access("")).getClaimAsString("username")).isEqualTo("alice");
    assertThatThrownBy(() -> decoder.decode(LocalTokens.access(",\"custom:blocked\":true")))
        .isInstanceOf(JwtValidationException.class).hasMessage("The token failed a check of this application");
    assertThatThrownBy(() -> decoder.decode(LocalTokens.id("\"" + LocalTokens.CLIENT_ID + "\"")))
        .isInstanceOf(JwtValidationException.class).hasMessage("The token is not an access token");
    CognitoJwtDecoder idOnly = new CognitoJwtDecoder(LocalTokens.ready(LocalTokens.verifier(TokenUse.ID).build()));
    assertThatThrownBy(() -> idOnly.decode(LocalTokens.access(""))).hasMessage("The token is not an ID token");
  }

  @Test
  void authorities_groupsThenScopes_withDefaultPrefixes() {
    String token = LocalTokens.access("");
    Jwt jwt = JwtConversion.toJwt(token, LocalTokens.verified(token, TokenUse.ACCESS));

    assertThat(CognitoAuthoritiesConverter.withDefaults().convert(jwt)).extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_admins", "ROLE_ops", "SCOPE_aws.cognito.signin.user.admin", "SCOPE_openid",
            "SCOPE_orders/read");
    assertThat(CognitoAuthoritiesConverter.builder().groupPrefix("").scopes(false).build().convert(jwt))
        .extracting(GrantedAuthority::getAuthority).containsExactly("admins", "ops");
    assertThat(CognitoAuthoritiesConverter.builder().groups(false).scopePrefix("S:").build().convert(jwt))
        .extracting(GrantedAuthority::getAuthority).containsExactly("S:aws.cognito.signin.user.admin", "S:openid",
            "S:orders/read");
  }

  @Test
  void authorities_toleratesOddShapes_andRefusesAmbiguousPrefixes() {
    Jwt odd = new Jwt("t", null, null, Map.of("alg", "RS256"), Map.of("sub", "s", "cognito:groups",
        List.of("a", 5, ""), "scope", List.of("x", 7)));
    assertThat(CognitoAuthoritiesConverter.withDefaults().convert(odd)).extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_a", "SCOPE_x");
    Jwt none = new Jwt("t", null, null, Map.of("alg", "RS256"), Map.of("sub", "s", "scope", "  "));
    assertThat(CognitoAuthoritiesConverter.withDefaults().convert(none)).isEmpty();

    assertThatThrownBy(() -> CognitoAuthoritiesConverter.builder().groupPrefix("X_").scopePrefix("X_").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("X_");
    assertThatThrownBy(() -> CognitoAuthoritiesConverter.builder().groupPrefix(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groupPrefix");
    assertThat(CognitoAuthoritiesConverter.builder().groupPrefix("X_").scopePrefix("X_").scopes(false).build())
        .isNotNull();
    assertThat(CognitoAuthoritiesConverter.withDefaults().toBuilder().groupPrefix("G_").build().toString())
        .contains("G_<group>", "SCOPE_<scope>");
  }

  @Test
  void principalName_isTheUser_orSubForMachines() {
    String access = LocalTokens.access("");
    String id = LocalTokens.id("\"" + LocalTokens.CLIENT_ID + "\"");
    String machine = LocalTokens.machine();
    CognitoAuthenticationConverter converter = new CognitoAuthenticationConverter();

    assertThat(converter.convert(JwtConversion.toJwt(access, LocalTokens.verified(access, TokenUse.ACCESS)))
        .getName()).isEqualTo("alice");
    assertThat(converter.convert(JwtConversion.toJwt(id, LocalTokens.verified(id, TokenUse.ID))).getName())
        .isEqualTo("alice");
    Jwt machineJwt = JwtConversion.toJwt(machine, LocalTokens.verified(machine, TokenUse.ACCESS));
    AbstractAuthenticationToken auth = converter.convert(machineJwt);
    assertThat(auth.getName()).isEqualTo(LocalTokens.CLIENT_ID);
    assertThat(names(auth.getAuthorities())).contains("SCOPE_rs/read", "SCOPE_rs/write");
  }

  @Test
  void authentication_keepsWhatSpringSecurityItselfAdds() {
    String access = LocalTokens.access("");
    Jwt jwt = JwtConversion.toJwt(access, LocalTokens.verified(access, TokenUse.ACCESS));
    JwtAuthenticationConverter spring = new JwtAuthenticationConverter();
    spring.setJwtGrantedAuthoritiesConverter(j -> List.of());

    Set<String> springAdds = names(spring.convert(jwt).getAuthorities());
    Set<String> ours = names(new CognitoAuthenticationConverter().convert(jwt).getAuthorities());

    assertThat(ours).containsAll(springAdds).contains("ROLE_admins", "SCOPE_openid");
    assertThatThrownBy(() -> new CognitoAuthenticationConverter(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CognitoJwtDecoder(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReactiveCognitoJwtDecoder(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
