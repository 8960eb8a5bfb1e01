package io.github.cognitokit.admin;

/**
 * The kinds of external identity provider a user pool can federate with, and what Cognito calls each. A social
 * provider's name is fixed (a pool has at most one Google provider, named {@code Google}); SAML and OIDC providers
 * are named by you.
 */
public enum ProviderType {
  /** A SAML 2.0 identity provider (Okta, Entra ID, ADFS ...), configured from its metadata. */
  SAML("SAML"),
  /** An OpenID Connect provider (Auth0, Keycloak, another Cognito pool ...), configured from its issuer. */
  OIDC("OIDC"),
  /** Google. */
  GOOGLE("Google"),
  /** Facebook. */
  FACEBOOK("Facebook"),
  /** Login with Amazon. */
  LOGIN_WITH_AMAZON("LoginWithAmazon"),
  /** Sign in with Apple. */
  SIGN_IN_WITH_APPLE("SignInWithApple");

  private final String apiValue;

  ProviderType(String apiValue) {
    this.apiValue = apiValue;
  }

  /**
   * Returns Cognito's name for the type ({@code ProviderType} in the API); for a social provider it is also the
   * provider's name.
   *
   * @return the API value
   */
  public String apiValue() {
    return apiValue;
  }

  /**
   * Tells whether this is a social provider, whose name is its type.
   *
   * @return true for Google, Facebook, Login with Amazon and Sign in with Apple
   */
  public boolean social() {
    return this != SAML && this != OIDC;
  }

  /**
   * Returns the type Cognito names so.
   *
   * @param apiValue the API value
   * @return the type
   * @throws IllegalArgumentException if it is not a known type
   */
  public static ProviderType fromApiValue(String apiValue) {
    for (ProviderType t : values()) {
      if (t.apiValue.equals(apiValue)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not an identity provider type: " + apiValue);
  }
}
