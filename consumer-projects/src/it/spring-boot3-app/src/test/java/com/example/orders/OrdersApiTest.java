package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.testkit.CognitoEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/** The API as its users see it: tokens from the emulator, the app on a random port, plain HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApiTest {
  static final CognitoEmulator EMULATOR = CognitoEmulator.shared();
  static String poolId;
  static AuthenticationResultType alice;

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void cognito(DynamicPropertyRegistry registry) {
    CognitoIdentityProviderClient cognito = EMULATOR.client();
    poolId = cognito.createUserPool(b -> b.poolName("orders")).userPool().id();
    String clientId = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("orders-web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username("alice").temporaryPassword("Temp-Passw0rd!")
        .messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username("alice").password("Final-Passw0rd!")
        .permanent(true));
    alice = cognito.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Final-Passw0rd!"))).authenticationResult();
    registry.add("cognito.user-pool-id", () -> poolId);
    registry.add("cognito.client-ids", () -> clientId);
    registry.add("cognito.jwks-uri", () -> EMULATOR.jwksUri(poolId).toString());
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void accessToken_isAccepted_idTokenIsNot() throws Exception {
    HttpResponse<String> ok = get("/orders", alice.accessToken());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("orders of alice");

    assertThat(get("/orders", alice.idToken()).statusCode()).isEqualTo(401);
    assertThat(get("/orders", null).statusCode()).isEqualTo(401);
    assertThat(get("/admin", alice.accessToken()).statusCode()).isEqualTo(403);
  }
}
