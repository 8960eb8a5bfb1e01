package io.github.cognitokit.admin;

/** An API sign-in flow an app client allows ({@code ExplicitAuthFlows}). */
public enum AuthFlow {
  /** {@code ALLOW_ADMIN_USER_PASSWORD_AUTH}: server-side sign-in with IAM credentials. */
  ADMIN_USER_PASSWORD("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
  /** {@code ALLOW_USER_PASSWORD_AUTH}: the password sent over TLS. */
  USER_PASSWORD("ALLOW_USER_PASSWORD_AUTH"),
  /** {@code ALLOW_USER_SRP_AUTH}: Secure Remote Password. */
  USER_SRP("ALLOW_USER_SRP_AUTH"),
  /** {@code ALLOW_CUSTOM_AUTH}: Lambda-defined challenges. */
  CUSTOM("ALLOW_CUSTOM_AUTH"),
  /** {@code ALLOW_USER_AUTH}: choice-based sign-in (passwordless, passkeys). */
  USER_AUTH("ALLOW_USER_AUTH"),
  /** {@code ALLOW_REFRESH_TOKEN_AUTH}: refresh; always added, as Cognito requires. */
  REFRESH_TOKEN("ALLOW_REFRESH_TOKEN_AUTH");

  private final String apiValue;

  AuthFlow(String apiValue) {
    this.apiValue = apiValue;
  }

  /**
   * Returns Cognito's value.
   *
   * @return for example {@code ALLOW_USER_PASSWORD_AUTH}
   */
  public String apiValue() {
    return apiValue;
  }
}
