package io.github.cognitokit.admin;

/** An external identity provider of a user pool, as {@link IdentityProviderSpec#ensure()} left it. */
public final class IdentityProvider {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String name;
  private final ProviderType type;
  private final ChangeReport report;

  IdentityProvider(CognitoAdmin admin, UserPool pool, String name, ProviderType type, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.name = name;
    this.type = type;
    this.report = report;
  }

  /**
   * Returns the provider's name, the one app clients list in {@code identityProviders(...)}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the provider's type.
   *
   * @return the type
   */
  public ProviderType type() {
    return type;
  }

  /**
   * Returns what the last ensure or plan did.
   *
   * @return the report
   */
  public ChangeReport report() {
    return report;
  }

  /**
   * Deletes the provider; deleting one that is gone reports ABSENT. App clients that list it must drop it first
   * (Cognito refuses otherwise).
   *
   * @return DELETED or ABSENT
   */
  public ChangeReport delete() {
    String resource = "identity provider " + name + " in " + pool.name();
    return Deletion.idempotent(resource, () -> admin.gateway().deleteIdentityProvider(resource, pool.id(), name));
  }

  @Override
  public String toString() {
    return "IdentityProvider{" + name + ", " + type + "}";
  }
}
