package io.github.cognitokit.admin.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user as a spec wants it. Passwords are used only when the user is created and never appear in
 * {@link #toString()}.
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param username the user name (its identity)
 * @param attributes attribute name to value, in the spec's order
 * @param temporaryPassword the temporary password at creation, or null
 * @param permanentPassword the permanent password at creation, or null
 * @param suppressInvitation true to send no invitation at creation
 * @param resendInvitation true to send the invitation again while the user has not signed in
 * @param deliveryMediums {@code EMAIL} and/or {@code SMS}, or empty for Cognito's default
 * @param enabled whether the user may sign in, or null to leave it
 */
public record UserDesired(String poolId, String poolName, String username, Map<String, String> attributes,
    String temporaryPassword, String permanentPassword, boolean suppressInvitation, boolean resendInvitation,
    List<String> deliveryMediums, Boolean enabled) {
  /** Freezes the attributes, keeping their order. */
  public UserDesired {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    deliveryMediums = List.copyOf(deliveryMediums);
  }

  /**
   * The resource, for messages.
   *
   * @return "user NAME in POOL"
   */
  public String resource() {
    return "user " + username + " in " + poolName;
  }

  @Override
  public String toString() {
    return "UserDesired{" + resource() + ", attributes=" + attributes.keySet() + ", passwords=***}";
  }
}
