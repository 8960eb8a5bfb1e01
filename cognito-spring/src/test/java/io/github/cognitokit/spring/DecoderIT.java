package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.DroppingPort;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/** The decoders on emulator-minted tokens, and Spring's own decoder beside them. */
@CognitoEmulatorTest
class DecoderIT {
  static CognitoEmulator emulator;
  static MotoPool pool;
  static AuthenticationResultType alice;
  static AuthenticationResultType aliceViaOther;

  @BeforeAll
  static void signIn() {
    pool = MotoPool.create(emulator, "decoder-it");
    alice = pool.signIn("alice", pool.appClientId);
    aliceViaOther = pool.signIn("alice", pool.otherClientId);
  }

  static CognitoJwtVerifier.Builder verifier() {
    return CognitoJwtVerifier.builder().userPool(p -> p.userPoolId(pool.poolId).jwksUri(URI.create(pool.jwksUri()))
        .clientId(pool.appClientId)).tokenUse(TokenUse.ACCESS);
  }

  @Test
  void accessToken_becomesASpringJwt_withSpringsTypes() {
    Jwt jwt = new CognitoJwtDecoder(verifier().build()).decode(alice.accessToken());

    assertThat(jwt.getTokenValue()).isEqualTo(alice.accessToken());
    assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
    assertThat(jwt.getSubject()).isNotBlank();
    assertThat(jwt.getIssuer()).hasToString(pool.issuer());
    assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
    assertThat(jwt.getIssuedAt()).isBeforeOrEqualTo(Instant.now());
    assertThat(jwt.getClaims().get("exp")).isInstanceOf(Instant.class);
    assertThat(jwt.getClaims().get("auth_time")).isInstanceOf(Instant.class);
    assertThat(jwt.getClaimAsStringList("cognito:groups")).containsExactly("admins");
    assertThat(jwt.getClaimAsString("client_id")).isEqualTo(pool.appClientId);
    assertThat(jwt.getClaimAsString("username")).isEqualTo("alice");
  }

  @Test
  void idToken_hasAudAsAList() {
    Jwt jwt = new CognitoJwtDecoder(verifier().tokenUse(TokenUse.ID).build()).decode(alice.idToken());

    assertThat(jwt.getAudience()).containsExactly(pool.appClientId);
    assertThat(jwt.getClaimAsString("cognito:username")).isEqualTo("alice");
  }

  /** The reason to use this module: Spring's decoder, set up as issuer-uri sets it up, checks far less. */
  @Test
  void springsOwnDecoder_acceptsAnIdTokenAndAnotherClientsToken_cognitoDecoderRejectsBoth() {
    // What spring.security.oauth2.resourceserver.jwt.issuer-uri builds: the pool's key set, iss, exp and nbf.
    NimbusJwtDecoder spring = NimbusJwtDecoder.withJwkSetUri(pool.jwksUri()).build();
    spring.setJwtValidator(JwtValidators.createDefaultWithIssuer(pool.issuer()));
    CognitoJwtDecoder cognito = new CognitoJwtDecoder(verifier().build());

    assertThat(spring.decode(alice.idToken()).getClaimAsString("token_use")).isEqualTo("id");
    assertThat(spring.decode(aliceViaOther.accessToken()).getClaimAsString("client_id"))
        .isEqualTo(pool.otherClientId);

    assertThatThrownBy(() -> cognito.decode(alice.idToken())).isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("The token is not an access token")
        .satisfies(e -> assertThat(((JwtValidationException) e).getErrors())
            .allSatisfy(err -> assertThat(err.getErrorCode()).isEqualTo("invalid_token")));
    assertThatThrownBy(() -> cognito.decode(aliceViaOther.accessToken())).isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("app client that is not accepted")
        .hasMessageNotContaining(pool.otherClientId);
  }

  @Test
  void failures_areSpringsExceptions_withoutTheToken() {
    CognitoJwtDecoder decoder = new CognitoJwtDecoder(verifier().build());
    String token = alice.accessToken();
    String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

    assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class)
        .isNotInstanceOf(JwtValidationException.class).hasMessage("The token signature is invalid");
    assertThatThrownBy(() -> decoder.decode("garbage")).isInstanceOf(BadJwtException.class)
        .hasMessage("The token is malformed");
    assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> new CognitoJwtDecoder(verifier().requireAnyGroup("auditors").build())
        .decode(token)).isInstanceOf(JwtValidationException.class).hasMessageNotContaining(token);
  }

  @Test
  void unreachableKeys_areAServiceFailure_notABadToken() {
    try (DroppingPort port = DroppingPort.open()) {
      CognitoJwtDecoder decoder = new CognitoJwtDecoder(CognitoJwtVerifier.builder()
          .userPool(p -> p.userPoolId(pool.poolId).jwksUri(port.uri()).clientId(pool.appClientId))
          .tokenUse(TokenUse.ACCESS).responseTimeout(Duration.ofMillis(300)).build());

      assertThatThrownBy(() -> decoder.decode(alice.accessToken()))
          .isInstanceOf(KeySetUnavailableJwtException.class).isInstanceOf(JwtException.class)
          .isNotInstanceOf(BadJwtException.class);
    }
  }

  @Test
  void reactiveDecoder_sameResultsAndFailures() {
    ReactiveCognitoJwtDecoder decoder = new ReactiveCognitoJwtDecoder(verifier().build());

    // Cold: the key set is fetched off the caller's thread; warm: verified right away.
    assertThat(decoder.decode(alice.accessToken()).block().getClaimAsString("username")).isEqualTo("alice");
    assertThat(decoder.decode(alice.accessToken()).block().getClaimAsString("username")).isEqualTo("alice");
    assertThatThrownBy(() -> decoder.decode(alice.idToken()).block()).isInstanceOf(JwtValidationException.class);
    assertThatThrownBy(() -> decoder.decode(aliceViaOther.accessToken()).block())
        .isInstanceOf(JwtValidationException.class);
  }

  @Test
  void authenticationConverter_namesTheUser_andMapsGroupsAndScopes() {
    Jwt jwt = new CognitoJwtDecoder(verifier().build()).decode(alice.accessToken());

    JwtAuthenticationToken auth = (JwtAuthenticationToken) new CognitoAuthenticationConverter().convert(jwt);

    assertThat(auth.getName()).isEqualTo("alice");
    assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
        .contains("ROLE_admins", "SCOPE_aws.cognito.signin.user.admin");
    assertThat(auth.getToken()).isSameAs(jwt);
    assertThat(List.copyOf(auth.getAuthorities())).isNotEmpty();
  }
}
