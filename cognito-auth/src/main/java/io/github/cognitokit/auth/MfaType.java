package io.github.cognitokit.auth;

/** A one-time-code factor Cognito can ask for: a second factor, or a first factor of choice-based sign-in. */
public enum MfaType {
  /** A code from an authenticator app (TOTP). */
  SOFTWARE_TOKEN_MFA,
  /** A code sent by SMS. */
  SMS_MFA,
  /** A code sent by e-mail: a second factor, or the first factor of choice-based sign-in ({@code USER_AUTH}). */
  EMAIL_OTP,
  /** A code sent by SMS as the first factor of choice-based sign-in ({@code USER_AUTH}, passwordless). */
  SMS_OTP
}
