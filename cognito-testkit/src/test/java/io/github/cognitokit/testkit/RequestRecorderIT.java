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
  void answerWith_computesRepliesFromTheRequests_andKeepsItsOwnState(CognitoEmulator emulator) {
    // A stand-in for an operation pair: what SetUICustomization stored, GetUICustomization returns.
    RequestRecorder recorder = new RequestRecorder();
    java.util.Map<String, String> css = new java.util.concurrent.ConcurrentHashMap<>();
    recorder.answerWith("SetUICustomization", r -> {
      var set = (software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest) r;
      css.put(set.userPoolId(), set.css());
      return Reply.of(200, "{\"UICustomization\":{\"UserPoolId\":\"" + set.userPoolId() + "\"}}");
    });
    recorder.answerWith("GetUICustomization", r -> {
      String pool = ((software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest) r)
          .userPoolId();
      return css.containsKey(pool)
          ? Reply.of(200, "{\"UICustomization\":{\"UserPoolId\":\"" + pool + "\",\"CSS\":\"" + css.get(pool) + "\"}}")
          : Reply.of(400, "{\"__type\":\"ResourceNotFoundException\"}");
    });
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      assertThatThrownBy(() -> cognito.getUICustomization(b -> b.userPoolId("us-east-1_Nope")))
          .isInstanceOf(software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException.class);
      cognito.setUICustomization(b -> b.userPoolId("us-east-1_Pool").css(".a{}"));
      assertThat(cognito.getUICustomization(b -> b.userPoolId("us-east-1_Pool")).uiCustomization().css())
          .isEqualTo(".a{}");
      assertThat(recorder.operations()).containsExactly("GetUICustomization", "SetUICustomization",
          "GetUICustomization");
      assertThat(recorder.toString()).contains("computing=");

      recorder.answer("GetUICustomization", 200, "{\"UICustomization\":{\"CSS\":\"canned\"}}");
      assertThat(cognito.getUICustomization(b -> b.userPoolId("us-east-1_Pool")).uiCustomization().css())
          .as("a canned reply comes first").isEqualTo("canned");
    }
    assertThatThrownBy(() -> recorder.answerWith("X", null)).isInstanceOf(IllegalArgumentException.class);
    recorder.answerWith("ListUserPools", r -> null);
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      assertThatThrownBy(() -> cognito.listUserPools(b -> b.maxResults(1)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned null");
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
