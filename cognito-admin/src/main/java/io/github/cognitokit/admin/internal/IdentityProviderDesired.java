package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ProviderType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An external identity provider as a spec wants it. {@code details} holds only the provider details the spec sets,
 * by Cognito's key ({@code client_id}, {@code MetadataURL} ...); the others keep their current values. Secrets
 * ({@code client_secret}, {@code private_key}) never appear in {@link #toString()}.
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param name the provider name (its identity)
 * @param type the provider type (fixed at creation)
 * @param details the provider details the spec sets
 * @param attributeMapping user pool attribute to provider attribute, for the attributes the spec maps
 * @param identifiers the IdP identifiers, or null to leave them
 */
public record IdentityProviderDesired(String poolId, String poolName, String name, ProviderType type,
    Map<String, String> details, Map<String, String> attributeMapping, List<String> identifiers) {

  /** Provider detail keys whose values are secrets. */
  public static final Set<String> SECRET_KEYS = Set.of("client_secret", "private_key");

  /** Freezes the maps, keeping their order. */
  public IdentityProviderDesired {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    attributeMapping = Collections.unmodifiableMap(new LinkedHashMap<>(attributeMapping));
    identifiers = identifiers == null ? null : List.copyOf(identifiers);
  }

  /**
   * The resource, for messages.
   *
   * @return "identity provider NAME in POOL"
   */
  public String resource() {
    return "identity provider " + name + " in " + poolName;
  }

  @Override
  public String toString() {
    return "IdentityProviderDesired{" + resource() + ", type=" + type + ", details=" + details.keySet()
        + ", attributes=" + attributeMapping.keySet() + "}";
  }
}
