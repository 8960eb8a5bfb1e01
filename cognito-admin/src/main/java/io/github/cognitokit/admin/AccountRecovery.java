package io.github.cognitokit.admin;

import java.util.List;

/** How users recover a forgotten password ({@code AccountRecoverySetting}). */
public enum AccountRecovery {
  /** A verified e-mail address only. */
  EMAIL_ONLY(List.of("verified_email")),
  /** A verified phone number only, not shared with SMS MFA. */
  PHONE_ONLY_WITHOUT_MFA(List.of("verified_phone_number")),
  /** E-mail first, then phone. */
  EMAIL_AND_PHONE_WITHOUT_MFA(List.of("verified_email", "verified_phone_number")),
  /** Phone first, then e-mail. */
  PHONE_WITHOUT_MFA_AND_EMAIL(List.of("verified_phone_number", "verified_email")),
  /** No self-service recovery: an administrator resets passwords. */
  NONE(List.of("admin_only"));

  private final List<String> mechanisms;

  AccountRecovery(List<String> mechanisms) {
    this.mechanisms = mechanisms;
  }

  /**
   * Returns Cognito's recovery mechanisms, highest priority first.
   *
   * @return the mechanism names
   */
  public List<String> mechanisms() {
    return mechanisms;
  }
}
