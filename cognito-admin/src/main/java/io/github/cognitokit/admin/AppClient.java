package io.github.cognitokit.admin;

import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * An app client that exists (or, from {@code plan()}, would exist). Its secret is read only when asked for and never
 * appears in {@link #toString()} or a log line. Thread-safe.
 */
public final class AppClient {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String clientId;
  private final String name;
  private final ChangeReport report;
  private volatile String secret;

  AppClient(CognitoAdmin admin, UserPool pool, String clientId, String name, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.clientId = clientId;
    this.name = name;
    this.report = report;
  }

  /**
   * Returns the client id.
   *
   * @return the id
   * @throws IllegalStateException for a client that {@code plan()} says would be created
   */
  public String clientId() {
    if (clientId == null) {
      throw new IllegalStateException("app client " + name + " does not exist yet (this handle comes from plan())");
    }
    return clientId;
  }

  /**
   * Returns the client name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the pool.
   *
   * @return the pool
   */
  public UserPool pool() {
    return pool;
  }

  /**
   * Returns what the {@code ensure()} that returned this handle did.
   *
   * @return the report
   */
  public ChangeReport report() {
    return report;
  }

  /**
   * Returns the client secret, described on first use. Keep it out of logs.
   *
   * @return the secret, or empty for a public client
   * @throws CognitoAdminException if it cannot be read
   */
  public Optional<String> secret() {
    String s = secret;
    if (s == null) {
      s = describe().clientSecret();
      secret = s == null ? "" : s;
      s = secret;
    }
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Reads the client's full configuration, as the SDK describes it (the SDK redacts the secret when printed).
   *
   * @return the description
   * @throws CognitoAdminException if it cannot be read
   */
  public UserPoolClientType describe() {
    return admin.gateway().describeUserPoolClient("app client " + name, pool.id(), clientId());
  }

  /**
   * Deletes the client. Deleting a client that is gone is not an error.
   *
   * @return DELETED or ABSENT
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport delete() {
    String resource = "app client " + name + " (" + clientId() + ")";
    return Deletion.idempotent(resource, () -> {
      admin.gateway().deleteUserPoolClient(resource, pool.id(), name, clientId);
    });
  }

  @Override
  public String toString() {
    return "AppClient{" + name + (clientId == null ? "" : ", " + clientId) + ", secret=***}";
  }
}
