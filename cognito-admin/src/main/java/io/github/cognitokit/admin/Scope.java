package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import java.util.Objects;

/**
 * An OAuth scope an app client may request: a standard one, or {@code resourceServer/scope}.
 */
public final class Scope {
  /** {@code openid}. */
  public static final Scope OPENID = new Scope("openid");
  /** {@code email}. */
  public static final Scope EMAIL = new Scope("email");
  /** {@code phone}. */
  public static final Scope PHONE = new Scope("phone");
  /** {@code profile}. */
  public static final Scope PROFILE = new Scope("profile");
  /** {@code aws.cognito.signin.user.admin}. */
  public static final Scope COGNITO_ADMIN = new Scope("aws.cognito.signin.user.admin");

  private final String value;

  private Scope(String value) {
    this.value = value;
  }

  /**
   * Returns a custom scope of a resource server.
   *
   * @param resourceServer the resource server identifier, such as {@code rs}
   * @param scope the scope name, such as {@code modelop_client}
   * @return {@code rs/modelop_client}
   * @throws IllegalArgumentException if either is blank or contains a space or slash in the scope name
   */
  public static Scope of(String resourceServer, String scope) {
    Args.text(resourceServer, "resourceServer");
    Args.text(scope, "scope");
    if (scope.contains("/") || scope.contains(" ") || resourceServer.contains(" ")) {
      throw new IllegalArgumentException("scope name must not contain '/' or spaces: '" + scope + "'");
    }
    return new Scope(resourceServer + "/" + scope);
  }

  /**
   * Parses a scope as Cognito writes it.
   *
   * @param value for example {@code openid} or {@code rs/read}
   * @return the scope
   * @throws IllegalArgumentException if it is blank or contains spaces
   */
  public static Scope parse(String value) {
    Args.text(value, "scope");
    if (value.contains(" ")) {
      throw new IllegalArgumentException("scope must not contain spaces: '" + value + "'");
    }
    return new Scope(value);
  }

  /**
   * Returns the scope as Cognito writes it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the resource server of a custom scope.
   *
   * @return the identifier before the last {@code /}, or null for standard scopes
   */
  public String resourceServer() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? null : value.substring(0, slash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope && ((Scope) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
