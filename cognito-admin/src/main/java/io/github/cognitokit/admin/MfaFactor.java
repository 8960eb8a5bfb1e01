package io.github.cognitokit.admin;

/** A second factor a pool offers. */
public enum MfaFactor {
  /** Authenticator apps (TOTP). */
  TOTP,
  /** SMS codes (needs an SMS configuration). */
  SMS,
  /** E-mail codes (needs SES e-mail sending and the Essentials plan or higher). */
  EMAIL
}
