package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.cognitokit.auth.testing.EmulatorUsers;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import io.github.cognitokit.testkit.SrpServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Choice-based sign-in ({@code USER_AUTH}) and passkey management. The emulator has neither; the password factors
 * run against the testkit's {@link SrpServer} (the emulator checks the password, the stand-in the SRP proof), the
 * passwordless and passkey steps against canned replies in the shapes of the Amazon Cognito API Reference:
 * InitiateAuth ({@code AvailableChallenges}, {@code SELECT_CHALLENGE}), RespondToAuthChallenge ({@code EMAIL_OTP} /
 * {@code SMS_OTP} with {@code CODE_DELIVERY_*} parameters, {@code WEB_AUTHN} with {@code CREDENTIAL_REQUEST_OPTIONS}),
 * StartWebAuthnRegistration ({@code CredentialCreationOptions}), ListWebAuthnCredentials
 * ({@code Credentials[]} of {@code WebAuthnCredentialDescription}, {@code NextToken}).
 */
@CognitoEmulatorTest
class UserAuthIT {
  static final String PASSWORD = "Ch0ice-Passw0rd!";
  static CognitoEmulator emulator;
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static SrpServer srp;
  static String poolId;
  static UserPoolClientType app;
  static String tokensReply;

  @BeforeAll
  static void setUp() {
    cognito = emulator.newClient(recorder);
    srp = SrpServer.install(emulator, recorder);
    poolId = cognito.createUserPool(b -> b.poolName("choice")).userPool().id();
    app = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
    String name = user();
    AuthTokens t = auth().adminPasswordAuth(name, PASSWORD).tokens();
    tokensReply = "{\"AuthenticationResult\":{\"AccessToken\":\"" + t.accessToken() + "\",\"IdToken\":\""
        + t.idToken() + "\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}";
  }

  @AfterAll
  static void tearDown() {
    recorder.stopAnswering();
    cognito.close();
  }

  @BeforeEach
  void clear() {
    recorder.clear();
  }

  static CognitoAuth auth() {
    return EmulatorUsers.auth(cognito, poolId, app);
  }

  static String user() {
    return EmulatorUsers.create(cognito, srp, poolId, "choice", PASSWORD);
  }

  static String hash(String name) {
    return SecretHash.of(name, app.clientId(), app.clientSecret());
  }

  @Test
  void selectThePasswordFactor() {
    String name = user();
    SelectChallenge select = (SelectChallenge) auth().userAuth(name);

    assertThat(select.available()).containsExactlyInAnyOrder(FirstFactor.PASSWORD, FirstFactor.PASSWORD_SRP);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters()).containsOnlyKeys("USERNAME", "SECRET_HASH");
    assertThat(select.password(PASSWORD).tokens().username()).isEqualTo(name);
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("ANSWER", "PASSWORD").containsEntry("PASSWORD", PASSWORD).containsEntry("USERNAME", name)
        .containsEntry("SECRET_HASH", hash(name));
  }

  @Test
  void selectPasswordSrpRunsTheProof() {
    String name = user();
    SelectChallenge select = (SelectChallenge) auth().userAuth(name);
    assertThat(select.passwordSrp(PASSWORD).tokens().username()).isEqualTo(name);
    assertThat(recorder.requests(RespondToAuthChallengeRequest.class))
        .extracting(RespondToAuthChallengeRequest::challengeNameAsString)
        .containsExactly("SELECT_CHALLENGE", "PASSWORD_VERIFIER");
    assertThat(recorder.requests(RespondToAuthChallengeRequest.class).get(0).challengeResponses())
        .containsEntry("ANSWER", "PASSWORD_SRP").containsKey("SRP_A").doesNotContainKey("PASSWORD");

    SelectChallenge again = (SelectChallenge) auth().userAuth(name);
    assertThat(catchThrowableOfType(() -> again.passwordSrp("wrong-" + PASSWORD), CognitoAuthException.class)
        .reason()).isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED);
  }

  @Test
  void preferredPasswordFactorsSkipTheChoice() {
    String name = user();
    assertThat(auth().userAuth(name, FirstFactor.PASSWORD_SRP, PASSWORD).tokens().username()).isEqualTo(name);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters())
        .containsEntry("PREFERRED_CHALLENGE", "PASSWORD_SRP").containsKey("SRP_A").doesNotContainKey("PASSWORD");
    assertThat(auth().userAuth(name, FirstFactor.PASSWORD, PASSWORD).tokens().username()).isEqualTo(name);
    assertThat(catchThrowableOfType(() -> auth().userAuth(name, FirstFactor.PASSWORD, "nope-" + PASSWORD),
        CognitoAuthException.class).reason()).isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED);
  }

  @Test
  void theFlowMustBeEnabled() {
    UserPoolClientType srpOnly = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("srp-only")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)).userPoolClient();
    CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(poolId).clientId(srpOnly.clientId()).build();
    assertThat(catchThrowableOfType(() -> auth.userAuth(user()), CognitoAuthException.class).reason())
        .isEqualTo(CognitoAuthException.Reason.FLOW_NOT_ENABLED);
  }

  @Test
  void emailCodeAfterTheChoice() {
    recorder.answerInTurn("InitiateAuth", Reply.of(200, "{\"ChallengeName\":\"SELECT_CHALLENGE\",\"Session\":\"s1\","
        + "\"ChallengeParameters\":{},\"AvailableChallenges\":[\"EMAIL_OTP\",\"SMS_OTP\",\"WEB_AUTHN\",\"PASSWORD\"]}"));
    recorder.answerInTurn("RespondToAuthChallenge",
        Reply.of(200, "{\"ChallengeName\":\"EMAIL_OTP\",\"Session\":\"s2\",\"ChallengeParameters\":{"
            + "\"CODE_DELIVERY_DELIVERY_MEDIUM\":\"EMAIL\",\"CODE_DELIVERY_DESTINATION\":\"a***@e***\"}}"),
        Reply.of(200, tokensReply));

    SelectChallenge select = (SelectChallenge) auth().userAuth("alice");
    assertThat(select.available()).containsExactlyInAnyOrder(FirstFactor.EMAIL_OTP, FirstFactor.SMS_OTP,
        FirstFactor.WEB_AUTHN, FirstFactor.PASSWORD);
    MfaCodeChallenge code = (MfaCodeChallenge) select.emailOtp();
    assertThat(code.type()).isEqualTo(MfaType.EMAIL_OTP);
    assertThat(code.codeDeliveryDestination()).contains("a***@e***");
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsOnly(Map.entry("ANSWER", "EMAIL_OTP"), Map.entry("USERNAME", "alice"),
            Map.entry("SECRET_HASH", hash("alice")));
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).session()).isEqualTo("s1");

    assertThat(code.answer("123456").tokens().accessToken()).isNotBlank();
    RespondToAuthChallengeRequest last = recorder.last(RespondToAuthChallengeRequest.class);
    assertThat(last.challengeNameAsString()).isEqualTo("EMAIL_OTP");
    assertThat(last.session()).isEqualTo("s2");
    assertThat(last.challengeResponses()).containsEntry("EMAIL_OTP_CODE", "123456");

    SelectChallenge passwordOnly = (SelectChallenge) auth().userAuth(user());
    assertThatThrownBy(passwordOnly::webAuthn).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WEB_AUTHN is not offered");
  }

  @Test
  void smsCodeAsThePreferredFactor() {
    recorder.answerInTurn("InitiateAuth", Reply.of(200, "{\"ChallengeName\":\"SMS_OTP\",\"Session\":\"s1\","
        + "\"ChallengeParameters\":{\"CODE_DELIVERY_DELIVERY_MEDIUM\":\"SMS\",\"CODE_DELIVERY_DESTINATION\":"
        + "\"+*******0123\"}}"));
    recorder.answerInTurn("RespondToAuthChallenge", Reply.of(200, tokensReply));

    MfaCodeChallenge code = (MfaCodeChallenge) auth().userAuth("alice", FirstFactor.SMS_OTP);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters())
        .containsEntry("PREFERRED_CHALLENGE", "SMS_OTP").doesNotContainKey("PASSWORD");
    assertThat(code.type()).isEqualTo(MfaType.SMS_OTP);
    code.answer("654321");
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("SMS_OTP_CODE", "654321");
  }

  @Test
  void passkeySignInHandsTheOptionsOverAndSendsTheCredential() throws Exception {
    String options = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rpId\":\"app.example.com\",\"timeout\":180000,"
        + "\"allowCredentials\":[{\"type\":\"public-key\",\"id\":\"Y3JlZC0x\"}],\"userVerification\":\"preferred\"}";
    recorder.answerInTurn("InitiateAuth", Reply.of(200, JSONObjectUtils.toJSONString(Map.of("ChallengeName",
        "WEB_AUTHN", "Session", "s1", "ChallengeParameters", Map.of("CREDENTIAL_REQUEST_OPTIONS", options)))));
    recorder.answerInTurn("RespondToAuthChallenge", Reply.of(200, tokensReply));

    WebAuthnChallenge challenge = (WebAuthnChallenge) auth().userAuth("alice", FirstFactor.WEB_AUTHN);
    assertThat(JSONObjectUtils.parse(challenge.credentialRequestOptions())).isEqualTo(JSONObjectUtils.parse(options));
    assertThatThrownBy(() -> challenge.answer("not json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentialJson must be the authenticator's response as a JSON object");
    String credential = "{\"id\":\"Y3JlZC0x\",\"type\":\"public-key\",\"response\":{\"signature\":\"c2ln\"}}";
    assertThat(challenge.answer(credential).tokens().accessToken()).isNotBlank();
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("CREDENTIAL", credential).containsEntry("USERNAME", "alice");
  }

  @Test
  void passkeyManagement() throws Exception {
    recorder.answerInTurn("StartWebAuthnRegistration", Reply.of(200, "{\"CredentialCreationOptions\":{"
        + "\"challenge\":\"Y2g\",\"rp\":{\"id\":\"app.example.com\",\"name\":\"App\"},\"user\":{\"id\":\"dXNlcg\","
        + "\"name\":\"alice\",\"displayName\":\"alice\"},\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7}],"
        + "\"timeout\":180000,\"excludeCredentials\":[]}}"));
    recorder.answerInTurn("CompleteWebAuthnRegistration", Reply.of(200, "{}"));
    recorder.answerInTurn("ListWebAuthnCredentials",
        Reply.of(200, "{\"Credentials\":[{\"CredentialId\":\"cred-1\",\"FriendlyCredentialName\":\"MacBook\","
            + "\"RelyingPartyId\":\"app.example.com\",\"AuthenticatorAttachment\":\"platform\","
            + "\"AuthenticatorTransports\":[\"internal\"],\"CreatedAt\":1.7331E9}],\"NextToken\":\"page-2\"}"),
        Reply.of(200, "{\"Credentials\":[{\"CredentialId\":\"cred-2\",\"RelyingPartyId\":\"app.example.com\","
            + "\"AuthenticatorTransports\":[\"usb\",\"nfc\"],\"CreatedAt\":1.7332E9}]}"));
    recorder.answerInTurn("DeleteWebAuthnCredential", Reply.of(200, "{}"));

    Map<String, Object> options = JSONObjectUtils.parse(auth().startPasskeyRegistration("access"));
    assertThat(options).containsEntry("challenge", "Y2g").containsEntry("timeout", 180000L);
    assertThat(JSONObjectUtils.getJSONObject(options, "rp")).containsEntry("id", "app.example.com");

    auth().completePasskeyRegistration("access", "{\"id\":\"cred-1\",\"response\":{\"clientDataJSON\":\"e30\"},"
        + "\"n\":1.5,\"ok\":true}");
    var sent = recorder.last(CompleteWebAuthnRegistrationRequest.class).credential();
    assertThat(sent.asMap().get("id").asString()).isEqualTo("cred-1");
    assertThat(sent.asMap().get("response").asMap().get("clientDataJSON").asString()).isEqualTo("e30");
    assertThat(sent.asMap().get("ok").asBoolean()).isTrue();

    List<Passkey> passkeys = auth().listPasskeys("access");
    assertThat(passkeys).extracting(Passkey::credentialId).containsExactly("cred-1", "cred-2");
    assertThat(passkeys.get(0).name()).contains("MacBook");
    assertThat(passkeys.get(0).attachment()).contains("platform");
    assertThat(passkeys.get(1).transports()).containsExactly("usb", "nfc");
    assertThat(recorder.requests(ListWebAuthnCredentialsRequest.class).get(1).nextToken()).isEqualTo("page-2");

    auth().deletePasskey("access", "cred-2");
    assertThat(recorder.last(DeleteWebAuthnCredentialRequest.class).credentialId()).isEqualTo("cred-2");
    assertThatThrownBy(() -> auth().completePasskeyRegistration("access", "[1]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("credentialJson is not a JSON object");
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyCall() {
    CognitoAuth auth = auth();
    assertThatThrownBy(() -> auth.userAuth(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username must not be null or blank");
    assertThatThrownBy(() -> auth.userAuth("bob", FirstFactor.PASSWORD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use userAuth(username, factor, password)");
    assertThatThrownBy(() -> auth.userAuth("bob", FirstFactor.EMAIL_OTP, PASSWORD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PASSWORD or PASSWORD_SRP");
    assertThatThrownBy(() -> auth.userAuth("bob", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.deletePasskey("access", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentialId must not be null or empty");
    assertThatThrownBy(() -> auth.completePasskeyRegistration("access", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("credentialJson must not be null");
    assertThat(recorder.operations()).isEmpty();
  }
}
