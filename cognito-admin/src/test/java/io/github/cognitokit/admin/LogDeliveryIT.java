package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationRequest;

/**
 * Log delivery as part of a pool's ensure. The emulator lacks the log delivery operations: a stand-in keeps what
 * {@code SetLogDeliveryConfiguration} was sent and answers {@code GetLogDeliveryConfiguration} with it, in the API
 * Reference's response shape ({@code LogDeliveryConfiguration} with {@code LogConfigurations}).
 */
@CognitoEmulatorTest
class LogDeliveryIT {
  static final String GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-errors";

  @Test
  void logs_areSetWithThePool_thenUnchanged_thenChangedWhole(CognitoEmulator emulator) {
    RequestRecorder recorder = new RequestRecorder();
    Map<String, String> stored = new ConcurrentHashMap<>();
    recorder.answerWith("SetLogDeliveryConfiguration", r -> {
      SetLogDeliveryConfigurationRequest set = (SetLogDeliveryConfigurationRequest) r;
      StringBuilder json = new StringBuilder("{\"LogDeliveryConfiguration\":{\"UserPoolId\":\"" + set.userPoolId()
          + "\",\"LogConfigurations\":[");
      for (int i = 0; i < set.logConfigurations().size(); i++) {
        var c = set.logConfigurations().get(i);
        json.append(i == 0 ? "" : ",").append("{\"LogLevel\":\"").append(c.logLevelAsString())
            .append("\",\"EventSource\":\"").append(c.eventSourceAsString()).append("\",");
        if (c.cloudWatchLogsConfiguration() != null) {
          json.append("\"CloudWatchLogsConfiguration\":{\"LogGroupArn\":\"")
              .append(c.cloudWatchLogsConfiguration().logGroupArn()).append("\"}}");
        } else {
          json.append("\"S3Configuration\":{\"BucketArn\":\"").append(c.s3Configuration().bucketArn())
              .append("\"}}");
        }
      }
      stored.put(set.userPoolId(), json.append("]}}").toString());
      return RequestRecorder.Reply.of(200, stored.get(set.userPoolId()));
    });
    recorder.answerWith("GetLogDeliveryConfiguration", r -> RequestRecorder.Reply.of(200, stored.getOrDefault(
        ((software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationRequest) r)
            .userPoolId(), "{\"LogDeliveryConfiguration\":{\"LogConfigurations\":[]}}")));
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      String name = "logs-" + UUID.randomUUID();

      UserPool pool = admin.userPool(name).featurePlan(FeaturePlan.PLUS).logs(LogEvents.NOTIFICATION_ERRORS, GROUP)
          .ensure();
      assertThat(pool.report().change()).isEqualTo(Change.CREATED);
      assertThat(recorder.operations()).contains("SetLogDeliveryConfiguration")
          .doesNotContain("GetLogDeliveryConfiguration");

      recorder.clear();
      assertThat(admin.userPool(name).logs(LogEvents.NOTIFICATION_ERRORS, GROUP).ensure().report().change())
          .isEqualTo(Change.UNCHANGED);
      assertThat(recorder.operations()).contains("GetLogDeliveryConfiguration")
          .doesNotContain("SetLogDeliveryConfiguration");

      ChangeReport added = admin.userPool(name).logs(LogEvents.USER_AUTH_EVENTS, "arn:aws:s3:::auth-events")
          .ensure().report();
      assertThat(added.fields()).extracting(ChangeReport.FieldChange::field)
          .containsExactly("LogConfigurations.userAuthEvents");
      assertThat(stored.get(pool.id())).contains("userNotification").contains("userAuthEvents")
          .contains(GROUP).contains("arn:aws:s3:::auth-events");
      assertThat(List.of(admin.userPool(name).plan().change())).containsExactly(Change.UNCHANGED);
    }
  }
}
