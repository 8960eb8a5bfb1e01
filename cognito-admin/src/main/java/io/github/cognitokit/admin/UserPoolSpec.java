package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.PoolDesired;
import io.github.cognitokit.admin.internal.PoolReconciler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The desired settings of a user pool, found by name. Only the settings named here are converged; everything else
 * the pool has (Lambda triggers not named, tags not named, fields this library does not model) stays as it is.
 *
 * <pre>{@code
 * UserPool pool = admin.userPool("modelop")
 *     .signInWith(SignIn.USERNAME, SignIn.EMAIL)
 *     .requiredAttributes(StandardAttribute.NAME, StandardAttribute.EMAIL)
 *     .passwordPolicy(p -> p.minLength(12).requireSymbols(true))
 *     .mfa(Mfa.OFF).accountRecovery(AccountRecovery.EMAIL_ONLY).selfSignUp(false)
 *     .ensure();
 * }</pre>
 *
 * <p>Sign-in identifiers, case sensitivity and required standard attributes can only be set when the pool is
 * created; {@link #ensure()} fails with {@link CognitoAdminException.Reason#IMMUTABLE} if an existing pool differs.
 * Custom attributes are added when missing and never removed. New pools are admin-only sign-up unless
 * {@link #selfSignUp(boolean)} says otherwise. A spec is not thread-safe; build it on one thread.
 */
public final class UserPoolSpec {
  private final CognitoAdmin admin;
  private final String name;
  private List<SignIn> signIn;
  private Boolean caseSensitive;
  private Set<StandardAttribute> requiredAttributes;
  private final Map<String, CustomAttribute> customAttributes = new LinkedHashMap<>();
  private PasswordPolicy passwordPolicy;
  private Mfa mfa;
  private Set<MfaFactor> mfaFactors;
  private String smsMfaMessage;
  private AccountRecovery accountRecovery;
  private Boolean selfSignUp;
  private Set<StandardAttribute> autoVerified;
  private Set<StandardAttribute> keepOriginal;
  private String emailAccount;
  private String emailSourceArn;
  private String emailFrom;
  private String emailReplyTo;
  private String emailConfigurationSet;
  private boolean emailSet;
  private String verificationStyle;
  private String verificationSubject;
  private String verificationMessage;
  private String verificationSms;
  private String invitationSubject;
  private String invitationMessage;
  private String invitationSms;
  private String smsRoleArn;
  private String smsExternalId;
  private String smsRegion;
  private Boolean deviceChallengeOnNew;
  private Boolean deviceRememberOnPrompt;
  private boolean deviceTrackingOff;
  private final Map<LambdaTrigger, String> triggers = new EnumMap<>(LambdaTrigger.class);
  private final Set<LambdaTrigger> removedTriggers = EnumSet.noneOf(LambdaTrigger.class);
  private String preTokenVersion;
  private String customSenderKmsKey;
  private final Map<String, String> tags = new LinkedHashMap<>();
  private Boolean deletionProtection;
  private FeaturePlan featurePlan;
  private Set<SignInFactor> signInFactors;
  private PoolDesired.Passkeys passkeys;
  private ThreatProtection threatProtection;
  private final Map<LogEvents, String> logs = new EnumMap<>(LogEvents.class);
  private Boolean blockCompromisedCredentials;
  private List<RiskAction> adaptive;
  private List<String> blockedIpRanges;
  private List<String> skippedIpRanges;

  UserPoolSpec(CognitoAdmin admin, String name) {
    this.admin = admin;
    this.name = Args.text(name, "pool name");
    if (name.length() > 128) {
      throw new IllegalArgumentException("pool name must be at most 128 characters, was " + name.length());
    }
  }

  /**
   * Sets what users sign in with. Fixed at creation.
   *
   * @param identifiers {@link SignIn#USERNAME} and/or aliases, or e-mail/phone as the user name
   * @return this spec
   * @throws IllegalArgumentException if none is given, or {@link SignIn#PREFERRED_USERNAME} is used without
   *     {@link SignIn#USERNAME}
   */
  public UserPoolSpec signInWith(SignIn... identifiers) {
    if (identifiers == null || identifiers.length == 0) {
      throw new IllegalArgumentException("signInWith needs at least one identifier");
    }
    List<SignIn> list = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(identifiers)));
    if (list.contains(SignIn.PREFERRED_USERNAME) && !list.contains(SignIn.USERNAME)) {
      throw new IllegalArgumentException("signInWith PREFERRED_USERNAME needs USERNAME too");
    }
    this.signIn = list;
    return this;
  }

  /**
   * Sets whether user names are case-sensitive. Fixed at creation; Cognito recommends false.
   *
   * <p>Defaults differ by where a pool is made: a pool created through the API without this setting is
   * case-sensitive ({@code alice} and {@code Alice} are two users); the console creates case-insensitive pools.
   * Call {@code caseSensitive(false)} to get the console's pool.
   *
   * @param caseSensitive true for case-sensitive
   * @return this spec
   */
  public UserPoolSpec caseSensitive(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
    return this;
  }

  /**
   * Sets the standard attributes every user must have. Fixed at creation.
   *
   * @param attributes the attributes
   * @return this spec
   * @throws IllegalArgumentException if null is given
   */
  public UserPoolSpec requiredAttributes(StandardAttribute... attributes) {
    Args.notNull(attributes, "requiredAttributes");
    Set<StandardAttribute> set = EnumSet.noneOf(StandardAttribute.class);
    for (StandardAttribute a : attributes) {
      set.add(Args.notNull(a, "requiredAttributes entry"));
    }
    this.requiredAttributes = set;
    return this;
  }

  /**
   * Adds custom attributes; they are added to the pool if missing, never removed.
   *
   * @param attributes the attributes
   * @return this spec
   * @throws IllegalArgumentException if null, or two share a name with different definitions
   */
  public UserPoolSpec customAttributes(CustomAttribute... attributes) {
    Args.notNull(attributes, "customAttributes");
    for (CustomAttribute a : attributes) {
      Args.notNull(a, "customAttributes entry");
      CustomAttribute earlier = customAttributes.putIfAbsent(a.name(), a);
      if (earlier != null && !earlier.equals(a)) {
        throw new IllegalArgumentException("custom attribute " + a.name() + " is defined twice: " + earlier
            + " and " + a);
      }
    }
    if (customAttributes.size() > 50) {
      throw new IllegalArgumentException("a pool has at most 50 custom attributes, was " + customAttributes.size());
    }
    return this;
  }

  /**
   * Sets the password policy settings given; the others keep their current values.
   *
   * @param policy the policy
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec passwordPolicy(PasswordPolicy policy) {
    this.passwordPolicy = Args.notNull(policy, "passwordPolicy");
    return this;
  }

  /**
   * Sets the password policy with a builder.
   *
   * @param spec sets the policy
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec passwordPolicy(Consumer<PasswordPolicy.Builder> spec) {
    Args.notNull(spec, "passwordPolicy");
    PasswordPolicy.Builder b = PasswordPolicy.builder();
    spec.accept(b);
    return passwordPolicy(b.build());
  }

  /**
   * Sets whether MFA is off, optional or required ({@code SetUserPoolMfaConfig}). With MFA on and no factors named,
   * authenticator apps (TOTP) are enabled.
   *
   * @param mfa the mode
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec mfa(Mfa mfa) {
    this.mfa = Args.notNull(mfa, "mfa");
    return this;
  }

  /**
   * Sets the second factors offered when MFA is on.
   *
   * @param factors one or more factors
   * @return this spec
   * @throws IllegalArgumentException if none is given
   */
  public UserPoolSpec mfaFactors(MfaFactor... factors) {
    if (factors == null || factors.length == 0) {
      throw new IllegalArgumentException("mfaFactors needs at least one factor");
    }
    this.mfaFactors = EnumSet.copyOf(Arrays.asList(factors));
    return this;
  }

  /**
   * Sets the SMS text of MFA codes.
   *
   * @param message a text containing {@code {####}}
   * @return this spec
   * @throws IllegalArgumentException if it lacks {@code {####}}
   */
  public UserPoolSpec smsMfaMessage(String message) {
    this.smsMfaMessage = requireCode(message, "smsMfaMessage");
    return this;
  }

  /**
   * Sets how users recover their account.
   *
   * @param recovery the recovery option
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec accountRecovery(AccountRecovery recovery) {
    this.accountRecovery = Args.notNull(recovery, "accountRecovery");
    return this;
  }

  /**
   * Sets whether users may sign themselves up; false means only administrators create users.
   *
   * @param allowed true to allow self sign-up
   * @return this spec
   */
  public UserPoolSpec selfSignUp(boolean allowed) {
    this.selfSignUp = allowed;
    return this;
  }

  /**
   * Sets which attributes Cognito verifies by sending a code: e-mail and/or phone.
   *
   * @param attributes {@link StandardAttribute#EMAIL} and/or {@link StandardAttribute#PHONE_NUMBER}; none to turn
   *     verification off
   * @return this spec
   * @throws IllegalArgumentException for other attributes
   */
  public UserPoolSpec autoVerify(StandardAttribute... attributes) {
    this.autoVerified = emailOrPhone("autoVerify", attributes);
    return this;
  }

  /**
   * Keeps the old e-mail or phone active until the new one is verified.
   *
   * @param attributes {@link StandardAttribute#EMAIL} and/or {@link StandardAttribute#PHONE_NUMBER}; none to turn
   *     it off
   * @return this spec
   * @throws IllegalArgumentException for other attributes
   */
  public UserPoolSpec keepOriginalUntilVerified(StandardAttribute... attributes) {
    this.keepOriginal = emailOrPhone("keepOriginalUntilVerified", attributes);
    return this;
  }

  private static Set<StandardAttribute> emailOrPhone(String field, StandardAttribute... attributes) {
    Args.notNull(attributes, field);
    Set<StandardAttribute> set = EnumSet.noneOf(StandardAttribute.class);
    for (StandardAttribute a : attributes) {
      if (a != StandardAttribute.EMAIL && a != StandardAttribute.PHONE_NUMBER) {
        throw new IllegalArgumentException(field + " takes EMAIL and PHONE_NUMBER only, was " + a);
      }
      set.add(a);
    }
    return set;
  }

  /**
   * Sends e-mail with Cognito's own sender (about 50 e-mails a day).
   *
   * @param replyTo the reply-to address, or null
   * @return this spec
   */
  public UserPoolSpec emailFromCognito(String replyTo) {
    this.emailSet = true;
    this.emailAccount = "COGNITO_DEFAULT";
    this.emailSourceArn = null;
    this.emailFrom = null;
    this.emailReplyTo = replyTo;
    this.emailConfigurationSet = null;
    return this;
  }

  /**
   * Sends e-mail through Amazon SES.
   *
   * @param sourceArn the ARN of the verified SES identity
   * @param from the From address, such as {@code "My App <no-reply@example.com>"}, or null
   * @param replyTo the reply-to address, or null
   * @param configurationSet the SES configuration set, or null
   * @return this spec
   * @throws IllegalArgumentException if the source ARN is not an SES identity ARN
   */
  public UserPoolSpec emailFromSes(String sourceArn, String from, String replyTo, String configurationSet) {
    Args.text(sourceArn, "emailFromSes sourceArn");
    if (!sourceArn.startsWith("arn:") || !sourceArn.contains(":ses:")) {
      throw new IllegalArgumentException("emailFromSes sourceArn must be an SES identity ARN, was '" + sourceArn
          + "'");
    }
    this.emailSet = true;
    this.emailAccount = "DEVELOPER";
    this.emailSourceArn = sourceArn;
    this.emailFrom = from;
    this.emailReplyTo = replyTo;
    this.emailConfigurationSet = configurationSet;
    return this;
  }

  /**
   * Verifies with a code: the messages must contain {@code {####}}.
   *
   * @param emailSubject the e-mail subject
   * @param emailMessage the e-mail body, with {@code {####}}
   * @param smsMessage the SMS text, with {@code {####}}
   * @return this spec
   * @throws IllegalArgumentException if a message lacks {@code {####}}
   */
  public UserPoolSpec verificationByCode(String emailSubject, String emailMessage, String smsMessage) {
    this.verificationStyle = "CONFIRM_WITH_CODE";
    this.verificationSubject = Args.text(emailSubject, "verification emailSubject");
    this.verificationMessage = requireCode(emailMessage, "verification emailMessage");
    this.verificationSms = requireCode(smsMessage, "verification smsMessage");
    return this;
  }

  /**
   * Verifies with a link: the e-mail must contain {@code {##link text##}}.
   *
   * @param emailSubject the e-mail subject
   * @param emailMessage the e-mail body, with {@code {##Verify##}}
   * @return this spec
   * @throws IllegalArgumentException if the message lacks a {@code {##...##}} link
   */
  public UserPoolSpec verificationByLink(String emailSubject, String emailMessage) {
    Args.text(emailMessage, "verification emailMessage");
    if (!emailMessage.matches("(?s).*\\{##.+##}.*")) {
      throw new IllegalArgumentException("verification emailMessage must contain a {##link text##} placeholder");
    }
    this.verificationStyle = "CONFIRM_WITH_LINK";
    this.verificationSubject = Args.text(emailSubject, "verification emailSubject");
    this.verificationMessage = emailMessage;
    this.verificationSms = null;
    return this;
  }

  /**
   * Sets the invitation sent to users that administrators create: each text needs {@code {username}} and
   * {@code {####}} (the temporary password).
   *
   * @param emailSubject the e-mail subject
   * @param emailMessage the e-mail body
   * @param smsMessage the SMS text
   * @return this spec
   * @throws IllegalArgumentException if a text lacks {@code {username}} or {@code {####}}
   */
  public UserPoolSpec invitation(String emailSubject, String emailMessage, String smsMessage) {
    this.invitationSubject = Args.text(emailSubject, "invitation emailSubject");
    this.invitationMessage = requireInvite(emailMessage, "invitation emailMessage");
    this.invitationSms = requireInvite(smsMessage, "invitation smsMessage");
    return this;
  }

  private static String requireCode(String message, String field) {
    Args.text(message, field);
    if (!message.contains("{####}")) {
      throw new IllegalArgumentException(field + " must contain the code placeholder {####}");
    }
    return message;
  }

  private static String requireInvite(String message, String field) {
    requireCode(message, field);
    if (!message.contains("{username}")) {
      throw new IllegalArgumentException(field + " must contain the {username} placeholder");
    }
    return message;
  }

  /**
   * Sends SMS through Amazon SNS with this IAM role.
   *
   * @param snsCallerArn the role Cognito assumes
   * @param externalId the external id in the role's trust policy, or null
   * @param snsRegion the SNS region, or null for the pool's
   * @return this spec
   * @throws IllegalArgumentException if the ARN is not an IAM role ARN
   */
  public UserPoolSpec sms(String snsCallerArn, String externalId, String snsRegion) {
    Args.text(snsCallerArn, "sms snsCallerArn");
    if (!snsCallerArn.startsWith("arn:") || !snsCallerArn.contains(":iam::")) {
      throw new IllegalArgumentException("sms snsCallerArn must be an IAM role ARN, was '" + snsCallerArn + "'");
    }
    this.smsRoleArn = snsCallerArn;
    this.smsExternalId = externalId;
    this.smsRegion = snsRegion;
    return this;
  }

  /**
   * Switches device tracking on ({@code DeviceConfiguration}). Any call turns it on, whatever the flags: in the
   * console's terms, {@code deviceOnlyRememberedOnUserPrompt} true is "User opt-in", false is "Always". To switch it
   * off again ("Don't remember", the default of a new pool), use {@link #noDeviceTracking()}.
   *
   * @param challengeRequiredOnNewDevice ask for MFA on a new device
   * @param deviceOnlyRememberedOnUserPrompt remember devices only when the user agrees
   * @return this spec
   */
  public UserPoolSpec deviceTracking(boolean challengeRequiredOnNewDevice, boolean deviceOnlyRememberedOnUserPrompt) {
    this.deviceChallengeOnNew = challengeRequiredOnNewDevice;
    this.deviceRememberOnPrompt = deviceOnlyRememberedOnUserPrompt;
    this.deviceTrackingOff = false;
    return this;
  }

  /**
   * Switches device tracking off: the console's "Don't remember". Cognito has no flag for it; a pool without a
   * {@code DeviceConfiguration} does not remember devices, so the update is sent without one (and reported as a
   * change only if the pool has one). Undoes {@link #deviceTracking(boolean, boolean)}.
   *
   * @return this spec
   */
  public UserPoolSpec noDeviceTracking() {
    this.deviceChallengeOnNew = null;
    this.deviceRememberOnPrompt = null;
    this.deviceTrackingOff = true;
    return this;
  }

  /**
   * Sets a Lambda trigger; the pool's other triggers stay as they are.
   *
   * @param trigger the trigger
   * @param lambdaArn the function ARN
   * @return this spec
   * @throws IllegalArgumentException if the ARN is not a Lambda function ARN
   */
  public UserPoolSpec trigger(LambdaTrigger trigger, String lambdaArn) {
    Args.notNull(trigger, "trigger");
    Args.text(lambdaArn, "trigger " + trigger + " lambdaArn");
    if (!lambdaArn.startsWith("arn:") || !lambdaArn.contains(":lambda:")) {
      throw new IllegalArgumentException("trigger " + trigger + " needs a Lambda function ARN, was '" + lambdaArn
          + "'");
    }
    triggers.put(trigger, lambdaArn);
    removedTriggers.remove(trigger);
    return this;
  }

  /**
   * Removes a Lambda trigger explicitly.
   *
   * @param trigger the trigger
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec removeTrigger(LambdaTrigger trigger) {
    Args.notNull(trigger, "trigger");
    triggers.remove(trigger);
    removedTriggers.add(trigger);
    return this;
  }

  /**
   * Sets the pre-token-generation trigger with its event version ({@code V1_0}, {@code V2_0} or {@code V3_0}).
   *
   * @param lambdaArn the function ARN
   * @param version the event version
   * @return this spec
   * @throws IllegalArgumentException if the ARN or version is invalid
   */
  public UserPoolSpec preTokenGeneration(String lambdaArn, String version) {
    trigger(LambdaTrigger.PRE_TOKEN_GENERATION, lambdaArn);
    if (version == null || !version.matches("V[123]_0")) {
      throw new IllegalArgumentException("preTokenGeneration version must be V1_0, V2_0 or V3_0, was " + version);
    }
    this.preTokenVersion = version;
    return this;
  }

  /**
   * Sets the KMS key that custom e-mail and SMS sender triggers decrypt codes with.
   *
   * @param kmsKeyArn the key ARN
   * @return this spec
   * @throws IllegalArgumentException if it is not a KMS key ARN
   */
  public UserPoolSpec customSenderKmsKey(String kmsKeyArn) {
    Args.text(kmsKeyArn, "customSenderKmsKey");
    if (!kmsKeyArn.startsWith("arn:") || !kmsKeyArn.contains(":kms:")) {
      throw new IllegalArgumentException("customSenderKmsKey must be a KMS key ARN, was '" + kmsKeyArn + "'");
    }
    this.customSenderKmsKey = kmsKeyArn;
    return this;
  }

  /**
   * Sets a tag; other tags stay.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   * @throws IllegalArgumentException if the key is blank or the value null
   */
  public UserPoolSpec tag(String key, String value) {
    tags.put(Args.text(key, "tag key"), Args.notNull(value, "tag value"));
    return this;
  }

  /**
   * Turns deletion protection on or off.
   *
   * @param on true to protect the pool from deletion
   * @return this spec
   */
  public UserPoolSpec deletionProtection(boolean on) {
    this.deletionProtection = on;
    return this;
  }

  /**
   * Sets the feature plan.
   *
   * @param plan the plan
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public UserPoolSpec featurePlan(FeaturePlan plan) {
    this.featurePlan = Args.notNull(plan, "featurePlan");
    return this;
  }

  /**
   * Sets the first factors choice-based sign-in ({@code USER_AUTH}) offers: the pool's sign-in policy
   * ({@code Policies.SignInPolicy.AllowedFirstAuthFactors}). Factors other than the password need the Essentials or
   * Plus feature plan (checked before any call, against the plan the pool will have). Unset, the pool keeps its
   * policy (Cognito's default: password only).
   *
   * @param factors the allowed first factors; PASSWORD must be among them
   * @return this spec
   * @throws IllegalArgumentException if none is given or PASSWORD is missing
   */
  public UserPoolSpec signInFactors(SignInFactor... factors) {
    if (factors == null || factors.length == 0) {
      throw new IllegalArgumentException("signInFactors needs at least one factor");
    }
    Set<SignInFactor> set = EnumSet.noneOf(SignInFactor.class);
    for (SignInFactor f : factors) {
      set.add(Args.notNull(f, "signInFactors entry"));
    }
    if (!set.contains(SignInFactor.PASSWORD)) {
      throw new IllegalArgumentException("signInFactors must include PASSWORD (Cognito requires it), was " + set);
    }
    this.signInFactors = set;
    return this;
  }

  /**
   * Sets up passkeys: the relying party they are bound to (the domain users see when they create one, usually the
   * pool's custom domain or your app's) and whether the authenticator must verify the user (PIN, biometrics).
   * Sent with the pool's MFA configuration ({@code WebAuthnConfiguration}); offer passkeys with
   * {@link #signInFactors(SignInFactor...)} {@code WEB_AUTHN}.
   *
   * @param relyingPartyId the relying party id, a domain such as {@code auth.example.com}
   * @param requireUserVerification true for {@code required}, false for {@code preferred}
   * @return this spec
   * @throws IllegalArgumentException if the id is not a domain name
   */
  public UserPoolSpec passkeys(String relyingPartyId, boolean requireUserVerification) {
    Args.text(relyingPartyId, "relyingPartyId");
    if (!relyingPartyId.matches("[a-z0-9.-]+\\.[a-z]{2,}") && !"localhost".equals(relyingPartyId)) {
      throw new IllegalArgumentException("relyingPartyId must be a domain name such as auth.example.com, was '"
          + relyingPartyId + "'");
    }
    this.passkeys = new PoolDesired.Passkeys(relyingPartyId, requireUserVerification ? "required" : "preferred");
    return this;
  }

  /**
   * Exports user-pool activity ({@code SetLogDeliveryConfiguration}): e-mail and SMS delivery errors to a
   * CloudWatch Logs group, or sign-in activity with its risk assessment (Plus feature plan) to a log group, an S3
   * bucket or a Firehose stream. Sources not named keep their current destination.
   *
   * <pre>{@code
   * .logs(LogEvents.NOTIFICATION_ERRORS, "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/cognito/errors")
   * }</pre>
   *
   * @param events what to export
   * @param destinationArn a CloudWatch Logs group ({@code arn:aws:logs:...:log-group:...}), an S3 bucket
   *     ({@code arn:aws:s3:::...}) or a Firehose stream ({@code arn:aws:firehose:...:deliverystream/...})
   * @return this spec
   * @throws IllegalArgumentException if the ARN is none of these, or notification errors go elsewhere than CloudWatch
   *     Logs
   */
  public UserPoolSpec logs(LogEvents events, String destinationArn) {
    Args.notNull(events, "events");
    Args.text(destinationArn, "destinationArn");
    boolean logGroup = destinationArn.startsWith("arn:") && destinationArn.contains(":logs:")
        && destinationArn.contains(":log-group:");
    boolean bucket = destinationArn.startsWith("arn:") && destinationArn.contains(":s3:::");
    boolean stream = destinationArn.startsWith("arn:") && destinationArn.contains(":firehose:")
        && destinationArn.contains(":deliverystream/");
    if (!logGroup && !bucket && !stream) {
      throw new IllegalArgumentException("destinationArn must be a CloudWatch Logs group, S3 bucket or Firehose"
          + " stream ARN, was '" + destinationArn + "'");
    }
    if (events == LogEvents.NOTIFICATION_ERRORS && !logGroup) {
      throw new IllegalArgumentException("NOTIFICATION_ERRORS go to a CloudWatch Logs group only, was '"
          + destinationArn + "'");
    }
    logs.put(events, destinationArn);
    return this;
  }

  /**
   * Threat protection: what to do when a user signs in, signs up or changes the password with a password known to
   * be compromised. Needs the Plus feature plan and {@link #threatProtection(ThreatProtection)} AUDIT or ENFORCED
   * (checked before any call).
   *
   * @param block true to block it, false to only report it
   * @return this spec
   */
  public UserPoolSpec compromisedCredentials(boolean block) {
    this.blockCompromisedCredentials = block;
    return this;
  }

  /**
   * Threat protection's adaptive authentication: what to do with a sign-in it rates at low, medium and high risk.
   * Notification settings already on the pool are kept. Needs the Plus feature plan and
   * {@link #threatProtection(ThreatProtection)} AUDIT or ENFORCED (checked before any call).
   *
   * @param low the action at low risk
   * @param medium the action at medium risk
   * @param high the action at high risk
   * @return this spec
   * @throws IllegalArgumentException if one is null
   */
  public UserPoolSpec adaptiveAuthentication(RiskAction low, RiskAction medium, RiskAction high) {
    this.adaptive = List.of(Args.notNull(low, "low"), Args.notNull(medium, "medium"), Args.notNull(high, "high"));
    return this;
  }

  /**
   * Threat protection's IP exceptions: ranges always blocked and ranges never rated. Replaces both lists.
   *
   * @param alwaysBlock CIDR ranges to block, such as {@code 192.0.2.0/24}
   * @param neverRate CIDR ranges to skip, such as your office's
   * @return this spec
   * @throws IllegalArgumentException if a range is not CIDR notation
   */
  public UserPoolSpec ipExceptions(List<String> alwaysBlock, List<String> neverRate) {
    this.blockedIpRanges = cidrs(alwaysBlock, "alwaysBlock");
    this.skippedIpRanges = cidrs(neverRate, "neverRate");
    return this;
  }

  private static List<String> cidrs(List<String> ranges, String field) {
    Args.notNull(ranges, field);
    for (String r : ranges) {
      Args.text(r, field + " entry");
      if (!r.matches("[0-9a-fA-F:.]+/\\d{1,3}")) {
        throw new IllegalArgumentException(field + " entries must be CIDR ranges such as 192.0.2.0/24, was '" + r
            + "'");
      }
    }
    return List.copyOf(ranges);
  }

  /**
   * Sets threat protection ({@code UserPoolAddOns.AdvancedSecurityMode}). AUDIT and ENFORCED need the Plus feature
   * plan: checked before any call, against the plan the pool will have, with an error that says so.
   *
   * @param mode the mode
   * @return this spec
   * @throws IllegalArgumentException if it is null
   */
  public UserPoolSpec threatProtection(ThreatProtection mode) {
    this.threatProtection = Args.notNull(mode, "threatProtection");
    return this;
  }

  /**
   * Creates the pool, or converges an existing one with this name to the settings named.
   *
   * @return the pool, with {@link UserPool#report()} saying what was done
   * @throws IllegalArgumentException if the settings do not fit together (checked before any call)
   * @throws CognitoAdminException if Cognito refuses, two pools have this name, or an immutable setting differs
   */
  public UserPool ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would do, field by field, without writing anything.
   *
   * @return the planned change
   * @throws IllegalArgumentException if the settings do not fit together
   * @throws CognitoAdminException if Cognito cannot be read, or an immutable setting differs
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private UserPool reconcile(boolean dryRun) {
    PoolReconciler.Result r = PoolReconciler.ensureWithMfa(admin.gateway(), freeze(), dryRun);
    return new UserPool(admin, r.id(), name, r.report());
  }

  /** The spec as an immutable desired state; later changes to this spec do not affect it. */
  PoolDesired freeze() {
    return new PoolDesired(name, signIn, caseSensitive, requiredAttributes, List.copyOf(customAttributes.values()),
        passwordPolicy == null ? null : passwordPolicy.mergeInto(null), accountRecovery, selfSignUp,
        invitationMessage == null ? null : new PoolDesired.Message(null, invitationSubject, invitationMessage,
            invitationSms),
        autoVerified, keepOriginal,
        emailSet ? new PoolDesired.Email(emailAccount, emailSourceArn, emailFrom, emailReplyTo, emailConfigurationSet)
            : null,
        verificationStyle == null ? null : new PoolDesired.Message(verificationStyle, verificationSubject,
            verificationMessage, verificationSms),
        smsRoleArn == null ? null : new PoolDesired.Sms(smsRoleArn, smsExternalId, smsRegion), smsMfaMessage,
        deviceChallengeOnNew != null ? new PoolDesired.Devices(deviceChallengeOnNew, deviceRememberOnPrompt, false)
            : deviceTrackingOff ? PoolDesired.Devices.OFF : null,
        triggers, removedTriggers, preTokenVersion, customSenderKmsKey, tags, deletionProtection, featurePlan, mfa,
        mfaFactors, signInFactors, passkeys, threatProtection, logs,
        blockCompromisedCredentials == null && adaptive == null && blockedIpRanges == null && skippedIpRanges == null
            ? null : new PoolDesired.Risk(blockCompromisedCredentials, adaptive, blockedIpRanges, skippedIpRanges));
  }

  @Override
  public String toString() {
    return "UserPoolSpec{" + name + "}";
  }
}
