package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.FileNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a pool file's values into the admin API's specs, one key at a time, so that each refused value is reported
 * at its line and column. Binding calls no Cognito operation.
 */
final class PoolFileBinder {
  static final String[] ROOT = {"pool", "domain", "resourceServers", "identityProviders", "clients", "groups",
      "users"};
  static final String[] POOL = {"name", "signIn", "caseSensitive", "requiredAttributes", "customAttributes",
      "passwordPolicy", "mfa", "mfaFactors", "smsMfaMessage", "accountRecovery", "selfSignUp", "autoVerify",
      "keepOriginalUntilVerified", "email", "verification", "invitation", "sms", "deviceTracking", "triggers",
      "preTokenGeneration", "customSenderKmsKey", "tags", "deletionProtection", "featurePlan", "signInFactors",
      "passkeys", "threatProtection", "compromisedCredentials", "adaptiveAuthentication", "ipExceptions", "logs"};
  static final String[] CLIENT = {"name", "secret", "authFlows", "oauth", "accessTokenValidity", "idTokenValidity",
      "refreshTokenValidity", "authSessionValidity", "refreshTokenRotation", "tokenRevocation",
      "preventUserExistenceErrors", "readAttributes", "writeAttributes", "branding"};
  static final String[] OAUTH = {"grants", "scopes", "callbackUrls", "signOutUrls", "defaultRedirectUrl",
      "identityProviders"};
  static final String[] PROVIDER = {"name", "type", "metadataUrl", "metadataFile", "metadata", "signOut",
      "idpInitiated", "encryptedResponses", "signRequests", "issuer", "endpoints", "attributesRequestMethod",
      "clientId", "clientSecret", "scopes", "apiVersion", "appleKey", "attributes", "identifiers"};
  static final String[] DOMAIN = {"prefix", "custom", "certificateArn", "managedLoginVersion", "uiCustomization"};
  static final String[] SERVER = {"identifier", "name", "scopes"};
  static final String[] GROUP = {"name", "description", "precedence", "roleArn"};
  static final String[] USER = {"username", "attributes", "groups", "enabled"};
  static final String[] BRANDING = {"settings", "settingsFile", "assets"};
  static final String[] ASSET = {"category", "colorMode", "extension", "file", "base64"};

  /** The OAuth grants, as the file names them. */
  enum Grant {
    CODE, IMPLICIT, CLIENT_CREDENTIALS
  }

  /** A client's spec and its branding, which needs the client to exist first. */
  record ClientEntry(String name, AppClientSpec spec, FileNode branding) {}

  /** Every spec but the pool's. */
  record Children(DomainSpec domain, List<ResourceServerSpec> servers, List<IdentityProviderSpec> providers,
      List<ClientEntry> clients, List<GroupSpec> groups, List<DesiredUser> users, FileNode usersNode) {}

  private final FileNode root;
  private final Path baseDir;

  PoolFileBinder(FileNode root, Path baseDir) {
    this.root = root.keys(ROOT);
    this.baseDir = baseDir;
  }

  String poolName() {
    return root.require("pool").keys(POOL).require("name").text();
  }

  UserPoolSpec pool(CognitoAdmin admin) {
    FileNode p = root.require("pool").keys(POOL);
    FileNode nameNode = p.require("name");
    UserPoolSpec s = nameNode.text().isBlank() ? null : admin.userPool(nameNode.text());
    if (s == null) {
      throw nameNode.error("must not be blank");
    }
    for (Map.Entry<String, FileNode> e : p.entries().entrySet()) {
      FileNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      switch (e.getKey()) {
        case "signIn" -> many(v, SignIn.class, SignIn[]::new, s::signInWith);
        case "caseSensitive" -> bool(v, s::caseSensitive);
        case "requiredAttributes" -> {
          StandardAttribute[] a = standard(v);
          v.apply(() -> s.requiredAttributes(a));
        }
        case "customAttributes" -> {
          List<CustomAttribute> list = new ArrayList<>();
          for (FileNode item : v.items()) {
            list.add(customAttribute(item));
          }
          v.apply(() -> s.customAttributes(list.toArray(CustomAttribute[]::new)));
        }
        case "passwordPolicy" -> passwordPolicy(s, v);
        case "mfa" -> one(v, Mfa.class, s::mfa);
        case "mfaFactors" -> many(v, MfaFactor.class, MfaFactor[]::new, s::mfaFactors);
        case "smsMfaMessage" -> text(v, s::smsMfaMessage);
        case "accountRecovery" -> one(v, AccountRecovery.class, s::accountRecovery);
        case "selfSignUp" -> bool(v, s::selfSignUp);
        case "autoVerify" -> {
          StandardAttribute[] a = standard(v);
          v.apply(() -> s.autoVerify(a));
        }
        case "keepOriginalUntilVerified" -> {
          StandardAttribute[] a = standard(v);
          v.apply(() -> s.keepOriginalUntilVerified(a));
        }
        case "email" -> email(s, v);
        case "verification" -> verification(s, v);
        case "invitation" -> {
          v.keys("emailSubject", "emailMessage", "smsMessage");
          String subject = optText(v, "emailSubject");
          String message = optText(v, "emailMessage");
          String sms = optText(v, "smsMessage");
          v.apply(() -> s.invitation(subject, message, sms));
        }
        case "sms" -> {
          v.keys("snsCallerArn", "externalId", "snsRegion");
          String arn = v.require("snsCallerArn").text();
          String id = optText(v, "externalId");
          String region = optText(v, "snsRegion");
          v.apply(() -> s.sms(arn, id, region));
        }
        case "deviceTracking" -> deviceTracking(s, v);
        case "triggers" -> {
          for (Map.Entry<String, FileNode> t : v.entries().entrySet()) {
            LambdaTrigger trigger = enumKey(t.getValue(), t.getKey(), LambdaTrigger.class);
            String arn = t.getValue().text();
            t.getValue().apply(() -> s.trigger(trigger, arn));
          }
        }
        case "preTokenGeneration" -> {
          v.keys("lambdaArn", "version");
          String arn = v.require("lambdaArn").text();
          String version = v.require("version").text();
          v.apply(() -> s.preTokenGeneration(arn, version));
        }
        case "customSenderKmsKey" -> text(v, s::customSenderKmsKey);
        case "tags" -> {
          for (Map.Entry<String, FileNode> t : v.entries().entrySet()) {
            String value = t.getValue().text();
            t.getValue().apply(() -> s.tag(t.getKey(), value));
          }
        }
        case "deletionProtection" -> bool(v, s::deletionProtection);
        case "featurePlan" -> one(v, FeaturePlan.class, s::featurePlan);
        case "signInFactors" -> many(v, SignInFactor.class, SignInFactor[]::new, s::signInFactors);
        case "passkeys" -> {
          v.keys("relyingPartyId", "requireUserVerification");
          String rp = v.require("relyingPartyId").text();
          FileNode uv = v.get("requireUserVerification");
          boolean require = uv != null && uv.bool();
          v.apply(() -> s.passkeys(rp, require));
        }
        case "threatProtection" -> one(v, ThreatProtection.class, s::threatProtection);
        case "compromisedCredentials" -> {
          v.keys("block");
          boolean block = v.require("block").bool();
          v.apply(() -> s.compromisedCredentials(block));
        }
        case "adaptiveAuthentication" -> {
          v.keys("low", "medium", "high");
          RiskAction low = v.require("low").enumValue(RiskAction.class);
          RiskAction medium = v.require("medium").enumValue(RiskAction.class);
          RiskAction high = v.require("high").enumValue(RiskAction.class);
          v.apply(() -> s.adaptiveAuthentication(low, medium, high));
        }
        case "ipExceptions" -> {
          v.keys("alwaysBlock", "neverBlock");
          List<String> block = v.get("alwaysBlock") == null ? List.of() : v.get("alwaysBlock").texts();
          List<String> never = v.get("neverBlock") == null ? List.of() : v.get("neverBlock").texts();
          v.apply(() -> s.ipExceptions(block, never));
        }
        case "logs" -> {
          for (Map.Entry<String, FileNode> t : v.entries().entrySet()) {
            LogEvents events = enumKey(t.getValue(), t.getKey(), LogEvents.class);
            String arn = t.getValue().text();
            t.getValue().apply(() -> s.logs(events, arn));
          }
        }
        default -> { } // name
      }
    }
    return s;
  }

  Children children(CognitoAdmin admin, UserPool pool) {
    DomainSpec domain = root.get("domain") == null ? null : domain(pool, root.get("domain"));
    if (domain != null) {
      call(root.get("domain"), domain::freeze);
    }
    List<ResourceServerSpec> servers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FileNode n : list("resourceServers")) {
      n.keys(SERVER);
      FileNode id = n.require("identifier");
      unique(seen, id, "resource server");
      ResourceServerSpec rs = call(id, () -> pool.resourceServer(id.text()));
      FileNode name = n.get("name");
      if (name != null) {
        String v = name.text();
        name.apply(() -> rs.name(v));
      }
      FileNode scopes = n.get("scopes");
      if (scopes != null) {
        for (Map.Entry<String, FileNode> e : scopes.entries().entrySet()) {
          String description = e.getValue().text();
          e.getValue().apply(() -> rs.scope(e.getKey(), description));
        }
      }
      call(n, rs::freeze);
      servers.add(rs);
    }
    List<IdentityProviderSpec> providers = new ArrayList<>();
    seen.clear();
    for (FileNode n : list("identityProviders")) {
      IdentityProviderSpec p = provider(pool, n, seen);
      call(n, p::freeze);
      providers.add(p);
    }
    List<ClientEntry> clients = new ArrayList<>();
    seen.clear();
    for (FileNode n : list("clients")) {
      n.keys(CLIENT);
      FileNode name = n.require("name");
      unique(seen, name, "app client");
      AppClientSpec c = call(name, () -> pool.client(name.text()));
      client(c, n);
      call(n, c::freeze);
      FileNode branding = n.get("branding");
      if (branding != null) {
        // Checked now, against a stand-in client; bound again once the client exists.
        BrandingSpec b = branding(pool, new AppClient(admin, pool, "placeholder", name.text(), null),
            branding);
        call(branding, b::freeze);
      }
      clients.add(new ClientEntry(name.text(), c, branding));
    }
    List<GroupSpec> groups = new ArrayList<>();
    seen.clear();
    for (FileNode n : list("groups")) {
      n.keys(GROUP);
      FileNode name = n.require("name");
      unique(seen, name, "group");
      GroupSpec g = call(name, () -> pool.group(name.text()));
      for (Map.Entry<String, FileNode> e : n.entries().entrySet()) {
        FileNode v = e.getValue();
        if (v.isNull()) {
          continue;
        }
        switch (e.getKey()) {
          case "description" -> text(v, g::description);
          case "precedence" -> integer(v, g::precedence);
          case "roleArn" -> text(v, g::roleArn);
          default -> { } // name
        }
      }
      call(n, g::freeze);
      groups.add(g);
    }
    List<DesiredUser> users = new ArrayList<>();
    seen.clear();
    for (FileNode n : list("users")) {
      n.keys(USER);
      FileNode name = n.require("username");
      unique(seen, name, "user");
      DesiredUser.Builder b = call(name, () -> DesiredUser.builder(name.text()));
      FileNode attributes = n.get("attributes");
      if (attributes != null) {
        for (Map.Entry<String, FileNode> e : attributes.entries().entrySet()) {
          String value = e.getValue().text();
          e.getValue().apply(() -> b.attribute(e.getKey(), value));
        }
      }
      FileNode g = n.get("groups");
      if (g != null) {
        List<String> names = g.texts();
        g.apply(() -> b.groups(names.toArray(String[]::new)));
      }
      FileNode enabled = n.get("enabled");
      if (enabled != null) {
        boolean e = enabled.bool();
        enabled.apply(() -> b.enabled(e));
      }
      users.add(call(n, b::build));
    }
    return new Children(domain, servers, providers, clients, groups, users, root.get("users"));
  }

  BrandingSpec branding(UserPool pool, AppClient client, FileNode n) {
    BrandingSpec b = pool.managedLoginBranding(client);
    if (n.isScalar()) {
      if (!"default".equals(n.text())) {
        throw n.error("expected default (Cognito's style) or a mapping with settings and assets");
      }
      b.cognitoDefaults();
      return b;
    }
    n.keys(BRANDING);
    FileNode settings = n.get("settings");
    FileNode settingsFile = n.get("settingsFile");
    if (settings != null && settingsFile != null) {
      throw n.error("settings and settingsFile exclude each other");
    }
    if (settings != null) {
      if (!settings.isMap()) {
        throw settings.error("expected a mapping (the branding editor's JSON document)");
      }
      String json = settings.toJson();
      settings.apply(() -> b.settings(json));
    } else if (settingsFile != null) {
      String json = new String(read(settingsFile), java.nio.charset.StandardCharsets.UTF_8);
      settingsFile.apply(() -> b.settings(json));
    }
    FileNode assets = n.get("assets");
    if (assets != null) {
      for (FileNode a : assets.items()) {
        a.keys(ASSET);
        String category = a.require("category").text();
        String mode = a.require("colorMode").text();
        String extension = a.require("extension").text();
        byte[] bytes = bytes(a, "file", "base64");
        a.apply(() -> b.asset(category, mode, extension, bytes));
      }
    }
    return b;
  }

  private IdentityProviderSpec provider(UserPool pool, FileNode n, Set<String> seen) {
    n.keys(PROVIDER);
    FileNode typeNode = n.require("type");
    ProviderType type = typeNode.enumValue(ProviderType.class);
    FileNode nameNode = n.get("name");
    IdentityProviderSpec p;
    if (type.social()) {
      if (nameNode != null && !type.apiValue().equals(nameNode.text())) {
        throw nameNode.error("a " + type + " provider is named " + type.apiValue() + " by Cognito; leave the name"
            + " out or write " + type.apiValue());
      }
      unique(seen, nameNode == null ? typeNode : nameNode, type.apiValue(), "identity provider");
      p = pool.socialProvider(type);
    } else {
      if (nameNode == null) {
        throw n.error("needs the key name");
      }
      unique(seen, nameNode, "identity provider");
      p = call(nameNode, () -> type == ProviderType.SAML ? pool.samlProvider(nameNode.text())
          : pool.oidcProvider(nameNode.text()));
    }
    for (Map.Entry<String, FileNode> e : n.entries().entrySet()) {
      FileNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      switch (e.getKey()) {
        case "metadataUrl" -> text(v, p::metadataUrl);
        case "metadataFile" -> {
          String xml = new String(read(v), java.nio.charset.StandardCharsets.UTF_8);
          v.apply(() -> p.metadataFile(xml));
        }
        case "metadata" -> text(v, p::metadataFile);
        case "signOut" -> bool(v, p::signOut);
        case "idpInitiated" -> bool(v, p::idpInitiated);
        case "encryptedResponses" -> bool(v, p::encryptedResponses);
        case "signRequests" -> {
          if (v.bool()) {
            v.apply(p::signRequests);
          }
        }
        case "issuer" -> text(v, p::issuer);
        case "endpoints" -> {
          v.keys("authorize", "token", "userInfo", "jwks");
          String a = v.require("authorize").text();
          String t = v.require("token").text();
          String u = v.require("userInfo").text();
          String j = v.require("jwks").text();
          v.apply(() -> p.endpoints(a, t, u, j));
        }
        case "attributesRequestMethod" -> {
          String m = v.text();
          if (!m.equals("GET") && !m.equals("POST")) {
            throw v.error("expected GET or POST, found " + m);
          }
          v.apply(() -> p.attributesRequestByPost(m.equals("POST")));
        }
        case "clientId" -> text(v, p::clientId);
        case "clientSecret" -> text(v, p::clientSecret);
        case "scopes" -> texts(v, p::scopes);
        case "apiVersion" -> text(v, p::apiVersion);
        case "appleKey" -> {
          v.keys("teamId", "keyId", "privateKey");
          String team = v.require("teamId").text();
          String key = v.require("keyId").text();
          String pem = v.require("privateKey").text();
          v.apply(() -> p.appleKey(team, key, pem));
        }
        case "attributes" -> {
          for (Map.Entry<String, FileNode> a : v.entries().entrySet()) {
            String provider = a.getValue().text();
            a.getValue().apply(() -> p.attribute(a.getKey(), provider));
          }
        }
        case "identifiers" -> texts(v, p::identifiers);
        default -> { } // name, type
      }
    }
    return p;
  }

  private void client(AppClientSpec c, FileNode n) {
    for (Map.Entry<String, FileNode> e : n.entries().entrySet()) {
      FileNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      switch (e.getKey()) {
        case "secret" -> {
          boolean secret = v.bool();
          v.apply(() -> {
            if (secret) {
              c.confidential();
            } else {
              c.publicClient();
            }
          });
        }
        case "authFlows" -> many(v, AuthFlow.class, AuthFlow[]::new, c::authFlows);
        case "oauth" -> oauth(c, v);
        case "accessTokenValidity" -> duration(v, c::accessTokenValidity);
        case "idTokenValidity" -> duration(v, c::idTokenValidity);
        case "refreshTokenValidity" -> duration(v, c::refreshTokenValidity);
        case "authSessionValidity" -> duration(v, c::authSessionValidity);
        case "refreshTokenRotation" -> {
          if (v.isScalar()) {
            if (v.bool()) {
              throw v.error("expected false, or a mapping with retryGracePeriod");
            }
            v.apply(c::noRefreshTokenRotation);
          } else {
            v.keys("retryGracePeriod");
            FileNode g = v.get("retryGracePeriod");
            java.time.Duration grace = g == null ? java.time.Duration.ZERO : g.duration();
            v.apply(() -> c.refreshTokenRotation(grace));
          }
        }
        case "tokenRevocation" -> bool(v, c::tokenRevocation);
        case "preventUserExistenceErrors" -> bool(v, c::preventUserExistenceErrors);
        case "readAttributes" -> texts(v, c::readAttributes);
        case "writeAttributes" -> texts(v, c::writeAttributes);
        default -> { } // name, branding
      }
    }
  }

  private void oauth(AppClientSpec c, FileNode v) {
    v.keys(OAUTH);
    List<Grant> grants = v.require("grants").enumValues(Grant.class);
    List<Scope> scopes = new ArrayList<>();
    FileNode scopeNode = v.get("scopes");
    if (scopeNode != null) {
      for (FileNode s : scopeNode.items()) {
        String value = s.text();
        scopes.add(call(s, () -> Scope.parse(value)));
      }
    }
    List<String> callbacks = optTexts(v, "callbackUrls");
    List<String> signOut = optTexts(v, "signOutUrls");
    String defaultRedirect = optText(v, "defaultRedirectUrl");
    List<String> idps = optTexts(v, "identityProviders");
    v.apply(() -> c.oauth(o -> {
      for (Grant g : grants) {
        switch (g) {
          case CODE -> o.authorizationCodeGrant();
          case IMPLICIT -> o.implicitGrant();
          default -> o.clientCredentials();
        }
      }
      o.scopes(scopes.toArray(Scope[]::new));
      if (!callbacks.isEmpty()) {
        o.callbackUrls(callbacks.toArray(String[]::new));
      }
      if (!signOut.isEmpty()) {
        o.signOutUrls(signOut.toArray(String[]::new));
      }
      if (defaultRedirect != null) {
        o.defaultRedirectUrl(defaultRedirect);
      }
      if (!idps.isEmpty()) {
        o.identityProviders(idps.toArray(String[]::new));
      }
    }));
  }

  private DomainSpec domain(UserPool pool, FileNode n) {
    n.keys(DOMAIN);
    FileNode prefix = n.get("prefix");
    FileNode custom = n.get("custom");
    if ((prefix == null) == (custom == null)) {
      throw n.error("needs exactly one of prefix (https://{prefix}.auth.{region}.amazoncognito.com) and custom");
    }
    DomainSpec d;
    if (prefix != null) {
      if (n.get("certificateArn") != null) {
        throw n.get("certificateArn").error("a prefix domain has no certificate; use custom with certificateArn");
      }
      d = call(prefix, () -> pool.domain(prefix.text()));
    } else {
      String cert = n.require("certificateArn").text();
      d = call(custom, () -> pool.customDomain(custom.text(), cert));
    }
    FileNode version = n.get("managedLoginVersion");
    if (version != null) {
      int v = version.integer();
      version.apply(() -> d.managedLoginVersion(v));
    }
    FileNode ui = n.get("uiCustomization");
    if (ui != null) {
      ui.keys("css", "cssFile", "logoFile", "logo");
      if (ui.get("css") != null && ui.get("cssFile") != null) {
        throw ui.error("css and cssFile exclude each other");
      }
      String css = ui.get("css") != null ? ui.get("css").text() : ui.get("cssFile") != null
          ? new String(read(ui.get("cssFile")), java.nio.charset.StandardCharsets.UTF_8) : null;
      byte[] logo = ui.get("logoFile") == null && ui.get("logo") == null ? null : bytes(ui, "logoFile", "logo");
      ui.apply(() -> d.uiCustomization(css, logo));
    }
    return d;
  }

  private static void passwordPolicy(UserPoolSpec s, FileNode v) {
    v.keys("minLength", "requireLowercase", "requireUppercase", "requireNumbers", "requireSymbols",
        "temporaryPasswordValidity", "passwordHistorySize");
    PasswordPolicy.Builder b = PasswordPolicy.builder();
    for (Map.Entry<String, FileNode> e : v.entries().entrySet()) {
      FileNode n = e.getValue();
      if (n.isNull()) {
        continue;
      }
      switch (e.getKey()) {
        case "minLength" -> integer(n, b::minLength);
        case "requireLowercase" -> bool(n, b::requireLowercase);
        case "requireUppercase" -> bool(n, b::requireUppercase);
        case "requireNumbers" -> bool(n, b::requireNumbers);
        case "requireSymbols" -> bool(n, b::requireSymbols);
        case "temporaryPasswordValidity" -> duration(n, b::temporaryPasswordValidity);
        default -> {
          int i = n.integer();
          n.apply(() -> b.passwordHistorySize(i));
        }
      }
    }
    PasswordPolicy policy = call(v, b::build);
    v.apply(() -> s.passwordPolicy(policy));
  }

  private static void email(UserPoolSpec s, FileNode v) {
    v.keys("account", "replyTo", "sourceArn", "from", "configurationSet");
    String account = v.require("account").text();
    String replyTo = optText(v, "replyTo");
    switch (account) {
      case "COGNITO" -> {
        for (String k : new String[] {"sourceArn", "from", "configurationSet"}) {
          if (v.get(k) != null) {
            throw v.get(k).error("applies to account SES only");
          }
        }
        v.apply(() -> s.emailFromCognito(replyTo));
      }
      case "SES" -> {
        String arn = v.require("sourceArn").text();
        String from = optText(v, "from");
        String set = optText(v, "configurationSet");
        v.apply(() -> s.emailFromSes(arn, from, replyTo, set));
      }
      default -> throw v.require("account").error("expected COGNITO or SES, found " + account);
    }
  }

  private static void verification(UserPoolSpec s, FileNode v) {
    v.keys("style", "emailSubject", "emailMessage", "smsMessage");
    String style = v.require("style").text();
    String subject = optText(v, "emailSubject");
    String message = optText(v, "emailMessage");
    switch (style) {
      case "CODE" -> {
        String sms = optText(v, "smsMessage");
        v.apply(() -> s.verificationByCode(subject, message, sms));
      }
      case "LINK" -> {
        if (v.get("smsMessage") != null) {
          throw v.get("smsMessage").error("applies to style CODE only");
        }
        v.apply(() -> s.verificationByLink(subject, message));
      }
      default -> throw v.require("style").error("expected CODE or LINK, found " + style);
    }
  }

  private static void deviceTracking(UserPoolSpec s, FileNode v) {
    if (v.isScalar()) {
      if (v.bool()) {
        throw v.error("expected false, or a mapping with challengeRequiredOnNewDevice and"
            + " onlyRememberedOnUserPrompt");
      }
      v.apply(s::noDeviceTracking);
      return;
    }
    v.keys("challengeRequiredOnNewDevice", "onlyRememberedOnUserPrompt");
    boolean challenge = v.require("challengeRequiredOnNewDevice").bool();
    boolean prompt = v.require("onlyRememberedOnUserPrompt").bool();
    v.apply(() -> s.deviceTracking(challenge, prompt));
  }

  private static CustomAttribute customAttribute(FileNode n) {
    n.keys("name", "type", "min", "max", "minLength", "maxLength", "mutable");
    String name = n.require("name").text();
    CustomAttribute.Type type = n.require("type").enumValue(CustomAttribute.Type.class);
    CustomAttribute a = call(n.require("name"), () -> switch (type) {
      case STRING -> CustomAttribute.string(name);
      case NUMBER -> CustomAttribute.number(name);
      case BOOLEAN -> CustomAttribute.bool(name);
      default -> CustomAttribute.dateTime(name);
    });
    for (String k : new String[] {"min", "max", "minLength", "maxLength"}) {
      FileNode limit = n.get(k);
      if (limit != null) {
        int i = limit.integer();
        CustomAttribute before = a;
        a = call(limit, () -> switch (k) {
          case "min" -> before.min(i);
          case "max" -> before.max(i);
          case "minLength" -> before.minLength(i);
          default -> before.maxLength(i);
        });
      }
    }
    FileNode mutable = n.get("mutable");
    if (mutable != null && !mutable.bool()) {
      a = a.immutable();
    }
    return a;
  }

  private static StandardAttribute[] standard(FileNode v) {
    List<StandardAttribute> list = new ArrayList<>();
    for (FileNode item : v.items()) {
      String name = item.text();
      StandardAttribute found = null;
      for (StandardAttribute a : StandardAttribute.values()) {
        if (a.attributeName().equals(name)) {
          found = a;
        }
      }
      if (found == null) {
        throw item.error("not a standard attribute: " + name + " (use Cognito's names, such as email or given_name)");
      }
      list.add(found);
    }
    return list.toArray(StandardAttribute[]::new);
  }

  // ---- one key, one setter: read the value with its type, then set it, errors at the value

  private static void bool(FileNode v, java.util.function.Consumer<Boolean> setter) {
    boolean b = v.bool();
    v.apply(() -> setter.accept(b));
  }

  private static void text(FileNode v, java.util.function.Consumer<String> setter) {
    String t = v.text();
    v.apply(() -> setter.accept(t));
  }

  private static void integer(FileNode v, java.util.function.IntConsumer setter) {
    int i = v.integer();
    v.apply(() -> setter.accept(i));
  }

  private static void duration(FileNode v, java.util.function.Consumer<java.time.Duration> setter) {
    java.time.Duration d = v.duration();
    v.apply(() -> setter.accept(d));
  }

  private static void texts(FileNode v, java.util.function.Consumer<String[]> setter) {
    String[] t = v.texts().toArray(String[]::new);
    v.apply(() -> setter.accept(t));
  }

  private static <E extends Enum<E>> void one(FileNode v, Class<E> type, java.util.function.Consumer<E> setter) {
    E e = v.enumValue(type);
    v.apply(() -> setter.accept(e));
  }

  private static <E extends Enum<E>> void many(FileNode v, Class<E> type, java.util.function.IntFunction<E[]> array,
      java.util.function.Consumer<E[]> setter) {
    E[] values = v.enumValues(type).toArray(array);
    v.apply(() -> setter.accept(values));
  }

  private static <E extends Enum<E>> E enumKey(FileNode at, String key, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw at.error("unknown key " + key + "; one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }

  private byte[] bytes(FileNode n, String fileKey, String base64Key) {
    FileNode file = n.get(fileKey);
    FileNode inline = n.get(base64Key);
    if ((file == null) == (inline == null)) {
      throw n.error("needs exactly one of " + fileKey + " and " + base64Key);
    }
    if (file != null) {
      return read(file);
    }
    try {
      return Base64.getMimeDecoder().decode(inline.text());
    } catch (IllegalArgumentException e) {
      throw inline.error("not base64: " + e.getMessage());
    }
  }

  private byte[] read(FileNode n) {
    String name = n.text();
    Path p = Path.of(name);
    if (!p.isAbsolute()) {
      if (baseDir == null) {
        throw n.error("a relative file name needs the pool file's directory; read the pool file from a path");
      }
      p = baseDir.resolve(p);
    }
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw n.error("cannot read " + p + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : e.getMessage()));
    }
  }

  private List<FileNode> list(String key) {
    FileNode n = root.get(key);
    return n == null ? List.of() : n.items();
  }

  private static void unique(Set<String> seen, FileNode name, String kind) {
    unique(seen, name, name.text(), kind);
  }

  private static void unique(Set<String> seen, FileNode at, String name, String kind) {
    if (!seen.add(name)) {
      throw at.error("a second " + kind + " named " + name);
    }
  }

  private static String optText(FileNode v, String key) {
    FileNode n = v.get(key);
    return n == null ? null : n.text();
  }

  private static List<String> optTexts(FileNode v, String key) {
    FileNode n = v.get(key);
    return n == null ? List.of() : n.texts();
  }

  private static <T> T call(FileNode at, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (PoolFileException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw at.error(e.getMessage());
    }
  }
}
