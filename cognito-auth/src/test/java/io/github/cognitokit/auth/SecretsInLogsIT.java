package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitokit.auth.testing.FaultProxy;
import io.github.cognitokit.auth.testing.LogCapture;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.SrpServer;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Drives every flow of this module at TRACE, failures included, and checks that no password, client secret,
 * SECRET_HASH or token reaches a log line, an exception message or a toString().
 */
@CognitoEmulatorTest
class SecretsInLogsIT {
  static final String TEMP = "Temp-Passw0rd-XYZ!";
  static final String FINAL = "Final-Passw0rd-QRS!";
  static final String WRONG = "Wrong-Passw0rd-JKL!";

  @Test
  void noSecretReachesALogLineMessageOrToString(CognitoEmulator emulator) throws Exception {
    List<String> secrets = new ArrayList<>(List.of(TEMP, FINAL, WRONG));
    List<String> visible = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      CognitoIdentityProviderClient cognito = emulator.client();
      String pool = cognito.createUserPool(b -> b.poolName("secrets").deviceConfiguration(d -> d
          .challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(false))).userPool().id();
      UserPoolClientType app = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
          .generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
              ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
              ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH))
          .userPoolClient();
      secrets.add(app.clientSecret());
      secrets.add(SecretHash.of("carol", app.clientId(), app.clientSecret()));
      cognito.adminCreateUser(b -> b.userPoolId(pool).username("carol").temporaryPassword(TEMP)
          .messageAction("SUPPRESS"));
      CognitoAuth auth = CognitoAuth.builder().client(cognito).userPoolId(pool).clientId(app.clientId())
          .clientSecret(app.clientSecret()).build();
      visible.add(auth.toString());

      NewPasswordRequired challenge = (NewPasswordRequired) auth.adminPasswordAuth("carol", TEMP);
      secrets.add(challenge.session);
      visible.add(challenge.toString());
      AuthTokens tokens = challenge.answer(FINAL).tokens();
      AuthTokens user = auth.passwordAuth("carol", FINAL).tokens();
      AuthTokens refreshed = auth.refresh(user);
      for (AuthTokens t : List.of(tokens, user, refreshed)) {
        secrets.add(t.accessToken());
        secrets.add(t.idToken());
        t.refreshToken().ifPresent(secrets::add);
        visible.add(t.toString());
      }
      // SRP and a remembered device, behind the testkit's SRP stand-in.
      RequestRecorder recorder = new RequestRecorder();
      SrpServer.install(emulator, recorder).register(pool, "carol", FINAL);
      try (CognitoIdentityProviderClient srpClient = emulator.newClient(recorder)) {
        CognitoAuth srp = CognitoAuth.builder().client(srpClient).userPoolId(pool).clientId(app.clientId())
            .clientSecret(app.clientSecret()).build();
        AuthTokens first = srp.srpAuth("carol", FINAL).tokens();
        ConfirmedDevice confirmed = srp.confirmDevice(first, "carol's phone");
        secrets.add(confirmed.device().password());
        visible.add(confirmed.toString());
        AuthTokens withDevice = srp.srpAuth("carol", FINAL, confirmed.device()).tokens();
        for (AuthTokens t : List.of(first, withDevice)) {
          secrets.add(t.accessToken());
          visible.add(t.toString());
        }
        for (RespondToAuthChallengeRequest r : recorder.requests(RespondToAuthChallengeRequest.class)) {
          if (r.challengeResponses().containsKey("PASSWORD_CLAIM_SIGNATURE")) {
            secrets.add(r.challengeResponses().get("PASSWORD_CLAIM_SIGNATURE"));
          }
          secrets.add(r.session());
        }
        visible.add(String.valueOf(catchThrowable(() -> srp.srpAuth("carol", WRONG)).getMessage()));
        visible.add(String.valueOf(catchThrowable(() -> srp.srpAuth("carol", FINAL, RememberedDevice.of(
            confirmed.device().deviceKey(), confirmed.device().deviceGroupKey(), "guessed-device-secret")))
            .getMessage()));
      }
      TotpSecret totp = auth.associateTotp(user.accessToken());
      secrets.add(totp.secretCode());
      visible.add(totp.toString());
      visible.add(String.valueOf(catchThrowable(() -> auth.adminPasswordAuth("carol", WRONG)).getMessage()));
      auth.globalSignOut(user.accessToken());
      visible.add(String.valueOf(catchThrowable(() -> auth.refresh(user)).getMessage()));
      visible.add(String.valueOf(catchThrowable(() -> auth.refresh("forged-refresh-token", "carol")).getMessage()));

      MockOAuth2Server oauth = new MockOAuth2Server();
      oauth.start(InetAddress.getLoopbackAddress(), 0);
      try (FaultProxy proxy = new FaultProxy(oauth.tokenEndpointUrl("cognito").uri())) {
        String m2mSecret = "m2m-secret-" + app.clientSecret();
        secrets.add(m2mSecret);
        ClientCredentials credentials = ClientCredentials.builder().tokenEndpoint(proxy.uri())
            .clientId("m2m").clientSecret(m2mSecret).scopes("rs/read").build();
        AccessToken token = credentials.token();
        secrets.add(token.value());
        visible.add(token.toString());
        visible.add(credentials.toString());
        credentials.invalidate();
        proxy.failNext(401, "{\"error\":\"invalid_client\"}");
        visible.add(String.valueOf(catchThrowable(credentials::token).getMessage()));
      } finally {
        oauth.shutdown();
      }
      visible.addAll(logs.lines());
      assertThat(logs.lines()).isNotEmpty();
    }
    for (String line : visible) {
      for (String secret : secrets) {
        assertThat(line).as("a log line, message or toString").doesNotContain(secret);
      }
    }
  }
}
