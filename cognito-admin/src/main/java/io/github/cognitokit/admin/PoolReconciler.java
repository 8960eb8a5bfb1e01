package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.SdkCopy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageTemplateType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserAttributeUpdateSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/** Describe, diff and converge one user pool. */
final class PoolReconciler {
  private static final Logger LOG = LoggerFactory.getLogger(PoolReconciler.class);

  private final CognitoAdmin admin;
  private final UserPoolSpec spec;
  private final String resource;

  PoolReconciler(CognitoAdmin admin, UserPoolSpec spec) {
    this.admin = admin;
    this.spec = spec;
    this.resource = "user pool " + spec.name;
  }

  UserPool ensure(boolean dryRun) {
    validate();
    UserPoolType current = findAndDescribe();
    if (current == null) {
      if (dryRun) {
        return new UserPool(admin, null, spec.name, new ChangeReport(resource, Change.CREATED, plannedCreate()));
      }
      return create();
    }
    String id = current.id();
    checkImmutable(current);
    UpdateUserPoolRequest baseline = baseline(current);
    UpdateUserPoolRequest desired = desired(current);
    List<FieldChange> poolChanges = SdkCopy.diff(baseline, desired, Set.of("UserPoolId"));
    List<SchemaAttributeType> missing = missingCustomAttributes(current);
    SetUserPoolMfaConfigRequest mfaRequest = null;
    List<FieldChange> mfaChanges = new ArrayList<>();
    if (spec.mfa != null || spec.smsMfaMessage != null) {
      GetUserPoolMfaConfigResponse mfa = admin.calls().run("GetUserPoolMfaConfig", resource,
          () -> admin.cognito().getUserPoolMfaConfig(b -> b.userPoolId(id)));
      mfaRequest = mfaRequest(id, mfa, desired.smsConfiguration());
      mfaChanges = mfaChanges(mfa, mfaRequest);
      if (mfaChanges.isEmpty()) {
        mfaRequest = null;
      }
    }
    List<FieldChange> all = new ArrayList<>(poolChanges);
    for (SchemaAttributeType a : missing) {
      all.add(new FieldChange("SchemaAttributes", null, a.name()));
    }
    all.addAll(mfaChanges);
    if (!dryRun) {
      if (!poolChanges.isEmpty()) {
        LOG.debug("Updating {} ({}): {}", resource, id, poolChanges);
        admin.calls().run("UpdateUserPool", resource, () -> admin.cognito().updateUserPool(desired));
      }
      if (!missing.isEmpty()) {
        admin.calls().run("AddCustomAttributes", resource, () -> admin.cognito().addCustomAttributes(b -> b
            .userPoolId(id).customAttributes(missing)));
      }
      if (mfaRequest != null) {
        SetUserPoolMfaConfigRequest r = mfaRequest;
        admin.calls().run("SetUserPoolMfaConfig", resource, () -> admin.cognito().setUserPoolMfaConfig(r));
      }
    }
    Change change = all.isEmpty() ? Change.UNCHANGED : Change.UPDATED;
    return new UserPool(admin, id, spec.name, new ChangeReport(resource + " (" + id + ")", change, all));
  }

  private void validate() {
    boolean smsFactor = spec.mfaFactors != null && spec.mfaFactors.contains(MfaFactor.SMS);
    if (spec.mfa == Mfa.OFF && spec.mfaFactors != null) {
      throw new IllegalArgumentException("mfaFactors needs mfa(OPTIONAL) or mfa(REQUIRED), not OFF");
    }
    if (smsFactor && spec.smsRoleArn == null) {
      LOG.debug("SMS MFA for {} relies on the pool's existing SMS configuration", resource);
    }
    if ((spec.triggers.containsKey(LambdaTrigger.CUSTOM_EMAIL_SENDER)
        || spec.triggers.containsKey(LambdaTrigger.CUSTOM_SMS_SENDER)) && spec.customSenderKmsKey == null) {
      throw new IllegalArgumentException("custom e-mail and SMS sender triggers need customSenderKmsKey(...)");
    }
    if (spec.mfaFactors != null && spec.mfaFactors.contains(MfaFactor.EMAIL) && !"DEVELOPER".equals(spec.emailAccount)
        && spec.emailSet) {
      throw new IllegalArgumentException("mfaFactors EMAIL needs e-mail sending through SES (emailFromSes)");
    }
  }

  private UserPool create() {
    CreateUserPoolRequest.Builder create = CreateUserPoolRequest.builder().poolName(spec.name);
    if (spec.signIn != null) {
      if (spec.signIn.contains(SignIn.USERNAME)) {
        List<String> aliases = spec.signIn.stream().filter(s -> s != SignIn.USERNAME).map(SignIn::attribute).toList();
        if (!aliases.isEmpty()) {
          create.aliasAttributesWithStrings(aliases);
        }
      } else {
        create.usernameAttributesWithStrings(spec.signIn.stream().map(SignIn::attribute).toList());
      }
    }
    if (spec.caseSensitive != null) {
      create.usernameConfiguration(c -> c.caseSensitive(spec.caseSensitive));
    }
    List<SchemaAttributeType> schema = new ArrayList<>();
    if (spec.requiredAttributes != null) {
      for (StandardAttribute a : spec.requiredAttributes) {
        schema.add(SchemaAttributeType.builder().name(a.attributeName()).required(true).mutable(true)
            .attributeDataType(AttributeDataType.STRING).build());
      }
    }
    spec.customAttributes.values().forEach(c -> schema.add(schema(c)));
    if (!schema.isEmpty()) {
      create.schema(schema);
    }
    UserPoolType empty = UserPoolType.builder().build();
    UpdateUserPoolRequest.Builder settings = UpdateUserPoolRequest.builder();
    applyMutable(settings, empty);
    if (spec.selfSignUp == null) {
      settings.adminCreateUserConfig(merge(settings.build().adminCreateUserConfig(), true, null));
    }
    SdkCopy.copy(settings.build(), create, Map.of(), Set.of("UserPoolId", "PoolName", "MfaConfiguration"));
    CreateUserPoolRequest request = create.build();
    UserPoolType created = admin.calls().run("CreateUserPool", resource,
        () -> admin.cognito().createUserPool(request)).userPool();
    String id = created.id();
    admin.rememberPool(spec.name, id);
    LOG.debug("Created {} ({})", resource, id);
    if (spec.mfa != null && spec.mfa != Mfa.OFF) {
      GetUserPoolMfaConfigResponse none = GetUserPoolMfaConfigResponse.builder().mfaConfiguration("OFF").build();
      SetUserPoolMfaConfigRequest mfa = mfaRequest(id, none, request.smsConfiguration());
      admin.calls().run("SetUserPoolMfaConfig", resource, () -> admin.cognito().setUserPoolMfaConfig(mfa));
    }
    return new UserPool(admin, id, spec.name, new ChangeReport(resource + " (" + id + ")", Change.CREATED,
        List.of()));
  }

  private List<FieldChange> plannedCreate() {
    UpdateUserPoolRequest.Builder settings = UpdateUserPoolRequest.builder();
    applyMutable(settings, UserPoolType.builder().build());
    List<FieldChange> fields = new ArrayList<>(SdkCopy.diff(UpdateUserPoolRequest.builder().build(), settings.build(),
        Set.of("UserPoolId")));
    if (spec.signIn != null) {
      fields.add(new FieldChange("SignIn", null, spec.signIn.toString()));
    }
    if (spec.requiredAttributes != null) {
      fields.add(new FieldChange("RequiredAttributes", null, spec.requiredAttributes.toString()));
    }
    spec.customAttributes.values().forEach(c -> fields.add(new FieldChange("SchemaAttributes", null,
        "custom:" + c.name())));
    if (spec.mfa != null) {
      fields.add(new FieldChange("MfaConfiguration", null, spec.mfa.apiValue()));
    }
    return fields;
  }

  /** The update request that would change nothing: every field of the current pool, by SDK member name. */
  static UpdateUserPoolRequest baseline(UserPoolType current) {
    UpdateUserPoolRequest.Builder b = UpdateUserPoolRequest.builder();
    SdkCopy.copy(current, b, Map.of("UserPoolId", "Id", "PoolName", "Name"), Set.of());
    AdminCreateUserConfigType admin = current.adminCreateUserConfig();
    if (admin != null && admin.unusedAccountValidityDays() != null) {
      b.adminCreateUserConfig(admin.toBuilder().unusedAccountValidityDays(null).build());
    }
    return b.build();
  }

  /** The pool of the spec's name, described; null if there is none. */
  private UserPoolType findAndDescribe() {
    String found = admin.findPoolId(spec.name).orElse(null);
    if (found == null) {
      return null;
    }
    try {
      return admin.describePool(found);
    } catch (CognitoAdminException e) {
      if (e.reason() != Reason.NOT_FOUND) {
        throw e;
      }
      // Deleted elsewhere since this admin listed the pools: look again rather than trust the remembered id.
      admin.forgetPool(spec.name, found);
      String again = admin.findPoolId(spec.name).orElse(null);
      return again == null ? null : admin.describePool(again);
    }
  }

  /**
   * The update request that brings the pool to the spec: every current field, with the spec's settings merged in.
   * Pure: reads only its input; compare it with {@link #baseline(UserPoolType)} for the changes.
   */
  UpdateUserPoolRequest desired(UserPoolType current) {
    UpdateUserPoolRequest.Builder b = baseline(current).toBuilder();
    applyMutable(b, current);
    return b.build();
  }

  /** Fails if the pool differs from the spec in a setting Cognito fixes at creation. Pure: reads only its input. */
  void checkImmutable(UserPoolType current) {
    if (spec.signIn != null) {
      Set<String> wantAliases = new LinkedHashSet<>();
      Set<String> wantUsername = new LinkedHashSet<>();
      if (spec.signIn.contains(SignIn.USERNAME)) {
        spec.signIn.stream().filter(s -> s != SignIn.USERNAME).forEach(s -> wantAliases.add(s.attribute()));
      } else {
        spec.signIn.forEach(s -> wantUsername.add(s.attribute()));
      }
      Set<String> haveAliases = new LinkedHashSet<>(current.aliasAttributesAsStrings());
      Set<String> haveUsername = new LinkedHashSet<>(current.usernameAttributesAsStrings());
      if (!wantAliases.equals(haveAliases) || !wantUsername.equals(haveUsername)) {
        throw immutable("signInWith", "aliases " + haveAliases + ", username attributes " + haveUsername,
            "aliases " + wantAliases + ", username attributes " + wantUsername);
      }
    }
    if (spec.caseSensitive != null) {
      boolean have = current.usernameConfiguration() == null || current.usernameConfiguration().caseSensitive() == null
          || current.usernameConfiguration().caseSensitive();
      if (have != spec.caseSensitive) {
        throw immutable("caseSensitive", String.valueOf(have), String.valueOf(spec.caseSensitive));
      }
    }
    Map<String, SchemaAttributeType> schema = current.schemaAttributes().stream()
        .collect(Collectors.toMap(SchemaAttributeType::name, a -> a, (a, b) -> a));
    if (spec.requiredAttributes != null) {
      Set<String> want = spec.requiredAttributes.stream().map(StandardAttribute::attributeName)
          .collect(Collectors.toCollection(java.util.TreeSet::new));
      // Real Cognito lists every standard attribute, and sub as required: sub is not a choice, so it is not compared.
      Set<String> have = schema.values().stream().filter(a -> Boolean.TRUE.equals(a.required()))
          .map(SchemaAttributeType::name).filter(n -> !n.startsWith("custom:") && !"sub".equals(n))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (!want.equals(have)) {
        throw immutable("requiredAttributes", have.toString(), want.toString());
      }
    }
    for (CustomAttribute c : spec.customAttributes.values()) {
      SchemaAttributeType existing = schema.get("custom:" + c.name());
      if (existing != null && !sameDefinition(existing, c)) {
        throw immutable("custom attribute custom:" + c.name(), describe(existing), c.toString());
      }
    }
  }

  private CognitoAdminException immutable(String field, String have, String want) {
    return new CognitoAdminException(Reason.IMMUTABLE, "ensure", resource, field + " cannot change after creation:"
        + " the pool has " + have + ", the spec asks for " + want + "; create a new pool to change it", null, null,
        null);
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

  private List<SchemaAttributeType> missingCustomAttributes(UserPoolType current) {
    Set<String> have = current.schemaAttributes().stream().map(SchemaAttributeType::name).collect(Collectors.toSet());
    List<SchemaAttributeType> missing = new ArrayList<>();
    for (CustomAttribute c : spec.customAttributes.values()) {
      if (!have.contains("custom:" + c.name())) {
        missing.add(schema(c));
      }
    }
    return missing;
  }

  static SchemaAttributeType schema(CustomAttribute c) {
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

  /** Writes the settings the spec names into an update request that starts from the current pool. */
  private void applyMutable(UpdateUserPoolRequest.Builder b, UserPoolType current) {
    UpdateUserPoolRequest now = b.build();
    if (spec.passwordPolicy != null) {
      UserPoolPolicyType policies = now.policies() == null ? UserPoolPolicyType.builder().build() : now.policies();
      b.policies(policies.toBuilder().passwordPolicy(spec.passwordPolicy.mergeInto(policies.passwordPolicy())).build());
    }
    if (spec.accountRecovery != null) {
      List<RecoveryOptionType> options = new ArrayList<>();
      int priority = 1;
      for (String mechanism : spec.accountRecovery.mechanisms()) {
        options.add(RecoveryOptionType.builder().name(mechanism).priority(priority++).build());
      }
      b.accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(options).build());
    }
    if (spec.selfSignUp != null || spec.invitationMessage != null) {
      MessageTemplateType invite = spec.invitationMessage == null ? null : MessageTemplateType.builder()
          .emailSubject(spec.invitationSubject).emailMessage(spec.invitationMessage).smsMessage(spec.invitationSms)
          .build();
      b.adminCreateUserConfig(merge(now.adminCreateUserConfig(),
          spec.selfSignUp == null ? null : !spec.selfSignUp, invite));
    }
    if (spec.autoVerified != null) {
      b.autoVerifiedAttributesWithStrings(keepOrder(now.autoVerifiedAttributesAsStrings(), names(spec.autoVerified)));
    }
    if (spec.keepOriginal != null) {
      UserAttributeUpdateSettingsType current0 = now.userAttributeUpdateSettings();
      List<String> have = current0 == null ? List.of() : current0.attributesRequireVerificationBeforeUpdateAsStrings();
      b.userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder()
          .attributesRequireVerificationBeforeUpdateWithStrings(keepOrder(have, names(spec.keepOriginal))).build());
    }
    if (spec.emailSet) {
      EmailConfigurationType.Builder e = EmailConfigurationType.builder().emailSendingAccount(spec.emailAccount)
          .replyToEmailAddress(spec.emailReplyTo);
      if ("DEVELOPER".equals(spec.emailAccount)) {
        e.sourceArn(spec.emailSourceArn).from(spec.emailFrom).configurationSet(spec.emailConfigurationSet);
      }
      b.emailConfiguration(e.build());
    }
    if (spec.verificationStyle != null) {
      VerificationMessageTemplateType.Builder t = now.verificationMessageTemplate() == null
          ? VerificationMessageTemplateType.builder() : now.verificationMessageTemplate().toBuilder();
      t.defaultEmailOption(spec.verificationStyle);
      if ("CONFIRM_WITH_CODE".equals(spec.verificationStyle)) {
        t.emailSubject(spec.verificationSubject).emailMessage(spec.verificationMessage).smsMessage(spec.verificationSms);
        b.emailVerificationSubject(spec.verificationSubject).emailVerificationMessage(spec.verificationMessage)
            .smsVerificationMessage(spec.verificationSms);
      } else {
        t.emailSubjectByLink(spec.verificationSubject).emailMessageByLink(spec.verificationMessage);
      }
      b.verificationMessageTemplate(t.build());
    }
    if (spec.smsRoleArn != null) {
      b.smsConfiguration(SmsConfigurationType.builder().snsCallerArn(spec.smsRoleArn).externalId(spec.smsExternalId)
          .snsRegion(spec.smsRegion).build());
    }
    if (spec.smsMfaMessage != null) {
      b.smsAuthenticationMessage(spec.smsMfaMessage);
    }
    if (spec.deviceChallengeOnNew != null) {
      b.deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(spec.deviceChallengeOnNew)
          .deviceOnlyRememberedOnUserPrompt(spec.deviceRememberOnPrompt).build());
    } else if (spec.deviceTrackingOff) {
      // Any DeviceConfiguration switches tracking on; only its absence is "off".
      b.deviceConfiguration((DeviceConfigurationType) null);
    }
    if (!spec.triggers.isEmpty() || !spec.removedTriggers.isEmpty() || spec.customSenderKmsKey != null) {
      b.lambdaConfig(lambdaConfig(now.lambdaConfig()));
    }
    if (!spec.tags.isEmpty()) {
      Map<String, String> tags = new HashMap<>(now.userPoolTags() == null ? Map.of() : now.userPoolTags());
      tags.putAll(spec.tags);
      b.userPoolTags(tags);
    }
    if (spec.deletionProtection != null) {
      b.deletionProtection(spec.deletionProtection ? "ACTIVE" : "INACTIVE");
    }
    if (spec.featurePlan != null) {
      b.userPoolTier(spec.featurePlan.name());
    }
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
    return attributes.stream().map(StandardAttribute::attributeName).toList();
  }

  /** Keeps Cognito's order when the set is the same, so that order alone never reads as a change. */
  private static List<String> keepOrder(List<String> current, List<String> desired) {
    return new LinkedHashSet<>(current).equals(new LinkedHashSet<>(desired)) ? current : desired;
  }

  private LambdaConfigType lambdaConfig(LambdaConfigType current) {
    LambdaConfigType.Builder b = current == null ? LambdaConfigType.builder() : current.toBuilder();
    Set<LambdaTrigger> touched = EnumSet.noneOf(LambdaTrigger.class);
    touched.addAll(spec.triggers.keySet());
    touched.addAll(spec.removedTriggers);
    for (LambdaTrigger t : touched) {
      String arn = spec.triggers.get(t);
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
              .lambdaArn(arn).lambdaVersion(spec.preTokenVersion != null ? spec.preTokenVersion
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
    if (spec.customSenderKmsKey != null) {
      b.kmsKeyID(spec.customSenderKmsKey);
    }
    return b.build();
  }

  private SetUserPoolMfaConfigRequest mfaRequest(String id, GetUserPoolMfaConfigResponse current,
      SmsConfigurationType smsConfiguration) {
    Mfa mode = spec.mfa != null ? spec.mfa : switch (current.mfaConfigurationAsString() == null ? "OFF"
        : current.mfaConfigurationAsString()) {
      case "ON" -> Mfa.REQUIRED;
      case "OPTIONAL" -> Mfa.OPTIONAL;
      default -> Mfa.OFF;
    };
    SetUserPoolMfaConfigRequest.Builder b = SetUserPoolMfaConfigRequest.builder().userPoolId(id)
        .mfaConfiguration(mode.apiValue());
    if (mode == Mfa.OFF) {
      return b.build();
    }
    Set<MfaFactor> factors = spec.mfaFactors;
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
      SmsConfigurationType sms = smsConfiguration != null ? smsConfiguration
          : current.smsMfaConfiguration() == null ? null : current.smsMfaConfiguration().smsConfiguration();
      if (sms == null) {
        throw new IllegalArgumentException("mfaFactors SMS needs an SMS configuration: set sms(...) on the pool");
      }
      String message = spec.smsMfaMessage != null ? spec.smsMfaMessage : current.smsMfaConfiguration() == null
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

  private static List<FieldChange> mfaChanges(GetUserPoolMfaConfigResponse current, SetUserPoolMfaConfigRequest want) {
    List<FieldChange> changes = new ArrayList<>();
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
