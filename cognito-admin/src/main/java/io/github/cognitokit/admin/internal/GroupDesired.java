package io.github.cognitokit.admin.internal;

/**
 * A group as a spec wants it; null settings are left as they are.
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param name the group name (its identity)
 * @param description the description, or null
 * @param precedence the precedence, or null
 * @param roleArn the IAM role, or null
 */
public record GroupDesired(String poolId, String poolName, String name, String description, Integer precedence,
    String roleArn) {
  /**
   * The resource, for messages.
   *
   * @return "group NAME in POOL"
   */
  public String resource() {
    return "group " + name + " in " + poolName;
  }
}
