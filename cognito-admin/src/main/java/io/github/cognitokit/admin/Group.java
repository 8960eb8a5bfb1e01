package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.MembershipDesired;
import io.github.cognitokit.admin.internal.MembershipReconciler;
import java.util.ArrayList;
import java.util.List;


/** A group of a pool, with its membership. Thread-safe; membership is read from Cognito on each call. */
public final class Group {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String name;
  private final ChangeReport report;

  Group(CognitoAdmin admin, UserPool pool, String name, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.name = name;
    this.report = report;
  }

  /**
   * Returns the group name.
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

  /**
   * Adds users to the group. Members already in it are left alone, so running this again writes nothing.
   *
   * @param usernames the users
   * @return what changed: one field per user added
   * @throws IllegalArgumentException if a name is blank
   * @throws CognitoAdminException if a user does not exist or Cognito refuses
   */
  public ChangeReport addUser(String... usernames) {
    return membership(true, usernames);
  }

  /**
   * Removes users from the group. Users not in it are left alone.
   *
   * @param usernames the users
   * @return what changed: one field per user removed
   * @throws IllegalArgumentException if a name is blank
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport removeUser(String... usernames) {
    return membership(false, usernames);
  }

  private ChangeReport membership(boolean add, String... usernames) {
    Args.notNull(usernames, "usernames");
    List<String> users = new ArrayList<>();
    for (String u : usernames) {
      users.add(Args.text(u, "username"));
    }
    return new MembershipReconciler(admin.gateway()).ensure(new MembershipDesired(pool.id(), name, users, add), false)
        .report();
  }

  /**
   * Lists the members, all pages.
   *
   * @return the user names
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public List<String> members() {
    return admin.gateway().listGroupMembers("group " + name, pool.id(), name);
  }

  /**
   * Deletes the group (not its users). Deleting a group that is gone is not an error.
   *
   * @return DELETED or ABSENT
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport delete() {
    String resource = "group " + name + " in " + pool.name();
    return Deletion.idempotent(resource, () -> admin.gateway().deleteGroup(resource, pool.id(), name));
  }

  @Override
  public String toString() {
    return "Group{" + name + "}";
  }
}
