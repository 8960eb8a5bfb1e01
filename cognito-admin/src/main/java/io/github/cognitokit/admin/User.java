package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * A user of a pool, with the administrator's actions on it. Reads go to Cognito on each call; the handle itself is
 * immutable and thread-safe. Passwords passed in are never logged or reported.
 */
public final class User {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String username;
  private final ChangeReport report;

  User(CognitoAdmin admin, UserPool pool, String username, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.username = username;
    this.report = report;
  }

  static AdminGetUserResponse get(CognitoAdmin admin, String poolId, String username) {
    return admin.gateway().adminGetUser("user " + username, poolId, username).orElse(null);
  }

  static Optional<User> find(CognitoAdmin admin, UserPool pool, String username) {
    AdminGetUserResponse r = get(admin, pool.id(), username);
    return r == null ? Optional.empty() : Optional.of(new User(admin, pool, r.username(), new ChangeReport(
        "user " + r.username(), ChangeReport.Change.UNCHANGED, List.of())));
  }

  private String resource() {
    return "user " + username + " in " + pool.name();
  }

  private AdminGetUserResponse read() {
    AdminGetUserResponse r = get(admin, pool.id(), username);
    if (r == null) {
      throw new CognitoAdminException(CognitoAdminException.Reason.NOT_FOUND, "AdminGetUser", resource(),
          "the user does not exist", null, null, null);
    }
    return r;
  }

  /**
   * Returns the user name this handle was made with (for e-mail-as-username pools, maybe the e-mail).
   *
   * @return the user name
   */
  public String username() {
    return username;
  }

  /**
   * Returns the internal user name: in e-mail- or phone-as-username pools a UUID, the same as {@code sub}.
   *
   * @return the internal user name
   * @throws CognitoAdminException if the user cannot be read
   */
  public String internalUsername() {
    return read().username();
  }

  /**
   * Returns the {@code sub} attribute.
   *
   * @return the stable user id
   * @throws CognitoAdminException if the user cannot be read
   */
  public String sub() {
    return attributes().get("sub");
  }

  /**
   * Returns the user status, such as {@code CONFIRMED} or {@code FORCE_CHANGE_PASSWORD}.
   *
   * @return the status
   * @throws CognitoAdminException if the user cannot be read
   */
  public String status() {
    return read().userStatusAsString();
  }

  /**
   * Tells whether the user may sign in.
   *
   * @return true if enabled
   * @throws CognitoAdminException if the user cannot be read
   */
  public boolean enabled() {
    Boolean e = read().enabled();
    return e == null || e;
  }

  /**
   * Returns the attributes.
   *
   * @return name to value, custom ones with the {@code custom:} prefix; unmodifiable
   * @throws CognitoAdminException if the user cannot be read
   */
  public Map<String, String> attributes() {
    Map<String, String> map = new LinkedHashMap<>();
    read().userAttributes().forEach(a -> map.put(a.name(), a.value()));
    return java.util.Collections.unmodifiableMap(map);
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
   * Sets attributes; names that are not standard get the {@code custom:} prefix.
   *
   * @param values name to value
   * @return this user
   * @throws IllegalArgumentException if a name is blank or a value null
   * @throws CognitoAdminException if Cognito refuses
   */
  public User updateAttributes(Map<String, String> values) {
    Args.notNull(values, "values");
    List<AttributeType> list = new ArrayList<>();
    values.forEach((k, v) -> list.add(AttributeType.builder().name(UserSpec.qualified(k))
        .value(Args.notNull(v, "attribute " + k + " value")).build()));
    admin.gateway().adminUpdateUserAttributes(resource(), pool.id(), username, list);
    return this;
  }

  /**
   * Deletes attributes.
   *
   * @param names attribute names; non-standard ones get the {@code custom:} prefix
   * @return this user
   * @throws CognitoAdminException if Cognito refuses (required attributes cannot be deleted)
   */
  public User deleteAttributes(String... names) {
    Args.notNull(names, "names");
    List<String> list = new ArrayList<>();
    for (String n : names) {
      list.add(UserSpec.qualified(n));
    }
    admin.gateway().adminDeleteUserAttributes(resource(), pool.id(), username, list);
    return this;
  }

  /**
   * Sets the password.
   *
   * @param password the password
   * @param permanent false to make the user choose a new one at the next sign-in
   * @return this user
   * @throws IllegalArgumentException if blank
   * @throws CognitoAdminException if it breaks the policy or Cognito refuses
   */
  public User setPassword(String password, boolean permanent) {
    Args.text(password, "password");
    admin.gateway().adminSetUserPassword(resource(), pool.id(), username, password, permanent);
    return this;
  }

  /**
   * Enables sign-in.
   *
   * @return this user
   * @throws CognitoAdminException if Cognito refuses
   */
  public User enable() {
    admin.gateway().adminSetEnabled(resource(), pool.id(), username, true);
    return this;
  }

  /**
   * Disables sign-in.
   *
   * @return this user
   * @throws CognitoAdminException if Cognito refuses
   */
  public User disable() {
    admin.gateway().adminSetEnabled(resource(), pool.id(), username, false);
    return this;
  }

  /**
   * Makes the user reset the password with a code sent to them.
   *
   * @return this user
   * @throws CognitoAdminException if Cognito refuses
   */
  public User resetPassword() {
    admin.gateway().adminResetUserPassword(resource(), pool.id(), username);
    return this;
  }

  /**
   * Confirms a self-service sign-up without a code.
   *
   * @return this user
   * @throws CognitoAdminException if Cognito refuses
   */
  public User confirmSignUp() {
    admin.gateway().adminConfirmSignUp(resource(), pool.id(), username);
    return this;
  }

  /**
   * Signs the user out everywhere: revokes all refresh tokens.
   *
   * @return this user
   * @throws CognitoAdminException if Cognito refuses
   */
  public User globalSignOut() {
    admin.gateway().adminUserGlobalSignOut(resource(), pool.id(), username);
    return this;
  }

  /**
   * Lists the user's groups, all pages.
   *
   * @return group names
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public List<String> groups() {
    return admin.gateway().adminListGroupsForUser(resource(), pool.id(), username);
  }

  /**
   * Deletes the user. Deleting a user who is gone is not an error.
   *
   * @return DELETED or ABSENT
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport delete() {
    return Deletion.idempotent(resource(), () -> admin.gateway().adminDeleteUser(resource(), pool.id(), username));
  }

  @Override
  public String toString() {
    return "User{" + username + "}";
  }
}
