package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.RiskAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverRiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsRiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskExceptionConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;

/**
 * A pool's threat protection risk configuration (the pool-wide one, not an app client's):
 * {@code DescribeRiskConfiguration}; set whole ({@code SetRiskConfiguration} replaces it) when a part the spec names
 * differs, with the parts it does not name, and each action's notification setting, sent back as they are.
 */
public final class RiskReconciler
    extends Reconciler<RiskDesired, RiskConfigurationType, SetRiskConfigurationRequest, Outcome> {
  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public RiskReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected RiskConfigurationType observe(RiskDesired d) {
    return d.poolIsNew() || d.poolId() == null ? RiskConfigurationType.builder().build()
        : gateway.describeRiskConfiguration(d.resource(), d.poolId());
  }

  @Override
  protected Plan<SetRiskConfigurationRequest> plan(RiskConfigurationType current, RiskDesired desired) {
    return planRisk(current, desired);
  }

  private static AccountTakeoverActionType action(AccountTakeoverActionType have, RiskAction want) {
    return AccountTakeoverActionType.builder().eventAction(want.apiValue())
        .sendNotification(have != null && Boolean.TRUE.equals(have.sendNotification())).build();
  }

  /**
   * Plans the risk configuration: pure, reads only its arguments.
   *
   * @param current the configuration as described (empty parts if none is set)
   * @param d the desired configuration
   * @return the plan; its writes are the whole configuration
   */
  public static Plan<SetRiskConfigurationRequest> planRisk(RiskConfigurationType current, RiskDesired d) {
    List<FieldChange> changes = new ArrayList<>();
    CompromisedCredentialsRiskConfigurationType credentials = current.compromisedCredentialsRiskConfiguration();
    if (d.blockCompromisedCredentials() != null) {
      CompromisedCredentialsRiskConfigurationType want = CompromisedCredentialsRiskConfigurationType.builder()
          .eventFilterWithStrings("SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP")
          .actions(a -> a.eventAction(d.blockCompromisedCredentials() ? "BLOCK" : "NO_ACTION")).build();
      String haveAction = credentials == null || credentials.actions() == null ? null
          : credentials.actions().eventActionAsString();
      boolean sameFilter = credentials != null && new java.util.HashSet<>(credentials.eventFilterAsStrings())
          .equals(new java.util.HashSet<>(want.eventFilterAsStrings()));
      if (!sameFilter || !Objects.equals(haveAction, want.actions().eventActionAsString())) {
        changes.add(new FieldChange("CompromisedCredentialsRiskConfiguration", haveAction,
            want.actions().eventActionAsString()));
        credentials = want;
      }
    }
    AccountTakeoverRiskConfigurationType takeover = current.accountTakeoverRiskConfiguration();
    if (d.adaptive() != null) {
      AccountTakeoverActionsType have = takeover == null ? null : takeover.actions();
      AccountTakeoverActionsType want = AccountTakeoverActionsType.builder()
          .lowAction(action(have == null ? null : have.lowAction(), d.adaptive().get(0)))
          .mediumAction(action(have == null ? null : have.mediumAction(), d.adaptive().get(1)))
          .highAction(action(have == null ? null : have.highAction(), d.adaptive().get(2))).build();
      if (!Objects.equals(have, want)) {
        changes.add(new FieldChange("AccountTakeoverRiskConfiguration.Actions", describe(have), describe(want)));
        takeover = (takeover == null ? AccountTakeoverRiskConfigurationType.builder() : takeover.toBuilder())
            .actions(want).build();
      }
    }
    RiskExceptionConfigurationType exceptions = current.riskExceptionConfiguration();
    List<String> haveBlocked = exceptions == null ? List.of() : exceptions.blockedIPRangeList();
    List<String> haveSkipped = exceptions == null ? List.of() : exceptions.skippedIPRangeList();
    List<String> blocked = d.blockedIpRanges() != null ? d.blockedIpRanges() : haveBlocked;
    List<String> skipped = d.skippedIpRanges() != null ? d.skippedIpRanges() : haveSkipped;
    if (!new java.util.HashSet<>(blocked).equals(new java.util.HashSet<>(haveBlocked))) {
      changes.add(new FieldChange("RiskExceptionConfiguration.BlockedIPRangeList", haveBlocked.toString(),
          blocked.toString()));
    }
    if (!new java.util.HashSet<>(skipped).equals(new java.util.HashSet<>(haveSkipped))) {
      changes.add(new FieldChange("RiskExceptionConfiguration.SkippedIPRangeList", haveSkipped.toString(),
          skipped.toString()));
    }
    SetRiskConfigurationRequest.Builder set = SetRiskConfigurationRequest.builder().userPoolId(d.poolId())
        .compromisedCredentialsRiskConfiguration(credentials).accountTakeoverRiskConfiguration(takeover);
    if (!blocked.isEmpty() || !skipped.isEmpty()) {
      set.riskExceptionConfiguration(e -> e.blockedIPRangeList(blocked).skippedIPRangeList(skipped));
    }
    return Plan.update(changes, set.build());
  }

  private static String describe(AccountTakeoverActionsType a) {
    if (a == null) {
      return null;
    }
    return "low " + name(a.lowAction()) + ", medium " + name(a.mediumAction()) + ", high " + name(a.highAction());
  }

  private static String name(AccountTakeoverActionType a) {
    return a == null ? null : a.eventActionAsString();
  }

  @Override
  protected Outcome apply(RiskDesired d, RiskConfigurationType current, Plan<SetRiskConfigurationRequest> plan) {
    gateway.setRiskConfiguration(d.resource(), plan.writes());
    return new Outcome(d.poolId(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(RiskDesired d, RiskConfigurationType current, Plan<SetRiskConfigurationRequest> plan,
      boolean applied) {
    return new Outcome(d.poolId(), plan.report(d.resource(), applied));
  }
}
