package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's auth examples, compiled. Keep the two in step. */
class ReadmeSnippetsTest {

  // README: Sign in and get tokens
  static AuthTokens signIn(CognitoAuth auth, String username, String password, String newPassword) {
    AuthResult result = auth.adminPasswordAuth(username, password);      // or passwordAuth(...)
    while (result instanceof AuthChallenge) {
      if (result instanceof NewPasswordRequired) {
        NewPasswordRequired challenge = (NewPasswordRequired) result;
        result = challenge.answer(newPassword, Map.of("given_name", "Alice"));
      } else if (result instanceof MfaCodeChallenge) {
        result = ((MfaCodeChallenge) result).answer(askForCode());
      } else {
        throw new IllegalStateException("unexpected challenge " + ((AuthChallenge) result).name());
      }
    }
    return result.tokens();          // id, access and refresh token; username() is the internal user name
  }

  static CognitoAuth newAuth(String clientSecret) {
    return CognitoAuth.builder()
        .userPoolId("us-east-1_AbC123")
        .clientId("1example23456789")
        .clientSecret(clientSecret)        // SECRET_HASH is then added wherever Cognito needs it
        .build();                          // the SDK's default credentials and region; or .client(yourClient)
  }
  // end of README: Sign in and get tokens

  // README: Service-to-service tokens
  static final ClientCredentials CREDENTIALS = ClientCredentials.builder()
      .prefixDomain("modelop-auth", "us-east-1")   // or .domain(URI) for a custom domain, or .tokenEndpoint(URI)
      .clientId("internal-client-id")
      .clientSecret(System.getenv().getOrDefault("CLIENT_SECRET", "from-your-secret-store"))
      .scopes("rs/modelop_client")
      .build();

  static String authorizationHeader() {
    return CREDENTIALS.token().authorizationHeader();  // cached until shortly before it expires
  }
  // end of README: Service-to-service tokens

  // README: Self-service accounts
  static void selfService(CognitoAuth auth, String accessToken) {
    SignUpResult signUp = auth.signUp("alice", "A-Long-Passw0rd!", Map.of("email", "alice@example.com"));
    signUp.codeDelivery().ifPresent(d -> System.out.println("code sent by " + d.medium() + " to " + d.destination()));
    auth.confirmSignUp("alice", askForCode());                    // or auth.resendConfirmationCode("alice")

    auth.forgotPassword("alice");                                  // a code, by the pool's account recovery
    auth.confirmForgotPassword("alice", askForCode(), "A-New-Passw0rd!");

    auth.changePassword(accessToken, "A-New-Passw0rd!", "Another-Passw0rd!");
    UserProfile me = auth.getUser(accessToken);                   // user name, attributes, MFA settings
    auth.updateUserAttributes(accessToken, Map.of("email", "alice@example.org"))
        .forEach(d -> auth.verifyUserAttribute(accessToken, d.attribute(), askForCode()));
    System.out.println(me.attributes().get("email"));
  }
  // end of README: Self-service accounts

  // README: Log in with the hosted UI
  static final HostedUiLogin LOGIN = HostedUiLogin.builder()
      .domain(java.net.URI.create("https://modelop.auth.us-east-1.amazoncognito.com"))
      .userPoolId("us-east-1_AbC123").clientId("4example5678").clientSecret("from-your-secret-store")
      .redirectUri(java.net.URI.create("https://app.example.com/callback"))
      .build();

  static java.net.URI loginPage(Map<String, Object> session) {
    LoginRequest started = LOGIN.start();                       // fresh state, nonce and PKCE verifier
    session.put("login", started);
    return started.authorizationUri();                          // redirect the browser here
  }

  static AuthTokens callback(Map<String, Object> session, java.net.URI callbackUri) {
    LoginRequest started = (LoginRequest) session.remove("login");
    HostedUiLogin.LoginResult done = LOGIN.complete(started, callbackUri);  // state, code, ID token, nonce
    return done.tokens();                                       // done.idToken(): the verified claims
  }
  // end of README: Log in with the hosted UI

  static String askForCode() {
    return "123456";
  }

  @Test
  void snippets_compile_andBuildWithoutNetwork() {
    assertThat(CREDENTIALS.toString()).contains("modelop-auth.auth.us-east-1.amazoncognito.com")
        .doesNotContain("from-your-secret-store");
    Map<String, Object> session = new java.util.HashMap<>();
    assertThat(loginPage(session).toString()).startsWith(
        "https://modelop.auth.us-east-1.amazoncognito.com/oauth2/authorize?").contains("code_challenge=");
    assertThat(LOGIN.toString()).doesNotContain("from-your-secret-store");
  }
}
