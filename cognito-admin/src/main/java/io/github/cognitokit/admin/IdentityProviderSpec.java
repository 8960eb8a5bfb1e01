package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.IdentityProviderDesired;
import io.github.cognitokit.admin.internal.IdentityProviderReconciler;
import io.github.cognitokit.admin.internal.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desired settings of an external identity provider of a user pool: SAML, OpenID Connect, or a social provider
 * (Google, Facebook, Login with Amazon, Sign in with Apple). Get one from {@link UserPool#samlProvider(String)},
 * {@link UserPool#oidcProvider(String)} or {@link UserPool#socialProvider(ProviderType)}; each setter applies to
 * the types it names and throws {@link IllegalArgumentException} for the others. Settings left unset keep their
 * current values; a new provider needs the settings its type requires (named in the exception otherwise).
 *
 * <pre>{@code
 * pool.oidcProvider("Corporate").issuer("https://login.example.com").clientId("cognito")
 *     .clientSecret(secret).scopes("openid", "email", "profile")
 *     .attribute("email", "email").ensure();
 * pool.samlProvider("Okta").metadataUrl("https://example.okta.com/app/abc/sso/saml/metadata")
 *     .attribute("email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
 *     .identifiers("example.com").ensure();
 * pool.socialProvider(ProviderType.GOOGLE).clientId(googleClientId).clientSecret(googleSecret)
 *     .scopes("openid", "email", "profile").attribute("email", "email").ensure();
 * pool.client("web").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID).callbackUrls(url)
 *     .identityProviders("COGNITO", "Corporate", "Okta", "Google")).ensure();
 * }</pre>
 *
 * <p>The type is fixed at creation ({@code IMMUTABLE} otherwise). Attribute mappings are added or changed, never
 * removed (Cognito adds {@code username} for OIDC and social providers itself). Client secrets and private keys are
 * sent to Cognito only: reports show {@code ***} for them, and {@link #toString()} leaves them out.
 */
public final class IdentityProviderSpec {
  private static final ProviderType[] SOCIAL_AND_OIDC = {ProviderType.OIDC, ProviderType.GOOGLE,
      ProviderType.FACEBOOK, ProviderType.LOGIN_WITH_AMAZON, ProviderType.SIGN_IN_WITH_APPLE};

  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String name;
  private final ProviderType type;
  private final Map<String, String> details = new LinkedHashMap<>();
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private List<String> identifiers;

  IdentityProviderSpec(CognitoAdmin admin, UserPool pool, String name, ProviderType type) {
    this.admin = admin;
    this.pool = pool;
    this.type = Args.notNull(type, "type");
    this.name = Args.text(name, "provider name");
    if (name.length() > 32 || !name.strip().equals(name)) {
      throw new IllegalArgumentException("provider name must be 1-32 characters without surrounding spaces, was '"
          + name + "'");
    }
    if (!type.social() && Arrays.stream(ProviderType.values()).anyMatch(t -> t.apiValue().equals(name))) {
      throw new IllegalArgumentException("provider name " + name + " is reserved for the social provider; use "
          + "socialProvider(...)");
    }
  }

  private IdentityProviderSpec set(String key, String value, String setting, ProviderType... types) {
    if (!Arrays.asList(types).contains(type)) {
      throw new IllegalArgumentException(setting + " applies to " + Arrays.toString(types) + " providers, not "
          + type);
    }
    details.put(key, value);
    return this;
  }

  /**
   * SAML: where Cognito reads the provider's metadata ({@code MetadataURL}). Replaces a metadata file.
   *
   * @param url the metadata URL, https
   * @return this spec
   * @throws IllegalArgumentException if it is not an https URL, or the provider is not SAML
   */
  public IdentityProviderSpec metadataUrl(String url) {
    Args.text(url, "metadataUrl");
    if (!url.startsWith("https://")) {
      throw new IllegalArgumentException("metadataUrl must be an https URL, was '" + url + "'");
    }
    details.remove("MetadataFile");
    return set("MetadataURL", url, "metadataUrl", ProviderType.SAML);
  }

  /**
   * SAML: the provider's metadata document itself ({@code MetadataFile}). Replaces a metadata URL.
   *
   * @param xml the metadata XML
   * @return this spec
   * @throws IllegalArgumentException if it is blank or not an XML {@code EntityDescriptor}, or the provider is not
   *     SAML
   */
  public IdentityProviderSpec metadataFile(String xml) {
    Args.text(xml, "metadataFile");
    if (!xml.contains("EntityDescriptor")) {
      throw new IllegalArgumentException("metadataFile must be SAML metadata (an EntityDescriptor document)");
    }
    details.remove("MetadataURL");
    return set("MetadataFile", xml, "metadataFile", ProviderType.SAML);
  }

  /**
   * SAML: whether signing out of Cognito also signs out of the provider ({@code IDPSignout}). Default off.
   *
   * @param on true to sign out at the provider too
   * @return this spec
   * @throws IllegalArgumentException if the provider is not SAML
   */
  public IdentityProviderSpec signOut(boolean on) {
    return set("IDPSignout", String.valueOf(on), "signOut", ProviderType.SAML);
  }

  /**
   * SAML: whether sign-in started at the provider is accepted ({@code IDPInit}). Default off.
   *
   * @param on true to accept IdP-initiated sign-in
   * @return this spec
   * @throws IllegalArgumentException if the provider is not SAML
   */
  public IdentityProviderSpec idpInitiated(boolean on) {
    return set("IDPInit", String.valueOf(on), "idpInitiated", ProviderType.SAML);
  }

  /**
   * SAML: whether the provider encrypts its assertions to Cognito ({@code EncryptedResponses}). Default off.
   *
   * @param on true for encrypted assertions
   * @return this spec
   * @throws IllegalArgumentException if the provider is not SAML
   */
  public IdentityProviderSpec encryptedResponses(boolean on) {
    return set("EncryptedResponses", String.valueOf(on), "encryptedResponses", ProviderType.SAML);
  }

  /**
   * SAML: sign Cognito's requests to the provider with RSA-SHA256 ({@code RequestSigningAlgorithm}, the one value
   * Cognito accepts).
   *
   * @return this spec
   * @throws IllegalArgumentException if the provider is not SAML
   */
  public IdentityProviderSpec signRequests() {
    return set("RequestSigningAlgorithm", "rsa-sha256", "signRequests", ProviderType.SAML);
  }

  /**
   * OIDC: the provider's issuer ({@code oidc_issuer}); Cognito discovers its endpoints from
   * {@code {issuer}/.well-known/openid-configuration}.
   *
   * @param issuer the issuer URL, https
   * @return this spec
   * @throws IllegalArgumentException if it is not an https URL, or the provider is not OIDC
   */
  public IdentityProviderSpec issuer(String issuer) {
    Args.text(issuer, "issuer");
    if (!issuer.startsWith("https://")) {
      throw new IllegalArgumentException("issuer must be an https URL, was '" + issuer + "'");
    }
    return set("oidc_issuer", issuer, "issuer", ProviderType.OIDC);
  }

  /**
   * OIDC: endpoints to use when the issuer offers no discovery document ({@code authorize_url}, {@code token_url},
   * {@code attributes_url}, {@code jwks_uri}). Unset, Cognito discovers them.
   *
   * @param authorize the authorization endpoint
   * @param token the token endpoint
   * @param userInfo the user-info endpoint
   * @param jwks the key set
   * @return this spec
   * @throws IllegalArgumentException if one is not an https URL, or the provider is not OIDC
   */
  public IdentityProviderSpec endpoints(String authorize, String token, String userInfo, String jwks) {
    String[][] all = {{"authorize_url", authorize}, {"token_url", token}, {"attributes_url", userInfo},
        {"jwks_uri", jwks}};
    for (String[] e : all) {
      Args.text(e[1], e[0]);
      if (!e[1].startsWith("https://")) {
        throw new IllegalArgumentException(e[0] + " must be an https URL, was '" + e[1] + "'");
      }
    }
    for (String[] e : all) {
      set(e[0], e[1], "endpoints", ProviderType.OIDC);
    }
    return this;
  }

  /**
   * OIDC: how Cognito asks the user-info endpoint ({@code attributes_request_method}). Default GET.
   *
   * @param post true for POST, false for GET
   * @return this spec
   * @throws IllegalArgumentException if the provider is not OIDC
   */
  public IdentityProviderSpec attributesRequestByPost(boolean post) {
    return set("attributes_request_method", post ? "POST" : "GET", "attributesRequestByPost", ProviderType.OIDC);
  }

  /**
   * OIDC and social providers: the client id Cognito has at the provider ({@code client_id}); for Sign in with
   * Apple, the Services ID.
   *
   * @param clientId the client id
   * @return this spec
   * @throws IllegalArgumentException if it is blank, or the provider is SAML
   */
  public IdentityProviderSpec clientId(String clientId) {
    return set("client_id", Args.text(clientId, "clientId"), "clientId", SOCIAL_AND_OIDC);
  }

  /**
   * OIDC, Google, Facebook and Login with Amazon: the client secret ({@code client_secret}). Never logged or
   * reported.
   *
   * @param secret the secret
   * @return this spec
   * @throws IllegalArgumentException if it is blank, or the provider is SAML or Sign in with Apple
   */
  public IdentityProviderSpec clientSecret(String secret) {
    return set("client_secret", Args.text(secret, "clientSecret"), "clientSecret", ProviderType.OIDC,
        ProviderType.GOOGLE, ProviderType.FACEBOOK, ProviderType.LOGIN_WITH_AMAZON);
  }

  /**
   * OIDC and social providers: the scopes Cognito asks the provider for ({@code authorize_scopes}); OIDC needs
   * {@code openid}.
   *
   * @param scopes the scopes
   * @return this spec
   * @throws IllegalArgumentException if none is given, one is blank or has a space, OIDC lacks {@code openid}, or
   *     the provider is SAML
   */
  public IdentityProviderSpec scopes(String... scopes) {
    if (scopes == null || scopes.length == 0) {
      throw new IllegalArgumentException("scopes needs at least one scope");
    }
    List<String> list = new ArrayList<>();
    for (String s : scopes) {
      Args.text(s, "scopes entry");
      if (s.contains(" ")) {
        throw new IllegalArgumentException("a scope has no spaces, was '" + s + "'");
      }
      list.add(s);
    }
    if (type == ProviderType.OIDC && !list.contains("openid")) {
      throw new IllegalArgumentException("OIDC scopes must include openid");
    }
    String separator = type == ProviderType.FACEBOOK || type == ProviderType.LOGIN_WITH_AMAZON ? "," : " ";
    return set("authorize_scopes", String.join(separator, list), "scopes", SOCIAL_AND_OIDC);
  }

  /**
   * Facebook: the Graph API version ({@code api_version}), for example {@code v17.0}.
   *
   * @param version the version
   * @return this spec
   * @throws IllegalArgumentException if it is not {@code v<major>.<minor>}, or the provider is not Facebook
   */
  public IdentityProviderSpec apiVersion(String version) {
    Args.text(version, "apiVersion");
    if (!version.matches("v\\d+\\.\\d+")) {
      throw new IllegalArgumentException("apiVersion must look like v17.0, was '" + version + "'");
    }
    return set("api_version", version, "apiVersion", ProviderType.FACEBOOK);
  }

  /**
   * Sign in with Apple: the team, the key and its private key ({@code team_id}, {@code key_id},
   * {@code private_key}). The private key is never logged or reported; Cognito may not return it, so a new key is
   * noticed by its new key id.
   *
   * @param teamId the Apple team id
   * @param keyId the key id
   * @param privateKeyPem the key, PEM
   * @return this spec
   * @throws IllegalArgumentException if one is blank, the key is not a PEM private key, or the provider is not
   *     Sign in with Apple
   */
  public IdentityProviderSpec appleKey(String teamId, String keyId, String privateKeyPem) {
    Args.text(teamId, "teamId");
    Args.text(keyId, "keyId");
    Args.text(privateKeyPem, "privateKey");
    if (!privateKeyPem.contains("PRIVATE KEY-----")) {
      throw new IllegalArgumentException("privateKey must be a PEM private key");
    }
    set("team_id", teamId, "appleKey", ProviderType.SIGN_IN_WITH_APPLE);
    set("key_id", keyId, "appleKey", ProviderType.SIGN_IN_WITH_APPLE);
    return set("private_key", privateKeyPem, "appleKey", ProviderType.SIGN_IN_WITH_APPLE);
  }

  /**
   * Maps a provider attribute to a user pool attribute; called again for the same pool attribute, the last one
   * counts.
   *
   * @param poolAttribute the user pool attribute ({@code email}, {@code custom:tenant} ...)
   * @param providerAttribute the provider's claim or SAML attribute name
   * @return this spec
   * @throws IllegalArgumentException if one is blank or longer than Cognito allows
   */
  public IdentityProviderSpec attribute(String poolAttribute, String providerAttribute) {
    Args.text(poolAttribute, "poolAttribute");
    Args.text(providerAttribute, "providerAttribute");
    if (poolAttribute.length() > 32) {
      throw new IllegalArgumentException("poolAttribute must be at most 32 characters, was '" + poolAttribute
          + "'");
    }
    attributes.put(poolAttribute, providerAttribute);
    return this;
  }

  /**
   * SAML and OIDC: identifiers (such as e-mail domains) by which the hosted UI routes users to this provider.
   * Replaces the current list.
   *
   * @param identifiers the identifiers, at most 50
   * @return this spec
   * @throws IllegalArgumentException if one is blank or longer than 40 characters, or the provider is social
   */
  public IdentityProviderSpec identifiers(String... identifiers) {
    Args.notNull(identifiers, "identifiers");
    if (type.social()) {
      throw new IllegalArgumentException("identifiers apply to SAML and OIDC providers, not " + type);
    }
    if (identifiers.length > 50) {
      throw new IllegalArgumentException("at most 50 identifiers, was " + identifiers.length);
    }
    List<String> list = new ArrayList<>();
    for (String i : identifiers) {
      Args.text(i, "identifiers entry");
      if (i.length() > 40) {
        throw new IllegalArgumentException("an identifier is at most 40 characters, was '" + i + "'");
      }
      list.add(i);
    }
    this.identifiers = list;
    return this;
  }

  /**
   * Creates the provider or converges it to this spec.
   *
   * @return the provider, with its report
   * @throws CognitoAdminException if Cognito refuses (IMMUTABLE for another type under this name)
   * @throws IllegalArgumentException if a new provider lacks a setting its type needs
   */
  public IdentityProvider ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would change, without changing anything.
   *
   * @return the report
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private IdentityProvider reconcile(boolean dryRun) {
    Outcome r = new IdentityProviderReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new IdentityProvider(admin, pool, name, type, r.report());
  }

  /** The spec as an immutable desired state. */
  IdentityProviderDesired freeze() {
    return new IdentityProviderDesired(pool.id(), pool.name(), name, type, details, attributes, identifiers);
  }

  @Override
  public String toString() {
    Set<String> keys = new java.util.TreeSet<>(details.keySet());
    keys.removeAll(IdentityProviderDesired.SECRET_KEYS);
    return "IdentityProviderSpec{" + name + ", " + type + ", settings=" + keys + "}";
  }
}
