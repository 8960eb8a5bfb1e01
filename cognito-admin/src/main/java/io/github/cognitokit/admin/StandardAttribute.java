package io.github.cognitokit.admin;

/** The OpenID Connect standard attributes of a user pool. */
public enum StandardAttribute {
  /** {@code address}. */
  ADDRESS("address"),
  /** {@code birthdate}. */
  BIRTHDATE("birthdate"),
  /** {@code email}. */
  EMAIL("email"),
  /** {@code family_name}. */
  FAMILY_NAME("family_name"),
  /** {@code gender}. */
  GENDER("gender"),
  /** {@code given_name}. */
  GIVEN_NAME("given_name"),
  /** {@code locale}. */
  LOCALE("locale"),
  /** {@code middle_name}. */
  MIDDLE_NAME("middle_name"),
  /** {@code name}. */
  NAME("name"),
  /** {@code nickname}. */
  NICKNAME("nickname"),
  /** {@code phone_number}. */
  PHONE_NUMBER("phone_number"),
  /** {@code picture}. */
  PICTURE("picture"),
  /** {@code preferred_username}. */
  PREFERRED_USERNAME("preferred_username"),
  /** {@code profile}. */
  PROFILE("profile"),
  /** {@code zoneinfo}. */
  ZONEINFO("zoneinfo"),
  /** {@code updated_at}. */
  UPDATED_AT("updated_at"),
  /** {@code website}. */
  WEBSITE("website");

  private final String attributeName;

  StandardAttribute(String attributeName) {
    this.attributeName = attributeName;
  }

  /**
   * Returns the attribute name.
   *
   * @return for example {@code given_name}
   */
  public String attributeName() {
    return attributeName;
  }

  /**
   * Tells whether a name is a standard attribute (or {@code sub}, {@code email_verified},
   * {@code phone_number_verified}).
   *
   * @param name an attribute name
   * @return true if it needs no {@code custom:} prefix
   */
  public static boolean isStandard(String name) {
    if (name.equals("sub") || name.equals("email_verified") || name.equals("phone_number_verified")) {
      return true;
    }
    for (StandardAttribute a : values()) {
      if (a.attributeName.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
