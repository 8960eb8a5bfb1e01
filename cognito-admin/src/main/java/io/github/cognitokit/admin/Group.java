package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
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
    List<ChangeReport.FieldChange> changes = new ArrayList<>();
    for (String u : usernames) {
      Args.text(u, "username");
      String resource = "user " + u + " in group " + name;
      List<String> groups = new ArrayList<>();
      admin.calls().run("AdminListGroupsForUser", resource, () -> {
        groups.clear();
        admin.cognito().adminListGroupsForUserPaginator(b -> b.userPoolId(pool.id()).username(u).limit(60)).groups()
            .forEach(g -> groups.add(g.groupName()));
        return groups;
      });
      boolean member = groups.contains(name);
      if (add && !member) {
        admin.calls().run("AdminAddUserToGroup", resource, () -> admin.cognito().adminAddUserToGroup(b -> b
            .userPoolId(pool.id()).groupName(name).username(u)));
        changes.add(new ChangeReport.FieldChange("Members", null, u));
      } else if (!add && member) {
        admin.calls().run("AdminRemoveUserFromGroup", resource, () -> admin.cognito().adminRemoveUserFromGroup(b -> b
            .userPoolId(pool.id()).groupName(name).username(u)));
        changes.add(new ChangeReport.FieldChange("Members", u, null));
      }
    }
    return new ChangeReport("members of group " + name, changes.isEmpty() ? ChangeReport.Change.UNCHANGED
        : ChangeReport.Change.UPDATED, changes);
  }

  /**
   * Lists the members, all pages.
   *
   * @return the user names
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public List<String> members() {
    List<String> names = new ArrayList<>();
    admin.calls().run("ListUsersInGroup", "group " + name, () -> {
      names.clear();
      admin.cognito().listUsersInGroupPaginator(b -> b.userPoolId(pool.id()).groupName(name).limit(60)).users()
          .forEach(u -> names.add(u.username()));
      return names;
    });
    return names;
  }

  /**
   * Deletes the group (not its users). Deleting a group that is gone is not an error.
   *
   * @return DELETED or ABSENT
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport delete() {
    String resource = "group " + name + " in " + pool.name();
    return Deletion.idempotent(resource, () -> admin.calls().run("DeleteGroup", resource, () -> admin.cognito()
        .deleteGroup(b -> b.userPoolId(pool.id()).groupName(name))));
  }

  @Override
  public String toString() {
    return "Group{" + name + "}";
  }
}
