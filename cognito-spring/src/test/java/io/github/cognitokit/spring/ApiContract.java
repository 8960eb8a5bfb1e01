package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.spring.apps.RunningApp;
import io.github.cognitokit.testkit.DroppingPort;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * What a protected API answers, over HTTP, for emulator-minted tokens: the same for the servlet app and the WebFlux
 * app. Subclasses start the app on the pool and give it here.
 */
abstract class ApiContract {
  static MotoPool pool;
  static AuthenticationResultType alice;
  static AuthenticationResultType bob;
  static AuthenticationResultType aliceViaOther;

  static void signIn(MotoPool p) {
    pool = p;
    alice = p.signIn("alice", p.appClientId);
    bob = p.signIn("bob", p.appClientId);
    aliceViaOther = p.signIn("alice", p.otherClientId);
  }

  static String[] properties(MotoPool p, String... more) {
    String[] base = {"cognito.user-pool-id=" + p.poolId, "cognito.client-ids=" + p.appClientId,
        "cognito.jwks-uri=" + p.jwksUri()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  abstract RunningApp app();

  abstract RunningApp startApp(String... properties);

  @Test
  void validAccessToken_is200_namedByUser_withGroupAndScopeAuthorities() {
    HttpResponse<String> r = app().get("/me", alice.accessToken());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"name\":\"alice\"").contains("ROLE_admins")
        .contains("SCOPE_aws.cognito.signin.user.admin");
  }

  @Test
  void group_checkedByHasRole_200InGroup_403Outside() {
    assertThat(app().get("/admin", alice.accessToken()).statusCode()).isEqualTo(200);

    HttpResponse<String> denied = app().get("/admin", bob.accessToken());
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
        assertThat(v).startsWith("Bearer").contains("insufficient_scope"));
    assertThat(app().get("/auditors", alice.accessToken()).statusCode()).isEqualTo(403);
  }

  @Test
  void scope_checkedByHasAuthority_200WithScope_403Without() {
    assertThat(app().get("/profile", bob.accessToken()).statusCode()).isEqualTo(200);
    assertThat(app().get("/orders", alice.accessToken()).statusCode()).isEqualTo(403);
  }

  @Test
  void noToken_is401_withABearerChallenge() {
    HttpResponse<String> r = app().get("/me", null);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void idToken_isRejected_401InvalidToken() {
    HttpResponse<String> r = app().get("/me", alice.idToken());

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
        .contains("error=\"invalid_token\"").contains("The token is not an access token"));
  }

  @Test
  void anotherClientsToken_isRejected_401_withoutEchoingIt() {
    HttpResponse<String> r = app().get("/me", aliceViaOther.accessToken());

    assertThat(r.statusCode()).isEqualTo(401);
    String challenge = r.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertThat(challenge).contains("invalid_token").contains("app client that is not accepted")
        .doesNotContain(pool.otherClientId);
    assertThat(r.body()).doesNotContain(aliceViaOther.accessToken());
  }

  @Test
  void tamperedToken_is401_signatureInvalid() {
    String t = alice.accessToken();
    int dot = t.lastIndexOf('.');
    String tampered = t.substring(0, dot + 1) + (t.charAt(dot + 1) == 'A' ? 'B' : 'A') + t.substring(dot + 2);

    HttpResponse<String> r = app().get("/me", tampered);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("signature is invalid")
        .doesNotContain(tampered.substring(dot));
  }

  @Test
  void keyServerOutage_is503WithRetryAfter_not401() {
    try (DroppingPort keys = DroppingPort.open();
        RunningApp outage = startApp("cognito.user-pool-id=" + pool.poolId, "cognito.client-ids=" + pool.appClientId,
            "cognito.jwks-uri=" + keys.uri(), "cognito.key-cache.response-timeout=2s",
            "cognito.outage-retry-after=7s")) {
      HttpResponse<String> r = outage.get("/me", alice.accessToken());

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).contains("7");
      assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
      assertThat(r.body()).doesNotContain(alice.accessToken());
      // A bad token is still a bad token during an outage: no key is needed to see that.
      assertThat(outage.get("/me", "garbage").statusCode()).isEqualTo(401);
    }
  }
}
