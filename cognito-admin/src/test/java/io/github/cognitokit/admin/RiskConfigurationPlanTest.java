package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.PoolDesired;
import io.github.cognitokit.admin.internal.PoolReconciler;
import io.github.cognitokit.admin.internal.RiskDesired;
import io.github.cognitokit.admin.internal.RiskReconciler;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;

/**
 * Threat protection's risk configuration ({@link UserPoolSpec#compromisedCredentials(boolean)},
 * {@link UserPoolSpec#adaptiveAuthentication}, {@link UserPoolSpec#ipExceptions}), planned against the configuration
 * real Cognito describes ({@code contract/describe-risk-configuration.json}).
 */
class RiskConfigurationPlanTest {
  static UserPoolSpec spec() {
    return Specs.ADMIN.userPool("MyUserPool").featurePlan(FeaturePlan.PLUS).threatProtection(ThreatProtection.ENFORCED);
  }

  static Plan<SetRiskConfigurationRequest> plan(UserPoolSpec spec) {
    PoolDesired.Risk r = spec.freeze().risk();
    return RiskReconciler.planRisk(RealCognito.risk(), new RiskDesired("us-east-1_EXAMPLE", "user pool MyUserPool",
        r.blockCompromisedCredentials(), r.adaptive(), r.blockedIpRanges(), r.skippedIpRanges(), false));
  }

  @Test
  void settings_asRealCognitoHasThem_planNoWrite() {
    assertThat(plan(spec().compromisedCredentials(true)
        .adaptiveAuthentication(RiskAction.ALLOW, RiskAction.MFA_IF_CONFIGURED, RiskAction.MFA_REQUIRED)
        .ipExceptions(List.of("192.0.2.0/24"), List.of("203.0.113.0/24"))).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void eachPart_changed_isItsOwnField_andTheRestIsSentBack() {
    Plan<SetRiskConfigurationRequest> report = plan(spec().compromisedCredentials(false));
    assertThat(report.changes()).extracting(FieldChange::field)
        .containsExactly("CompromisedCredentialsRiskConfiguration");
    SetRiskConfigurationRequest set = report.writes();
    assertThat(set.compromisedCredentialsRiskConfiguration().actions().eventActionAsString()).isEqualTo("NO_ACTION");
    assertThat(set.accountTakeoverRiskConfiguration()).isEqualTo(RealCognito.risk().accountTakeoverRiskConfiguration());
    assertThat(set.riskExceptionConfiguration().blockedIPRangeList()).containsExactly("192.0.2.0/24");

    Plan<SetRiskConfigurationRequest> stricter = plan(spec().adaptiveAuthentication(RiskAction.MFA_IF_CONFIGURED,
        RiskAction.MFA_REQUIRED, RiskAction.BLOCK));
    assertThat(stricter.changes()).extracting(FieldChange::field)
        .containsExactly("AccountTakeoverRiskConfiguration.Actions");
    var actions = stricter.writes().accountTakeoverRiskConfiguration().actions();
    assertThat(actions.highAction().eventActionAsString()).isEqualTo("BLOCK");
    assertThat(actions.highAction().sendNotification()).as("notification kept").isTrue();
    assertThat(actions.lowAction().sendNotification()).isFalse();
    assertThat(stricter.writes().accountTakeoverRiskConfiguration().notifyConfiguration().sourceArn())
        .as("the notify configuration is sent back").endsWith("identity/example.com");

    assertThat(plan(spec().ipExceptions(List.of(), List.of("203.0.113.0/24"))).changes())
        .extracting(FieldChange::field).containsExactly("RiskExceptionConfiguration.BlockedIPRangeList");
  }

  @Test
  void riskSettings_needPlusAndThreatProtection_checkedBeforeAnyCall() {
    assertThatThrownBy(() -> PoolReconciler.planPool(RealCognito.pool(), Specs.ADMIN.userPool("MyUserPool")
        .compromisedCredentials(true).freeze())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need featurePlan(PLUS); the pool's plan is ESSENTIALS");
    assertThatThrownBy(() -> PoolReconciler.planPool(RealCognito.pool(), Specs.ADMIN.userPool("MyUserPool")
        .featurePlan(FeaturePlan.PLUS).compromisedCredentials(true).freeze()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need threatProtection(AUDIT) or ENFORCED");
    assertThatThrownBy(() -> spec().ipExceptions(List.of("192.0.2.1"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CIDR");
  }
}
