package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Throttling and concurrent modification are retried with back-off; limit errors are not. */
@CognitoEmulatorTest
class RetryIT {
  static final Reply THROTTLED = Reply.of(400, "{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}");
  static final Reply CONFLICT = Reply.of(400, "{\"__type\":\"ConcurrentModificationException\",\"message\":\"busy\"}");
  static final Reply LIMIT = Reply.of(400, "{\"__type\":\"LimitExceededException\",\"message\":\"limit\"}");
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAdmin admin;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.clientBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(recorder)
        .retryStrategy(RetryMode.STANDARD)).build();
    admin = CognitoAdmin.using(cognito);
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  @Test
  void throttlingAndConflicts_areRetried_untilTheCallGoesThrough() {
    UserPool pool = admin.userPool("retry-" + UUID.randomUUID()).ensure();
    recorder.answerInTurn("UpdateUserPool", THROTTLED, THROTTLED, THROTTLED, CONFLICT, CONFLICT);

    UserPool updated = admin.userPool(pool.name()).deletionProtection(false).passwordPolicy(p -> p.minLength(11))
        .ensure();

    assertThat(updated.report().change()).isEqualTo(Change.UPDATED);
    assertThat(recorder.operations().stream().filter("UpdateUserPool"::equals).count()).isEqualTo(6);
    assertThat(pool.describe().policies().passwordPolicy().minimumLength()).isEqualTo(11);
  }

  @Test
  void limitExceeded_isNotRetried_andIsTyped() {
    UserPool pool = admin.userPool("limit-" + UUID.randomUUID()).ensure();
    recorder.answer("CreateGroup", 400, LIMIT.body());
    assertThatThrownBy(() -> pool.group("g").ensure()).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
      assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.LIMIT_EXCEEDED);
      assertThat(e.operation()).isEqualTo("CreateGroup");
      assertThat(e.resource()).contains("group g");
      assertThat(e.errorCode()).isEqualTo("LimitExceededException");
    });
    assertThat(recorder.operations().stream().filter("CreateGroup"::equals).count()).isEqualTo(1);
    recorder.stopAnswering();
    assertThat(pool.group("g").ensure().report().change()).isEqualTo(Change.CREATED);
  }

  @Test
  void persistentThrottling_endsInATypedError() {
    UserPool pool = admin.userPool("throttle-" + UUID.randomUUID()).ensure();
    recorder.answer("GetGroup", 400, THROTTLED.body());
    assertThatThrownBy(() -> pool.group("g").ensure()).isInstanceOfSatisfying(CognitoAdminException.class,
        e -> assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.THROTTLED));
  }
}
