package io.github.cognitokit.tokens.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.testing.JettyApp;
import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter in a real Jetty 12 server, with real HTTP requests. */
class CognitoAuthFilterTest {
  static final TestKeys KEY = TestKeys.rsa("k1");
  static final Instant NOW = Instant.now();
  static JwksServer keys;
  static JettyApp app;

  @BeforeAll
  static void start() throws Exception {
    keys = new JwksServer().serve(TestKeys.jwks(KEY));
    app = JettyApp.with(CognitoAuthFilter.bearer(verifier())
        .realm("test-api")
        .exclude("/health", "/public/*")
        .requireGroup("/admin/*", "admins")
        .requireScope("/api/*", "rs/read", "rs/write")
        .requireScope("/write/*", "rs/write")
        .build());
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    keys.close();
  }

  static CognitoJwtVerifier verifier() {
    return CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(keys.uri()).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).build();
  }

  static String bearer(Tokens t) {
    return "Bearer " + t.build();
  }

  static Tokens access() {
    return Tokens.access(KEY, NOW);
  }

  @Test
  void validToken_reachesTheApp_withPrincipalRolesAndAttribute() throws Exception {
    HttpResponse<String> r = app.get("/hello", "Authorization", bearer(access()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("alice|BEARER|true|5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
  }

  @Test
  void schemeIsCaseInsensitive() throws Exception {
    assertThat(app.get("/hello", "Authorization", "bEaReR " + access().build()).statusCode()).isEqualTo(200);
  }

  @Test
  void machineToken_isNamedBySubject_withNoRoles() throws Exception {
    HttpResponse<String> r = app.get("/api/x", "Authorization", bearer(Tokens.machine(KEY, NOW)
        .claim("scope", "rs/read")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith(Tokens.CLIENT_ID + "|BEARER|false|");
  }

  @Test
  void missingToken_is401_withRealmAndNoErrorCode() throws Exception {
    HttpResponse<String> r = app.get("/hello");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"test-api\"");
    assertThat(r.body()).isEqualTo("Unauthorized\n");
  }

  @Test
  void otherScheme_is401_likeMissing() throws Exception {
    HttpResponse<String> r = app.get("/hello", "Authorization", "Basic YWxpY2U6cGFzcw==");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"test-api\"");
  }

  @Test
  void badTokens_are401_invalidToken_withAGenericBody() throws Exception {
    String malformed = "Bearer not.a.token";
    String expired = bearer(access().claim("exp", NOW.getEpochSecond() - 10));
    String wrongClient = bearer(access().claim("client_id", "other"));
    String idToken = bearer(Tokens.id(KEY, NOW));
    String emptyBearer = "Bearer   ";
    for (String auth : List.of(malformed, expired, wrongClient, idToken, emptyBearer)) {
      HttpResponse<String> r = app.get("/hello", "Authorization", auth);
      assertThat(r.statusCode()).as(auth).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate"))
          .contains("Bearer realm=\"test-api\", error=\"invalid_token\"");
      assertThat(r.body()).isEqualTo("Unauthorized\n");
      assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void twoAuthorizationHeaders_are400_invalidRequest() throws Exception {
    HttpResponse<String> r = app.get("/hello", "Authorization", bearer(access()), "Authorization", bearer(access()));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().contains("error=\"invalid_request\"");
  }

  @Test
  void groupRule_withoutTheGroup_is403() throws Exception {
    HttpResponse<String> r = app.get("/admin/users", "Authorization", bearer(access()
        .claim("cognito:groups", List.of("users"))));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"test-api\", error=\"insufficient_scope\"");
    assertThat(r.body()).isEqualTo("Forbidden\n");
    assertThat(app.get("/admin", "Authorization", bearer(access())).statusCode()).isEqualTo(200);
  }

  @Test
  void scopeRule_withoutTheScope_is403_namingTheScopes() throws Exception {
    HttpResponse<String> r = app.get("/write/x", "Authorization", bearer(access()));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString()
        .contains("error=\"insufficient_scope\"").contains("scope=\"rs/write\"");
    assertThat(app.get("/api/read", "Authorization", bearer(access())).statusCode()).isEqualTo(200);
  }

  @Test
  void excludedPaths_skipTheFilter() throws Exception {
    assertThat(app.get("/health").statusCode()).isEqualTo(200);
    assertThat(app.get("/public/logo.png", "Authorization", "Bearer garbage").body()).startsWith("anonymous|null");
  }

  @Test
  void anonymousMode_letsNoCredentialsThrough_butRejectsBadTokens() throws Exception {
    try (JettyApp anon = JettyApp.with(CognitoAuthFilter.bearer(verifier()).allowAnonymous()
        .requireGroup("/admin/*", "admins").build())) {
      HttpResponse<String> none = anon.get("/hello");
      assertThat(none.statusCode()).isEqualTo(200);
      assertThat(none.body()).isEqualTo("anonymous|null|false|-");
      assertThat(anon.get("/hello", "Authorization", "Bearer bad.token.here").statusCode()).isEqualTo(401);
      assertThat(anon.get("/hello", "Authorization", bearer(access())).body()).startsWith("alice|BEARER");
      assertThat(anon.get("/admin/x").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void unreachableKeys_are503_withRetryAfter() throws Exception {
    try (JwksServer failing = new JwksServer().mode(JwksServer.Mode.DROP)) {
      CognitoJwtVerifier broken = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(failing.uri())
          .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
      try (JettyApp down = JettyApp.with(CognitoAuthFilter.bearer(broken).build())) {
        HttpResponse<String> r = down.get("/x", "Authorization", bearer(access()));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
      }
    }
  }

  @Test
  void webXmlInitParameters_configureTheSameBehaviour() throws Exception {
    try (JettyApp xml = JettyApp.withInitParameters(Map.of(
        "issuer", Tokens.ISSUER,
        "jwksUri", keys.uri().toString(),
        "clientIds", "other-client, " + Tokens.CLIENT_ID,
        "tokenUse", "access",
        "realm", "xml-api",
        "excludedPaths", "/health",
        "rules", "/admin/*=group:admins; /write/*=scope:rs/write"))) {
      assertThat(xml.get("/hello", "Authorization", bearer(access())).body()).startsWith("alice|BEARER|true");
      assertThat(xml.get("/hello").headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"xml-api\"");
      assertThat(xml.get("/health").statusCode()).isEqualTo(200);
      assertThat(xml.get("/write/x", "Authorization", bearer(access())).statusCode()).isEqualTo(403);
      assertThat(xml.get("/admin/x", "Authorization", bearer(access().claim("cognito:groups", List.of())))
          .statusCode()).isEqualTo(403);
    }
  }

  @Test
  void initParameters_missingOrWrong_failInitNamingTheParameter() {
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.<String, String>of()::get))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("userPoolId", "us-east-1_A")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientIds");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("userPoolId", "us-east-1_A",
        "anyClientId", "true", "tokenUse", "refresh")::get))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenUse");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("userPoolId", "us-east-1_A",
        "anyClientId", "yes")::get)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anyClientId");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("userPoolId", "us-east-1_A",
        "anyClientId", "true", "rules", "/admin/* admins")::get))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("mode", "saml")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mode");
    assertThatThrownBy(() -> CognitoAuthFilter.fromInitParameters(Map.of("mode", "alb")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("albArns");

    CognitoAuthFilter filter = new CognitoAuthFilter();
    assertThatThrownBy(() -> filter.init(config(Map.of("userPoolId", "nope"))))
        .isInstanceOf(ServletException.class).hasMessageContaining("cognito").hasMessageContaining("userPoolId");
  }

  @Test
  void builder_rejectsBadInput() {
    CognitoAuthFilter.Builder b = CognitoAuthFilter.bearer(t -> null);
    assertThatThrownBy(() -> CognitoAuthFilter.bearer(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifier");
    assertThatThrownBy(() -> b.realm("a\"\nb"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realm");
    assertThatThrownBy(() -> b.exclude("admin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path pattern");
    assertThatThrownBy(() -> b.requireGroup("/a/*"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups");
    assertThatThrownBy(() -> b.requireScope("/a/*/b", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path pattern");
    assertThatThrownBy(() -> b.accessTokenVerifier(t -> null)).isInstanceOf(IllegalStateException.class);
  }

  static FilterConfig config(Map<String, String> params) {
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return "cognito";
      }

      @Override
      public ServletContext getServletContext() {
        return null;
      }

      @Override
      public String getInitParameter(String name) {
        return params.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(params.keySet());
      }
    };
  }

  @Test
  void aVerifierThatFailsUnexpectedly_isA500_thatEchoesNothing() throws Exception {
    io.github.cognitokit.tokens.TokenVerifier broken = token -> {
      throw new IllegalStateException("internal detail " + token);
    };
    try (JettyApp failing = JettyApp.with(CognitoAuthFilter.bearer(broken).build())) {
      String token = bearer(access());
      HttpResponse<String> r = failing.get("/api/x", "Authorization", token);
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).doesNotContain("internal detail").doesNotContain(token.substring(7));
    }
  }
}
