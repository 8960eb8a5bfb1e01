package io.github.cognitokit.admin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A user as {@code ListUsers} returns it. Immutable. */
public final class UserSummary {
  private final String username;
  private final String status;
  private final boolean enabled;
  private final Map<String, String> attributes;
  private final Instant created;
  private final Instant lastModified;

  UserSummary(String username, String status, boolean enabled, Map<String, String> attributes, Instant created,
      Instant lastModified) {
    this.username = username;
    this.status = status;
    this.enabled = enabled;
    this.attributes = Map.copyOf(attributes);
    this.created = created;
    this.lastModified = lastModified;
  }

  /**
   * Returns the internal user name.
   *
   * @return the user name
   */
  public String username() {
    return username;
  }

  /**
   * Returns the status, such as {@code CONFIRMED}.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * Tells whether the user may sign in.
   *
   * @return true if enabled
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Returns the attributes, custom ones with the {@code custom:} prefix.
   *
   * @return name to value; unmodifiable
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns one attribute.
   *
   * @param name the attribute name
   * @return its value, or empty
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /**
   * Returns when the user was created.
   *
   * @return the creation time, or null if Cognito did not say
   */
  public Instant created() {
    return created;
  }

  /**
   * Returns when the user was last changed.
   *
   * @return the time, or null if Cognito did not say
   */
  public Instant lastModified() {
    return lastModified;
  }

  @Override
  public String toString() {
    return "UserSummary{" + username + ", " + status + (enabled ? "" : ", disabled") + "}";
  }
}
