package io.github.cognitokit.admin;

/** What threat protection does with a sign-in it rates at some risk level (adaptive authentication). */
public enum RiskAction {
  /** Let it through ({@code NO_ACTION}). */
  ALLOW("NO_ACTION"),
  /** Ask for MFA if the user has set it up, else let it through. */
  MFA_IF_CONFIGURED("MFA_IF_CONFIGURED"),
  /** Ask for MFA; a user without MFA is blocked. */
  MFA_REQUIRED("MFA_REQUIRED"),
  /** Block it. */
  BLOCK("BLOCK");

  private final String apiValue;

  RiskAction(String apiValue) {
    this.apiValue = apiValue;
  }

  /**
   * Returns Cognito's name for the action ({@code EventAction}).
   *
   * @return the API value
   */
  public String apiValue() {
    return apiValue;
  }
}
