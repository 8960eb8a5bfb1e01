package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

/**
 * A group: {@code GetGroup}; created, or updated whole (Cognito clears what {@code UpdateGroup} omits) when the
 * description, precedence or role differs.
 */
public final class GroupReconciler extends Reconciler<GroupDesired, GroupType, GroupReconciler.Writes, Outcome> {

  /**
   * The group's settings to send, whole.
   *
   * @param create true to create, false to update
   * @param description the description
   * @param precedence the precedence
   * @param roleArn the role
   */
  public record Writes(boolean create, String description, Integer precedence, String roleArn) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public GroupReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected GroupType observe(GroupDesired d) {
    return gateway.getGroup(d.resource(), d.poolId(), d.name()).orElse(null);
  }

  @Override
  protected Plan<Writes> plan(GroupType current, GroupDesired desired) {
    return planGroup(current, desired);
  }

  /**
   * Plans a group: pure, reads only its arguments.
   *
   * @param current the group, or null if there is none
   * @param d the desired group
   * @return the plan
   */
  public static Plan<Writes> planGroup(GroupType current, GroupDesired d) {
    if (current == null) {
      List<FieldChange> fields = new ArrayList<>();
      if (d.description() != null) {
        fields.add(new FieldChange("Description", null, d.description()));
      }
      if (d.precedence() != null) {
        fields.add(new FieldChange("Precedence", null, String.valueOf(d.precedence())));
      }
      if (d.roleArn() != null) {
        fields.add(new FieldChange("RoleArn", null, d.roleArn()));
      }
      return Plan.create(fields, new Writes(true, d.description(), d.precedence(), d.roleArn()));
    }
    String description = d.description() != null ? d.description() : current.description();
    Integer precedence = d.precedence() != null ? d.precedence() : current.precedence();
    String role = d.roleArn() != null ? d.roleArn() : current.roleArn();
    List<FieldChange> changes = new ArrayList<>();
    if (!Objects.equals(description, current.description())) {
      changes.add(new FieldChange("Description", current.description(), description));
    }
    if (!Objects.equals(precedence, current.precedence())) {
      changes.add(new FieldChange("Precedence", String.valueOf(current.precedence()), String.valueOf(precedence)));
    }
    if (!Objects.equals(role, current.roleArn())) {
      changes.add(new FieldChange("RoleArn", current.roleArn(), role));
    }
    return Plan.update(changes, new Writes(false, description, precedence, role));
  }

  @Override
  protected Outcome apply(GroupDesired d, GroupType current, Plan<Writes> plan) {
    Writes w = plan.writes();
    if (w.create()) {
      gateway.createGroup(d.resource(), d.poolId(), d.name(), w.description(), w.precedence(), w.roleArn());
    } else {
      gateway.updateGroup(d.resource(), d.poolId(), d.name(), w.description(), w.precedence(), w.roleArn());
    }
    return new Outcome(d.name(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(GroupDesired d, GroupType current, Plan<Writes> plan, boolean applied) {
    return new Outcome(d.name(), plan.report(d.resource(), applied));
  }
}
