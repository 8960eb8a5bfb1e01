package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.MfaFactor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;

/**
 * A pool's MFA configuration: {@code GetUserPoolMfaConfig}, planned as one whole {@code SetUserPoolMfaConfig} (like
 * the pool's update, it resets what it omits), sent only when the mode or a factor differs.
 */
public final class MfaReconciler
    extends Reconciler<MfaDesired, GetUserPoolMfaConfigResponse, SetUserPoolMfaConfigRequest, Outcome> {
  /** MFA as a new pool has it. */
  static final GetUserPoolMfaConfigResponse OFF = GetUserPoolMfaConfigResponse.builder().mfaConfiguration("OFF")
      .build();

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public MfaReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected GetUserPoolMfaConfigResponse observe(MfaDesired desired) {
    return desired.poolIsNew() || desired.poolId() == null ? OFF
        : gateway.getUserPoolMfaConfig(desired.resource(), desired.poolId());
  }

  @Override
  protected Plan<SetUserPoolMfaConfigRequest> plan(GetUserPoolMfaConfigResponse current, MfaDesired desired) {
    return planMfa(current, desired);
  }

  /**
   * Plans the MFA configuration: pure, reads only its arguments.
   *
   * @param current the configuration as read
   * @param desired the desired one
   * @return the plan
   * @throws IllegalArgumentException if SMS is a factor and the pool has no SMS configuration
   */
  public static Plan<SetUserPoolMfaConfigRequest> planMfa(GetUserPoolMfaConfigResponse current, MfaDesired desired) {
    SetUserPoolMfaConfigRequest request = request(desired, current);
    return Plan.update(changes(current, request), request);
  }

  @Override
  protected Outcome apply(MfaDesired desired, GetUserPoolMfaConfigResponse current,
      Plan<SetUserPoolMfaConfigRequest> plan) {
    gateway.setUserPoolMfaConfig(desired.resource(), plan.writes());
    return new Outcome(desired.poolId(), plan.report(desired.resource(), true));
  }

  @Override
  protected Outcome result(MfaDesired desired, GetUserPoolMfaConfigResponse current,
      Plan<SetUserPoolMfaConfigRequest> plan, boolean applied) {
    return new Outcome(desired.poolId(), plan.report(desired.resource(), applied));
  }

  private static SetUserPoolMfaConfigRequest request(MfaDesired d, GetUserPoolMfaConfigResponse current) {
    Mfa mode = d.mode() != null ? d.mode() : switch (current.mfaConfigurationAsString() == null ? "OFF"
        : current.mfaConfigurationAsString()) {
      case "ON" -> Mfa.REQUIRED;
      case "OPTIONAL" -> Mfa.OPTIONAL;
      default -> Mfa.OFF;
    };
    SetUserPoolMfaConfigRequest.Builder b = SetUserPoolMfaConfigRequest.builder().userPoolId(d.poolId())
        .mfaConfiguration(mode.apiValue());
    // The request is whole: the passkey relying party goes back as it is unless the spec sets it.
    if (d.passkeys() != null) {
      b.webAuthnConfiguration(w -> w.relyingPartyId(d.passkeys().relyingPartyId())
          .userVerification(d.passkeys().userVerification()));
    } else if (current.webAuthnConfiguration() != null) {
      b.webAuthnConfiguration(current.webAuthnConfiguration());
    }
    if (mode == Mfa.OFF) {
      return b.build();
    }
    Set<MfaFactor> factors = d.factors();
    if (factors == null) {
      factors = EnumSet.noneOf(MfaFactor.class);
      if (current.softwareTokenMfaConfiguration() != null
          && Boolean.TRUE.equals(current.softwareTokenMfaConfiguration().enabled())) {
        factors.add(MfaFactor.TOTP);
      }
      if (current.smsMfaConfiguration() != null && current.smsMfaConfiguration().smsConfiguration() != null) {
        factors.add(MfaFactor.SMS);
      }
      if (current.emailMfaConfiguration() != null) {
        factors.add(MfaFactor.EMAIL);
      }
      if (factors.isEmpty()) {
        factors.add(MfaFactor.TOTP);
      }
    }
    boolean totp = factors.contains(MfaFactor.TOTP);
    b.softwareTokenMfaConfiguration(s -> s.enabled(totp));
    if (factors.contains(MfaFactor.SMS)) {
      SmsConfigurationType sms = d.poolSms() != null ? d.poolSms()
          : current.smsMfaConfiguration() == null ? null : current.smsMfaConfiguration().smsConfiguration();
      if (sms == null) {
        throw new IllegalArgumentException("mfaFactors SMS needs an SMS configuration: set sms(...) on the pool");
      }
      String message = d.smsMfaMessage() != null ? d.smsMfaMessage() : current.smsMfaConfiguration() == null
          ? null : current.smsMfaConfiguration().smsAuthenticationMessage();
      b.smsMfaConfiguration(s -> s.smsConfiguration(sms).smsAuthenticationMessage(message));
    }
    if (factors.contains(MfaFactor.EMAIL)) {
      b.emailMfaConfiguration(e -> e.message(current.emailMfaConfiguration() == null ? null
          : current.emailMfaConfiguration().message()).subject(current.emailMfaConfiguration() == null ? null
          : current.emailMfaConfiguration().subject()));
    }
    return b.build();
  }

  private static List<FieldChange> changes(GetUserPoolMfaConfigResponse current, SetUserPoolMfaConfigRequest want) {
    List<FieldChange> changes = new ArrayList<>();
    if (want.webAuthnConfiguration() != null
        && !Objects.equals(want.webAuthnConfiguration(), current.webAuthnConfiguration())) {
      changes.add(new FieldChange("WebAuthnConfiguration", String.valueOf(current.webAuthnConfiguration()),
          String.valueOf(want.webAuthnConfiguration())));
    }
    String haveMode = current.mfaConfigurationAsString() == null ? "OFF" : current.mfaConfigurationAsString();
    if (!haveMode.equals(want.mfaConfigurationAsString())) {
      changes.add(new FieldChange("MfaConfiguration", haveMode, want.mfaConfigurationAsString()));
    }
    if (!"OFF".equals(want.mfaConfigurationAsString())) {
      boolean haveTotp = current.softwareTokenMfaConfiguration() != null
          && Boolean.TRUE.equals(current.softwareTokenMfaConfiguration().enabled());
      boolean wantTotp = want.softwareTokenMfaConfiguration() != null
          && Boolean.TRUE.equals(want.softwareTokenMfaConfiguration().enabled());
      if (haveTotp != wantTotp) {
        changes.add(new FieldChange("SoftwareTokenMfaConfiguration", String.valueOf(haveTotp),
            String.valueOf(wantTotp)));
      }
      boolean haveSms = current.smsMfaConfiguration() != null && current.smsMfaConfiguration().smsConfiguration()
          != null;
      if (haveSms != (want.smsMfaConfiguration() != null) || want.smsMfaConfiguration() != null
          && !Objects.equals(want.smsMfaConfiguration(), current.smsMfaConfiguration())) {
        changes.add(new FieldChange("SmsMfaConfiguration", String.valueOf(current.smsMfaConfiguration()),
            String.valueOf(want.smsMfaConfiguration())));
      }
      boolean haveEmail = current.emailMfaConfiguration() != null;
      if (haveEmail != (want.emailMfaConfiguration() != null)) {
        changes.add(new FieldChange("EmailMfaConfiguration", String.valueOf(haveEmail),
            String.valueOf(want.emailMfaConfiguration() != null)));
      }
    }
    return changes;
  }
}
