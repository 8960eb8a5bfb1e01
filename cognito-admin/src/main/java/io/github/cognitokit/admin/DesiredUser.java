package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One user as the directory wants them, for {@link Provisioning}: attributes, groups, enabled, and optionally a
 * password. Immutable; {@link #toString()} never shows the password.
 *
 * <pre>{@code
 * DesiredUser.builder("alice").attribute("email", "alice@example.com").attribute("department", "ops")
 *     .groups("admins").enabled(true).build()
 * }</pre>
 */
public final class DesiredUser {
  private final String username;
  private final Map<String, String> attributes;
  private final Set<String> groups;
  private final Boolean enabled;
  private final String password;
  private final int line;

  private DesiredUser(Builder b) {
    this.username = b.username;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.groups = b.groups == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(b.groups));
    this.enabled = b.enabled;
    this.password = b.password;
    this.line = b.line;
  }

  /**
   * Starts a user.
   *
   * @param username the user name (in e-mail-as-username pools, the e-mail)
   * @return a builder
   * @throws IllegalArgumentException if blank
   */
  public static Builder builder(String username) {
    return new Builder(Args.text(username, "username"));
  }

  /**
   * Returns the user name.
   *
   * @return the user name
   */
  public String username() {
    return username;
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
   * Returns the groups the user should be in.
   *
   * @return the groups, or empty if the source says nothing about groups
   */
  public Optional<Set<String>> groups() {
    return Optional.ofNullable(groups);
  }

  /**
   * Returns whether the user should be enabled.
   *
   * @return the state, or empty if the source does not say
   */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(enabled);
  }

  /**
   * Returns the password to set, if any.
   *
   * @return the password; keep it out of logs
   */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /**
   * Returns the line of the source this user came from.
   *
   * @return the 1-based line, or 0 for users given in code
   */
  public int line() {
    return line;
  }

  @Override
  public String toString() {
    return "DesiredUser{" + username + ", attributes=" + attributes.keySet() + ", groups=" + groups
        + (enabled == null ? "" : ", enabled=" + enabled) + (password == null ? "" : ", password=***") + "}";
  }

  /** Builds a {@link DesiredUser}. */
  public static final class Builder {
    private final String username;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Set<String> groups;
    private Boolean enabled;
    private String password;
    private int line;

    private Builder(String username) {
      this.username = username;
    }

    /**
     * Sets an attribute; names that are not standard get the {@code custom:} prefix.
     *
     * @param name the attribute name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value null
     */
    public Builder attribute(String name, String value) {
      attributes.put(UserSpec.qualified(name), Args.notNull(value, "attribute " + name + " value"));
      return this;
    }

    /**
     * Sets the groups the user should be in.
     *
     * @param groups group names
     * @return this builder
     * @throws IllegalArgumentException if one is blank
     */
    public Builder groups(String... groups) {
      Args.notNull(groups, "groups");
      Set<String> set = new LinkedHashSet<>();
      for (String g : groups) {
        set.add(Args.text(g, "group"));
      }
      this.groups = set;
      return this;
    }

    /**
     * Sets whether the user should be enabled.
     *
     * @param enabled the state
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Sets the password to set when passwords are synced.
     *
     * @param password the password
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder password(String password) {
      this.password = Args.text(password, "password");
      return this;
    }

    Builder line(int line) {
      this.line = line;
      return this;
    }

    /**
     * Builds the user.
     *
     * @return the user
     */
    public DesiredUser build() {
      return new DesiredUser(this);
    }
  }
}
