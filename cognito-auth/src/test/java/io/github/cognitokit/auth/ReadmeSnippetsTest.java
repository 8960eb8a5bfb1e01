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

  // README: Passwordless and passkeys
  static AuthResult choiceBasedSignIn(CognitoAuth auth, String username, Browser browser) {
    AuthResult step = auth.userAuth(username);                    // USER_AUTH: Cognito lists what this user can use
    if (step instanceof SelectChallenge select) {
      if (select.available().contains(FirstFactor.WEB_AUTHN)) {
        step = select.webAuthn();
      } else if (select.available().contains(FirstFactor.EMAIL_OTP)) {
        step = select.emailOtp();                                 // or smsOtp(), password(pw), passwordSrp(pw)
      }
    }
    if (step instanceof WebAuthnChallenge passkey) {              // the ceremony runs in the browser or on the device
      step = passkey.answer(browser.getCredential(passkey.credentialRequestOptions()));
    } else if (step instanceof MfaCodeChallenge code) {
      step = code.answer(askForCode());                           // EMAIL_OTP_CODE or SMS_OTP_CODE
    }
    return step;
  }

  static void addPasskey(CognitoAuth auth, String accessToken, Browser browser) {
    String options = auth.startPasskeyRegistration(accessToken);  // for navigator.credentials.create
    auth.completePasskeyRegistration(accessToken, browser.createCredential(options));
    auth.listPasskeys(accessToken).forEach(p -> System.out.println(p.name().orElse(p.credentialId())));
  }
  // end of README: Passwordless and passkeys

  /** The user's browser or device, which runs the WebAuthn ceremony and returns the credential as JSON. */
  interface Browser {
    String getCredential(String requestOptionsJson);

    String createCredential(String creationOptionsJson);
  }

  // README: Sign in with SRP and remember the device
  static AuthTokens srpSignIn(CognitoAuth auth, String username, String password, DeviceStore store) {
    RememberedDevice device = store.load(username);               // null on a new device
    AuthResult result = auth.srpAuth(username, password, device); // the password never leaves this process
    if (result instanceof MfaCodeChallenge) {                     // a remembered device skips this
      result = ((MfaCodeChallenge) result).answer(askForCode());
    }
    AuthTokens tokens = result.tokens();
    if (tokens.newDevice().isPresent()) {                         // the pool tracks devices: remember this one
      ConfirmedDevice confirmed = auth.confirmDevice(tokens, "Alice's laptop");
      store.save(username, confirmed.device());                   // key, group key and the device's own password
    }
    return tokens;
  }
  // end of README: Sign in with SRP and remember the device

  /** Where an app keeps a device's secrets. */
  interface DeviceStore {
    RememberedDevice load(String username);

    void save(String username, RememberedDevice device);
  }

  static String askForCode() {
    return "123456";
  }

  @Test
  void everySnippetHereIsInTheReadmeWordForWord() throws Exception {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/test/java/io/github/cognitokit/auth/ReadmeSnippetsTest.java"));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "  // README: (.*)\\n(.*?)  // end of README: \\1\\n", java.util.regex.Pattern.DOTALL).matcher(source);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      String unindented = m.group(2).replaceAll("(?m)^  ", "");
      assertThat(readme).as("README section " + m.group(1)).contains(unindented);
    }
    assertThat(blocks).isEqualTo(6);
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
