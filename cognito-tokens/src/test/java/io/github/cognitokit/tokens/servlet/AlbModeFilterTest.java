package io.github.cognitokit.tokens.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.testing.AlbTokens;
import io.github.cognitokit.tokens.testing.JettyApp;
import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.PemKeyServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter behind an ALB: only a verified x-amzn-oidc-data is trusted. */
class AlbModeFilterTest {
  static final TestKeys ALB_KEY = TestKeys.ec("alb", "ES256");
  static final TestKeys COGNITO_KEY = TestKeys.rsa("k1");
  static final String KID = UUID.randomUUID().toString();
  static final Instant NOW = Instant.now();
  static PemKeyServer albKeys;
  static JwksServer cognitoKeys;

  @BeforeAll
  static void start() throws Exception {
    albKeys = new PemKeyServer().put(KID, ALB_KEY.pair.getPublic());
    cognitoKeys = new JwksServer().serve(TestKeys.jwks(COGNITO_KEY));
  }

  @AfterAll
  static void stop() {
    albKeys.close();
    cognitoKeys.close();
  }

  static AlbJwtVerifier alb() {
    return AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId(AlbTokens.CLIENT).keyBaseUri(albKeys.base())
        .build();
  }

  static String data() {
    return AlbTokens.of(ALB_KEY.pair, KID, NOW).build();
  }

  @Test
  void verifiedAlbHeader_reachesTheApp() throws Exception {
    try (JettyApp app = JettyApp.with(CognitoAuthFilter.alb(alb()).build())) {
      HttpResponse<String> r = app.get("/x", "x-amzn-oidc-data", data());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("alice|ALB|false|-");
    }
  }

  @Test
  void unsignedIdentityHeaders_areNeverTrusted() throws Exception {
    try (JettyApp app = JettyApp.with(CognitoAuthFilter.alb(alb()).build())) {
      assertThat(app.get("/x", "x-amzn-oidc-identity", "alice").statusCode()).isEqualTo(401);
      assertThat(app.get("/x").statusCode()).isEqualTo(401);
      String forged = AlbTokens.of(TestKeys.ec("evil", "ES256").pair, KID, NOW).build();
      assertThat(app.get("/x", "x-amzn-oidc-data", forged).statusCode()).isEqualTo(401);
      String wrongSigner = AlbTokens.of(ALB_KEY.pair, KID, NOW).header("signer",
          "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/evil/2222222222222222").build();
      assertThat(app.get("/x", "x-amzn-oidc-data", wrongSigner).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void withAccessTokenVerification_groupsBecomeRoles() throws Exception {
    CognitoJwtVerifier access = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(cognitoKeys.uri())
        .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
    try (JettyApp app = JettyApp.with(CognitoAuthFilter.alb(alb()).accessTokenVerifier(access)
        .requireGroup("/admin/*", "admins").build())) {
      String accessToken = Tokens.access(COGNITO_KEY, NOW).build();
      HttpResponse<String> ok = app.get("/admin/x", "x-amzn-oidc-data", data(),
          "x-amzn-oidc-accesstoken", accessToken);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).startsWith("alice|ALB|true|");
      assertThat(app.get("/admin/x", "x-amzn-oidc-data", data()).statusCode()).isEqualTo(401);
      assertThat(app.get("/admin/x", "x-amzn-oidc-data", data(), "x-amzn-oidc-accesstoken", "bad").statusCode())
          .isEqualTo(401);
    }
  }

  @Test
  void withAccessTokenVerification_anotherUsersAccessToken_isRefused() throws Exception {
    CognitoJwtVerifier access = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(cognitoKeys.uri())
        .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
    try (JettyApp app = JettyApp.with(CognitoAuthFilter.alb(alb()).accessTokenVerifier(access)
        .requireGroup("/admin/*", "admins").build())) {
      // A genuine access token, but of an admin other than the user the ALB signed in.
      String othersToken = Tokens.access(COGNITO_KEY, NOW).claim("sub", "0b6d2c4e-1111-2222-3333-444455556666")
          .claim("username", "bob").build();
      HttpResponse<String> r = app.get("/admin/x", "x-amzn-oidc-data", data(), "x-amzn-oidc-accesstoken",
          othersToken);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
          .contains("invalid_token"));
      String machine = Tokens.machine(COGNITO_KEY, NOW).build();
      assertThat(app.get("/admin/x", "x-amzn-oidc-data", data(), "x-amzn-oidc-accesstoken", machine).statusCode())
          .as("a machine token has no user's sub").isEqualTo(401);
    }
  }

  @Test
  void albModeFromInitParameters() throws Exception {
    try (JettyApp app = JettyApp.withInitParameters(Map.of(
        "mode", "alb",
        "albArns", AlbTokens.ARN,
        "albClientIds", AlbTokens.CLIENT,
        "albIssuer", AlbTokens.ISSUER,
        "albKeyBaseUri", albKeys.base().toString()))) {
      assertThat(app.get("/x", "x-amzn-oidc-data", data()).body()).startsWith("alice|ALB");
      assertThat(app.get("/x").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void garbage_isA401_andTwoDataHeaders_areA400() throws Exception {
    try (JettyApp app = JettyApp.with(CognitoAuthFilter.alb(alb()).build())) {
      assertThat(app.get("/x", "x-amzn-oidc-data", "not.a.token").statusCode()).isEqualTo(401);
      assertThat(app.get("/x", "x-amzn-oidc-data", "\u00ff\u00fe").statusCode()).isEqualTo(401);
      assertThat(app.get("/x", "x-amzn-oidc-data", data(), "x-amzn-oidc-data", data()).statusCode())
          .as("two credentials, even two valid ones").isEqualTo(400);
    }
  }
}
