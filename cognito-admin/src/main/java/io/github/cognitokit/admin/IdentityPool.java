package io.github.cognitokit.admin;

/** An identity pool that exists (or, from {@code plan()}, would exist). Immutable. */
public final class IdentityPool {
  private final String id;
  private final String name;
  private final ChangeReport report;

  IdentityPool(String id, String name, ChangeReport report) {
    this.id = id;
    this.name = name;
    this.report = report;
  }

  /**
   * Returns the identity pool id.
   *
   * @return for example {@code us-east-1:0f1e2d3c-...}
   * @throws IllegalStateException for an identity pool that {@code plan()} says would be created
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("identity pool " + name + " does not exist yet (this handle comes from plan())");
    }
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
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
    return "IdentityPool{" + name + (id == null ? "" : ", " + id) + "}";
  }
}
