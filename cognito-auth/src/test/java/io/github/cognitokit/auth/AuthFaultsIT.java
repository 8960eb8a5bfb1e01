package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.auth.CognitoAuthException.Reason;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.DroppingPort;
import io.github.cognitokit.testkit.RequestRecorder;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/** Cognito failing during sign-in: retried by the SDK, then a typed error; the next attempt works. */
@CognitoEmulatorTest
class AuthFaultsIT {
  @Test
  void serverErrorsAndThrottling_areRetried_thenTyped(CognitoEmulator emulator) {
    RequestRecorder recorder = new RequestRecorder();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      String pool = cognito.createUserPool(b -> b.poolName("faults")).userPool().id();
      var client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("c").generateSecret(true)
          .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH)).userPoolClient();
      cognito.adminCreateUser(b -> b.userPoolId(pool).username("u").temporaryPassword("Temp-Passw0rd!")
          .messageAction("SUPPRESS"));
      cognito.adminSetUserPassword(b -> b.userPoolId(pool).username("u").password("Final-Passw0rd!").permanent(true));
      CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(pool).clientId(client.clientId())
          .clientSecret(client.clientSecret()).build();

      recorder.answer("AdminInitiateAuth", 500, "{\"__type\":\"InternalErrorException\",\"message\":\"oops\"}");
      assertThatThrownBy(() -> auth.adminPasswordAuth("u", "Final-Passw0rd!"))
          .isInstanceOfSatisfying(CognitoAuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
      assertThat(recorder.operations().stream().filter("AdminInitiateAuth"::equals).count()).isGreaterThan(1);

      recorder.answer("AdminInitiateAuth", 400, "{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate\"}");
      assertThatThrownBy(() -> auth.adminPasswordAuth("u", "Final-Passw0rd!"))
          .isInstanceOfSatisfying(CognitoAuthException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REQUESTS));

      recorder.stopAnswering();
      assertThat(auth.adminPasswordAuth("u", "Final-Passw0rd!").isTokens()).isTrue();
    }
  }

  @Test
  void droppedConnection_isUnavailable_withTheCause() throws Exception {
    try (DroppingPort down = DroppingPort.open()) { // held for the whole test: no port probed and reused
      droppedAt(down.port());
    }
  }

  private static void droppedAt(int port) {
    try (CognitoIdentityProviderClient down = CognitoIdentityProviderClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
      CognitoAuth auth = CognitoAuth.builder().client(down).clientId("c").build();
      assertThatThrownBy(() -> auth.passwordAuth("u", "p")).isInstanceOfSatisfying(CognitoAuthException.class, e -> {
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.getCause()).isNotNull();
      });
    }
  }
}
