package io.github.cognitokit.admin;

import java.util.Set;

/** A resource server that exists, with its scopes. Immutable. */
public final class ResourceServer {
  private final String identifier;
  private final Set<String> scopes;
  private final ChangeReport report;

  ResourceServer(String identifier, Set<String> scopes, ChangeReport report) {
    this.identifier = identifier;
    this.scopes = Set.copyOf(scopes);
    this.report = report;
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public String identifier() {
    return identifier;
  }

  /**
   * Returns one of its scopes, for an app client's OAuth settings.
   *
   * @param scopeName the scope name
   * @return {@code identifier/scopeName}
   * @throws IllegalArgumentException if the resource server has no such scope
   */
  public Scope scope(String scopeName) {
    if (scopeName == null || !scopes.contains(scopeName)) {
      throw new IllegalArgumentException("resource server " + identifier + " has no scope '" + scopeName
          + "'; it has " + scopes);
    }
    return Scope.of(identifier, scopeName);
  }

  /**
   * Returns the scope names.
   *
   * @return the names; unmodifiable
   */
  public Set<String> scopeNames() {
    return scopes;
  }

  /**
   * Returns what the {@code ensure()} that returned this handle did.
   *
   * @return the report
   */
  public ChangeReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "ResourceServer{" + identifier + ", scopes=" + scopes + "}";
  }
}
