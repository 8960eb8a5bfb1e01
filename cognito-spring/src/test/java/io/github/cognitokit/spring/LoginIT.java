package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.spring.apps.RunningApp;
import io.github.cognitokit.spring.apps.ServletApi;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.RecordedRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/**
 * The hosted-UI login round trip of a Spring MVC app configured only by {@code cognito.login.*}, with
 * mock-oauth2-server standing in for the hosted UI: the redirect to the authorize endpoint (PKCE, Spring's callback
 * path of seed 000's gateway-service), the callback and code exchange (client_secret_basic), the signed-in session,
 * and the logout that ends it and sends the browser to Cognito's /logout with client_id and logout_uri.
 */
class LoginIT {
  static final String CLIENT_ID = "gateway-service-client";
  static final String SECRET = "gateway-s3cret-value";
  MockOAuth2Server hostedUi;
  RunningApp app;
  HttpClient browser;

  @BeforeEach
  void start() {
    hostedUi = new MockOAuth2Server();
    hostedUi.start();
    String issuer = hostedUi.issuerUrl("cognito").toString();
    app = RunningApp.start(ServletApi.class, WebApplicationType.SERVLET,
        "cognito.user-pool-id=us-east-1_Login1", "cognito.client-ids=api-client", "cognito.preload-keys=false",
        "cognito.login.client-id=" + CLIENT_ID, "cognito.login.client-secret=" + SECRET,
        "cognito.login.registration-id=gateway-service", "cognito.login.issuer=" + issuer,
        "cognito.login.authorization-uri=" + hostedUi.authorizationEndpointUrl("cognito"),
        "cognito.login.token-uri=" + hostedUi.tokenEndpointUrl("cognito"),
        "cognito.login.user-info-uri=" + hostedUi.userInfoUrl("cognito"),
        "cognito.login.jwk-set-uri=" + hostedUi.jwksUrl("cognito"),
        "cognito.login.logout-endpoint=" + hostedUi.url("/cognito/logout"));
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterEach
  void stop() {
    app.close();
    hostedUi.shutdown();
  }

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI location(HttpResponse<String> r, URI base) {
    assertThat(r.statusCode()).as("redirect from " + r.uri()).isEqualTo(302);
    return base.resolve(r.headers().firstValue("Location").orElseThrow());
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
  void loginRoundTrip_thenLogout_endsTheSession_andRedirectsToCognitoLogout() throws Exception {
    hostedUi.enqueueCallback(new DefaultOAuth2TokenCallback("cognito", "5f3c1f0e-sub", "JWT", List.of(CLIENT_ID),
        Map.of("cognito:username", "alice", "cognito:groups", List.of("admins"), "token_use", "id"), 3600));

    // 1. An unauthenticated browser is sent to the registration's authorization path, then to the hosted UI.
    URI toLogin = location(get(app.uri("/me")), app.uri("/"));
    assertThat(toLogin.getPath()).isEqualTo("/oauth2/authorization/gateway-service");
    URI authorize = location(get(toLogin), toLogin);
    Map<String, String> params = query(authorize);
    assertThat(authorize.toString()).startsWith(hostedUi.authorizationEndpointUrl("cognito").toString());
    assertThat(params).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
        .containsEntry("code_challenge_method", "S256").containsKey("code_challenge").containsKey("state")
        .containsEntry("redirect_uri", app.uri("/login/oauth2/code/gateway-service").toString());
    assertThat(params.get("scope").split(" ")).contains("openid", "email", "profile");

    // 2. The hosted UI signs the user in and calls back; the app exchanges the code and restores the request.
    URI callback = location(get(authorize), authorize);
    assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/gateway-service");
    URI back = location(get(callback), callback);
    assertThat(back.getPath()).isEqualTo("/me");
    HttpResponse<String> me = get(back);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"name\":\"alice\"");

    RecordedRequest tokenRequest = tokenRequest();
    String form = tokenRequest.getBody().readUtf8();
    assertThat(form).contains("grant_type=authorization_code").contains("code_verifier=");
    assertThat(tokenRequest.getHeader("Authorization")).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));

    // 3. Logout (POST with the CSRF token of Spring's logout page) goes to Cognito's /logout.
    HttpResponse<String> page = get(app.uri("/logout"));
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).as("CSRF field in " + page.body()).isTrue();
    HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(app.uri("/logout")).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    URI cognitoLogout = location(logout, app.uri("/"));
    assertThat(cognitoLogout.getPath()).isEqualTo("/cognito/logout");
    assertThat(query(cognitoLogout)).containsEntry("client_id", CLIENT_ID)
        .containsEntry("logout_uri", app.uri("/").toString());

    // 4. The Spring session is over: the next request starts a new login.
    assertThat(location(get(app.uri("/me")), app.uri("/")).getPath())
        .isEqualTo("/oauth2/authorization/gateway-service");
  }

  RecordedRequest tokenRequest() {
    for (int i = 0; i < 10; i++) {
      RecordedRequest r = hostedUi.takeRequest(5, TimeUnit.SECONDS);
      if (r != null && r.getPath() != null && r.getPath().startsWith("/cognito/token")) {
        return r;
      }
    }
    throw new AssertionError("no token request reached the hosted UI stand-in");
  }
}
