package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.RequestRecorder.Reply;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;

@CognitoEmulatorTest
class RequestRecorderIT {
  @Test
  void records_andAnswersInTurn_withoutTouchingTheEmulator(CognitoEmulator emulator) {
    RequestRecorder recorder = new RequestRecorder();
    try (CognitoIdentityProviderClient cognito = emulator.clientBuilder()
        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder).retryStrategy(r -> r.maxAttempts(1)))
        .build()) {
      cognito.createUserPool(b -> b.poolName("recorded"));
      assertThat(recorder.last(CreateUserPoolRequest.class).poolName()).isEqualTo("recorded");
      assertThat(recorder.operations()).containsExactly("CreateUserPool");

      recorder.answerInTurn("CreateUserPool", Reply.of(400, "{\"__type\":\"TooManyRequestsException\"}"));
      assertThatThrownBy(() -> cognito.createUserPool(b -> b.poolName("diverted")))
          .isInstanceOf(TooManyRequestsException.class);
      cognito.createUserPool(b -> b.poolName("after"));

      assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools())
          .extracting(p -> p.name()).containsExactlyInAnyOrder("recorded", "after");
      recorder.answer("RevokeToken", 200, "{}");
      cognito.revokeToken(b -> b.token("t").clientId("c"));
      assertThat(recorder.requests(CreateUserPoolRequest.class)).hasSize(3);
      recorder.clear();
      assertThat(recorder.operations()).isEmpty();
    }
  }

  @Test
  void newClient_runsEveryInterceptorInOrder_andRefusesNulls(CognitoEmulator emulator) {
    RequestRecorder first = new RequestRecorder();
    RequestRecorder second = new RequestRecorder();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(first, second)) {
      cognito.listUserPools(b -> b.maxResults(1));
      assertThat(first.operations()).containsExactly("ListUserPools");
      assertThat(second.operations()).containsExactly("ListUserPools");
    }
    assertThatThrownBy(() -> emulator.newClient((software.amazon.awssdk.core.interceptor.ExecutionInterceptor[]) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interceptors");
    assertThatThrownBy(() -> emulator.newClient(first, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interceptors[1]");
  }
}
