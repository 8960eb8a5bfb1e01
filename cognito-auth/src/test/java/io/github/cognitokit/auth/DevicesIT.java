package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.auth.testing.EmulatorUsers;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.SrpServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Remembered devices end to end: the emulator has no device tracking, so the testkit's {@link SrpServer} plays it
 * (new device metadata, ConfirmDevice with the verifier, the DEVICE_SRP_AUTH proof, list, status and forget), with
 * the response shapes of the API Reference and the AWS CLI reference's {@code get-device} example.
 */
@CognitoEmulatorTest
class DevicesIT {
  static final String PASSWORD = "Dev1ce-Passw0rd!";
  static CognitoEmulator emulator;
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static SrpServer srp;
  static String poolId;
  static String promptPoolId;
  static UserPoolClientType app;
  static UserPoolClientType promptApp;

  @BeforeAll
  static void setUp() {
    cognito = emulator.newClient(recorder);
    srp = SrpServer.install(emulator, recorder);
    poolId = cognito.createUserPool(b -> b.poolName("devices").deviceConfiguration(d -> d
        .challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(false))).userPool().id();
    app = client(poolId);
    promptPoolId = cognito.createUserPool(b -> b.poolName("devices-prompt").deviceConfiguration(d -> d
        .challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true))).userPool().id();
    promptApp = client(promptPoolId);
  }

  static UserPoolClientType client(String pool) {
    return cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("mobile").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
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

  static CognitoAuth auth(String pool, UserPoolClientType c) {
    return EmulatorUsers.auth(cognito, pool, c);
  }

  static String user(String pool) {
    return EmulatorUsers.create(cognito, srp, pool, "dev", PASSWORD);
  }

  @Test
  void confirmRememberSignInWithTheDeviceThenForgetIt() {
    String name = user(poolId);
    CognitoAuth auth = auth(poolId, app);

    AuthTokens first = auth.srpAuth(name, PASSWORD).tokens();
    NewDevice offered = first.newDevice().orElseThrow();
    ConfirmedDevice confirmed = auth.confirmDevice(first, "Alice's phone");

    assertThat(confirmed.userConfirmationNecessary()).isFalse();
    RememberedDevice device = confirmed.device();
    assertThat(device.deviceKey()).isEqualTo(offered.deviceKey());
    assertThat(device.deviceGroupKey()).isEqualTo(offered.deviceGroupKey());
    assertThat(device.toString()).doesNotContain(device.password());
    ConfirmDeviceRequest sent = recorder.last(ConfirmDeviceRequest.class);
    assertThat(sent.deviceSecretVerifierConfig().passwordVerifier()).isNotBlank();
    assertThat(sent.toString()).doesNotContain(device.password());

    List<DeviceInfo> devices = auth.listDevices(first.accessToken());
    assertThat(devices).singleElement().satisfies(d -> {
      assertThat(d.deviceKey()).isEqualTo(device.deviceKey());
      assertThat(d.name()).contains("Alice's phone");
      assertThat(d.remembered()).isTrue();
      assertThat(d.created()).isPresent();
    });

    recorder.clear();
    AuthTokens again = auth.srpAuth(name, PASSWORD, device).tokens();
    assertThat(again.username()).isEqualTo(name);
    assertThat(again.newDevice()).isEmpty();
    assertThat(recorder.requests(RespondToAuthChallengeRequest.class))
        .extracting(RespondToAuthChallengeRequest::challengeNameAsString)
        .containsExactly("PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER");
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("DEVICE_KEY", device.deviceKey())
        .containsEntry("SECRET_HASH", SecretHash.of(name, app.clientId(), app.clientSecret()));

    auth.updateDeviceStatus(again.accessToken(), device.deviceKey(), false);
    assertThat(auth.listDevices(again.accessToken())).singleElement()
        .satisfies(d -> assertThat(d.remembered()).isFalse());

    auth.forgetDevice(again.accessToken(), device.deviceKey());
    assertThat(auth.listDevices(again.accessToken())).isEmpty();
    AuthTokens afterForget = auth.srpAuth(name, PASSWORD, device).tokens();
    assertThat(afterForget.newDevice()).as("a forgotten device is new again").isPresent();
  }

  @Test
  void passwordSignInAlsoProvesTheDevice() {
    String name = user(poolId);
    CognitoAuth auth = auth(poolId, app);
    RememberedDevice device = auth.confirmDevice(auth.passwordAuth(name, PASSWORD).tokens(), null).device();

    recorder.clear();
    assertThat(auth.passwordAuth(name, PASSWORD, device).tokens().username()).isEqualTo(name);
    assertThat(recorder.requests(RespondToAuthChallengeRequest.class))
        .extracting(RespondToAuthChallengeRequest::challengeNameAsString)
        .containsExactly("DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER");
  }

  @Test
  void aDeviceWithTheWrongPasswordIsRefused() {
    String name = user(poolId);
    CognitoAuth auth = auth(poolId, app);
    RememberedDevice device = auth.confirmDevice(auth.srpAuth(name, PASSWORD).tokens(), "laptop").device();
    RememberedDevice forged = RememberedDevice.of(device.deviceKey(), device.deviceGroupKey(), "guessed");

    assertThatThrownBy(() -> auth.srpAuth(name, PASSWORD, forged)).isInstanceOf(CognitoAuthException.class)
        .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
            .isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED));
  }

  @Test
  void aPoolThatAsksTheUserSaysSo() {
    String name = user(promptPoolId);
    CognitoAuth auth = auth(promptPoolId, promptApp);
    AuthTokens tokens = auth.srpAuth(name, PASSWORD).tokens();

    ConfirmedDevice confirmed = auth.confirmDevice(tokens, "tablet");

    assertThat(confirmed.userConfirmationNecessary()).isTrue();
    assertThat(auth.listDevices(tokens.accessToken())).singleElement()
        .satisfies(d -> assertThat(d.remembered()).isFalse());
    auth.updateDeviceStatus(tokens.accessToken(), confirmed.device().deviceKey(), true);
    assertThat(auth.listDevices(tokens.accessToken())).singleElement()
        .satisfies(d -> assertThat(d.remembered()).isTrue());
  }

  @Test
  void deviceChallengeWithoutADeviceAndBadArgumentsAreTypedErrors() {
    CognitoAuth auth = auth(poolId, app);
    recorder.answerInTurn("InitiateAuth", RequestRecorder.Reply.of(200,
        "{\"ChallengeName\":\"DEVICE_SRP_AUTH\",\"Session\":\"s\",\"ChallengeParameters\":{\"USERNAME\":\"u\"}}"));
    assertThatThrownBy(() -> auth.passwordAuth("u", PASSWORD)).isInstanceOf(CognitoAuthException.class)
        .hasMessage("Cognito's DEVICE_SRP_AUTH challenge cannot be answered: it asks a remembered device to prove"
            + " itself, and none was given");

    AuthTokens noDevice = new AuthTokens(null, "access", null, java.time.Instant.now(), java.time.Duration.ZERO,
        "Bearer", "u", false);
    assertThatThrownBy(() -> auth.confirmDevice(noDevice, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tokens carry no new device");
    assertThatThrownBy(() -> auth.confirmDevice(null, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.forgetDevice("token", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deviceKey must not be null or empty");
    assertThatThrownBy(() -> auth.listDevices(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be null or empty");
    assertThatThrownBy(() -> RememberedDevice.of("k", "g", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("password must not be null or blank");
  }
}
