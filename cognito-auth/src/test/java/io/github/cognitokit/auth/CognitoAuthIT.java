package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.auth.CognitoAuthException.Reason;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.auth.testing.Totp;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** Sign-in flows against the emulator, with the requests we send checked against the Cognito API reference. */
@CognitoEmulatorTest
class CognitoAuthIT {
  static final String TEMP = "Temp-Passw0rd!";
  static final String FINAL = "Final-Passw0rd!";
  static CognitoEmulator emulator;
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static String poolId;
  static UserPoolClientType appClient;

  @BeforeAll
  static void setUp() {
    cognito = emulator.newClient(recorder);
    poolId = cognito.createUserPool(b -> b.poolName("auth-it")).userPool().id();
    appClient = createClient(poolId, true);
  }

  @AfterAll
  static void tearDown() {
    cognito.close();
  }

  static UserPoolClientType createClient(String pool, boolean secret) {
    return cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app-" + UUID.randomUUID())
        .generateSecret(secret).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient();
  }

  static String newUser(boolean confirmed) {
    String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username(name).temporaryPassword(TEMP).messageAction("SUPPRESS"));
    if (confirmed) {
      cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username(name).password(FINAL).permanent(true));
    }
    return name;
  }

  static CognitoAuth auth() {
    return CognitoAuth.builder().client(cognito).userPoolId(poolId).clientId(appClient.clientId())
        .clientSecret(appClient.clientSecret()).build();
  }

  @Test
  void adminPasswordAuth_withSecret_returnsTokens_andSendsTheDocumentedHash() {
    String user = newUser(true);
    AuthTokens tokens = auth().adminPasswordAuth(user, FINAL).tokens();

    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(tokens.idToken()).isNotBlank();
    assertThat(tokens.refreshToken()).isPresent();
    assertThat(tokens.username()).isEqualTo(user);
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
    AdminInitiateAuthRequest sent = recorder.last(AdminInitiateAuthRequest.class);
    assertThat(sent.authParameters()).containsEntry("USERNAME", user)
        .containsEntry("SECRET_HASH", SecretHash.of(user, appClient.clientId(), appClient.clientSecret()));
  }

  @Test
  void passwordAuth_withSecret_returnsTokens() {
    String user = newUser(true);
    AuthTokens tokens = auth().passwordAuth(user, FINAL).tokens();
    assertThat(tokens.username()).isEqualTo(user);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters()).containsKey("SECRET_HASH");
  }

  @Test
  void newPasswordRequired_afterAdminCreateUser_isAnswered_thenTheUserSignsIn() {
    String user = newUser(false);
    CognitoAuth auth = auth();

    AuthResult first = auth.adminPasswordAuth(user, TEMP);
    assertThat(first).isInstanceOf(NewPasswordRequired.class);
    NewPasswordRequired challenge = (NewPasswordRequired) first;
    assertThat(challenge.username()).isEqualTo(user);
    assertThat(challenge.toString()).doesNotContain(challenge.session);

    AuthTokens tokens = challenge.answer("Brand-New-Passw0rd!").tokens();
    AdminRespondToAuthChallengeRequest answer = recorder.last(AdminRespondToAuthChallengeRequest.class);
    assertThat(answer.challengeResponses()).containsEntry("USERNAME", user).containsEntry("SECRET_HASH",
        SecretHash.of(user, appClient.clientId(), appClient.clientSecret()));
    assertThat(tokens.username()).isEqualTo(user);

    assertThat(auth.adminPasswordAuth(user, "Brand-New-Passw0rd!").isTokens()).isTrue();
    assertThatThrownBy(() -> auth.adminPasswordAuth(user, TEMP)).isInstanceOf(CognitoAuthException.class)
        .extracting(e -> ((CognitoAuthException) e).reason()).isEqualTo(Reason.NOT_AUTHORIZED);
  }

  @Test
  void newPassword_breakingThePolicy_isInvalidPassword() {
    NewPasswordRequired challenge = (NewPasswordRequired) auth().adminPasswordAuth(newUser(false), TEMP);
    assertThatThrownBy(() -> challenge.answer("short")).isInstanceOfSatisfying(CognitoAuthException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PASSWORD));
  }

  @Test
  void refresh_throughTheUserApi_returnsNewTokens_andKeepsTheRefreshToken() {
    String user = newUser(true);
    CognitoAuth auth = auth();
    AuthTokens tokens = auth.passwordAuth(user, FINAL).tokens();

    AuthTokens refreshed = auth.refresh(tokens);

    assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
    assertThat(refreshed.refreshToken()).isEqualTo(tokens.refreshToken());
    assertThat(refreshed.username()).isEqualTo(user);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters())
        .containsEntry("SECRET_HASH", SecretHash.of(user, appClient.clientId(), appClient.clientSecret()));
  }

  @Test
  void globalSignOut_thenRefresh_failsAsRevoked() {
    CognitoAuth auth = auth();
    AuthTokens tokens = auth.passwordAuth(newUser(true), FINAL).tokens();

    auth.globalSignOut(tokens.accessToken());

    assertThatThrownBy(() -> auth.refresh(tokens)).isInstanceOfSatisfying(CognitoAuthException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.REFRESH_TOKEN_INVALID);
      assertThat(e.getMessage()).doesNotContain(tokens.refreshToken().orElseThrow());
    });
  }

  @Test
  void adminGlobalSignOut_thenAdminRefresh_fails() {
    String user = newUser(true);
    CognitoAuth auth = auth();
    AuthTokens tokens = auth.adminPasswordAuth(user, FINAL).tokens();
    assertThat(auth.refresh(tokens).accessToken()).isNotBlank();

    auth.adminGlobalSignOut(user);

    assertThatThrownBy(() -> auth.refresh(tokens)).isInstanceOfSatisfying(CognitoAuthException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.REFRESH_TOKEN_INVALID));
  }

  @Test
  void wrongPassword_isNotAuthorized_withoutTheSecretsInTheMessage() {
    String user = newUser(true);
    assertThatThrownBy(() -> auth().adminPasswordAuth(user, "Wrong-Passw0rd!"))
        .isInstanceOfSatisfying(CognitoAuthException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHORIZED);
          assertThat(e.errorCode()).isEqualTo("NotAuthorizedException");
          assertThat(e.getMessage()).contains("AdminInitiateAuth").doesNotContain("Wrong-Passw0rd!")
              .doesNotContain(appClient.clientSecret());
          assertThat(e.getCause()).isNull();
        });
  }

  @Test
  void disabledUser_isUserDisabled() {
    String user = newUser(true);
    cognito.adminDisableUser(b -> b.userPoolId(poolId).username(user));
    assertThatThrownBy(() -> auth().adminPasswordAuth(user, FINAL)).isInstanceOfSatisfying(
        CognitoAuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USER_DISABLED));
  }

  @Test
  void unknownUser_isUserNotFound_whereThePoolRevealsIt() {
    assertThatThrownBy(() -> auth().adminPasswordAuth("nobody-" + UUID.randomUUID(), FINAL))
        .isInstanceOfSatisfying(CognitoAuthException.class, e -> assertThat(e.reason())
            .isIn(Reason.USER_NOT_FOUND, Reason.NOT_AUTHORIZED));
  }

  @Test
  void softwareTokenMfa_isAskedFor_andAnswered() {
    String user = newUser(true);
    CognitoAuth auth = auth();
    AuthTokens tokens = auth.passwordAuth(user, FINAL).tokens();
    TotpSecret secret = auth.associateTotp(tokens.accessToken());
    assertThat(secret.toString()).doesNotContain(secret.secretCode());
    assertThat(secret.otpauthUri("My App", user)).startsWith("otpauth://totp/My%20App:" + user + "?secret=");
    assertThatThrownBy(() -> auth.verifyTotp(tokens.accessToken(), Totp.wrongCode(secret.secretCode()), "phone"))
        .as("the emulator checks TOTP codes (the testkit turns moto's check on)")
        .isInstanceOfSatisfying(CognitoAuthException.class, e -> assertThat(e.reason())
            .isEqualTo(CognitoAuthException.Reason.CODE_MISMATCH));
    auth.verifyTotp(tokens.accessToken(), Totp.freshCode(secret.secretCode()), "phone");

    AuthResult result = auth.passwordAuth(user, FINAL);

    assertThat(result).isInstanceOfSatisfying(MfaCodeChallenge.class,
        c -> assertThat(c.type()).isEqualTo(MfaType.SOFTWARE_TOKEN_MFA));
    MfaCodeChallenge challenge = (MfaCodeChallenge) result;
    assertThatThrownBy(() -> challenge.answer(Totp.wrongCode(secret.secretCode())))
        .isInstanceOfSatisfying(CognitoAuthException.class, e -> assertThat(e.reason())
            .isEqualTo(CognitoAuthException.Reason.CODE_MISMATCH));
    AuthResult retried = auth.passwordAuth(user, FINAL); // sign in again for a fresh challenge
    AuthTokens afterMfa = ((MfaCodeChallenge) retried).answer(Totp.freshCode(secret.secretCode())).tokens();
    assertThat(afterMfa.username()).isEqualTo(user);
  }

  @Test
  void mfaSetup_duringFirstSignIn_enrolsAnAuthenticator() {
    String pool = cognito.createUserPool(b -> b.poolName("mfa-on")).userPool().id();
    cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration("ON")
        .softwareTokenMfaConfiguration(s -> s.enabled(true)));
    UserPoolClientType c = createClient(pool, true);
    cognito.adminCreateUser(b -> b.userPoolId(pool).username("mfa-user").temporaryPassword(TEMP)
        .messageAction("SUPPRESS"));
    CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(pool).clientId(c.clientId())
        .clientSecret(c.clientSecret()).build();

    AuthResult afterPassword = ((NewPasswordRequired) auth.adminPasswordAuth("mfa-user", TEMP))
        .answer("Brand-New-Passw0rd!");

    assertThat(afterPassword).isInstanceOf(MfaSetup.class);
    MfaSetup setup = (MfaSetup) afterPassword;
    TotpSecret secret = setup.associateTotp();
    assertThatThrownBy(() -> setup.verifyTotp(secret, Totp.wrongCode(secret.secretCode()), "phone"))
        .isInstanceOfSatisfying(CognitoAuthException.class, e -> assertThat(e.reason())
            .isEqualTo(CognitoAuthException.Reason.CODE_MISMATCH));
    AuthTokens tokens = setup.verifyTotp(secret, Totp.freshCode(secret.secretCode()), "phone").tokens();
    assertThat(tokens.username()).isEqualTo("mfa-user");
  }

  @Test
  void emailAliasSignIn_thenRefresh_hashesTheInternalUsername() {
    String pool = cognito.createUserPool(b -> b.poolName("email-as-username").usernameAttributesWithStrings("email"))
        .userPool().id();
    UserPoolClientType c = createClient(pool, true);
    cognito.adminCreateUser(b -> b.userPoolId(pool).username("bob@example.com").temporaryPassword(TEMP)
        .messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(b -> b.userPoolId(pool).username("bob@example.com").password(FINAL).permanent(true));
    String internal = cognito.adminGetUser(b -> b.userPoolId(pool).username("bob@example.com")).username();
    assertThat(internal).isNotEqualTo("bob@example.com");
    CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(pool).clientId(c.clientId())
        .clientSecret(c.clientSecret()).build();

    AuthTokens tokens = auth.adminPasswordAuth("bob@example.com", FINAL).tokens();
    assertThat(tokens.username()).isEqualTo(internal);
    assertThat(recorder.last(AdminInitiateAuthRequest.class).authParameters()).containsEntry("SECRET_HASH",
        SecretHash.of("bob@example.com", c.clientId(), c.clientSecret()));

    AuthTokens refreshed = auth.refresh(tokens);

    assertThat(refreshed.accessToken()).isNotBlank();
    assertThat(recorder.last(AdminInitiateAuthRequest.class).authParameters())
        .containsEntry("SECRET_HASH", SecretHash.of(internal, c.clientId(), c.clientSecret()))
        .doesNotContainEntry("SECRET_HASH", SecretHash.of("bob@example.com", c.clientId(), c.clientSecret()));
  }

  @Test
  void adminMethods_withoutAPoolId_fail_beforeAnyCall() {
    CognitoAuth auth = CognitoAuth.builder().client(cognito).clientId(appClient.clientId()).build();
    recorder.clear();
    assertThatThrownBy(() -> auth.adminPasswordAuth("u", "p")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userPoolId");
    assertThat(recorder.requests(AdminInitiateAuthRequest.class)).isEmpty();
  }

  // The emulator does not implement RevokeToken or GetTokensFromRefreshToken: the interceptor answers them as the
  // Cognito API reference documents, and the test checks the request we send.
  @Test
  void revoke_sendsTheRefreshTokenClientIdAndSecret() {
    recorder.answer("RevokeToken", 200, "{}");
    AuthTokens tokens = auth().passwordAuth(newUser(true), FINAL).tokens();

    auth().revoke(tokens.refreshToken().orElseThrow());

    RevokeTokenRequest sent = recorder.last(RevokeTokenRequest.class);
    assertThat(sent.token()).isEqualTo(tokens.refreshToken().orElseThrow());
    assertThat(sent.clientId()).isEqualTo(appClient.clientId());
    assertThat(sent.clientSecret()).isEqualTo(appClient.clientSecret());
  }

  @Test
  void getTokensFromRefreshToken_sendsTheSecret_andReturnsTheRotatedToken() {
    AuthTokens tokens = auth().passwordAuth(newUser(true), FINAL).tokens();
    recorder.answer("GetTokensFromRefreshToken", 200, "{\"AuthenticationResult\":{\"AccessToken\":\""
        + tokens.accessToken() + "\",\"IdToken\":\"" + tokens.idToken() + "\",\"RefreshToken\":\"rotated-refresh\","
        + "\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}");
    CognitoAuth rotating = CognitoAuth.builder().client(cognito).clientId(appClient.clientId())
        .clientSecret(appClient.clientSecret()).refreshMethod(RefreshMethod.GET_TOKENS_FROM_REFRESH_TOKEN).build();

    AuthTokens refreshed = rotating.refresh(tokens);

    GetTokensFromRefreshTokenRequest sent = recorder.last(GetTokensFromRefreshTokenRequest.class);
    assertThat(sent.refreshToken()).isEqualTo(tokens.refreshToken().orElseThrow());
    assertThat(sent.clientSecret()).isEqualTo(appClient.clientSecret());
    assertThat(refreshed.refreshToken()).contains("rotated-refresh");
  }

  @Test
  void toStrings_neverShowSecretsOrTokens() {
    AuthTokens tokens = auth().passwordAuth(newUser(true), FINAL).tokens();
    assertThat(auth().toString()).doesNotContain(appClient.clientSecret()).contains(appClient.clientId());
    assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.idToken())
        .doesNotContain(tokens.refreshToken().orElseThrow());
  }

  @Test
  void builder_andArguments_areChecked() {
    assertThatThrownBy(() -> CognitoAuth.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientId");
    assertThatThrownBy(() -> CognitoAuth.builder().userPoolId("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> CognitoAuth.builder().clientSecret(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> auth().passwordAuth("u", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> auth().refresh("token", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("internal user name");
    for (String bad : new String[] {null, "", " "}) {
      assertThatThrownBy(() -> auth().passwordAuth(bad, FINAL)).as("user name %s", bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
      assertThatThrownBy(() -> auth().adminPasswordAuth(bad, FINAL)).as("user name %s", bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    }
    assertThatThrownBy(() -> auth().refresh((AuthTokens) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokens");
    assertThatThrownBy(() -> auth().refresh(null, "user")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refreshToken");
    NewPasswordRequired np = (NewPasswordRequired) auth().adminPasswordAuth(newUser(false), TEMP);
    assertThatThrownBy(() -> np.answer("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newPassword");
  }
}
