package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.ClientReconciler;
import io.github.cognitokit.admin.internal.Gateway;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogDeliveryConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageTemplateType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * Writes a pool file for a pool as Cognito describes it: each kind's describe turned into the keys the file reader
 * takes, so that reading the file back plans no change. Pure functions per kind plus one read of the pool.
 *
 * <p>Left out on purpose, and kept as they are by a later apply because the file does not name them: secrets (a
 * {@code ${NAME}} placeholder instead), the hosted UI logo and branding image assets (binary), and computed values.
 */
final class PoolFileExport {
  private PoolFileExport() {}

  /** Reads a pool and everything the file covers through the gateway. */
  static Map<String, Object> read(Gateway gateway, String poolName, boolean withUsers) {
    String resource = "user pool " + poolName;
    String id = gateway.findPoolId(poolName).orElseThrow(() -> new CognitoAdminException(
        CognitoAdminException.Reason.NOT_FOUND, "ListUserPools", resource, "no user pool has this name", null, null,
        null));
    UserPoolType pool = gateway.describeUserPool(resource, id);
    GetUserPoolMfaConfigResponse mfa = gateway.getUserPoolMfaConfig(resource, id);
    LogDeliveryConfigurationType logs = gateway.getLogDeliveryConfiguration(resource, id);
    String mode = pool.userPoolAddOns() == null ? "OFF" : pool.userPoolAddOns().advancedSecurityModeAsString();
    RiskConfigurationType risk = mode == null || mode.equals("OFF") ? null
        : gateway.describeRiskConfiguration(resource, id);
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("pool", pool(pool, mfa, logs, risk));
    String domainName = pool.customDomain() != null ? pool.customDomain() : pool.domain();
    Integer managedLogin = null;
    if (domainName != null && !domainName.isEmpty()) {
      Optional<DomainDescriptionType> d = gateway.describeUserPoolDomain("domain " + domainName, domainName);
      if (d.isPresent()) {
        managedLogin = d.get().managedLoginVersion();
        UICustomizationType ui = managedLogin != null && managedLogin == 2 ? null
            : gateway.getUiCustomization("domain " + domainName, id);
        file.put("domain", domain(d.get(), ui));
      }
    }
    List<Object> servers = new ArrayList<>();
    gateway.listResourceServers(resource, id).stream()
        .sorted(java.util.Comparator.comparing(ResourceServerType::identifier))
        .forEach(rs -> servers.add(resourceServer(rs)));
    putList(file, "resourceServers", servers);
    List<Object> providers = new ArrayList<>();
    for (String name : gateway.listIdentityProviders(resource, id).stream().sorted().toList()) {
      gateway.describeIdentityProvider("identity provider " + name, id, name)
          .ifPresent(p -> providers.add(provider(p)));
    }
    putList(file, "identityProviders", providers);
    List<Object> clients = new ArrayList<>();
    for (Map.Entry<String, List<String>> c : gateway.listClients(resource, id).entrySet()) {
      if (c.getValue().size() > 1) {
        throw new CognitoAdminException(CognitoAdminException.Reason.AMBIGUOUS, "ListUserPoolClients", resource,
            c.getValue().size() + " app clients are named " + c.getKey() + "; a pool file names each once", null,
            null, null);
      }
      String clientResource = "app client " + c.getKey() + " in " + poolName;
      UserPoolClientType client = gateway.describeUserPoolClient(clientResource, id, c.getValue().get(0));
      ManagedLoginBrandingType branding = managedLogin != null && managedLogin == 2
          ? gateway.describeManagedLoginBrandingByClient(clientResource, id, client.clientId()).orElse(null) : null;
      clients.add(client(client, branding));
    }
    putList(file, "clients", clients);
    List<Object> groups = new ArrayList<>();
    for (String g : gateway.listGroups(resource, id).stream().sorted().toList()) {
      gateway.getGroup("group " + g, id, g).ifPresent(t -> groups.add(group(t)));
    }
    putList(file, "groups", groups);
    if (withUsers) {
      // As provisioning keys users: by e-mail (or phone) where that is the user name, else by user name.
      String key = !pool.hasUsernameAttributes() || pool.usernameAttributesAsStrings().isEmpty() ? null
          : pool.usernameAttributesAsStrings().contains("email") ? "email" : "phone_number";
      List<Object> users = new ArrayList<>();
      String token = null;
      do {
        var page = gateway.listUsers(resource, id, null, token);
        for (UserType u : page.users()) {
          users.add(user(u, gateway.adminListGroupsForUser("user " + u.username(), id, u.username()), key));
        }
        token = page.paginationToken();
      } while (token != null && !token.isEmpty());
      putList(file, "users", users);
    }
    return file;
  }

  static String yaml(Map<String, Object> file) {
    DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
        .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).setSplitLines(false).build();
    return "# A Cognito Kit pool file (docs: README \"Describe a pool in a file\"; schema: cognito-kit schema).\n"
        + "# Secrets are ${NAME} placeholders: set those variables before plan or apply.\n"
        + new Dump(settings).dumpToString(file);
  }

  // ---- the pool

  static Map<String, Object> pool(UserPoolType p, GetUserPoolMfaConfigResponse mfa, LogDeliveryConfigurationType logs,
      RiskConfigurationType risk) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    List<String> signIn = new ArrayList<>();
    if (p.hasUsernameAttributes() && !p.usernameAttributesAsStrings().isEmpty()) {
      p.usernameAttributesAsStrings().forEach(a -> signIn.add(signIn(a)));
    } else {
      signIn.add(SignIn.USERNAME.name());
      if (p.hasAliasAttributes()) {
        p.aliasAttributesAsStrings().forEach(a -> signIn.add(signIn(a)));
      }
    }
    m.put("signIn", signIn);
    if (p.usernameConfiguration() != null && p.usernameConfiguration().caseSensitive() != null) {
      m.put("caseSensitive", p.usernameConfiguration().caseSensitive());
    }
    List<String> required = new ArrayList<>();
    List<Object> custom = new ArrayList<>();
    for (SchemaAttributeType a : p.schemaAttributes()) {
      if (a.name().startsWith("custom:")) {
        custom.add(customAttribute(a));
      } else if (Boolean.TRUE.equals(a.required()) && StandardAttribute.isStandard(a.name())
          && !a.name().equals("sub")) {
        required.add(a.name());
      }
    }
    m.put("requiredAttributes", required);
    putList(m, "customAttributes", custom);
    if (p.policies() != null && p.policies().passwordPolicy() != null) {
      m.put("passwordPolicy", passwordPolicy(p.policies().passwordPolicy()));
    }
    m.put("mfa", switch (mfa.mfaConfigurationAsString() == null ? "OFF" : mfa.mfaConfigurationAsString()) {
      case "ON" -> Mfa.REQUIRED.name();
      case "OPTIONAL" -> Mfa.OPTIONAL.name();
      default -> Mfa.OFF.name();
    });
    List<String> factors = new ArrayList<>();
    if (mfa.softwareTokenMfaConfiguration() != null
        && Boolean.TRUE.equals(mfa.softwareTokenMfaConfiguration().enabled())) {
      factors.add(MfaFactor.TOTP.name());
    }
    boolean sms = mfa.smsMfaConfiguration() != null && mfa.smsMfaConfiguration().smsConfiguration() != null;
    if (sms) {
      factors.add(MfaFactor.SMS.name());
    }
    if (mfa.emailMfaConfiguration() != null) {
      factors.add(MfaFactor.EMAIL.name());
    }
    if (!"OFF".equals(m.get("mfa"))) {
      m.put("mfaFactors", factors);
    }
    if (sms && mfa.smsMfaConfiguration().smsAuthenticationMessage() != null) {
      m.put("smsMfaMessage", mfa.smsMfaConfiguration().smsAuthenticationMessage());
    }
    if (p.accountRecoverySetting() != null && p.accountRecoverySetting().hasRecoveryMechanisms()) {
      List<String> mechanisms = p.accountRecoverySetting().recoveryMechanisms().stream()
          .sorted(java.util.Comparator.comparing(o -> o.priority())).map(o -> o.nameAsString()).toList();
      for (AccountRecovery r : AccountRecovery.values()) {
        if (r.mechanisms().equals(mechanisms)) {
          m.put("accountRecovery", r.name());
        }
      }
    }
    if (p.adminCreateUserConfig() != null && p.adminCreateUserConfig().allowAdminCreateUserOnly() != null) {
      m.put("selfSignUp", !p.adminCreateUserConfig().allowAdminCreateUserOnly());
    }
    m.put("autoVerify", p.hasAutoVerifiedAttributes() ? List.copyOf(p.autoVerifiedAttributesAsStrings()) : List.of());
    if (p.userAttributeUpdateSettings() != null) {
      m.put("keepOriginalUntilVerified", List.copyOf(p.userAttributeUpdateSettings()
          .attributesRequireVerificationBeforeUpdateAsStrings()));
    }
    if (p.emailConfiguration() != null && p.emailConfiguration().emailSendingAccountAsString() != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      boolean ses = "DEVELOPER".equals(p.emailConfiguration().emailSendingAccountAsString());
      e.put("account", ses ? "SES" : "COGNITO");
      putText(e, "replyTo", p.emailConfiguration().replyToEmailAddress());
      if (ses) {
        putText(e, "sourceArn", p.emailConfiguration().sourceArn());
        putText(e, "from", p.emailConfiguration().from());
        putText(e, "configurationSet", p.emailConfiguration().configurationSet());
      }
      m.put("email", e);
    }
    VerificationMessageTemplateType v = p.verificationMessageTemplate();
    if (v != null && v.defaultEmailOptionAsString() != null) {
      Map<String, Object> t = new LinkedHashMap<>();
      boolean link = "CONFIRM_WITH_LINK".equals(v.defaultEmailOptionAsString());
      t.put("style", link ? "LINK" : "CODE");
      putText(t, "emailSubject", link ? v.emailSubjectByLink() : v.emailSubject());
      putText(t, "emailMessage", link ? v.emailMessageByLink() : v.emailMessage());
      if (!link) {
        putText(t, "smsMessage", v.smsMessage());
      }
      if (t.size() > 1) {
        m.put("verification", t);
      }
    }
    MessageTemplateType invite = p.adminCreateUserConfig() == null ? null
        : p.adminCreateUserConfig().inviteMessageTemplate();
    if (invite != null && (invite.emailSubject() != null || invite.emailMessage() != null
        || invite.smsMessage() != null)) {
      Map<String, Object> t = new LinkedHashMap<>();
      putText(t, "emailSubject", invite.emailSubject());
      putText(t, "emailMessage", invite.emailMessage());
      putText(t, "smsMessage", invite.smsMessage());
      m.put("invitation", t);
    }
    if (p.smsConfiguration() != null && p.smsConfiguration().snsCallerArn() != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("snsCallerArn", p.smsConfiguration().snsCallerArn());
      putText(s, "externalId", p.smsConfiguration().externalId());
      putText(s, "snsRegion", p.smsConfiguration().snsRegion());
      m.put("sms", s);
    }
    if (p.deviceConfiguration() == null) {
      m.put("deviceTracking", false);
    } else {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("challengeRequiredOnNewDevice", Boolean.TRUE.equals(p.deviceConfiguration()
          .challengeRequiredOnNewDevice()));
      d.put("onlyRememberedOnUserPrompt", Boolean.TRUE.equals(p.deviceConfiguration()
          .deviceOnlyRememberedOnUserPrompt()));
      m.put("deviceTracking", d);
    }
    lambdas(m, p.lambdaConfig());
    if (p.hasUserPoolTags() && !p.userPoolTags().isEmpty()) {
      m.put("tags", new TreeMap<>(p.userPoolTags()));
    }
    if (p.deletionProtectionAsString() != null) {
      m.put("deletionProtection", "ACTIVE".equals(p.deletionProtectionAsString()));
    }
    if (p.userPoolTierAsString() != null) {
      m.put("featurePlan", p.userPoolTierAsString());
    }
    if (p.policies() != null && p.policies().signInPolicy() != null) {
      List<String> f = new ArrayList<>();
      for (String apiValue : p.policies().signInPolicy().allowedFirstAuthFactorsAsStrings()) {
        for (SignInFactor s : SignInFactor.values()) {
          if (s.apiValue().equals(apiValue)) {
            f.add(s.name());
          }
        }
      }
      m.put("signInFactors", f);
    }
    if (mfa.webAuthnConfiguration() != null && mfa.webAuthnConfiguration().relyingPartyId() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("relyingPartyId", mfa.webAuthnConfiguration().relyingPartyId());
      w.put("requireUserVerification", "required".equals(mfa.webAuthnConfiguration().userVerificationAsString()));
      m.put("passkeys", w);
    }
    String mode = p.userPoolAddOns() == null ? null : p.userPoolAddOns().advancedSecurityModeAsString();
    if (mode != null) {
      m.put("threatProtection", mode);
    }
    if (risk != null) {
      risk(m, risk);
    }
    if (logs != null && logs.hasLogConfigurations() && !logs.logConfigurations().isEmpty()) {
      Map<String, Object> l = new LinkedHashMap<>();
      for (LogConfigurationType c : logs.logConfigurations()) {
        String arn = c.cloudWatchLogsConfiguration() != null ? c.cloudWatchLogsConfiguration().logGroupArn()
            : c.s3Configuration() != null ? c.s3Configuration().bucketArn()
            : c.firehoseConfiguration() != null ? c.firehoseConfiguration().streamArn() : null;
        if (arn != null) {
          l.put(c.eventSourceAsString().equals("userNotification") ? LogEvents.NOTIFICATION_ERRORS.name()
              : LogEvents.USER_AUTH_EVENTS.name(), arn);
        }
      }
      if (!l.isEmpty()) {
        m.put("logs", l);
      }
    }
    return m;
  }

  private static String signIn(String attribute) {
    for (SignIn s : SignIn.values()) {
      if (s != SignIn.USERNAME && s.attribute().equals(attribute)) {
        return s.name();
      }
    }
    throw new IllegalStateException("a sign-in attribute this file cannot express: " + attribute);
  }

  private static Map<String, Object> customAttribute(SchemaAttributeType a) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", a.name().substring("custom:".length()));
    String type = a.attributeDataTypeAsString() == null ? "String" : a.attributeDataTypeAsString();
    c.put("type", type.toUpperCase(Locale.ROOT));
    if (a.numberAttributeConstraints() != null) {
      putInt(c, "min", a.numberAttributeConstraints().minValue());
      putInt(c, "max", a.numberAttributeConstraints().maxValue());
    }
    if (a.stringAttributeConstraints() != null) {
      putInt(c, "minLength", a.stringAttributeConstraints().minLength());
      putInt(c, "maxLength", a.stringAttributeConstraints().maxLength());
    }
    c.put("mutable", !Boolean.FALSE.equals(a.mutable()));
    return c;
  }

  private static Map<String, Object> passwordPolicy(PasswordPolicyType p) {
    Map<String, Object> m = new LinkedHashMap<>();
    putValue(m, "minLength", p.minimumLength());
    putValue(m, "requireLowercase", p.requireLowercase());
    putValue(m, "requireUppercase", p.requireUppercase());
    putValue(m, "requireNumbers", p.requireNumbers());
    putValue(m, "requireSymbols", p.requireSymbols());
    if (p.temporaryPasswordValidityDays() != null) {
      m.put("temporaryPasswordValidity", p.temporaryPasswordValidityDays() + "d");
    }
    if (p.passwordHistorySize() != null && p.passwordHistorySize() > 0) {
      m.put("passwordHistorySize", p.passwordHistorySize());
    }
    return m;
  }

  private static void lambdas(Map<String, Object> m, LambdaConfigType l) {
    if (l == null) {
      return;
    }
    Map<String, Object> t = new LinkedHashMap<>();
    putText(t, LambdaTrigger.PRE_SIGN_UP.name(), l.preSignUp());
    putText(t, LambdaTrigger.CUSTOM_MESSAGE.name(), l.customMessage());
    putText(t, LambdaTrigger.POST_CONFIRMATION.name(), l.postConfirmation());
    putText(t, LambdaTrigger.PRE_AUTHENTICATION.name(), l.preAuthentication());
    putText(t, LambdaTrigger.POST_AUTHENTICATION.name(), l.postAuthentication());
    putText(t, LambdaTrigger.DEFINE_AUTH_CHALLENGE.name(), l.defineAuthChallenge());
    putText(t, LambdaTrigger.CREATE_AUTH_CHALLENGE.name(), l.createAuthChallenge());
    putText(t, LambdaTrigger.VERIFY_AUTH_CHALLENGE_RESPONSE.name(), l.verifyAuthChallengeResponse());
    putText(t, LambdaTrigger.USER_MIGRATION.name(), l.userMigration());
    String preToken = l.preTokenGenerationConfig() != null ? l.preTokenGenerationConfig().lambdaArn()
        : l.preTokenGeneration();
    if (l.customEmailSender() != null) {
      putText(t, LambdaTrigger.CUSTOM_EMAIL_SENDER.name(), l.customEmailSender().lambdaArn());
    }
    if (l.customSMSSender() != null) {
      putText(t, LambdaTrigger.CUSTOM_SMS_SENDER.name(), l.customSMSSender().lambdaArn());
    }
    if (!t.isEmpty()) {
      m.put("triggers", t);
    }
    if (preToken != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("lambdaArn", preToken);
      p.put("version", l.preTokenGenerationConfig() != null
          && l.preTokenGenerationConfig().lambdaVersionAsString() != null
          ? l.preTokenGenerationConfig().lambdaVersionAsString() : "V1_0");
      m.put("preTokenGeneration", p);
    }
    putText(m, "customSenderKmsKey", l.kmsKeyID());
  }

  private static void risk(Map<String, Object> m, RiskConfigurationType r) {
    if (r.compromisedCredentialsRiskConfiguration() != null
        && r.compromisedCredentialsRiskConfiguration().actions() != null) {
      m.put("compromisedCredentials", Map.of("block", "BLOCK".equals(r.compromisedCredentialsRiskConfiguration()
          .actions().eventActionAsString())));
    }
    if (r.accountTakeoverRiskConfiguration() != null && r.accountTakeoverRiskConfiguration().actions() != null) {
      AccountTakeoverActionsType a = r.accountTakeoverRiskConfiguration().actions();
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("low", riskAction(a.lowAction()));
      t.put("medium", riskAction(a.mediumAction()));
      t.put("high", riskAction(a.highAction()));
      m.put("adaptiveAuthentication", t);
    }
    if (r.riskExceptionConfiguration() != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("alwaysBlock", List.copyOf(r.riskExceptionConfiguration().blockedIPRangeList()));
      e.put("neverBlock", List.copyOf(r.riskExceptionConfiguration().skippedIPRangeList()));
      m.put("ipExceptions", e);
    }
  }

  private static String riskAction(AccountTakeoverActionType a) {
    String api = a == null || a.eventActionAsString() == null ? "NO_ACTION" : a.eventActionAsString();
    for (RiskAction r : RiskAction.values()) {
      if (r.apiValue().equals(api)) {
        return r.name();
      }
    }
    return RiskAction.ALLOW.name();
  }

  // ---- the other resources

  static Map<String, Object> domain(DomainDescriptionType d, UICustomizationType ui) {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean custom = d.customDomainConfig() != null && d.customDomainConfig().certificateArn() != null;
    if (custom) {
      m.put("custom", d.domain());
      m.put("certificateArn", d.customDomainConfig().certificateArn());
    } else {
      m.put("prefix", d.domain());
    }
    if (d.managedLoginVersion() != null) {
      m.put("managedLoginVersion", d.managedLoginVersion());
    }
    if (ui != null && ui.css() != null && !ui.css().isBlank()) {
      m.put("uiCustomization", Map.of("css", ui.css()));
    }
    return m;
  }

  static Map<String, Object> resourceServer(ResourceServerType rs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("identifier", rs.identifier());
    m.put("name", rs.name());
    if (rs.hasScopes() && !rs.scopes().isEmpty()) {
      Map<String, Object> scopes = new LinkedHashMap<>();
      rs.scopes().forEach(s -> scopes.put(s.scopeName(), s.scopeDescription()));
      m.put("scopes", scopes);
    }
    return m;
  }

  static Map<String, Object> provider(IdentityProviderType p) {
    ProviderType type = ProviderType.fromApiValue(p.providerTypeAsString());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.providerName());
    m.put("type", type.name());
    Map<String, String> d = p.hasProviderDetails() ? p.providerDetails() : Map.of();
    String secretName = p.providerName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    if (type == ProviderType.SAML) {
      if (d.get("MetadataURL") != null) {
        m.put("metadataUrl", d.get("MetadataURL"));
      } else {
        putText(m, "metadata", d.get("MetadataFile"));
      }
      putBool(m, "signOut", d.get("IDPSignout"));
      putBool(m, "idpInitiated", d.get("IDPInit"));
      putBool(m, "encryptedResponses", d.get("EncryptedResponses"));
      if (d.get("RequestSigningAlgorithm") != null) {
        m.put("signRequests", true);
      }
    } else {
      putText(m, "clientId", d.get("client_id"));
      if (d.containsKey("client_secret")) {
        m.put("clientSecret", "${" + secretName + "_CLIENT_SECRET}");
      }
      if (type == ProviderType.OIDC) { // social providers describe their fixed issuer and endpoints too
        putText(m, "issuer", d.get("oidc_issuer"));
        putText(m, "attributesRequestMethod", d.get("attributes_request_method"));
      }
      if (type == ProviderType.OIDC && d.get("authorize_url") != null && d.get("token_url") != null
          && d.get("attributes_url") != null && d.get("jwks_uri") != null) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("authorize", d.get("authorize_url"));
        e.put("token", d.get("token_url"));
        e.put("userInfo", d.get("attributes_url"));
        e.put("jwks", d.get("jwks_uri"));
        m.put("endpoints", e);
      }
      if (d.get("authorize_scopes") != null) {
        m.put("scopes", List.of(d.get("authorize_scopes").trim().split("[ ,]+")));
      }
      putText(m, "apiVersion", d.get("api_version"));
      if (type == ProviderType.SIGN_IN_WITH_APPLE) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("teamId", d.get("team_id"));
        k.put("keyId", d.get("key_id"));
        k.put("privateKey", "${" + secretName + "_PRIVATE_KEY}");
        m.put("appleKey", k);
      }
    }
    if (p.hasAttributeMapping() && !p.attributeMapping().isEmpty()) {
      Map<String, Object> a = new TreeMap<>(p.attributeMapping());
      if (type != ProviderType.SAML && "sub".equals(a.get("username"))) {
        a.remove("username"); // Cognito's own mapping of every non-SAML provider
      }
      if (!a.isEmpty()) {
        m.put("attributes", a);
      }
    }
    if (!type.social() && p.hasIdpIdentifiers() && !p.idpIdentifiers().isEmpty()) {
      m.put("identifiers", List.copyOf(p.idpIdentifiers()));
    }
    return m;
  }

  static Map<String, Object> client(UserPoolClientType c, ManagedLoginBrandingType branding) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.clientName());
    m.put("secret", c.clientSecret() != null);
    if (c.hasExplicitAuthFlows()) {
      List<String> flows = new ArrayList<>();
      for (String api : c.explicitAuthFlowsAsStrings()) {
        for (AuthFlow f : AuthFlow.values()) {
          if (f.apiValue().equals(api)) {
            flows.add(f.name());
          }
        }
      }
      m.put("authFlows", flows);
    }
    if (c.hasAllowedOAuthFlows() && !c.allowedOAuthFlows().isEmpty()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("grants", c.allowedOAuthFlowsAsStrings().stream().map(f -> switch (f) {
        case "code" -> PoolFileBinder.Grant.CODE.name();
        case "implicit" -> PoolFileBinder.Grant.IMPLICIT.name();
        default -> PoolFileBinder.Grant.CLIENT_CREDENTIALS.name();
      }).toList());
      o.put("scopes", List.copyOf(c.allowedOAuthScopes()));
      putList(o, "callbackUrls", c.hasCallbackURLs() ? new ArrayList<>(c.callbackURLs()) : List.of());
      putList(o, "signOutUrls", c.hasLogoutURLs() ? new ArrayList<>(c.logoutURLs()) : List.of());
      putText(o, "defaultRedirectUrl", c.defaultRedirectURI());
      putList(o, "identityProviders", c.hasSupportedIdentityProviders()
          ? new ArrayList<>(c.supportedIdentityProviders()) : List.of());
      m.put("oauth", o);
    }
    var units = c.tokenValidityUnits();
    m.put("accessTokenValidity", text(ClientReconciler.duration(c.accessTokenValidity(),
        units == null ? null : units.accessToken(), Duration.ofMinutes(60), ChronoUnit.HOURS)));
    m.put("idTokenValidity", text(ClientReconciler.duration(c.idTokenValidity(),
        units == null ? null : units.idToken(), Duration.ofMinutes(60), ChronoUnit.HOURS)));
    m.put("refreshTokenValidity", text(ClientReconciler.duration(c.refreshTokenValidity(),
        units == null ? null : units.refreshToken(), Duration.ofDays(30), ChronoUnit.DAYS)));
    if (c.authSessionValidity() != null) {
      m.put("authSessionValidity", c.authSessionValidity() + "m");
    }
    if (c.refreshTokenRotation() != null && c.refreshTokenRotation().featureAsString() != null) {
      if ("ENABLED".equals(c.refreshTokenRotation().featureAsString())) {
        Integer grace = c.refreshTokenRotation().retryGracePeriodSeconds();
        m.put("refreshTokenRotation", Map.of("retryGracePeriod", (grace == null ? 0 : grace) + "s"));
      } else {
        m.put("refreshTokenRotation", false);
      }
    }
    putValue(m, "tokenRevocation", c.enableTokenRevocation());
    if (c.preventUserExistenceErrorsAsString() != null) {
      m.put("preventUserExistenceErrors", "ENABLED".equals(c.preventUserExistenceErrorsAsString()));
    }
    if (c.hasReadAttributes()) {
      m.put("readAttributes", List.copyOf(c.readAttributes()));
    }
    if (c.hasWriteAttributes()) {
      m.put("writeAttributes", List.copyOf(c.writeAttributes()));
    }
    if (branding != null) {
      if (Boolean.TRUE.equals(branding.useCognitoProvidedValues())) {
        m.put("branding", "default");
      } else if (branding.settings() != null) {
        m.put("branding", Map.of("settings", plain(branding.settings())));
      }
    }
    return m;
  }

  static Map<String, Object> group(GroupType g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", g.groupName());
    putText(m, "description", g.description());
    putValue(m, "precedence", g.precedence());
    putText(m, "roleArn", g.roleArn());
    return m;
  }

  static Map<String, Object> user(UserType u, List<String> groups, String usernameAttribute) {
    Map<String, Object> m = new LinkedHashMap<>();
    String name = u.username();
    for (AttributeType at : u.attributes()) {
      if (at.name().equals(usernameAttribute)) {
        name = at.value();
      }
    }
    m.put("username", name);
    Map<String, Object> a = new TreeMap<>();
    for (AttributeType at : u.attributes()) {
      if (!at.name().equals("sub")) {
        a.put(at.name(), at.value());
      }
    }
    if (!a.isEmpty()) {
      m.put("attributes", a);
    }
    m.put("groups", groups.stream().sorted().toList());
    m.put("enabled", !Boolean.FALSE.equals(u.enabled()));
    return m;
  }

  // ---- values

  private static String text(Duration d) {
    long s = d.getSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  private static Object plain(Document d) {
    if (d == null || d.isNull()) {
      return null;
    }
    if (d.isMap()) {
      Map<String, Object> m = new LinkedHashMap<>();
      d.asMap().forEach((k, v) -> m.put(k, plain(v)));
      return m;
    }
    if (d.isList()) {
      List<Object> l = new ArrayList<>();
      d.asList().forEach(v -> l.add(plain(v)));
      return l;
    }
    if (d.isBoolean()) {
      return d.asBoolean();
    }
    if (d.isNumber()) {
      SdkNumber n = d.asNumber();
      BigDecimal b = n.bigDecimalValue();
      return b.stripTrailingZeros().scale() <= 0 ? (Object) b.toBigInteger() : (Object) b.doubleValue();
    }
    return d.asString();
  }

  private static void putText(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isEmpty()) {
      m.put(key, value);
    }
  }

  private static void putValue(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  private static void putBool(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, Boolean.parseBoolean(value));
    }
  }

  private static void putInt(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isEmpty()) {
      m.put(key, Integer.parseInt(value));
    }
  }

  private static void putList(Map<String, Object> m, String key, List<?> list) {
    if (!list.isEmpty()) {
      m.put(key, list);
    }
  }
}
