package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.MfaDesired;
import io.github.cognitokit.admin.internal.MfaReconciler;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.PoolDesired;
import io.github.cognitokit.admin.internal.PoolReconciler;
import io.github.cognitokit.admin.internal.SdkCopy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Every setting of {@link UserPoolSpec}, planned against the user pool real Cognito describes
 * ({@code contract/describe-user-pool.json} and {@code get-user-pool-mfa-config.json}): as Cognito has it, nothing
 * is written; changed, only its field changes and the update carries every other field as it is (Cognito resets
 * what an update omits); a setting fixed at creation fails with IMMUTABLE. No emulator, no network.
 */
class UserPoolSpecPlanTest {
  static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:MyFunction";
  static final String SENDER = "arn:aws:lambda:us-east-1:123456789012:function:MySender";
  static final String KMS = "arn:aws:kms:us-east-1:123456789012:key/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
  static final String SMS_ROLE = "arn:aws:iam::123456789012:role/service-role/userpool-SMS-Role";
  static final String INVITE = "Your username is {username} and temporary password is {####}. ";
  static final String CODE = "Your verification code is {####}. ";

  static UserPoolSpec spec() {
    return Specs.ADMIN.userPool("MyUserPool");
  }

  static Plan<PoolReconciler.Writes> plan(UserPoolSpec spec) {
    return PoolReconciler.planPool(RealCognito.pool(), spec.freeze());
  }

  static Plan<SetUserPoolMfaConfigRequest> planMfa(UserPoolSpec spec) {
    PoolDesired d = spec.freeze();
    UserPoolType pool = RealCognito.pool();
    Plan<PoolReconciler.Writes> poolPlan = PoolReconciler.planPool(pool, d);
    UpdateUserPoolRequest update = poolPlan.writes() == null ? null : poolPlan.writes().update();
    return MfaReconciler.planMfa(RealCognito.mfa(), new MfaDesired(pool.id(), "user pool MyUserPool", d.mfa(),
        d.mfaFactors(), d.smsMfaMessage(), update != null ? update.smsConfiguration() : pool.smsConfiguration(),
        false, d.passkeys()));
  }

  static List<String> fields(Plan<?> plan) {
    return plan.changes().stream().map(FieldChange::field).toList();
  }

  static SettingCase<UserPoolSpec> setting(String name, Consumer<UserPoolSpec> same, Consumer<UserPoolSpec> other,
      List<String> changes) {
    return new SettingCase<>(name, same, other, changes);
  }

  static SettingCase<UserPoolSpec> creationOnly(String name, Consumer<UserPoolSpec> same,
      Consumer<UserPoolSpec> other) {
    return SettingCase.creationOnly(name, same, other);
  }

  static Stream<SettingCase<UserPoolSpec>> mutableSettings() {
    return Stream.of(
        setting("passwordPolicy", s -> s.passwordPolicy(p -> p.minLength(8).requireLowercase(true)
            .requireUppercase(true).requireNumbers(true).requireSymbols(true)
            .temporaryPasswordValidity(Duration.ofDays(7)).passwordHistorySize(0)),
            s -> s.passwordPolicy(p -> p.minLength(12)), List.of("Policies")),
        setting("passwordPolicy.temporaryPasswordValidity", s -> s.passwordPolicy(p ->
            p.temporaryPasswordValidity(Duration.ofDays(7))), s -> s.passwordPolicy(p ->
            p.temporaryPasswordValidity(Duration.ofDays(3))), List.of("Policies")),
        setting("accountRecovery", s -> s.accountRecovery(AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA),
            s -> s.accountRecovery(AccountRecovery.EMAIL_ONLY), List.of("AccountRecoverySetting")),
        setting("selfSignUp", s -> s.selfSignUp(true), s -> s.selfSignUp(false),
            List.of("AdminCreateUserConfig")),
        setting("invitation", s -> s.invitation("Your temporary password", INVITE, INVITE),
            s -> s.invitation("Welcome", "Hi {username}, your password is {####}", INVITE),
            List.of("AdminCreateUserConfig")),
        setting("autoVerify", s -> s.autoVerify(StandardAttribute.EMAIL),
            s -> s.autoVerify(StandardAttribute.EMAIL, StandardAttribute.PHONE_NUMBER),
            List.of("AutoVerifiedAttributes")),
        setting("keepOriginalUntilVerified", s -> s.keepOriginalUntilVerified(StandardAttribute.EMAIL),
            s -> s.keepOriginalUntilVerified(StandardAttribute.EMAIL, StandardAttribute.PHONE_NUMBER),
            List.of("UserAttributeUpdateSettings")),
        setting("emailFromCognito", s -> s.emailFromCognito(null), s -> s.emailFromCognito("help@example.com"),
            List.of("EmailConfiguration")),
        setting("emailFromSes", s -> s.emailFromCognito(null), s -> s.emailFromSes(
            "arn:aws:ses:us-east-1:123456789012:identity/example.com", "Example <no-reply@example.com>", null, null),
            List.of("EmailConfiguration")),
        setting("verificationByCode", s -> s.verificationByCode("Your verification code", CODE, CODE),
            s -> s.verificationByCode("Your code", "Code: {####}", "Code: {####}"),
            List.of("EmailVerificationMessage", "EmailVerificationSubject", "SmsVerificationMessage",
                "VerificationMessageTemplate")),
        setting("verificationByLink", s -> s.verificationByCode("Your verification code", CODE, CODE),
            s -> s.verificationByLink("Verify your e-mail", "Click {##here##} to verify"),
            List.of("VerificationMessageTemplate")),
        setting("sms", s -> s.sms(SMS_ROLE, "an-external-id", "us-east-1"),
            s -> s.sms("arn:aws:iam::123456789012:role/other-SMS-Role", "an-external-id", "us-east-1"),
            List.of("SmsConfiguration")),
        setting("smsMfaMessage", s -> s.smsMfaMessage("Your authentication code is {####}. "),
            s -> s.smsMfaMessage("Code {####}"), List.of("SmsAuthenticationMessage")),
        setting("deviceTracking", s -> s.deviceTracking(true, true), s -> s.deviceTracking(false, true),
            List.of("DeviceConfiguration")),
        setting("noDeviceTracking", s -> s.deviceTracking(true, true), UserPoolSpec::noDeviceTracking,
            List.of("DeviceConfiguration")),
        setting("trigger", s -> s.trigger(LambdaTrigger.PRE_SIGN_UP, LAMBDA),
            s -> s.trigger(LambdaTrigger.POST_CONFIRMATION, LAMBDA), List.of("LambdaConfig")),
        setting("trigger replaced", s -> s.trigger(LambdaTrigger.PRE_SIGN_UP, LAMBDA),
            s -> s.trigger(LambdaTrigger.PRE_SIGN_UP, LAMBDA + "2"), List.of("LambdaConfig")),
        setting("removeTrigger", s -> s.trigger(LambdaTrigger.PRE_SIGN_UP, LAMBDA),
            s -> s.removeTrigger(LambdaTrigger.PRE_SIGN_UP), List.of("LambdaConfig")),
        setting("preTokenGeneration", s -> s.preTokenGeneration(LAMBDA, "V2_0"),
            s -> s.preTokenGeneration(LAMBDA, "V3_0"), List.of("LambdaConfig")),
        setting("customSenderKmsKey", s -> s.trigger(LambdaTrigger.CUSTOM_EMAIL_SENDER, SENDER)
            .customSenderKmsKey(KMS), s -> s.customSenderKmsKey(KMS.replace("11111", "22222")),
            List.of("LambdaConfig")),
        setting("tag", s -> s.tag("team", "identity"), s -> s.tag("team", "platform"), List.of("UserPoolTags")),
        setting("tag added", s -> s.tag("team", "identity"), s -> s.tag("cost-centre", "42"),
            List.of("UserPoolTags")),
        setting("deletionProtection", s -> s.deletionProtection(true), s -> s.deletionProtection(false),
            List.of("DeletionProtection")),
        setting("featurePlan", s -> s.featurePlan(FeaturePlan.ESSENTIALS), s -> s.featurePlan(FeaturePlan.LITE),
            List.of("UserPoolTier")),
        setting("signInFactors", s -> s.signInFactors(SignInFactor.PASSWORD),
            s -> s.signInFactors(SignInFactor.PASSWORD, SignInFactor.EMAIL_OTP, SignInFactor.WEB_AUTHN),
            List.of("Policies")),
        setting("threatProtection", s -> s.threatProtection(ThreatProtection.OFF),
            s -> s.featurePlan(FeaturePlan.PLUS).threatProtection(ThreatProtection.AUDIT),
            List.of("UserPoolTier", "UserPoolAddOns")),
        setting("customAttributes (a new one is added)", s -> s.customAttributes(CustomAttribute.string("tenant")
            .minLength(1).maxLength(64)), s -> s.customAttributes(CustomAttribute.string("plan")),
            List.of("SchemaAttributes")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutableSettings")
  void setting_asRealCognitoHasIt_plansNoWrite(SettingCase<UserPoolSpec> setting) {
    UserPoolSpec spec = spec();
    setting.same().accept(spec);

    Plan<PoolReconciler.Writes> plan = plan(spec);

    assertThat(plan.change()).as(plan.changes().toString()).isEqualTo(Change.UNCHANGED);
    assertThat(plan.writes()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutableSettings")
  void setting_changed_changesOnlyItsField_andSendsEveryOtherFieldBack(SettingCase<UserPoolSpec> setting) {
    UserPoolSpec spec = spec();
    setting.other().accept(spec);

    Plan<PoolReconciler.Writes> plan = plan(spec);

    assertThat(plan.change()).isEqualTo(Change.UPDATED);
    assertThat(fields(plan)).containsExactlyInAnyOrderElementsOf(setting.changes());
    UpdateUserPoolRequest update = plan.writes().update();
    if (setting.changes().equals(List.of("SchemaAttributes"))) {
      assertThat(update).isNull();
      assertThat(plan.writes().addAttributes()).extracting(a -> a.name()).containsExactly("plan");
      return;
    }
    UpdateUserPoolRequest baseline = PoolReconciler.baseline(RealCognito.pool());
    assertThat(SdkCopy.diff(baseline, update, Set.of()).stream().map(FieldChange::field))
        .containsExactlyInAnyOrderElementsOf(setting.changes());
    // What the describe-merge-update rule protects: the fields the spec never named go back as they are.
    assertThat(update.lambdaConfig() == null ? null : update.lambdaConfig().preSignUp())
        .isEqualTo(setting.name().contains("rigger") ? update.lambdaConfig().preSignUp() : LAMBDA);
    assertThat(update.adminCreateUserConfig().unusedAccountValidityDays())
        .as("deprecated, and refused next to TemporaryPasswordValidityDays").isNull();
    assertThat(update.userPoolId()).isEqualTo("us-east-1_EXAMPLE");
  }

  static Stream<SettingCase<UserPoolSpec>> immutableSettings() {
    return Stream.of(
        creationOnly("signInWith", s -> s.signInWith(SignIn.USERNAME, SignIn.EMAIL), s -> s.signInWith(SignIn.EMAIL)),
        creationOnly("caseSensitive", s -> s.caseSensitive(false), s -> s.caseSensitive(true)),
        creationOnly("requiredAttributes", s -> s.requiredAttributes(StandardAttribute.EMAIL),
            s -> s.requiredAttributes(StandardAttribute.EMAIL, StandardAttribute.NAME)),
        creationOnly("custom attribute custom:tenant", s -> s.customAttributes(CustomAttribute.string("tenant")
            .minLength(1).maxLength(64)), s -> s.customAttributes(CustomAttribute.string("tenant").maxLength(32))),
        creationOnly("custom attribute custom:tenant", s -> s.customAttributes(CustomAttribute.string("tenant")),
            s -> s.customAttributes(CustomAttribute.number("tenant"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("immutableSettings")
  void creationOnlySetting_asRealCognitoHasIt_plansNoWrite(SettingCase<UserPoolSpec> setting) {
    UserPoolSpec spec = spec();
    setting.same().accept(spec);

    assertThat(plan(spec).change()).isEqualTo(Change.UNCHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("immutableSettings")
  void creationOnlySetting_changed_isImmutable(SettingCase<UserPoolSpec> setting) {
    UserPoolSpec spec = spec();
    setting.other().accept(spec);

    assertThatThrownBy(() -> plan(spec)).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE);
      assertThat(e.getMessage()).contains(": " + setting.name() + " cannot change after creation");
    });
  }

  @Test
  void requiredAttributes_ignoreSub_whichRealCognitoListsAsRequired() {
    UserPoolType pool = RealCognito.pool();
    assertThat(pool.schemaAttributes()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("sub");
      assertThat(a.required()).isTrue();
    });

    assertThat(plan(spec().requiredAttributes(StandardAttribute.EMAIL)).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void nothingSet_plansNoWrite() {
    assertThat(plan(spec()).change()).isEqualTo(Change.UNCHANGED);
    assertThat(planMfa(spec().smsMfaMessage("Your authentication code is {####}. ")).change())
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void mfa_asRealCognitoHasIt_plansNoWrite() {
    assertThat(planMfa(spec().mfa(Mfa.OPTIONAL).mfaFactors(MfaFactor.TOTP, MfaFactor.SMS)).change())
        .isEqualTo(Change.UNCHANGED);
    assertThat(planMfa(spec().mfa(Mfa.OPTIONAL)).change()).as("factors kept as they are").isEqualTo(Change.UNCHANGED);
  }

  @Test
  void mfa_changed_setsTheWholeConfiguration() {
    Plan<SetUserPoolMfaConfigRequest> required = planMfa(spec().mfa(Mfa.REQUIRED));
    assertThat(fields(required)).containsExactly("MfaConfiguration");
    assertThat(required.writes().mfaConfigurationAsString()).isEqualTo("ON");
    assertThat(required.writes().softwareTokenMfaConfiguration().enabled()).isTrue();
    assertThat(required.writes().smsMfaConfiguration().smsConfiguration().snsCallerArn()).isEqualTo(SMS_ROLE);

    assertThat(fields(planMfa(spec().mfa(Mfa.OPTIONAL).mfaFactors(MfaFactor.TOTP))))
        .containsExactly("SmsMfaConfiguration");
    assertThat(fields(planMfa(spec().mfa(Mfa.OFF)))).containsExactly("MfaConfiguration");
    assertThat(fields(planMfa(spec().smsMfaMessage("Code {####}")))).containsExactly("SmsMfaConfiguration");
  }

  @Test
  void mfaBySms_withoutAnSmsConfiguration_isRefusedBeforeAnyWrite() {
    MfaDesired desired = new MfaDesired(null, "user pool p", Mfa.OPTIONAL, Set.of(MfaFactor.SMS), null, null, true,
        null);
    assertThatThrownBy(() -> MfaReconciler.planMfa(
        software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse.builder()
            .mfaConfiguration("OFF").build(), desired))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sms(...)");
  }

  @Test
  void newPool_isCreatedWithEverySettingTheSpecNames() {
    UserPoolSpec spec = spec().signInWith(SignIn.EMAIL).caseSensitive(false)
        .requiredAttributes(StandardAttribute.EMAIL, StandardAttribute.NAME)
        .customAttributes(CustomAttribute.string("tenant").maxLength(64))
        .passwordPolicy(p -> p.minLength(12)).deletionProtection(true).featurePlan(FeaturePlan.ESSENTIALS)
        .autoVerify(StandardAttribute.EMAIL).tag("team", "identity");

    Plan<PoolReconciler.Writes> plan = PoolReconciler.planPool(null, spec.freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    CreateUserPoolRequest create = plan.writes().create();
    assertThat(create.poolName()).isEqualTo("MyUserPool");
    assertThat(create.usernameAttributesAsStrings()).containsExactly("email");
    assertThat(create.usernameConfiguration().caseSensitive()).isFalse();
    assertThat(create.schema()).extracting(a -> a.name()).containsExactlyInAnyOrder("name", "email", "tenant");
    assertThat(create.policies().passwordPolicy().minimumLength()).isEqualTo(12);
    assertThat(create.deletionProtectionAsString()).isEqualTo("ACTIVE");
    assertThat(create.userPoolTierAsString()).isEqualTo("ESSENTIALS");
    assertThat(create.autoVerifiedAttributesAsStrings()).containsExactly("email");
    assertThat(create.userPoolTags()).containsEntry("team", "identity");
    assertThat(create.adminCreateUserConfig().allowAdminCreateUserOnly())
        .as("only administrators create users unless selfSignUp(true)").isTrue();
    assertThat(fields(plan)).contains("Policies", "DeletionProtection", "SignIn", "RequiredAttributes");
  }

  @Test
  void conflictingSettings_areRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> spec().mfa(Mfa.OFF).mfaFactors(MfaFactor.TOTP).plan())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mfaFactors");
    assertThatThrownBy(() -> spec().trigger(LambdaTrigger.CUSTOM_EMAIL_SENDER, SENDER).plan())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customSenderKmsKey");
    assertThatThrownBy(() -> spec().emailFromCognito(null).mfa(Mfa.OPTIONAL).mfaFactors(MfaFactor.EMAIL).plan())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SES");
  }

  @Test
  void desiredState_isFrozen_laterSpecChangesDoNotReachIt() {
    UserPoolSpec spec = spec().tag("a", "1");
    PoolDesired frozen = spec.freeze();
    spec.tag("b", "2").deletionProtection(true);

    assertThat(frozen.tags()).containsOnlyKeys("a");
    assertThat(frozen.deletionProtection()).isNull();
    assertThatThrownBy(() -> frozen.tags().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void featurePlanLimits_areClearErrorsBeforeAnyCall_againstThePlanThePoolWillHave() {
    assertThatThrownBy(() -> plan(spec().threatProtection(ThreatProtection.ENFORCED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threatProtection(ENFORCED) needs featurePlan(PLUS); the pool's plan is ESSENTIALS");
    assertThatThrownBy(() -> plan(spec().featurePlan(FeaturePlan.LITE).signInFactors(SignInFactor.PASSWORD,
        SignInFactor.EMAIL_OTP))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need featurePlan(ESSENTIALS) or PLUS; the pool's plan is LITE");
    assertThat(plan(spec().featurePlan(FeaturePlan.LITE).signInFactors(SignInFactor.PASSWORD)).changes())
        .extracting(FieldChange::field).containsExactly("UserPoolTier");
    assertThatThrownBy(() -> spec().signInFactors(SignInFactor.EMAIL_OTP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must include PASSWORD");
  }

  @Test
  void passkeys_asRealCognitoHasThem_planNoWrite_changed_setTheRelyingParty_andOtherMfaChangesKeepIt() {
    assertThat(planMfa(spec().passkeys("auth.example.com", false)).change()).isEqualTo(Change.UNCHANGED);

    Plan<SetUserPoolMfaConfigRequest> changed = planMfa(spec().passkeys("example.com", true));
    assertThat(fields(changed)).containsExactly("WebAuthnConfiguration");
    assertThat(changed.writes().webAuthnConfiguration().relyingPartyId()).isEqualTo("example.com");
    assertThat(changed.writes().webAuthnConfiguration().userVerificationAsString()).isEqualTo("required");

    Plan<SetUserPoolMfaConfigRequest> required = planMfa(spec().mfa(Mfa.REQUIRED));
    assertThat(required.writes().webAuthnConfiguration()).as("SetUserPoolMfaConfig is whole: sent back as it is")
        .isEqualTo(RealCognito.mfa().webAuthnConfiguration());
    assertThatThrownBy(() -> spec().passkeys("https://auth.example.com", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain name");
  }

  static final String ERRORS_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-errors";

  static Plan<java.util.List<software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType>>
      planLogs(UserPoolSpec spec) {
    return io.github.cognitokit.admin.internal.LogDeliveryReconciler.planLogs(RealCognito.logDelivery(),
        new io.github.cognitokit.admin.internal.LogDeliveryDesired("us-east-1_EXAMPLE", "user pool MyUserPool",
            spec.freeze().logs(), false));
  }

  @Test
  void logDelivery_asRealCognitoHasIt_plansNoWrite_changedItSetsEveryConfigurationBack() {
    assertThat(planLogs(spec().logs(LogEvents.NOTIFICATION_ERRORS, ERRORS_GROUP)).change())
        .isEqualTo(Change.UNCHANGED);

    var added = planLogs(spec().featurePlan(FeaturePlan.PLUS)
        .logs(LogEvents.USER_AUTH_EVENTS, "arn:aws:s3:::cognito-auth-events"));
    assertThat(fields(added)).containsExactly("LogConfigurations.userAuthEvents");
    assertThat(added.writes()).hasSize(2).anySatisfy(c -> {
      assertThat(c.eventSourceAsString()).isEqualTo("userNotification");
      assertThat(c.cloudWatchLogsConfiguration().logGroupArn()).isEqualTo(ERRORS_GROUP);
    }).anySatisfy(c -> {
      assertThat(c.logLevelAsString()).isEqualTo("INFO");
      assertThat(c.s3Configuration().bucketArn()).isEqualTo("arn:aws:s3:::cognito-auth-events");
    });
    assertThat(fields(planLogs(spec().logs(LogEvents.NOTIFICATION_ERRORS, ERRORS_GROUP + "-2"))))
        .containsExactly("LogConfigurations.userNotification");
  }

  @Test
  void logDelivery_settingsCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> plan(spec().logs(LogEvents.USER_AUTH_EVENTS, "arn:aws:s3:::b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs featurePlan(PLUS)");
    assertThatThrownBy(() -> spec().logs(LogEvents.NOTIFICATION_ERRORS, "arn:aws:s3:::b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CloudWatch Logs group only");
    assertThatThrownBy(() -> spec().logs(LogEvents.NOTIFICATION_ERRORS, "my-group"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destinationArn");
  }
}
