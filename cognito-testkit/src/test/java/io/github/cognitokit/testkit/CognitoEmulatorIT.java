package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

@CognitoEmulatorTest
class CognitoEmulatorIT {
  static CognitoEmulator staticEmulator;
  CognitoEmulator emulator;

  @Test
  void fields_areInjected_withTheSharedEmulator() {
    assertThat(emulator).isSameAs(CognitoEmulator.shared());
    assertThat(staticEmulator).isSameAs(emulator);
    assertThat(emulator.isRunning()).isTrue();
    assertThat(emulator.endpoint().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void client_createsPool_andReadsItBack(CognitoIdentityProviderClient cognito) {
    String id = cognito.createUserPool(b -> b.poolName("testkit-pool")).userPool().id();

    UserPoolType pool = cognito.describeUserPool(b -> b.userPoolId(id)).userPool();

    assertThat(pool.name()).isEqualTo("testkit-pool");
    assertThat(id).startsWith(emulator.region() + "_");
  }

  @Test
  void jwksUri_servesThePoolsKeySet() throws Exception {
    String id = emulator.client().createUserPool(b -> b.poolName("jwks-pool")).userPool().id();
    URI jwks = emulator.jwksUri(id);

    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(jwks).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(jwks.toString()).isEqualTo(emulator.endpoint() + "/" + id + "/.well-known/jwks.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"keys\"").contains("\"kid\"");
  }

  @Test
  void issuer_isTheCognitoIssuerOfThePool() {
    assertThat(emulator.issuer("us-east-1_abc")).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc");
  }

  @Test
  void jwksUri_rejectsBadPoolIds() {
    assertThatThrownBy(() -> emulator.jwksUri(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> emulator.jwksUri("../etc/passwd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userPoolId");
    // The same rule as the verifier's (UserPoolIds): an id without a region would give no issuer there either.
    assertThatThrownBy(() -> emulator.issuer("local_abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("us-east-1_AbC123");
  }

  @Test
  void reset_clearsAllPools() {
    emulator.client().createUserPool(b -> b.poolName("to-be-reset"));
    assertThat(emulator.client().listUserPools(b -> b.maxResults(60)).userPools()).isNotEmpty();

    emulator.reset();

    assertThat(emulator.client().listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void close_onTheSharedEmulator_isIgnored() {
    CognitoEmulator shared = CognitoEmulator.shared();
    shared.close();
    assertThat(shared.isRunning()).isTrue();
    assertThat(shared.client().listUserPools(b -> b.maxResults(1)).userPools()).isNotNull();
  }
}
