package io.github.cognitokit.admin.internal;

import java.util.List;

/**
 * Users who should be in a group, or out of it.
 *
 * @param poolId the pool id
 * @param group the group name
 * @param usernames the users
 * @param member true to add them, false to remove them
 */
public record MembershipDesired(String poolId, String group, List<String> usernames, boolean member) {
  /** Freezes the user names. */
  public MembershipDesired {
    usernames = List.copyOf(usernames);
  }

  /**
   * The resource, for messages.
   *
   * @return "members of group NAME"
   */
  public String resource() {
    return "members of group " + group;
  }
}
