package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.RiskAction;
import java.util.List;

/**
 * A pool's threat protection risk configuration as a spec wants it; null parts keep their current values.
 *
 * @param poolId the pool id, or null for a pool only planned
 * @param resource the pool, for messages
 * @param blockCompromisedCredentials true to block sign-in, sign-up and password change with a compromised password,
 *     false to only report it, or null
 * @param adaptive the actions for low, medium and high risk, or null
 * @param blockedIpRanges CIDR ranges always blocked, or null
 * @param skippedIpRanges CIDR ranges never rated, or null
 * @param poolIsNew true if the pool is created in this run (it has no risk configuration yet)
 */
public record RiskDesired(String poolId, String resource, Boolean blockCompromisedCredentials,
    List<RiskAction> adaptive, List<String> blockedIpRanges, List<String> skippedIpRanges, boolean poolIsNew) {
  /** Freezes the lists. */
  public RiskDesired {
    adaptive = adaptive == null ? null : List.copyOf(adaptive);
    blockedIpRanges = blockedIpRanges == null ? null : List.copyOf(blockedIpRanges);
    skippedIpRanges = skippedIpRanges == null ? null : List.copyOf(skippedIpRanges);
  }

  /**
   * Tells whether the spec sets any of it.
   *
   * @return true if a part is set
   */
  public boolean any() {
    return blockCompromisedCredentials != null || adaptive != null || blockedIpRanges != null
        || skippedIpRanges != null;
  }
}
