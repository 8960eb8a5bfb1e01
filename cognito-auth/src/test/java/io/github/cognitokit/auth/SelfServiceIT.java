package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;

/**
 * Self-service account flows against the emulator where it has them (sign-up, confirm, forgot password, change
 * password, get, update and delete the user), and canned replies of the API Reference's response shapes where it has
 * not ({@code ResendConfirmationCode}, {@code VerifyUserAttribute}, code delivery details).
 */
@CognitoEmulatorTest
class SelfServiceIT {
  static final String PASSWORD = "Self-Serv1ce-Pass!";
  static CognitoEmulator emulator;
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static String poolId;
  static UserPoolClientType app;

  @BeforeAll
  static void setUp() {
    cognito = emulator.newClient(recorder);
    poolId = cognito.createUserPool(b -> b.poolName("self-service").autoVerifiedAttributesWithStrings("email"))
        .userPool().id();
    app = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
  }

  @AfterAll
  static void tearDown() {
    cognito.close();
  }

  static CognitoAuth auth() {
    return CognitoAuth.builder().client(cognito).userPoolId(poolId).clientId(app.clientId())
        .clientSecret(app.clientSecret()).build();
  }

  static String name() {
    return "self-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void signUp_confirm_signIn_withTheDocumentedSecretHash() {
    String user = name();
    SignUpResult result = auth().signUp(user, PASSWORD, Map.of("email", user + "@example.com", "name", "Self"));

    assertThat(result.userSub()).isNotBlank();
    assertThat(result.confirmed()).isFalse();
    SignUpRequest sent = recorder.last(SignUpRequest.class);
    assertThat(sent.secretHash()).isEqualTo(SecretHash.of(user, app.clientId(), app.clientSecret()));
    assertThat(sent.userAttributes()).extracting(a -> a.name()).containsExactlyInAnyOrder("email", "name");

    assertThatThrownBy(() -> auth().passwordAuth(user, PASSWORD)).isInstanceOf(CognitoAuthException.class)
        .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
            .isEqualTo(CognitoAuthException.Reason.USER_NOT_CONFIRMED));
    auth().confirmSignUp(user, "123456");
    assertThat(auth().passwordAuth(user, PASSWORD).tokens().username()).isEqualTo(user);

    assertThatThrownBy(() -> auth().signUp(user, PASSWORD, Map.of())).isInstanceOf(CognitoAuthException.class)
        .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
            .isEqualTo(CognitoAuthException.Reason.USERNAME_EXISTS))
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void codeDelivery_isTyped_asTheApiReferenceShowsIt() {
    // SignUp and ResendConfirmationCode response syntax, Amazon Cognito API Reference.
    recorder.answer("SignUp", 200, "{\"CodeDeliveryDetails\":{\"AttributeName\":\"email\",\"DeliveryMedium\":"
        + "\"EMAIL\",\"Destination\":\"a***@e***\"},\"UserConfirmed\":false,\"UserSub\":\"5f3c1f0e-0000-4e4b\"}");
    recorder.answer("ResendConfirmationCode", 200, "{\"CodeDeliveryDetails\":{\"AttributeName\":\"phone_number\","
        + "\"DeliveryMedium\":\"SMS\",\"Destination\":\"+*******1234\"}}");
    try {
      SignUpResult r = auth().signUp("canned", PASSWORD, Map.of("email", "alice@example.com"));
      assertThat(r.codeDelivery()).contains(new CodeDelivery("EMAIL", "a***@e***", "email"));
      assertThat(r.userSub()).isEqualTo("5f3c1f0e-0000-4e4b");
      assertThat(auth().resendConfirmationCode("canned"))
          .contains(new CodeDelivery("SMS", "+*******1234", "phone_number"));
      assertThat(recorder.last(ResendConfirmationCodeRequest.class).secretHash())
          .isEqualTo(SecretHash.of("canned", app.clientId(), app.clientSecret()));
    } finally {
      recorder.stopAnswering();
    }
  }

  @Test
  void getUser_readsTheApiReferenceShape_withMfaSettings() {
    // GetUser response syntax, Amazon Cognito API Reference: the emulator sends no MFA settings.
    recorder.answer("GetUser", 200, "{\"Username\":\"uuid-7\",\"UserAttributes\":[{\"Name\":\"sub\","
        + "\"Value\":\"uuid-7\"},{\"Name\":\"email\",\"Value\":\"gina@example.com\"},{\"Name\":"
        + "\"email_verified\",\"Value\":\"true\"}],\"PreferredMfaSetting\":\"SOFTWARE_TOKEN_MFA\","
        + "\"UserMFASettingList\":[\"SOFTWARE_TOKEN_MFA\",\"SMS_MFA\"]}");
    try {
      UserProfile me = auth().getUser("an-access-token");
      assertThat(me.username()).isEqualTo("uuid-7");
      assertThat(me.attributes()).containsEntry("email", "gina@example.com").containsEntry("email_verified", "true");
      assertThat(me.mfaOptions()).containsExactly("SOFTWARE_TOKEN_MFA", "SMS_MFA");
      assertThat(me.preferredMfa()).isEqualTo("SOFTWARE_TOKEN_MFA");
    } finally {
      recorder.stopAnswering();
    }
  }

  @Test
  void forgotPassword_thenConfirm_setsTheNewPassword_andAWrongCodeFails() {
    String user = name();
    auth().signUp(user, PASSWORD, Map.of("email", user + "@example.com"));
    auth().confirmSignUp(user, "123456");

    auth().forgotPassword(user);
    assertThatThrownBy(() -> auth().confirmForgotPassword(user, "moto-confirmation-code:wrong", "New-Passw0rd-1!"))
        .isInstanceOf(CognitoAuthException.class)
        .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
            .isIn(CognitoAuthException.Reason.CODE_MISMATCH, CognitoAuthException.Reason.CODE_EXPIRED))
        .hasMessageNotContaining("New-Passw0rd-1!");
    auth().confirmForgotPassword(user, "123456", "New-Passw0rd-1!");

    assertThat(recorder.last(ConfirmForgotPasswordRequest.class).secretHash())
        .isEqualTo(SecretHash.of(user, app.clientId(), app.clientSecret()));
    assertThat(auth().passwordAuth(user, "New-Passw0rd-1!").tokens().username()).isEqualTo(user);
  }

  @Test
  void signedInUser_changesPassword_readsAndUpdatesAttributes_thenDeletesTheAccount() {
    String user = name();
    auth().signUp(user, PASSWORD, Map.of("email", user + "@example.com"));
    auth().confirmSignUp(user, "123456");
    String access = auth().passwordAuth(user, PASSWORD).tokens().accessToken();

    assertThatThrownBy(() -> auth().changePassword(access, "Wrong-Passw0rd!", "Other-Passw0rd-2!"))
        .isInstanceOf(CognitoAuthException.class)
        .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
            .isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED));
    auth().changePassword(access, PASSWORD, "Other-Passw0rd-2!");
    String fresh = auth().passwordAuth(user, "Other-Passw0rd-2!").tokens().accessToken();

    UserProfile me = auth().getUser(fresh);
    assertThat(me.username()).isEqualTo(user);
    assertThat(me.attributes()).containsEntry("email", user + "@example.com").containsKey("sub");

    auth().updateUserAttributes(fresh, Map.of("name", "Renamed"));
    assertThat(auth().getUser(fresh).attributes()).containsEntry("name", "Renamed");

    // The emulator has neither VerifyUserAttribute nor DeleteUser: both answer {} (API Reference response syntax).
    recorder.answer("VerifyUserAttribute", 200, "{}");
    recorder.answer("DeleteUser", 200, "{}");
    try {
      auth().verifyUserAttribute(fresh, "email", "654321");
      VerifyUserAttributeRequest verify = recorder.last(VerifyUserAttributeRequest.class);
      assertThat(verify.attributeName()).isEqualTo("email");
      assertThat(verify.code()).isEqualTo("654321");
      assertThat(verify.accessToken()).isEqualTo(fresh);

      auth().deleteUser(fresh);
      assertThat(recorder.last(DeleteUserRequest.class).accessToken()).isEqualTo(fresh);
    } finally {
      recorder.stopAnswering();
    }
  }

  @Test
  void badInput_isRefusedBeforeAnyCall_namingTheArgument() {
    recorder.clear();
    CognitoAuth auth = auth();
    assertThatThrownBy(() -> auth.signUp(" ", PASSWORD, Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.signUp("u", "", Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> auth.signUp("u", PASSWORD, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attributes");
    assertThatThrownBy(() -> auth.signUp("u", PASSWORD, Map.of("", "x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.confirmSignUp("u", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> auth.confirmForgotPassword("u", "1", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newPassword");
    assertThatThrownBy(() -> auth.changePassword(null, "a", "b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessToken");
    assertThatThrownBy(() -> auth.updateUserAttributes("t", Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.forgotPassword(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(recorder.operations()).isEmpty();
  }
}
