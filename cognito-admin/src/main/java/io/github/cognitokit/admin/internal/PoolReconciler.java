package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.CustomAttribute;
import io.github.cognitokit.admin.LambdaTrigger;
import io.github.cognitokit.admin.LogEvents;
import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.MfaFactor;
import io.github.cognitokit.admin.SignIn;
import io.github.cognitokit.admin.SignInFactor;
import io.github.cognitokit.admin.StandardAttribute;
import io.github.cognitokit.admin.ThreatProtection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageTemplateType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserAttributeUpdateSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * The user pool: found by name and described; planned as a creation, or as one {@code UpdateUserPool} that carries
 * every current field with the spec's settings merged in (Cognito resets what an update omits) plus
 * {@code AddCustomAttributes} for custom attributes the pool lacks. The pool's MFA configuration is
 * {@link MfaReconciler}'s.
 */
public final class PoolReconciler
    extends Reconciler<PoolDesired, UserPoolType, PoolReconciler.Writes, PoolReconciler.Result> {
  private static final Logger LOG = LoggerFactory.getLogger(PoolReconciler.class);

  /**
   * The writes of a pool plan: a creation, or an update and the custom attributes to add.
   *
   * @param create the creation, or null
   * @param update the update, or null
   * @param addAttributes the custom attributes to add
   */
  public record Writes(CreateUserPoolRequest create, UpdateUserPoolRequest update,
      List<SchemaAttributeType> addAttributes) {}

  /**
   * A pool reconcile run's result.
   *
   * @param id the pool id, or null for a pool only planned
   * @param report the report
   * @param sms the SMS configuration the pool has or will have (MFA by SMS needs it), or null
   * @param created whether the pool is new (created now or planned)
   */
  public record Result(String id, ChangeReport report, SmsConfigurationType sms, boolean created) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public PoolReconciler(Gateway gateway) {
    super(gateway);
  }

  static String resource(PoolDesired desired) {
    return "user pool " + desired.name();
  }

  @Override
  protected void check(PoolDesired d) {
    if (d.mfa() == Mfa.OFF && d.mfaFactors() != null) {
      throw new IllegalArgumentException("mfaFactors needs mfa(OPTIONAL) or mfa(REQUIRED), not OFF");
    }
    if ((d.triggers().containsKey(LambdaTrigger.CUSTOM_EMAIL_SENDER)
        || d.triggers().containsKey(LambdaTrigger.CUSTOM_SMS_SENDER)) && d.customSenderKmsKey() == null) {
      throw new IllegalArgumentException("custom e-mail and SMS sender triggers need customSenderKmsKey(...)");
    }
    if (d.mfaFactors() != null && d.mfaFactors().contains(MfaFactor.EMAIL) && d.email() != null
        && !d.email().throughSes()) {
      throw new IllegalArgumentException("mfaFactors EMAIL needs e-mail sending through SES (emailFromSes)");
    }
  }

  @Override
  protected UserPoolType observe(PoolDesired desired) {
    String found = gateway.findPoolId(desired.name()).orElse(null);
    if (found == null) {
      return null;
    }
    try {
      return gateway.describeUserPool(resource(desired), found);
    } catch (CognitoAdminException e) {
      if (e.reason() != Reason.NOT_FOUND) {
        throw e;
      }
      // Deleted elsewhere since this admin listed the pools: look again rather than trust the remembered id.
      gateway.forgetPool(desired.name(), found);
      String again = gateway.findPoolId(desired.name()).orElse(null);
      return again == null ? null : gateway.describeUserPool(resource(desired), again);
    }
  }

  @Override
  protected Plan<Writes> plan(UserPoolType current, PoolDesired desired) {
    return planPool(current, desired);
  }

  /**
   * Plans a pool: pure, reads only its arguments.
   *
   * @param current the pool as described, or null if there is none
   * @param desired the desired pool
   * @return the plan
   * @throws CognitoAdminException IMMUTABLE if a setting Cognito fixes at creation differs
   */
  public static Plan<Writes> planPool(UserPoolType current, PoolDesired desired) {
    checkTier(current, desired);
    if (current == null) {
      CreateUserPoolRequest create = createRequest(desired);
      return Plan.create(plannedCreate(desired), new Writes(create, null, List.of()));
    }
    CreationOnly.requireSame(CREATION_ONLY, current, desired, resource(desired), "pool",
        "create a new pool to change it");
    UpdateUserPoolRequest baseline = baseline(current);
    UpdateUserPoolRequest update = desiredUpdate(current, desired);
    List<FieldChange> changes = new ArrayList<>(SdkCopy.diff(baseline, update, Set.of("UserPoolId")));
    boolean updates = !changes.isEmpty();
    List<SchemaAttributeType> missing = missingCustomAttributes(current, desired);
    missing.forEach(a -> changes.add(new FieldChange("SchemaAttributes", null, a.name())));
    return Plan.update(changes, new Writes(null, updates ? update : null, missing));
  }

  @Override
  protected Result apply(PoolDesired desired, UserPoolType current, Plan<Writes> plan) {
    Writes w = plan.writes();
    String resource = resource(desired);
    if (w.create() != null) {
      UserPoolType created = gateway.createUserPool(resource, w.create());
      LOG.debug("Created {} ({})", resource, created.id());
      return new Result(created.id(), plan.report(resource + " (" + created.id() + ")", true),
          w.create().smsConfiguration(), true);
    }
    String id = current.id();
    if (w.update() != null) {
      LOG.debug("Updating {} ({}): {}", resource, id, plan.changes());
      gateway.updateUserPool(resource, w.update());
    }
    if (!w.addAttributes().isEmpty()) {
      gateway.addCustomAttributes(resource, id, w.addAttributes());
    }
    SmsConfigurationType sms = w.update() != null ? w.update().smsConfiguration() : current.smsConfiguration();
    return new Result(id, plan.report(resource + " (" + id + ")", true), sms, false);
  }

  @Override
  protected Result result(PoolDesired desired, UserPoolType current, Plan<Writes> plan, boolean applied) {
    String resource = resource(desired);
    if (current == null) {
      return new Result(null, plan.report(resource, applied), plan.writes().create().smsConfiguration(), true);
    }
    SmsConfigurationType sms = plan.writes() != null && plan.writes().update() != null
        ? plan.writes().update().smsConfiguration() : current.smsConfiguration();
    return new Result(current.id(), plan.report(resource + " (" + current.id() + ")", applied), sms, false);
  }

  // ---- creation

  static CreateUserPoolRequest createRequest(PoolDesired d) {
    CreateUserPoolRequest.Builder create = CreateUserPoolRequest.builder().poolName(d.name());
    if (d.signIn() != null) {
      if (d.signIn().contains(SignIn.USERNAME)) {
        List<String> aliases = d.signIn().stream().filter(s -> s != SignIn.USERNAME).map(SignIn::attribute).toList();
        if (!aliases.isEmpty()) {
          create.aliasAttributesWithStrings(aliases);
        }
      } else {
        create.usernameAttributesWithStrings(d.signIn().stream().map(SignIn::attribute).toList());
      }
    }
    if (d.caseSensitive() != null) {
      create.usernameConfiguration(c -> c.caseSensitive(d.caseSensitive()));
    }
    List<SchemaAttributeType> schema = new ArrayList<>();
    if (d.requiredAttributes() != null) {
      d.requiredAttributes().stream().sorted().forEach(a -> schema.add(SchemaAttributeType.builder()
          .name(a.attributeName()).required(true).mutable(true).attributeDataType(AttributeDataType.STRING).build()));
    }
    d.customAttributes().forEach(c -> schema.add(schema(c)));
    if (!schema.isEmpty()) {
      create.schema(schema);
    }
    UpdateUserPoolRequest.Builder settings = UpdateUserPoolRequest.builder();
    applyMutable(settings, d);
    if (d.selfSignUp() == null) {
      // The console's default and ours: only administrators create users unless the spec says otherwise.
      settings.adminCreateUserConfig(merge(settings.build().adminCreateUserConfig(), true, null));
    }
    SdkCopy.copy(settings.build(), create, Map.of(), Set.of("UserPoolId", "PoolName", "MfaConfiguration"));
    return create.build();
  }

  private static List<FieldChange> plannedCreate(PoolDesired d) {
    UpdateUserPoolRequest.Builder settings = UpdateUserPoolRequest.builder();
    applyMutable(settings, d);
    List<FieldChange> fields = new ArrayList<>(SdkCopy.diff(UpdateUserPoolRequest.builder().build(), settings.build(),
        Set.of("UserPoolId")));
    if (d.signIn() != null) {
      fields.add(new FieldChange("SignIn", null, d.signIn().toString()));
    }
    if (d.requiredAttributes() != null) {
      fields.add(new FieldChange("RequiredAttributes", null, new TreeSet<>(d.requiredAttributes()).toString()));
    }
    d.customAttributes().forEach(c -> fields.add(new FieldChange("SchemaAttributes", null, "custom:" + c.name())));
    return fields;
  }

  // ---- update

  /**
   * The update request that would change nothing: every field of the current pool, by SDK member name.
   *
   * @param current the pool as described
   * @return the request
   */
  public static UpdateUserPoolRequest baseline(UserPoolType current) {
    UpdateUserPoolRequest.Builder b = UpdateUserPoolRequest.builder();
    SdkCopy.copy(current, b, Map.of("UserPoolId", "Id", "PoolName", "Name"), Set.of());
    AdminCreateUserConfigType admin = current.adminCreateUserConfig();
    if (admin != null && admin.unusedAccountValidityDays() != null) {
      // Deprecated and replaced by the password policy's TemporaryPasswordValidityDays: sending both is an error.
      b.adminCreateUserConfig(admin.toBuilder().unusedAccountValidityDays(null).build());
    }
    return b.build();
  }

  /**
   * The update request that brings the pool to the spec: every current field, with the spec's settings merged in.
   *
   * @param current the pool as described
   * @param desired the desired pool
   * @return the request
   */
  public static UpdateUserPoolRequest desiredUpdate(UserPoolType current, PoolDesired desired) {
    UpdateUserPoolRequest.Builder b = baseline(current).toBuilder();
    applyMutable(b, desired);
    return b.build();
  }

  /** The settings Cognito fixes when a pool is created, declared once. */
  static final List<CreationOnly<UserPoolType, PoolDesired>> CREATION_ONLY = List.of(
      CreationOnly.of("signInWith", d -> d.signIn() == null ? null : signIn(d.signIn()), PoolReconciler::signIn),
      // A pool made without UsernameConfiguration (the API's default) is case sensitive.
      CreationOnly.of("caseSensitive", PoolDesired::caseSensitive, p -> p.usernameConfiguration() == null
          || p.usernameConfiguration().caseSensitive() == null || p.usernameConfiguration().caseSensitive()),
      CreationOnly.of("requiredAttributes", d -> d.requiredAttributes() == null ? null
          : d.requiredAttributes().stream().map(StandardAttribute::attributeName)
              .collect(Collectors.toCollection(TreeSet::new)), PoolReconciler::requiredStandard),
      PoolReconciler::customAttributeDefinitions);

  private static String signIn(List<SignIn> signIn) {
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> username = new LinkedHashSet<>();
    if (signIn.contains(SignIn.USERNAME)) {
      signIn.stream().filter(s -> s != SignIn.USERNAME).forEach(s -> aliases.add(s.attribute()));
    } else {
      signIn.forEach(s -> username.add(s.attribute()));
    }
    return "aliases " + new TreeSet<>(aliases) + ", username attributes " + new TreeSet<>(username);
  }

  private static String signIn(UserPoolType pool) {
    return "aliases " + new TreeSet<>(pool.aliasAttributesAsStrings()) + ", username attributes "
        + new TreeSet<>(pool.usernameAttributesAsStrings());
  }

  /** Real Cognito lists every standard attribute, and sub as required: sub is not a choice, so it is not compared. */
  private static Set<String> requiredStandard(UserPoolType pool) {
    return pool.schemaAttributes().stream().filter(a -> Boolean.TRUE.equals(a.required()))
        .map(SchemaAttributeType::name).filter(n -> !n.startsWith("custom:") && !"sub".equals(n))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A custom attribute the pool has already must have the definition the spec gives (new ones are added). */
  private static Optional<CreationOnly.Mismatch> customAttributeDefinitions(UserPoolType pool, PoolDesired d) {
    Map<String, SchemaAttributeType> schema = pool.schemaAttributes().stream()
        .collect(Collectors.toMap(SchemaAttributeType::name, a -> a, (a, b) -> a));
    for (CustomAttribute c : d.customAttributes()) {
      SchemaAttributeType existing = schema.get("custom:" + c.name());
      if (existing != null && !sameDefinition(existing, c)) {
        return Optional.of(new CreationOnly.Mismatch("custom attribute custom:" + c.name(), describe(existing),
            c.toString()));
      }
    }
    return Optional.empty();
  }

  private static boolean sameDefinition(SchemaAttributeType a, CustomAttribute c) {
    String type = a.attributeDataTypeAsString();
    if (type != null && !type.equalsIgnoreCase(dataType(c).toString())) {
      return false;
    }
    if (a.mutable() != null && a.mutable() != c.mutable()) {
      return false;
    }
    if (c.type() == CustomAttribute.Type.STRING && a.stringAttributeConstraints() != null) {
      return sameLimit(a.stringAttributeConstraints().minLength(), c.min())
          && sameLimit(a.stringAttributeConstraints().maxLength(), c.max());
    }
    if (c.type() == CustomAttribute.Type.NUMBER && a.numberAttributeConstraints() != null) {
      return sameLimit(a.numberAttributeConstraints().minValue(), c.min())
          && sameLimit(a.numberAttributeConstraints().maxValue(), c.max());
    }
    return true;
  }

  private static boolean sameLimit(String have, Integer want) {
    return want == null || Objects.equals(have, String.valueOf(want));
  }

  private static String describe(SchemaAttributeType a) {
    return a.name() + "(" + a.attributeDataTypeAsString() + ", mutable " + a.mutable()
        + (a.stringAttributeConstraints() == null ? "" : ", length " + a.stringAttributeConstraints().minLength()
            + ".." + a.stringAttributeConstraints().maxLength())
        + (a.numberAttributeConstraints() == null ? "" : ", value " + a.numberAttributeConstraints().minValue()
            + ".." + a.numberAttributeConstraints().maxValue()) + ")";
  }

  private static List<SchemaAttributeType> missingCustomAttributes(UserPoolType current, PoolDesired d) {
    Set<String> have = current.schemaAttributes().stream().map(SchemaAttributeType::name).collect(Collectors.toSet());
    List<SchemaAttributeType> missing = new ArrayList<>();
    for (CustomAttribute c : d.customAttributes()) {
      if (!have.contains("custom:" + c.name())) {
        missing.add(schema(c));
      }
    }
    return missing;
  }

  /**
   * The schema entry Cognito expects for a custom attribute (name without the {@code custom:} prefix).
   *
   * @param c the attribute
   * @return the entry
   */
  public static SchemaAttributeType schema(CustomAttribute c) {
    SchemaAttributeType.Builder b = SchemaAttributeType.builder().name(c.name()).attributeDataType(dataType(c))
        .mutable(c.mutable()).developerOnlyAttribute(false);
    if (c.type() == CustomAttribute.Type.STRING && (c.min() != null || c.max() != null)) {
      b.stringAttributeConstraints(StringAttributeConstraintsType.builder()
          .minLength(c.min() == null ? null : String.valueOf(c.min()))
          .maxLength(c.max() == null ? null : String.valueOf(c.max())).build());
    }
    if (c.type() == CustomAttribute.Type.NUMBER && (c.min() != null || c.max() != null)) {
      b.numberAttributeConstraints(NumberAttributeConstraintsType.builder()
          .minValue(c.min() == null ? null : String.valueOf(c.min()))
          .maxValue(c.max() == null ? null : String.valueOf(c.max())).build());
    }
    return b.build();
  }

  private static AttributeDataType dataType(CustomAttribute c) {
    return switch (c.type()) {
      case STRING -> AttributeDataType.STRING;
      case NUMBER -> AttributeDataType.NUMBER;
      case BOOLEAN -> AttributeDataType.BOOLEAN;
      case DATETIME -> AttributeDataType.DATE_TIME;
    };
  }

  /** Writes the settings the spec names into an update request that starts from the current pool (or nothing). */
  private static void applyMutable(UpdateUserPoolRequest.Builder b, PoolDesired d) {
    UpdateUserPoolRequest now = b.build();
    if (d.passwordPolicy() != null) {
      UserPoolPolicyType policies = now.policies() == null ? UserPoolPolicyType.builder().build() : now.policies();
      b.policies(policies.toBuilder().passwordPolicy(mergePasswordPolicy(policies.passwordPolicy(),
          d.passwordPolicy())).build());
    }
    if (d.accountRecovery() != null) {
      List<RecoveryOptionType> options = new ArrayList<>();
      int priority = 1;
      for (String mechanism : d.accountRecovery().mechanisms()) {
        options.add(RecoveryOptionType.builder().name(mechanism).priority(priority++).build());
      }
      b.accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(options).build());
    }
    if (d.selfSignUp() != null || d.invitation() != null) {
      MessageTemplateType invite = d.invitation() == null ? null : MessageTemplateType.builder()
          .emailSubject(d.invitation().subject()).emailMessage(d.invitation().emailMessage())
          .smsMessage(d.invitation().smsMessage()).build();
      b.adminCreateUserConfig(merge(now.adminCreateUserConfig(), d.selfSignUp() == null ? null : !d.selfSignUp(),
          invite));
    }
    if (d.autoVerified() != null) {
      b.autoVerifiedAttributesWithStrings(keepOrder(now.autoVerifiedAttributesAsStrings(), names(d.autoVerified())));
    }
    if (d.keepOriginal() != null) {
      UserAttributeUpdateSettingsType current = now.userAttributeUpdateSettings();
      List<String> have = current == null ? List.of() : current.attributesRequireVerificationBeforeUpdateAsStrings();
      b.userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder()
          .attributesRequireVerificationBeforeUpdateWithStrings(keepOrder(have, names(d.keepOriginal()))).build());
    }
    if (d.email() != null) {
      PoolDesired.Email e = d.email();
      EmailConfigurationType.Builder c = EmailConfigurationType.builder().emailSendingAccount(e.account())
          .replyToEmailAddress(e.replyTo());
      if (e.throughSes()) {
        c.sourceArn(e.sourceArn()).from(e.from()).configurationSet(e.configurationSet());
      }
      b.emailConfiguration(c.build());
    }
    if (d.verification() != null) {
      PoolDesired.Message v = d.verification();
      VerificationMessageTemplateType.Builder t = now.verificationMessageTemplate() == null
          ? VerificationMessageTemplateType.builder() : now.verificationMessageTemplate().toBuilder();
      t.defaultEmailOption(v.style());
      if ("CONFIRM_WITH_CODE".equals(v.style())) {
        t.emailSubject(v.subject()).emailMessage(v.emailMessage()).smsMessage(v.smsMessage());
        b.emailVerificationSubject(v.subject()).emailVerificationMessage(v.emailMessage())
            .smsVerificationMessage(v.smsMessage());
      } else {
        t.emailSubjectByLink(v.subject()).emailMessageByLink(v.emailMessage());
      }
      b.verificationMessageTemplate(t.build());
    }
    if (d.sms() != null) {
      b.smsConfiguration(SmsConfigurationType.builder().snsCallerArn(d.sms().snsCallerArn())
          .externalId(d.sms().externalId()).snsRegion(d.sms().snsRegion()).build());
    }
    if (d.smsMfaMessage() != null) {
      b.smsAuthenticationMessage(d.smsMfaMessage());
    }
    if (d.devices() != null) {
      if (d.devices().off()) {
        // Any DeviceConfiguration switches tracking on; only its absence is "off".
        b.deviceConfiguration((DeviceConfigurationType) null);
      } else {
        b.deviceConfiguration(DeviceConfigurationType.builder()
            .challengeRequiredOnNewDevice(d.devices().challengeRequiredOnNewDevice())
            .deviceOnlyRememberedOnUserPrompt(d.devices().onlyRememberedOnUserPrompt()).build());
      }
    }
    if (!d.triggers().isEmpty() || !d.removedTriggers().isEmpty() || d.customSenderKmsKey() != null) {
      b.lambdaConfig(lambdaConfig(now.lambdaConfig(), d));
    }
    if (!d.tags().isEmpty()) {
      Map<String, String> tags = new HashMap<>(now.userPoolTags() == null ? Map.of() : now.userPoolTags());
      tags.putAll(d.tags());
      b.userPoolTags(tags);
    }
    if (d.deletionProtection() != null) {
      b.deletionProtection(d.deletionProtection() ? "ACTIVE" : "INACTIVE");
    }
    if (d.featurePlan() != null) {
      b.userPoolTier(d.featurePlan().name());
    }
    if (d.signInFactors() != null) {
      UserPoolPolicyType policies = b.build().policies() == null ? UserPoolPolicyType.builder().build()
          : b.build().policies();
      List<String> have = policies.signInPolicy() == null ? List.of()
          : policies.signInPolicy().allowedFirstAuthFactorsAsStrings();
      List<String> want = d.signInFactors().stream().sorted().map(SignInFactor::apiValue).toList();
      b.policies(policies.toBuilder().signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings(keepOrder(have, want)))
          .build());
    }
    if (d.threatProtection() != null) {
      UserPoolAddOnsType addOns = b.build().userPoolAddOns();
      b.userPoolAddOns((addOns == null ? UserPoolAddOnsType.builder() : addOns.toBuilder())
          .advancedSecurityMode(d.threatProtection().name()).build());
    }
  }

  /**
   * The feature plan's limits, against the plan the pool will have (the spec's, else the current one): other first
   * factors than the password need Essentials or Plus, threat protection needs Plus. A clear error before any call
   * rather than Cognito's {@code FeatureUnavailableInTierException} after some.
   */
  private static void checkTier(UserPoolType current, PoolDesired d) {
    String tier = d.featurePlan() != null ? d.featurePlan().name() : current == null
        ? null : current.userPoolTierAsString();
    if (tier == null) {
      return; // a new pool without a plan gets Cognito's default, which allows both
    }
    boolean beyondPassword = d.signInFactors() != null && d.signInFactors().stream()
        .anyMatch(f -> f != SignInFactor.PASSWORD);
    if (beyondPassword && "LITE".equals(tier)) {
      throw new IllegalArgumentException(resource(d) + ": sign-in factors other than PASSWORD need"
          + " featurePlan(ESSENTIALS) or PLUS; the pool's plan is LITE");
    }
    if (d.risk() != null) {
      if (!"PLUS".equals(tier)) {
        throw new IllegalArgumentException(resource(d) + ": compromised-credential and adaptive-authentication"
            + " settings need featurePlan(PLUS); the pool's plan is " + tier);
      }
      String mode = d.threatProtection() != null ? d.threatProtection().name() : current == null
          || current.userPoolAddOns() == null ? "OFF" : current.userPoolAddOns().advancedSecurityModeAsString();
      if ("OFF".equals(mode)) {
        throw new IllegalArgumentException(resource(d) + ": compromised-credential and adaptive-authentication"
            + " settings need threatProtection(AUDIT) or ENFORCED; it is OFF");
      }
    }
    if (d.logs().containsKey(LogEvents.USER_AUTH_EVENTS) && !"PLUS".equals(tier)) {
      throw new IllegalArgumentException(resource(d) + ": logs(USER_AUTH_EVENTS, ...) needs featurePlan(PLUS); the"
          + " pool's plan is " + tier);
    }
    if (d.threatProtection() != null && d.threatProtection() != ThreatProtection.OFF && !"PLUS".equals(tier)) {
      throw new IllegalArgumentException(resource(d) + ": threatProtection(" + d.threatProtection() + ") needs"
          + " featurePlan(PLUS); the pool's plan is " + tier);
    }
  }

  private static PasswordPolicyType mergePasswordPolicy(PasswordPolicyType current, PasswordPolicyType set) {
    PasswordPolicyType.Builder b = current == null ? PasswordPolicyType.builder() : current.toBuilder();
    SdkCopy.copy(set, b, Map.of(), Set.of());
    return b.build();
  }

  private static AdminCreateUserConfigType merge(AdminCreateUserConfigType current, Boolean adminOnly,
      MessageTemplateType invite) {
    AdminCreateUserConfigType.Builder b = current == null ? AdminCreateUserConfigType.builder() : current.toBuilder();
    if (adminOnly != null) {
      b.allowAdminCreateUserOnly(adminOnly);
    }
    if (invite != null) {
      b.inviteMessageTemplate(invite);
    }
    return b.build();
  }

  private static List<String> names(Set<StandardAttribute> attributes) {
    return attributes.stream().sorted().map(StandardAttribute::attributeName).toList();
  }

  /** Keeps Cognito's order when the set is the same, so that order alone never reads as a change. */
  static List<String> keepOrder(List<String> current, List<String> desired) {
    return new LinkedHashSet<>(current).equals(new LinkedHashSet<>(desired)) ? current : desired;
  }

  private static LambdaConfigType lambdaConfig(LambdaConfigType current, PoolDesired d) {
    LambdaConfigType.Builder b = current == null ? LambdaConfigType.builder() : current.toBuilder();
    Set<LambdaTrigger> touched = EnumSet.noneOf(LambdaTrigger.class);
    touched.addAll(d.triggers().keySet());
    touched.addAll(d.removedTriggers());
    for (LambdaTrigger t : touched) {
      String arn = d.triggers().get(t);
      switch (t) {
        case PRE_SIGN_UP -> b.preSignUp(arn);
        case CUSTOM_MESSAGE -> b.customMessage(arn);
        case POST_CONFIRMATION -> b.postConfirmation(arn);
        case PRE_AUTHENTICATION -> b.preAuthentication(arn);
        case POST_AUTHENTICATION -> b.postAuthentication(arn);
        case DEFINE_AUTH_CHALLENGE -> b.defineAuthChallenge(arn);
        case CREATE_AUTH_CHALLENGE -> b.createAuthChallenge(arn);
        case VERIFY_AUTH_CHALLENGE_RESPONSE -> b.verifyAuthChallengeResponse(arn);
        case USER_MIGRATION -> b.userMigration(arn);
        case PRE_TOKEN_GENERATION -> {
          b.preTokenGeneration(arn);
          b.preTokenGenerationConfig(arn == null ? null : PreTokenGenerationVersionConfigType.builder()
              .lambdaArn(arn).lambdaVersion(d.preTokenVersion() != null ? d.preTokenVersion()
                  : current != null && current.preTokenGenerationConfig() != null
                      ? current.preTokenGenerationConfig().lambdaVersionAsString() : "V1_0").build());
        }
        case CUSTOM_EMAIL_SENDER -> b.customEmailSender(arn == null ? null : CustomEmailLambdaVersionConfigType
            .builder().lambdaArn(arn).lambdaVersion("V1_0").build());
        case CUSTOM_SMS_SENDER -> b.customSMSSender(arn == null ? null : CustomSMSLambdaVersionConfigType.builder()
            .lambdaArn(arn).lambdaVersion("V1_0").build());
        default -> throw new IllegalStateException("unhandled trigger " + t);
      }
    }
    if (d.customSenderKmsKey() != null) {
      b.kmsKeyID(d.customSenderKmsKey());
    }
    return b.build();
  }

  /**
   * Converges a pool and then, if the spec sets any of it, the pool's MFA configuration; one report for both.
   *
   * @param gateway the gateway
   * @param desired the desired pool
   * @param dryRun true to plan only
   * @return the result
   */
  public static Result ensureWithMfa(Gateway gateway, PoolDesired desired, boolean dryRun) {
    Result pool = new PoolReconciler(gateway).ensure(desired, dryRun);
    if (desired.touchesMfa()) {
      MfaDesired mfa = new MfaDesired(pool.id(), pool.report().resource(), desired.mfa(), desired.mfaFactors(),
          desired.smsMfaMessage(), pool.sms(), pool.created(), desired.passkeys());
      pool = withPart(pool, new MfaReconciler(gateway).ensure(mfa, dryRun).report(), dryRun);
    }
    if (desired.risk() != null) {
      PoolDesired.Risk r = desired.risk();
      RiskDesired risk = new RiskDesired(pool.id(), pool.report().resource(), r.blockCompromisedCredentials(),
          r.adaptive(), r.blockedIpRanges(), r.skippedIpRanges(), pool.created());
      pool = withPart(pool, new RiskReconciler(gateway).ensure(risk, dryRun).report(), dryRun);
    }
    if (!desired.logs().isEmpty()) {
      LogDeliveryDesired logs = new LogDeliveryDesired(pool.id(), pool.report().resource(), desired.logs(),
          pool.created());
      pool = withPart(pool, new LogDeliveryReconciler(gateway).ensure(logs, dryRun).report(), dryRun);
    }
    return pool;
  }

  /** Adds the report of a part of the pool (MFA, log delivery) to the pool's. */
  private static Result withPart(Result pool, ChangeReport part, boolean dryRun) {
    ChangeReport report = pool.report();
    if (part.change() == Change.UNCHANGED || pool.created() && !dryRun) {
      return pool;
    }
    List<FieldChange> fields = new ArrayList<>(report.fields());
    fields.addAll(part.fields());
    Change change = report.change() == Change.UNCHANGED ? Change.UPDATED : report.change();
    return new Result(pool.id(), new ChangeReport(report.resource(), change, fields), pool.sms(), pool.created());
  }
}
