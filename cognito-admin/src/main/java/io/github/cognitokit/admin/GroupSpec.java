package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.GroupDesired;
import io.github.cognitokit.admin.internal.GroupReconciler;
import io.github.cognitokit.admin.internal.Outcome;

/** The desired settings of a group: description, precedence and IAM role. Settings not named stay. */
public final class GroupSpec {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String name;
  private String description;
  private Integer precedence;
  private String roleArn;

  GroupSpec(CognitoAdmin admin, UserPool pool, String name) {
    this.admin = admin;
    this.pool = pool;
    this.name = Args.text(name, "group name");
    if (name.length() > 128) {
      throw new IllegalArgumentException("group name must be at most 128 characters, was " + name.length());
    }
  }

  /**
   * Sets the description.
   *
   * @param description up to 2048 characters
   * @return this spec
   * @throws IllegalArgumentException if null or too long
   */
  public GroupSpec description(String description) {
    Args.notNull(description, "description");
    if (description.length() > 2048) {
      throw new IllegalArgumentException("group description must be at most 2048 characters");
    }
    this.description = description;
    return this;
  }

  /**
   * Sets the precedence: the lowest value wins when a user's groups have roles.
   *
   * @param precedence zero or more
   * @return this spec
   * @throws IllegalArgumentException if negative
   */
  public GroupSpec precedence(int precedence) {
    if (precedence < 0) {
      throw new IllegalArgumentException("group precedence must not be negative, was " + precedence);
    }
    this.precedence = precedence;
    return this;
  }

  /**
   * Sets the IAM role of the group's members in identity pools.
   *
   * @param roleArn an IAM role ARN
   * @return this spec
   * @throws IllegalArgumentException if it is not an IAM role ARN
   */
  public GroupSpec roleArn(String roleArn) {
    Args.text(roleArn, "roleArn");
    if (!roleArn.startsWith("arn:") || !roleArn.contains(":iam::") || !roleArn.contains(":role/")) {
      throw new IllegalArgumentException("roleArn must be an IAM role ARN, was '" + roleArn + "'");
    }
    this.roleArn = roleArn;
    return this;
  }

  /**
   * Creates the group, or converges the existing one.
   *
   * @return the group
   * @throws CognitoAdminException if Cognito refuses
   */
  public Group ensure() {
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

  private Group reconcile(boolean dryRun) {
    Outcome r = new GroupReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new Group(admin, pool, name, r.report());
  }

  /** The spec as an immutable desired state. */
  GroupDesired freeze() {
    return new GroupDesired(pool.id(), pool.name(), name, description, precedence, roleArn);
  }

  @Override
  public String toString() {
    return "GroupSpec{" + name + "}";
  }
}
