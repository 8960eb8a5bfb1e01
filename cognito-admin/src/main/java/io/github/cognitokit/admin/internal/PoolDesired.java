package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.AccountRecovery;
import io.github.cognitokit.admin.CustomAttribute;
import io.github.cognitokit.admin.FeaturePlan;
import io.github.cognitokit.admin.LambdaTrigger;
import io.github.cognitokit.admin.LogEvents;
import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.MfaFactor;
import io.github.cognitokit.admin.RiskAction;
import io.github.cognitokit.admin.SignIn;
import io.github.cognitokit.admin.SignInFactor;
import io.github.cognitokit.admin.StandardAttribute;
import io.github.cognitokit.admin.ThreatProtection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

/**
 * A user pool as a spec wants it, frozen at {@code ensure()}: each setting is null (or empty) when the spec leaves
 * it as Cognito has it. The settings Cognito fixes at
 * creation are declared once, in {@code PoolReconciler.CREATION_ONLY}.
 *
 * @param name the pool name
 * @param signIn how users sign in, or null
 * @param caseSensitive whether user names are case sensitive, or null
 * @param requiredAttributes the standard attributes required at sign-up, or null
 * @param customAttributes the custom attributes (added when missing)
 * @param passwordPolicy the password policy fields the spec sets (the others null), or null
 * @param accountRecovery the recovery mechanisms, or null
 * @param selfSignUp whether users may sign up themselves, or null
 * @param invitation the invitation message, or null
 * @param autoVerified the attributes Cognito verifies by sending a code, or null
 * @param keepOriginal the attributes kept until their new value is verified, or null
 * @param email how e-mail is sent, or null
 * @param verification the verification message, or null
 * @param sms the SMS role, or null
 * @param smsMfaMessage the SMS MFA message, or null
 * @param devices device tracking, {@link Devices#OFF}, or null
 * @param triggers the Lambda triggers to set
 * @param removedTriggers the Lambda triggers to remove
 * @param preTokenVersion the pre-token-generation event version, or null
 * @param customSenderKmsKey the KMS key of custom sender triggers, or null
 * @param tags the tags to set (others kept)
 * @param deletionProtection whether deletion protection is on, or null
 * @param featurePlan the feature plan, or null
 * @param mfa the MFA mode, or null
 * @param mfaFactors the MFA factors, or null
 * @param signInFactors the allowed first factors of choice-based sign-in, or null
 * @param passkeys the WebAuthn relying party, or null
 * @param threatProtection the threat protection mode, or null
 * @param logs where each event source's logs go (sources not named keep theirs)
 * @param risk threat protection's risk configuration, or null
 */
public record PoolDesired(String name, List<SignIn> signIn, Boolean caseSensitive,
    Set<StandardAttribute> requiredAttributes, List<CustomAttribute> customAttributes,
    PasswordPolicyType passwordPolicy, AccountRecovery accountRecovery, Boolean selfSignUp, Message invitation,
    Set<StandardAttribute> autoVerified, Set<StandardAttribute> keepOriginal, Email email, Message verification,
    Sms sms, String smsMfaMessage, Devices devices, Map<LambdaTrigger, String> triggers,
    Set<LambdaTrigger> removedTriggers, String preTokenVersion, String customSenderKmsKey, Map<String, String> tags,
    Boolean deletionProtection, FeaturePlan featurePlan, Mfa mfa, Set<MfaFactor> mfaFactors,
    Set<SignInFactor> signInFactors, Passkeys passkeys, ThreatProtection threatProtection,
    Map<LogEvents, String> logs, Risk risk) {

  /**
   * Freezes the collections.
   */
  public PoolDesired {
    signIn = signIn == null ? null : List.copyOf(signIn);
    requiredAttributes = requiredAttributes == null ? null : Set.copyOf(requiredAttributes);
    customAttributes = List.copyOf(customAttributes);
    autoVerified = autoVerified == null ? null : Set.copyOf(autoVerified);
    keepOriginal = keepOriginal == null ? null : Set.copyOf(keepOriginal);
    triggers = Map.copyOf(triggers);
    removedTriggers = Set.copyOf(removedTriggers);
    tags = Map.copyOf(tags);
    mfaFactors = mfaFactors == null ? null : Set.copyOf(mfaFactors);
    signInFactors = signInFactors == null ? null : Set.copyOf(signInFactors);
    logs = Map.copyOf(logs);
  }

  /**
   * Tells whether the spec sets anything of the pool's MFA configuration.
   *
   * @return true if MFA is to be converged
   */
  public boolean touchesMfa() {
    return mfa != null || smsMfaMessage != null || passkeys != null;
  }

  /**
   * Passkeys' relying party, set with the pool's MFA configuration.
   *
   * @param relyingPartyId the domain passkeys are bound to
   * @param userVerification {@code required} or {@code preferred}
   */
  public record Passkeys(String relyingPartyId, String userVerification) {}

  /**
   * Threat protection's risk configuration; null parts keep their current values.
   *
   * @param blockCompromisedCredentials block (true) or only report (false) compromised passwords, or null
   * @param adaptive actions for low, medium and high risk, or null
   * @param blockedIpRanges ranges always blocked, or null
   * @param skippedIpRanges ranges never rated, or null
   */
  public record Risk(Boolean blockCompromisedCredentials, List<RiskAction> adaptive, List<String> blockedIpRanges,
      List<String> skippedIpRanges) {}

  /**
   * A message template.
   *
   * @param style {@code CONFIRM_WITH_CODE} or {@code CONFIRM_WITH_LINK} for verification; null for invitations
   * @param subject the e-mail subject
   * @param emailMessage the e-mail message
   * @param smsMessage the SMS message, or null
   */
  public record Message(String style, String subject, String emailMessage, String smsMessage) {}

  /**
   * How the pool sends e-mail.
   *
   * @param account {@code COGNITO_DEFAULT} or {@code DEVELOPER}
   * @param sourceArn the SES identity, or null
   * @param from the sender, or null
   * @param replyTo the reply-to address, or null
   * @param configurationSet the SES configuration set, or null
   */
  public record Email(String account, String sourceArn, String from, String replyTo, String configurationSet) {
    /**
     * Tells whether e-mail goes through the user's SES identity.
     *
     * @return true for {@code DEVELOPER}
     */
    public boolean throughSes() {
      return "DEVELOPER".equals(account);
    }
  }

  /**
   * The pool's SMS role.
   *
   * @param snsCallerArn the IAM role Cognito assumes to send SMS
   * @param externalId the external id, or null
   * @param snsRegion the SNS region, or null
   */
  public record Sms(String snsCallerArn, String externalId, String snsRegion) {}

  /**
   * Device tracking.
   *
   * @param challengeRequiredOnNewDevice whether a new device needs MFA
   * @param onlyRememberedOnUserPrompt whether the user chooses to remember a device
   * @param off true for "devices are not remembered"
   */
  public record Devices(boolean challengeRequiredOnNewDevice, boolean onlyRememberedOnUserPrompt, boolean off) {
    /** Devices are not remembered. */
    public static final Devices OFF = new Devices(false, false, true);
  }
}
