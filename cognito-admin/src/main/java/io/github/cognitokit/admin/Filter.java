package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import java.util.Set;

/**
 * A {@code ListUsers} filter: one attribute, equal to a value or starting with a prefix. Values are quoted and
 * escaped for you. Cognito can filter on {@code username}, {@code email}, {@code phone_number}, {@code name},
 * {@code given_name}, {@code family_name}, {@code preferred_username}, {@code cognito:user_status},
 * {@code status} and {@code sub}; not on custom attributes.
 */
public final class Filter {
  private static final Set<String> SEARCHABLE = Set.of("username", "email", "phone_number", "name", "given_name",
      "family_name", "preferred_username", "cognito:user_status", "status", "sub");

  private final String expression;

  private Filter(String attribute, String operator, String value) {
    if (attribute == null || !SEARCHABLE.contains(attribute)) {
      throw new IllegalArgumentException("Cognito cannot filter users on '" + attribute + "'; it can on "
          + SEARCHABLE);
    }
    Args.notNull(value, "filter value");
    this.expression = attribute + " " + operator + " \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * Matches users whose attribute equals the value.
   *
   * @param attribute a searchable attribute
   * @param value the value
   * @return the filter
   * @throws IllegalArgumentException if the attribute is not searchable or the value is null
   */
  public static Filter equalTo(String attribute, String value) {
    return new Filter(attribute, "=", value);
  }

  /**
   * Matches users whose attribute starts with the prefix.
   *
   * @param attribute a searchable attribute
   * @param prefix the prefix
   * @return the filter
   * @throws IllegalArgumentException if the attribute is not searchable or the prefix is null
   */
  public static Filter startsWith(String attribute, String prefix) {
    return new Filter(attribute, "^=", prefix);
  }

  /**
   * Matches users whose e-mail starts with the prefix.
   *
   * @param prefix the prefix
   * @return the filter
   * @throws IllegalArgumentException if the prefix is null
   */
  public static Filter emailStartsWith(String prefix) {
    return startsWith("email", prefix);
  }

  /**
   * Matches a user name exactly (user names are case-sensitive here; aliases are not accepted).
   *
   * @param username the user name
   * @return the filter
   * @throws IllegalArgumentException if null
   */
  public static Filter username(String username) {
    return equalTo("username", username);
  }

  /**
   * Matches users enabled or disabled.
   *
   * @param enabled true for enabled users
   * @return the filter
   */
  public static Filter enabled(boolean enabled) {
    return equalTo("status", enabled ? "Enabled" : "Disabled");
  }

  /**
   * Returns the expression as Cognito receives it.
   *
   * @return for example {@code email ^= "a"}
   */
  public String expression() {
    return expression;
  }

  @Override
  public String toString() {
    return expression;
  }
}
