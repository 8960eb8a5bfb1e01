package io.github.cognitokit.auth;

/** A way to sign in that choice-based authentication ({@code USER_AUTH}) offers. */
public enum FirstFactor {
  /** The password, sent to Cognito. */
  PASSWORD,
  /** The password through SRP: it never leaves this process. */
  PASSWORD_SRP,
  /** A one-time code by e-mail (passwordless). */
  EMAIL_OTP,
  /** A one-time code by SMS (passwordless). */
  SMS_OTP,
  /** A passkey or security key (WebAuthn). */
  WEB_AUTHN;

  /**
   * Reads Cognito's name of a challenge.
   *
   * @param name such as {@code PASSWORD_SRP}
   * @return the factor, or null if it names none
   */
  static FirstFactor of(String name) {
    for (FirstFactor f : values()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
