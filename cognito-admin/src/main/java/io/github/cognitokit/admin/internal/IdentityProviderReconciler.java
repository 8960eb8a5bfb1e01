package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.ProviderType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;

/**
 * An external identity provider of a pool: {@code DescribeIdentityProvider}; created, or updated when a provider
 * detail, an attribute mapping or the identifiers differ. The type is fixed at creation.
 *
 * <p>An update sends, for each detail key the type accepts as input (the lists below, from the API Reference's
 * {@code ProviderDetails} of {@code CreateIdentityProvider}/{@code UpdateIdentityProvider}), the spec's value or else
 * the current one; keys Cognito computes and returns only in descriptions ({@code ActiveEncryptionCertificate},
 * the SAML binding URIs, {@code attributes_url_add_attributes} ...) are never sent back. Two exceptions keep the
 * provider consistent: an OIDC provider's endpoint URLs are sent only when the spec sets them (else Cognito
 * discovers them again from {@code oidc_issuer}, which may have changed), and a SAML provider gets either its
 * metadata URL or its metadata file, never both. A Sign in with Apple private key, which descriptions may leave out,
 * is compared only when Cognito returns it.
 */
public final class IdentityProviderReconciler extends Reconciler<IdentityProviderDesired, IdentityProviderType,
    IdentityProviderReconciler.Writes, Outcome> {

  /** The detail keys each type accepts in a create or update request. */
  static final Map<ProviderType, List<String>> INPUT_KEYS = Map.of(
      ProviderType.SAML, List.of("MetadataURL", "MetadataFile", "IDPSignout", "IDPInit", "RequestSigningAlgorithm",
          "EncryptedResponses"),
      ProviderType.OIDC, List.of("client_id", "client_secret", "attributes_request_method", "oidc_issuer",
          "authorize_scopes", "authorize_url", "token_url", "attributes_url", "jwks_uri"),
      ProviderType.GOOGLE, List.of("client_id", "client_secret", "authorize_scopes"),
      ProviderType.LOGIN_WITH_AMAZON, List.of("client_id", "client_secret", "authorize_scopes"),
      ProviderType.FACEBOOK, List.of("client_id", "client_secret", "authorize_scopes", "api_version"),
      ProviderType.SIGN_IN_WITH_APPLE, List.of("client_id", "team_id", "key_id", "private_key", "authorize_scopes"));

  /** The OIDC endpoints Cognito discovers from the issuer unless they are given. */
  static final Set<String> DISCOVERED = Set.of("authorize_url", "token_url", "attributes_url", "jwks_uri");

  /** The details each type needs at creation. */
  static final Map<ProviderType, List<String>> REQUIRED = Map.of(
      ProviderType.SAML, List.of(),
      ProviderType.OIDC, List.of("client_id", "oidc_issuer", "authorize_scopes"),
      ProviderType.GOOGLE, List.of("client_id", "client_secret", "authorize_scopes"),
      ProviderType.LOGIN_WITH_AMAZON, List.of("client_id", "client_secret", "authorize_scopes"),
      ProviderType.FACEBOOK, List.of("client_id", "client_secret", "authorize_scopes"),
      ProviderType.SIGN_IN_WITH_APPLE, List.of("client_id", "team_id", "key_id", "private_key",
          "authorize_scopes"));

  /** The settings Cognito fixes when a provider is created, declared once. */
  static final List<CreationOnly<IdentityProviderType, IdentityProviderDesired>> CREATION_ONLY = List.of(
      CreationOnly.of("type", IdentityProviderDesired::type,
          p -> p.providerTypeAsString() == null ? null : ProviderType.fromApiValue(p.providerTypeAsString())));

  /**
   * The writes of a provider plan.
   *
   * @param create the creation, or null
   * @param update the update, or null
   */
  public record Writes(CreateIdentityProviderRequest create, UpdateIdentityProviderRequest update) {
    @Override
    public String toString() {
      return "Writes{" + (create != null ? "create" : "update") + "}";
    }
  }

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public IdentityProviderReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected IdentityProviderType observe(IdentityProviderDesired d) {
    return gateway.describeIdentityProvider(d.resource(), d.poolId(), d.name()).orElse(null);
  }

  @Override
  protected Plan<Writes> plan(IdentityProviderType current, IdentityProviderDesired desired) {
    return planProvider(current, desired);
  }

  /**
   * Plans a provider: pure, reads only its arguments.
   *
   * @param current the provider as described, or null if the pool has none of that name
   * @param d the desired provider
   * @return the plan
   * @throws io.github.cognitokit.admin.CognitoAdminException IMMUTABLE if the type differs
   * @throws IllegalArgumentException if a new provider lacks a setting its type needs
   */
  public static Plan<Writes> planProvider(IdentityProviderType current, IdentityProviderDesired d) {
    if (current == null) {
      List<String> missing = new ArrayList<>();
      for (String key : REQUIRED.get(d.type())) {
        if (!d.details().containsKey(key)) {
          missing.add(key);
        }
      }
      if (d.type() == ProviderType.SAML && !d.details().containsKey("MetadataURL")
          && !d.details().containsKey("MetadataFile")) {
        missing.add("MetadataURL or MetadataFile");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(d.resource() + " is new and needs " + missing);
      }
      List<FieldChange> fields = new ArrayList<>();
      fields.add(new FieldChange("ProviderType", null, d.type().apiValue()));
      d.details().forEach((k, v) -> fields.add(new FieldChange("ProviderDetails." + k, null, shown(k, v))));
      d.attributeMapping().forEach((k, v) -> fields.add(new FieldChange("AttributeMapping." + k, null, v)));
      if (d.identifiers() != null && !d.identifiers().isEmpty()) {
        fields.add(new FieldChange("IdpIdentifiers", null, d.identifiers().toString()));
      }
      CreateIdentityProviderRequest.Builder create = CreateIdentityProviderRequest.builder().userPoolId(d.poolId())
          .providerName(d.name()).providerType(d.type().apiValue()).providerDetails(d.details());
      if (!d.attributeMapping().isEmpty()) {
        create.attributeMapping(d.attributeMapping());
      }
      if (d.identifiers() != null) {
        create.idpIdentifiers(d.identifiers());
      }
      return Plan.create(fields, new Writes(create.build(), null));
    }
    CreationOnly.requireSame(CREATION_ONLY, current, d, d.resource(), "provider",
        "delete it and create it again to change it");
    Map<String, String> have = current.providerDetails();
    List<FieldChange> changes = new ArrayList<>();
    d.details().forEach((k, v) -> {
      String before = have.get(k);
      boolean writeOnly = "private_key".equals(k) && before == null;
      if (!writeOnly && !Objects.equals(before, v)) {
        changes.add(new FieldChange("ProviderDetails." + k, shown(k, before), shown(k, v)));
      }
    });
    Map<String, String> mapping = new LinkedHashMap<>(current.attributeMapping());
    d.attributeMapping().forEach((k, v) -> {
      if (!Objects.equals(mapping.get(k), v)) {
        changes.add(new FieldChange("AttributeMapping." + k, mapping.get(k), v));
      }
      mapping.put(k, v);
    });
    List<String> identifiers = d.identifiers() != null ? d.identifiers() : current.idpIdentifiers();
    if (d.identifiers() != null && !new java.util.HashSet<>(d.identifiers())
        .equals(new java.util.HashSet<>(current.idpIdentifiers()))) {
      changes.add(new FieldChange("IdpIdentifiers", current.idpIdentifiers().toString(),
          d.identifiers().toString()));
    }
    UpdateIdentityProviderRequest update = UpdateIdentityProviderRequest.builder().userPoolId(d.poolId())
        .providerName(d.name()).providerDetails(updateDetails(have, d)).attributeMapping(mapping)
        .idpIdentifiers(identifiers).build();
    return Plan.update(changes, new Writes(null, update));
  }

  /** What an update sends: every input key the type accepts, the spec's value or else the current one. */
  static Map<String, String> updateDetails(Map<String, String> have, IdentityProviderDesired d) {
    Map<String, String> send = new LinkedHashMap<>();
    for (String key : INPUT_KEYS.get(d.type())) {
      String value = d.details().containsKey(key) ? d.details().get(key)
          : d.type() == ProviderType.OIDC && DISCOVERED.contains(key) ? null : have.get(key);
      if (value != null) {
        send.put(key, value);
      }
    }
    if (d.type() == ProviderType.SAML) {
      // Either the URL or the file: Cognito refuses both, and describes a URL-based provider with both.
      if (d.details().containsKey("MetadataFile")) {
        send.remove("MetadataURL");
      } else if (send.containsKey("MetadataURL")) {
        send.remove("MetadataFile");
      }
    }
    return send;
  }

  private static String shown(String key, String value) {
    return value == null ? null : IdentityProviderDesired.SECRET_KEYS.contains(key) ? "***" : value;
  }

  @Override
  protected Outcome apply(IdentityProviderDesired d, IdentityProviderType current, Plan<Writes> plan) {
    if (plan.writes().create() != null) {
      gateway.createIdentityProvider(d.resource(), plan.writes().create());
    } else {
      gateway.updateIdentityProvider(d.resource(), plan.writes().update());
    }
    return new Outcome(d.name(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(IdentityProviderDesired d, IdentityProviderType current, Plan<Writes> plan,
      boolean applied) {
    return new Outcome(d.name(), plan.report(d.resource(), applied));
  }
}
