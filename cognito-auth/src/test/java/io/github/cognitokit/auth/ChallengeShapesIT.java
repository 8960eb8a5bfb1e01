package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

/**
 * Challenges the emulator does not produce (SELECT_MFA_TYPE, SMS_MFA, EMAIL_OTP, NEW_PASSWORD_REQUIRED with required
 * attributes, custom challenges), answered with their documented shapes from the Cognito API reference. The
 * interceptor answers in place of the emulator; the test checks what we send back.
 */
@CognitoEmulatorTest
class ChallengeShapesIT {
  static final String CLIENT = "1example23456789";
  static final String SECRET = "client-secret-for-shapes";
  static final String POOL = "us-east-1_Shapes1";
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAuth auth;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    auth = CognitoAuth.builder().client(cognito).userPoolId(POOL).clientId(CLIENT).clientSecret(SECRET).build();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  static String challenge(String name, String session, String parameters) {
    return "{\"ChallengeName\":\"" + name + "\",\"Session\":\"" + session + "\",\"ChallengeParameters\":"
        + parameters + "}";
  }

  static final String TOKENS = "{\"AuthenticationResult\":{\"AccessToken\":\"a.b.c\",\"IdToken\":\"d.e.f\","
      + "\"RefreshToken\":\"r\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}";

  @Test
  void selectMfaType_thenSmsCode_carriesTheInternalUsernameAndSessions() {
    recorder.answer("AdminInitiateAuth", 200, challenge("SELECT_MFA_TYPE", "s1",
        "{\"MFAS_CAN_CHOOSE\":\"[\\\"SMS_MFA\\\",\\\"SOFTWARE_TOKEN_MFA\\\"]\",\"USER_ID_FOR_SRP\":\"uuid-1\"}"));
    recorder.answerInTurn("AdminRespondToAuthChallenge",
        RequestRecorder.Reply.of(200, challenge("SMS_MFA", "s2", "{\"CODE_DELIVERY_DESTINATION\":\"+*******0123\",\"USER_ID_FOR_SRP\":\"uuid-1\"}")),
        RequestRecorder.Reply.of(200, TOKENS));

    SelectMfaType select = (SelectMfaType) auth.adminPasswordAuth("alice@example.com", "Passw0rd!");
    assertThat(select.options()).containsExactlyInAnyOrder(MfaType.SMS_MFA, MfaType.SOFTWARE_TOKEN_MFA);
    assertThat(select.username()).isEqualTo("uuid-1");
    assertThatThrownBy(() -> select.choose(MfaType.EMAIL_OTP)).isInstanceOf(IllegalArgumentException.class);

    MfaCodeChallenge sms = (MfaCodeChallenge) select.choose(MfaType.SMS_MFA);
    AdminRespondToAuthChallengeRequest choice = recorder.last(AdminRespondToAuthChallengeRequest.class);
    assertThat(choice.challengeNameAsString()).isEqualTo("SELECT_MFA_TYPE");
    assertThat(choice.session()).isEqualTo("s1");
    assertThat(choice.challengeResponses()).containsEntry("ANSWER", "SMS_MFA").containsEntry("USERNAME", "uuid-1")
        .containsEntry("SECRET_HASH", SecretHash.of("uuid-1", CLIENT, SECRET));
    assertThat(sms.type()).isEqualTo(MfaType.SMS_MFA);
    assertThat(sms.codeDeliveryDestination()).contains("+*******0123");

    assertThat(sms.answer("123456").isTokens()).isTrue();
    AdminRespondToAuthChallengeRequest code = recorder.last(AdminRespondToAuthChallengeRequest.class);
    assertThat(code.session()).isEqualTo("s2");
    assertThat(code.challengeResponses()).containsEntry("SMS_MFA_CODE", "123456")
        .containsEntry("SECRET_HASH", SecretHash.of("uuid-1", CLIENT, SECRET));
  }

  @Test
  void emailOtp_isAnsweredWithTheEmailCode() {
    recorder.answer("AdminInitiateAuth", 200, challenge("EMAIL_OTP", "s1", "{\"USERNAME\":\"uuid-2\"}"));
    recorder.answer("AdminRespondToAuthChallenge", 200, TOKENS);
    MfaCodeChallenge email = (MfaCodeChallenge) auth.adminPasswordAuth("bob@example.com", "Passw0rd!");
    email.answer("654321");
    assertThat(recorder.last(AdminRespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("EMAIL_OTP_CODE", "654321").containsEntry("USERNAME", "uuid-2");
  }

  @Test
  void newPasswordRequired_namesAndRequiresTheMissingAttributes() {
    recorder.answer("AdminInitiateAuth", 200, challenge("NEW_PASSWORD_REQUIRED", "s1",
        "{\"USER_ID_FOR_SRP\":\"uuid-3\",\"requiredAttributes\":\"[\\\"userAttributes.given_name\\\","
            + "\\\"userAttributes.family_name\\\"]\",\"userAttributes\":\"{\\\"email\\\":\\\"c@example.com\\\"}\"}"));
    recorder.answer("AdminRespondToAuthChallenge", 200, TOKENS);
    NewPasswordRequired np = (NewPasswordRequired) auth.adminPasswordAuth("c@example.com", "Temp-Passw0rd!");

    assertThat(np.requiredAttributes()).containsExactly("given_name", "family_name");
    assertThatThrownBy(() -> np.answer("New-Passw0rd!", Map.of("given_name", "Carol")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("family_name");
    np.answer("New-Passw0rd!", Map.of("given_name", "Carol", "family_name", "Smith"));
    assertThat(recorder.last(AdminRespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("NEW_PASSWORD", "New-Passw0rd!").containsEntry("userAttributes.given_name", "Carol")
        .containsEntry("userAttributes.family_name", "Smith").containsEntry("USERNAME", "uuid-3")
        .containsEntry("SECRET_HASH", SecretHash.of("uuid-3", CLIENT, SECRET));
  }

  @Test
  void customChallenge_isPassedThrough() {
    recorder.answer("AdminInitiateAuth", 200, challenge("CUSTOM_CHALLENGE", "s1", "{\"USERNAME\":\"uuid-4\","
        + "\"question\":\"2+2\"}"));
    recorder.answer("AdminRespondToAuthChallenge", 200, TOKENS);
    CustomChallenge custom = (CustomChallenge) auth.adminPasswordAuth("dave", "Passw0rd!");
    assertThat(custom.parameters()).containsEntry("question", "2+2");
    custom.answer(Map.of("ANSWER", "4"));
    assertThat(recorder.last(AdminRespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("ANSWER", "4").containsEntry("USERNAME", "uuid-4");
    assertThat(List.of(custom.name())).containsExactly("CUSTOM_CHALLENGE");
  }

  @Test
  void customAuth_startsWithUsernameAndHash_andAnswersUntilTokens() {
    // InitiateAuth / RespondToAuthChallenge response syntax (API Reference), for a define-auth-challenge trigger that
    // asks one question.
    recorder.answer("InitiateAuth", 200, challenge("CUSTOM_CHALLENGE", "c1", "{\"USERNAME\":\"uuid-5\","
        + "\"question\":\"favourite colour\"}"));
    recorder.answer("RespondToAuthChallenge", 200, TOKENS);

    CustomChallenge question = (CustomChallenge) auth.customAuth("erin@example.com");

    InitiateAuthRequest started = recorder.last(InitiateAuthRequest.class);
    assertThat(started.authFlowAsString()).isEqualTo("CUSTOM_AUTH");
    assertThat(started.authParameters()).containsEntry("USERNAME", "erin@example.com")
        .containsEntry("SECRET_HASH", SecretHash.of("erin@example.com", CLIENT, SECRET))
        .doesNotContainKey("PASSWORD");
    assertThat(question.parameters()).containsEntry("question", "favourite colour");
    assertThat(question.answer(Map.of("ANSWER", "blue"))).isInstanceOf(AuthTokens.class);
    RespondToAuthChallengeRequest answered = recorder.last(RespondToAuthChallengeRequest.class);
    assertThat(answered.session()).isEqualTo("c1");
    assertThat(answered.challengeResponses()).containsEntry("ANSWER", "blue").containsEntry("USERNAME", "uuid-5")
        .containsEntry("SECRET_HASH", SecretHash.of("uuid-5", CLIENT, SECRET));
  }

  @Test
  void adminCustomAuth_goesThroughTheAdminApi() {
    recorder.answer("AdminInitiateAuth", 200, challenge("CUSTOM_CHALLENGE", "c2", "{\"USERNAME\":\"uuid-6\"}"));

    CustomChallenge question = (CustomChallenge) auth.adminCustomAuth("frank");

    AdminInitiateAuthRequest started = recorder.last(AdminInitiateAuthRequest.class);
    assertThat(started.authFlowAsString()).isEqualTo("CUSTOM_AUTH");
    assertThat(started.userPoolId()).isEqualTo(POOL);
    assertThat(question.username()).isEqualTo("uuid-6");
    assertThatThrownBy(() -> auth.customAuth(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
