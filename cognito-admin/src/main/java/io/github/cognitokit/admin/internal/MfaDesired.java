package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.MfaFactor;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;

/**
 * A pool's MFA configuration as a spec wants it.
 *
 * @param poolId the pool id, or null for a pool only planned
 * @param resource the pool, for messages
 * @param mode the MFA mode, or null to keep the current one
 * @param factors the factors, or null to keep the current ones
 * @param smsMfaMessage the SMS message, or null to keep the current one
 * @param poolSms the pool's SMS configuration after its own update, or null
 * @param poolIsNew true if the pool is created in this run (its MFA is off: nothing to read)
 * @param passkeys the WebAuthn relying party, or null to keep the current one
 */
public record MfaDesired(String poolId, String resource, Mfa mode, Set<MfaFactor> factors, String smsMfaMessage,
    SmsConfigurationType poolSms, boolean poolIsNew, PoolDesired.Passkeys passkeys) {
  /** Freezes the factors. */
  public MfaDesired {
    factors = factors == null ? null : Set.copyOf(factors);
  }
}
