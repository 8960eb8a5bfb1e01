package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosted-UI code flow against mock-oauth2-server standing in for Cognito's managed login: the authorize address,
 * the callback checks (state, replay, nonce, error responses), the code exchange with PKCE and client_secret_basic,
 * the ID token verified by cognito-tokens, user info, revocation and the logout address.
 */
class HostedUiLoginTest {
  static final String CLIENT = "web-client";
  static final String SECRET = "web-s3cret-value";
  MockOAuth2Server hostedUi;
  HostedUiLogin login;
  final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() {
    hostedUi = new MockOAuth2Server();
    hostedUi.start(InetAddress.getLoopbackAddress(), 0);
    CognitoJwtVerifier idTokens = CognitoJwtVerifier.builder().userPool(p -> p
        .issuer(hostedUi.issuerUrl("cognito").toString()).jwksUri(hostedUi.jwksUrl("cognito").uri())
        .clientId(CLIENT)).tokenUse(TokenUse.ID).build();
    login = HostedUiLogin.builder().clientId(CLIENT).clientSecret(SECRET)
        .redirectUri(URI.create("http://127.0.0.1:8080/callback"))
        .endpoints(hostedUi.authorizationEndpointUrl("cognito").uri(), hostedUi.tokenEndpointUrl("cognito").uri(),
            hostedUi.userInfoUrl("cognito").uri(), hostedUi.url("/cognito/revoke").uri(),
            URI.create("https://modelop.auth.us-east-1.amazoncognito.com/logout"))
        .idTokenVerifier(idTokens).build();
  }

  @AfterEach
  void stop() {
    hostedUi.shutdown();
  }

  void signsInAlice() {
    hostedUi.enqueueCallback(new DefaultOAuth2TokenCallback("cognito", "5f3c1f0e-sub", "JWT", List.of(CLIENT),
        Map.of("token_use", "id", "cognito:username", "alice", "email", "alice@example.com"), 3600));
  }

  /** What the browser does: follows the authorize address to the hosted UI, which redirects to the callback. */
  URI callback(LoginRequest started) throws Exception {
    HttpResponse<String> r = browser.send(HttpRequest.newBuilder(started.authorizationUri())
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(302);
    return URI.create(r.headers().firstValue("Location").orElseThrow());
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void codeFlow_endToEnd_withPkceNonceAndClientSecretBasic() throws Exception {
    signsInAlice();
    LoginRequest started = login.start("Google", null, "de");
    Map<String, String> authorize = query(started.authorizationUri());
    assertThat(authorize).containsEntry("response_type", "code").containsEntry("client_id", CLIENT)
        .containsEntry("redirect_uri", "http://127.0.0.1:8080/callback").containsEntry("code_challenge_method", "S256")
        .containsEntry("state", started.state()).containsEntry("nonce", started.nonce())
        .containsEntry("identity_provider", "Google").containsEntry("lang", "de").containsKey("code_challenge");
    assertThat(authorize.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "email", "profile");

    HostedUiLogin.LoginResult done = login.complete(started, callback(started));

    assertThat(done.idToken().username()).contains("alice");
    assertThat(done.tokens().accessToken()).isNotBlank();
    assertThat(done.tokens().idToken()).isNotBlank();
    RecordedRequest token = tokenRequest();
    assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(token.getBody().readUtf8()).contains("grant_type=authorization_code")
        .contains("code_verifier=" + started.codeVerifier());

    assertThat(login.userInfo(done.tokens().accessToken())).containsKey("sub");
  }

  @Test
  void callback_withAnotherState_isRefused() throws Exception {
    signsInAlice();
    LoginRequest started = login.start();
    URI back = callback(started);
    URI forged = URI.create(back.toString().replace("state=" + started.state(), "state=forged"));

    assertThatThrownBy(() -> login.complete(started, forged)).isInstanceOf(HostedUiException.class)
        .satisfies(e -> assertThat(((HostedUiException) e).reason())
            .isEqualTo(HostedUiException.Reason.STATE_MISMATCH));
  }

  @Test
  void replayedCallback_isRefused() throws Exception {
    signsInAlice();
    LoginRequest started = login.start();
    URI back = callback(started);
    login.complete(started, back);

    assertThatThrownBy(() -> login.complete(started, back)).isInstanceOf(HostedUiException.class)
        .satisfies(e -> assertThat(((HostedUiException) e).reason())
            .isEqualTo(HostedUiException.Reason.ALREADY_USED));
  }

  @Test
  void idTokenWithAnotherNonce_isRefused() throws Exception {
    signsInAlice();
    LoginRequest started = login.start();
    URI back = callback(started);
    LoginRequest otherNonce = LoginRequest.restore(started.state(), "not-this-logins-nonce", started.codeVerifier());

    assertThatThrownBy(() -> login.complete(otherNonce, back)).isInstanceOf(HostedUiException.class)
        .satisfies(e -> assertThat(((HostedUiException) e).reason())
            .isEqualTo(HostedUiException.Reason.NONCE_MISMATCH))
        .hasMessageNotContaining(started.nonce());
  }

  @Test
  void errorCallback_isTyped_withTheOAuthError() {
    LoginRequest started = login.start();
    URI denied = URI.create("http://127.0.0.1:8080/callback?error=access_denied&error_description=User+cancelled"
        + "&state=" + started.state());

    assertThatThrownBy(() -> login.complete(started, denied)).isInstanceOf(HostedUiException.class)
        .satisfies(e -> {
          HostedUiException h = (HostedUiException) e;
          assertThat(h.reason()).isEqualTo(HostedUiException.Reason.AUTHORIZATION_ERROR);
          assertThat(h.error()).isEqualTo("access_denied");
        });
    assertThatThrownBy(() -> login.complete(started, URI.create("http://127.0.0.1:8080/callback")))
        .isInstanceOf(HostedUiException.class);
    assertThatThrownBy(() -> login.complete(started, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedCallbacks_areTyped_andNeverEchoTheirValues() throws Exception {
    LoginRequest started = login.start();
    for (String query : List.of("state=" + started.state(), "code=&state=" + started.state())) {
      URI callback = URI.create("http://127.0.0.1:8080/callback?" + query);
      assertThatThrownBy(() -> login.complete(started, callback)).as(query).isInstanceOf(HostedUiException.class)
          .satisfies(e -> assertThat(((HostedUiException) e).reason())
              .isEqualTo(HostedUiException.Reason.MALFORMED_CALLBACK))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("c0de-s3cret").doesNotContain(started.state()));
    }
    signsInAlice();
    assertThat(login.complete(started, callback(started)).tokens().accessToken())
        .as("a malformed callback does not use the login up").isNotBlank();
  }

  @Test
  void logoutUri_andRevocation() throws Exception {
    assertThat(login.logoutUri(URI.create("https://app.example.com/bye"))).hasToString(
        "https://modelop.auth.us-east-1.amazoncognito.com/logout?client_id=web-client"
            + "&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye");
    assertThatThrownBy(() -> login.logoutUri(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);

    signsInAlice();
    LoginRequest started = login.start();
    String refresh = login.complete(started, callback(started)).tokens().refreshToken().orElseThrow();
    login.revoke(refresh);
    assertThatThrownBy(() -> login.revoke("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secrets_stayOutOfToString_andBadSettingsAreRefused() {
    LoginRequest started = login.start();
    assertThat(started.toString()).doesNotContain(started.codeVerifier()).doesNotContain(started.nonce());
    assertThat(login.toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> HostedUiLogin.builder().domain(URI.create("http://auth.example.com")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
    assertThatThrownBy(() -> HostedUiLogin.builder().scopes("email")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openid");
    assertThatThrownBy(() -> HostedUiLogin.builder().clientId("c").redirectUri(URI.create("https://a.example/cb"))
        .domain(URI.create("https://auth.example.com")).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> LoginRequest.restore("s", "", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonce");
  }

  RecordedRequest tokenRequest() {
    for (int i = 0; i < 10; i++) {
      RecordedRequest r = hostedUi.takeRequest(5, TimeUnit.SECONDS);
      if (r != null && r.getPath() != null && r.getPath().startsWith("/cognito/token")) {
        return r;
      }
    }
    throw new AssertionError("no token request reached the stand-in");
  }
}
