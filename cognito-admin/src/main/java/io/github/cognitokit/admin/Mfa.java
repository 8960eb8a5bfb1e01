package io.github.cognitokit.admin;

/** Whether users need a second factor. Set through {@code SetUserPoolMfaConfig}. */
public enum Mfa {
  /** No MFA. */
  OFF("OFF"),
  /** Users may set up MFA. */
  OPTIONAL("OPTIONAL"),
  /** Every user must use MFA ({@code ON}). */
  REQUIRED("ON");

  private final String apiValue;

  Mfa(String apiValue) {
    this.apiValue = apiValue;
  }

  /**
   * Returns Cognito's value.
   *
   * @return {@code OFF}, {@code OPTIONAL} or {@code ON}
   */
  public String apiValue() {
    return apiValue;
  }
}
