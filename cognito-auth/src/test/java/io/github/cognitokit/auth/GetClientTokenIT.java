package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenRequest;

/**
 * Client credentials through the GetClientToken API. The emulator lacks it, so the interceptor answers with the
 * documented response shape; the test checks the request and the caching.
 */
@CognitoEmulatorTest
class GetClientTokenIT {
  @Test
  void getClientToken_isCalledOnce_andCached(CognitoEmulator emulator) {
    RequestRecorder recorder = new RequestRecorder();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      recorder.answer("GetClientToken", 200, "{\"ClientAuthenticationResult\":{\"AccessToken\":\"a.b.c\","
          + "\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}");
      ClientCredentials credentials = ClientCredentials.builder().viaGetClientToken(cognito).clientId("m2m")
          .clientSecret("m2m-secret-value").scopes("rs/read").build();

      AccessToken first = credentials.token();
      for (int i = 0; i < 100; i++) {
        assertThat(credentials.token()).isSameAs(first);
      }

      assertThat(first.value()).isEqualTo("a.b.c");
      assertThat(first.lifetime().getSeconds()).isEqualTo(3600);
      assertThat(recorder.requests(GetClientTokenRequest.class)).hasSize(1);
      GetClientTokenRequest sent = recorder.last(GetClientTokenRequest.class);
      assertThat(sent.clientId()).isEqualTo("m2m");
      assertThat(sent.secret()).isEqualTo("m2m-secret-value");
      assertThat(sent.scopes()).containsExactly("rs/read");
      assertThat(credentials.toString()).contains("GetClientToken").doesNotContain("m2m-secret-value");

      recorder.answer("GetClientToken", 400, "{\"__type\":\"NotAuthorizedException\",\"message\":\"bad\"}");
      credentials.invalidate();
      assertThatThrownBy(credentials::token).isInstanceOfSatisfying(TokenRequestException.class, e -> {
        assertThat(e.error()).isEqualTo("NotAuthorizedException");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).doesNotContain("m2m-secret-value");
      });
    }
  }
}
