package io.github.cognitokit.admin;

/**
 * What users may sign in with. {@link #USERNAME} with others makes the others aliases ({@code AliasAttributes});
 * without it, e-mail and/or phone become the user name itself ({@code UsernameAttributes}). Fixed at creation.
 */
public enum SignIn {
  /** A user name. */
  USERNAME(null),
  /** The e-mail address. */
  EMAIL("email"),
  /** The phone number. */
  PHONE("phone_number"),
  /** The preferred user name (only together with {@link #USERNAME}). */
  PREFERRED_USERNAME("preferred_username");

  private final String attribute;

  SignIn(String attribute) {
    this.attribute = attribute;
  }

  /**
   * Returns the attribute name Cognito uses.
   *
   * @return for example {@code email}; null for {@link #USERNAME}
   */
  public String attribute() {
    return attribute;
  }
}
