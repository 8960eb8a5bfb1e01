package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.ResourceServerDesired;
import io.github.cognitokit.admin.internal.ResourceServerReconciler;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The desired settings of a resource server: its name and custom scopes. Scopes named are added or get their
 * description; scopes not named stay; {@link #removeScope(String)} removes one explicitly.
 */
public final class ResourceServerSpec {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String identifier;
  private String name;
  private final Map<String, String> scopes = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();

  ResourceServerSpec(CognitoAdmin admin, UserPool pool, String identifier) {
    this.admin = admin;
    this.pool = pool;
    this.identifier = Args.text(identifier, "resource server identifier");
    if (identifier.contains(" ") || identifier.length() > 256) {
      throw new IllegalArgumentException("resource server identifier must be 1-256 characters without spaces, was '"
          + identifier + "'");
    }
  }

  /**
   * Sets the display name. Default: the identifier.
   *
   * @param name the name
   * @return this spec
   * @throws IllegalArgumentException if blank
   */
  public ResourceServerSpec name(String name) {
    this.name = Args.text(name, "resource server name");
    return this;
  }

  /**
   * Adds a scope, or sets its description.
   *
   * @param scopeName the scope name, such as {@code modelop_client}
   * @param description its description
   * @return this spec
   * @throws IllegalArgumentException if the name is blank or has spaces or slashes, or the description is blank
   */
  public ResourceServerSpec scope(String scopeName, String description) {
    Args.text(scopeName, "scope name");
    if (!scopeName.matches("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]{1,256}")) {
      throw new IllegalArgumentException("scope name must be printable ASCII without spaces, quotes, slashes or"
          + " backslashes, was '" + scopeName + "'");
    }
    scopes.put(scopeName, Args.text(description, "scope description"));
    removed.remove(scopeName);
    if (scopes.size() > 100) {
      throw new IllegalArgumentException("a resource server has at most 100 scopes");
    }
    return this;
  }

  /**
   * Removes a scope explicitly.
   *
   * @param scopeName the scope name
   * @return this spec
   * @throws IllegalArgumentException if blank
   */
  public ResourceServerSpec removeScope(String scopeName) {
    removed.add(Args.text(scopeName, "scope name"));
    scopes.remove(scopeName);
    return this;
  }

  /**
   * Creates the resource server, or converges the existing one.
   *
   * @return the resource server
   * @throws CognitoAdminException if Cognito refuses
   */
  public ResourceServer ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would do, without writing.
   *
   * @return the planned change
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private ResourceServer reconcile(boolean dryRun) {
    ResourceServerReconciler.Result r = new ResourceServerReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new ResourceServer(identifier, new LinkedHashSet<>(r.scopes()), r.outcome().report());
  }

  /** The spec as an immutable desired state. */
  ResourceServerDesired freeze() {
    return new ResourceServerDesired(pool.id(), pool.name(), identifier, name, scopes, removed);
  }

  @Override
  public String toString() {
    return "ResourceServerSpec{" + identifier + ", scopes=" + scopes.keySet() + "}";
  }
}
