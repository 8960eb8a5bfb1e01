package io.github.cognitokit.admin;

/** An app client's managed login branding, as {@link BrandingSpec#ensure()} left it. */
public final class ManagedLoginBranding {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final AppClient client;
  private final String id;
  private final ChangeReport report;

  ManagedLoginBranding(CognitoAdmin admin, UserPool pool, AppClient client, String id, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.client = client;
    this.id = id;
    this.report = report;
  }

  /**
   * Returns the branding's id.
   *
   * @return the id
   * @throws IllegalStateException if it does not exist yet (this handle comes from a plan)
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("the branding of " + client.name() + " does not exist yet");
    }
    return id;
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
   * Deletes the branding; the client then shows Cognito's default style. Deleting one that is gone reports ABSENT.
   *
   * @return DELETED or ABSENT
   */
  public ChangeReport delete() {
    String resource = "managed login branding of app client " + client.name();
    return Deletion.idempotent(resource, () -> admin.gateway().deleteManagedLoginBranding(resource, pool.id(), id()));
  }

  @Override
  public String toString() {
    return "ManagedLoginBranding{" + client.name() + (id == null ? "" : ", " + id) + "}";
  }
}
