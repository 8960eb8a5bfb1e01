package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Outcome;
import io.github.cognitokit.admin.internal.UserDesired;
import io.github.cognitokit.admin.internal.UserReconciler;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The desired state of a user: attributes, enabled or not, and for a new user its password and invitation.
 * Attributes named are set; others stay. Names that are not standard attributes get the {@code custom:} prefix.
 *
 * <pre>{@code
 * pool.user("alice").email("alice@example.com", true).attribute("department", "ops")
 *     .temporaryPassword(pw).suppressInvitation().ensure();
 * }</pre>
 *
 * <p>Passwords apply only when the user is created (use {@link User#setPassword(String, boolean)} later); they never
 * appear in a report, a log line or {@link #toString()}.
 */
public final class UserSpec {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

  /** How an invitation is delivered. */
  public enum Delivery {
    /** By e-mail. */
    EMAIL,
    /** By SMS. */
    SMS
  }

  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String username;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private String temporaryPassword;
  private String permanentPassword;
  private String messageAction;
  private Set<Delivery> delivery;
  private Boolean enabled;

  UserSpec(CognitoAdmin admin, UserPool pool, String username) {
    this.admin = admin;
    this.pool = pool;
    this.username = Args.text(username, "username");
    if (username.length() > 128) {
      throw new IllegalArgumentException("username must be at most 128 characters");
    }
  }

  /**
   * Sets the e-mail address and whether it counts as verified.
   *
   * @param email the address
   * @param verified true to mark it verified (no verification mail)
   * @return this spec
   * @throws IllegalArgumentException if it is not an e-mail address
   */
  public UserSpec email(String email, boolean verified) {
    if (email == null || !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("email is not an e-mail address: '" + email + "'");
    }
    attributes.put("email", email);
    attributes.put("email_verified", String.valueOf(verified));
    return this;
  }

  /**
   * Sets the phone number (E.164, such as {@code +15555550123}) and whether it counts as verified.
   *
   * @param phone the number
   * @param verified true to mark it verified
   * @return this spec
   * @throws IllegalArgumentException if it is not an E.164 number
   */
  public UserSpec phone(String phone, boolean verified) {
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("phone must be an E.164 number such as +15555550123, was '" + phone + "'");
    }
    attributes.put("phone_number", phone);
    attributes.put("phone_number_verified", String.valueOf(verified));
    return this;
  }

  /**
   * Sets an attribute; names that are not standard get the {@code custom:} prefix.
   *
   * @param name for example {@code given_name} or {@code department}
   * @param value the value
   * @return this spec
   * @throws IllegalArgumentException if the name is blank or the value null
   */
  public UserSpec attribute(String name, String value) {
    attributes.put(qualified(name), Args.notNull(value, "attribute " + name + " value"));
    return this;
  }

  static String qualified(String name) {
    Args.text(name, "attribute name");
    if (name.startsWith("custom:") || StandardAttribute.isStandard(name)) {
      return name;
    }
    return "custom:" + name;
  }

  /**
   * Creates the user with this temporary password: the user must choose a new one at the first sign-in. Without it
   * Cognito generates one.
   *
   * @param password the temporary password
   * @return this spec
   * @throws IllegalArgumentException if blank
   */
  public UserSpec temporaryPassword(String password) {
    this.temporaryPassword = Args.text(password, "temporaryPassword");
    return this;
  }

  /**
   * Creates the user with this password as permanent: no password change at the first sign-in.
   *
   * @param password the password
   * @return this spec
   * @throws IllegalArgumentException if blank
   */
  public UserSpec permanentPassword(String password) {
    this.permanentPassword = Args.text(password, "permanentPassword");
    return this;
  }

  /**
   * Sends no invitation to a new user.
   *
   * @return this spec
   */
  public UserSpec suppressInvitation() {
    this.messageAction = "SUPPRESS";
    return this;
  }

  /**
   * Sends the invitation again to a user who has not signed in yet (status {@code FORCE_CHANGE_PASSWORD}).
   *
   * @return this spec
   */
  public UserSpec resendInvitation() {
    this.messageAction = "RESEND";
    return this;
  }

  /**
   * Chooses how the invitation is delivered. Default: SMS, as Cognito does.
   *
   * @param mediums e-mail and/or SMS
   * @return this spec
   * @throws IllegalArgumentException if none is given
   */
  public UserSpec deliverBy(Delivery... mediums) {
    if (mediums == null || mediums.length == 0) {
      throw new IllegalArgumentException("deliverBy needs at least one medium");
    }
    this.delivery = EnumSet.copyOf(List.of(mediums));
    return this;
  }

  /**
   * Enables or disables the user.
   *
   * @param enabled false to disable sign-in
   * @return this spec
   */
  public UserSpec enabled(boolean enabled) {
    this.enabled = enabled;
    return this;
  }

  /**
   * Creates the user, or converges the existing one.
   *
   * @return the user
   * @throws CognitoAdminException if Cognito refuses (for example a password that breaks the policy)
   */
  public User ensure() {
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

  private User reconcile(boolean dryRun) {
    Outcome r = new UserReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new User(admin, pool, username, r.report());
  }

  /** The spec as an immutable desired state. */
  UserDesired freeze() {
    List<String> mediums = delivery == null ? List.of() : delivery.stream().map(Delivery::name).toList();
    return new UserDesired(pool.id(), pool.name(), username, attributes, temporaryPassword, permanentPassword,
        "SUPPRESS".equals(messageAction), "RESEND".equals(messageAction), mediums, enabled);
  }

  @Override
  public String toString() {
    return "UserSpec{" + username + ", attributes=" + attributes.keySet() + "}";
  }
}
