package io.github.cognitokit.auth;

/** A second factor Cognito can ask for. */
public enum MfaType {
  /** A code from an authenticator app (TOTP). */
  SOFTWARE_TOKEN_MFA,
  /** A code sent by SMS. */
  SMS_MFA,
  /** A code sent by e-mail. */
  EMAIL_OTP
}
