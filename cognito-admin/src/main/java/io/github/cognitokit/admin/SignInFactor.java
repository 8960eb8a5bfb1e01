package io.github.cognitokit.admin;

/**
 * A way users may start signing in with choice-based sign-in ({@code USER_AUTH}): the pool's sign-in policy lists
 * the allowed first factors. Password is always among them; the others need the Essentials or Plus feature plan.
 */
public enum SignInFactor {
  /** A password (plain or SRP). */
  PASSWORD("PASSWORD"),
  /** A one-time code sent by e-mail. */
  EMAIL_OTP("EMAIL_OTP"),
  /** A one-time code sent by SMS. */
  SMS_OTP("SMS_OTP"),
  /** A passkey (WebAuthn). Set the relying party with {@link UserPoolSpec#passkeys(String, boolean)}. */
  WEB_AUTHN("WEB_AUTHN");

  private final String apiValue;

  SignInFactor(String apiValue) {
    this.apiValue = apiValue;
  }

  /**
   * Returns Cognito's name for the factor ({@code AllowedFirstAuthFactors}).
   *
   * @return the API value
   */
  public String apiValue() {
    return apiValue;
  }
}
