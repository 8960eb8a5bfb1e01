package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.auth.CognitoAuthException;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.SrpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** A user's test of the SRP sign-in their single-page app uses, with the testkit's SRP stand-in checking proofs. */
@CognitoEmulatorTest
class SrpSignInTest {
  CognitoEmulator emulator;

  @Test
  void srpSignInChecksThePassword() {
    RequestRecorder recorder = new RequestRecorder();
    SrpServer srp = SrpServer.install(emulator, recorder);
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      UserPool pool = admin.userPool("spa-users").ensure();
      AppClient spa = pool.client("spa").publicClient().authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN)
          .ensure();
      pool.user("bob").email("bob@example.com", true).permanentPassword("Bobs-Passw0rd-9!").suppressInvitation().ensure();
      srp.register(pool.id(), "bob", "Bobs-Passw0rd-9!");

      CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(pool.id()).clientId(spa.clientId())
          .build();
      assertEquals("bob", auth.srpAuth("bob", "Bobs-Passw0rd-9!").tokens().username());
      CognitoAuthException wrong = assertThrows(CognitoAuthException.class,
          () -> auth.srpAuth("bob", "not-the-password"));
      assertEquals(CognitoAuthException.Reason.NOT_AUTHORIZED, wrong.reason());
    }
  }
}
