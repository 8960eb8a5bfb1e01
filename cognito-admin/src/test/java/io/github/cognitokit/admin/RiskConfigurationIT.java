package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;

/**
 * Threat protection's risk configuration as part of a pool's ensure. The emulator lacks the risk configuration
 * operations: a stand-in keeps what {@code SetRiskConfiguration} was sent and describes it back in the API
 * Reference's {@code RiskConfigurationType} shape.
 */
@CognitoEmulatorTest
class RiskConfigurationIT {
  static String action(AccountTakeoverActionType a) {
    return "{\"Notify\":" + Boolean.TRUE.equals(a.sendNotification()) + ",\"EventAction\":\""
        + a.eventActionAsString() + "\"}";
  }

  static String list(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  static String described(SetRiskConfigurationRequest set) {
    if (set == null) {
      return "{\"RiskConfiguration\":{}}";
    }
    StringBuilder b = new StringBuilder("{\"RiskConfiguration\":{\"UserPoolId\":\"" + set.userPoolId() + "\"");
    if (set.compromisedCredentialsRiskConfiguration() != null) {
      b.append(",\"CompromisedCredentialsRiskConfiguration\":{\"EventFilter\":")
          .append(list(set.compromisedCredentialsRiskConfiguration().eventFilterAsStrings()))
          .append(",\"Actions\":{\"EventAction\":\"")
          .append(set.compromisedCredentialsRiskConfiguration().actions().eventActionAsString()).append("\"}}");
    }
    if (set.accountTakeoverRiskConfiguration() != null) {
      var a = set.accountTakeoverRiskConfiguration().actions();
      b.append(",\"AccountTakeoverRiskConfiguration\":{\"Actions\":{\"LowAction\":").append(action(a.lowAction()))
          .append(",\"MediumAction\":").append(action(a.mediumAction())).append(",\"HighAction\":")
          .append(action(a.highAction())).append("}}");
    }
    if (set.riskExceptionConfiguration() != null) {
      b.append(",\"RiskExceptionConfiguration\":{\"BlockedIPRangeList\":")
          .append(list(set.riskExceptionConfiguration().blockedIPRangeList())).append(",\"SkippedIPRangeList\":")
          .append(list(set.riskExceptionConfiguration().skippedIPRangeList())).append("}");
    }
    return b.append("}}").toString();
  }

  @Test
  void riskSettings_areSetWithThePool_thenUnchanged_thenUpdatedWhole(CognitoEmulator emulator) {
    AtomicReference<SetRiskConfigurationRequest> stored = new AtomicReference<>();
    RequestRecorder recorder = new RequestRecorder();
    recorder.answerWith("SetRiskConfiguration", r -> {
      stored.set((SetRiskConfigurationRequest) r);
      return Reply.of(200, described(stored.get()));
    });
    recorder.answerWith("DescribeRiskConfiguration", r -> Reply.of(200, described(stored.get())));
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      String name = "risk-" + UUID.randomUUID();
      java.util.function.Supplier<UserPoolSpec> spec = () -> admin.userPool(name).featurePlan(FeaturePlan.PLUS)
          .threatProtection(ThreatProtection.ENFORCED).compromisedCredentials(true)
          .adaptiveAuthentication(RiskAction.ALLOW, RiskAction.MFA_IF_CONFIGURED, RiskAction.BLOCK);

      assertThat(spec.get().ensure().report().change()).isEqualTo(Change.CREATED);
      assertThat(stored.get().accountTakeoverRiskConfiguration().actions().highAction().eventActionAsString())
          .isEqualTo("BLOCK");

      recorder.clear();
      assertThat(spec.get().ensure().report().change()).isEqualTo(Change.UNCHANGED);
      assertThat(recorder.operations()).contains("DescribeRiskConfiguration").doesNotContain("SetRiskConfiguration");

      ChangeReport ranges = admin.userPool(name).ipExceptions(List.of("192.0.2.0/24"), List.of()).ensure().report();
      assertThat(ranges.fields()).extracting(ChangeReport.FieldChange::field)
          .containsExactly("RiskExceptionConfiguration.BlockedIPRangeList");
      assertThat(stored.get().compromisedCredentialsRiskConfiguration().actions().eventActionAsString())
          .as("sent back").isEqualTo("BLOCK");
    }
  }
}
