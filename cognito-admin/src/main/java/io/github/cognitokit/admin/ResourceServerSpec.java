package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

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
    String poolId = pool.id();
    String resource = "resource server " + identifier + " in " + pool.name();
    ResourceServerType current = null;
    try {
      current = admin.calls().run("DescribeResourceServer", resource, () -> admin.cognito()
          .describeResourceServer(b -> b.userPoolId(poolId).identifier(identifier))).resourceServer();
    } catch (CognitoAdminException e) {
      if (e.reason() != CognitoAdminException.Reason.NOT_FOUND) {
        throw e;
      }
    }
    String desiredName = name != null ? name : current != null && current.name() != null ? current.name()
        : identifier;
    Map<String, String> merged = new LinkedHashMap<>();
    if (current != null) {
      current.scopes().forEach(s -> merged.put(s.scopeName(), s.scopeDescription()));
    }
    merged.putAll(scopes);
    removed.forEach(merged::remove);
    List<ResourceServerScopeType> desiredScopes = new ArrayList<>();
    merged.forEach((k, v) -> desiredScopes.add(ResourceServerScopeType.builder().scopeName(k).scopeDescription(v)
        .build()));
    if (current == null) {
      if (!dryRun) {
        admin.calls().run("CreateResourceServer", resource, () -> admin.cognito().createResourceServer(b -> b
            .userPoolId(poolId).identifier(identifier).name(desiredName).scopes(desiredScopes)));
      }
      List<FieldChange> fields = dryRun ? List.of(new FieldChange("Scopes", null, merged.keySet().toString()))
          : List.of();
      return new ResourceServer(identifier, merged.keySet(), new ChangeReport(resource, Change.CREATED, fields));
    }
    List<FieldChange> changes = new ArrayList<>();
    if (!Objects.equals(current.name(), desiredName)) {
      changes.add(new FieldChange("Name", current.name(), desiredName));
    }
    Map<String, String> have = new LinkedHashMap<>();
    current.scopes().forEach(s -> have.put(s.scopeName(), s.scopeDescription()));
    if (!have.equals(merged)) {
      changes.add(new FieldChange("Scopes", have.toString(), merged.toString()));
    }
    if (!dryRun && !changes.isEmpty()) {
      admin.calls().run("UpdateResourceServer", resource, () -> admin.cognito().updateResourceServer(b -> b
          .userPoolId(poolId).identifier(identifier).name(desiredName).scopes(desiredScopes)));
    }
    return new ResourceServer(identifier, merged.keySet(), new ChangeReport(resource,
        changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED, changes));
  }

  @Override
  public String toString() {
    return "ResourceServerSpec{" + identifier + ", scopes=" + scopes.keySet() + "}";
  }
}
