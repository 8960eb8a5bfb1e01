package io.github.cognitokit.admin.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A resource server as a spec wants it: scopes to have (added or described anew) and scopes to remove; the others
 * are kept.
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param identifier the identifier (its identity)
 * @param name the display name, or null (the current one, else the identifier)
 * @param scopes scope name to description, in the spec's order
 * @param removed the scope names to remove
 */
public record ResourceServerDesired(String poolId, String poolName, String identifier, String name,
    Map<String, String> scopes, Set<String> removed) {
  /** Freezes the scopes, keeping their order. */
  public ResourceServerDesired {
    scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
    removed = Collections.unmodifiableSet(new LinkedHashSet<>(removed));
  }

  /**
   * The resource, for messages.
   *
   * @return "resource server ID in POOL"
   */
  public String resource() {
    return "resource server " + identifier + " in " + poolName;
  }
}
