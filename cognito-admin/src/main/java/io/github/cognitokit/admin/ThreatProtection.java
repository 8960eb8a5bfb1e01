package io.github.cognitokit.admin;

/**
 * Threat protection (formerly advanced security): what Cognito does with risky sign-ins and compromised
 * credentials. Anything but {@link #OFF} needs the Plus feature plan.
 */
public enum ThreatProtection {
  /** Off. */
  OFF,
  /** Cognito scores sign-ins and reports risks (metrics, logs) but does not act. */
  AUDIT,
  /** Cognito acts on risks as the pool's risk configuration says (block, require MFA, notify). */
  ENFORCED
}
