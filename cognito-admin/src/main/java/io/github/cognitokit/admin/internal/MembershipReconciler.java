package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group membership: each user's groups ({@code AdminListGroupsForUser}, which also accepts an alias); a user is
 * added or removed only if not already where the spec wants them.
 */
public final class MembershipReconciler
    extends Reconciler<MembershipDesired, Map<String, Boolean>, List<String>, Outcome> {
  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public MembershipReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected Map<String, Boolean> observe(MembershipDesired d) {
    Map<String, Boolean> member = new LinkedHashMap<>();
    for (String u : d.usernames()) {
      member.put(u, gateway.adminListGroupsForUser("user " + u + " in group " + d.group(), d.poolId(), u)
          .contains(d.group()));
    }
    return member;
  }

  @Override
  protected Plan<List<String>> plan(Map<String, Boolean> current, MembershipDesired desired) {
    return planMembership(current, desired);
  }

  /**
   * Plans membership: pure, reads only its arguments.
   *
   * @param current whether each user is in the group now
   * @param d the desired membership
   * @return the plan; its writes are the users to add or remove
   */
  public static Plan<List<String>> planMembership(Map<String, Boolean> current, MembershipDesired d) {
    List<String> users = new ArrayList<>();
    List<FieldChange> changes = new ArrayList<>();
    for (String u : d.usernames()) {
      if (!users.contains(u) && Boolean.TRUE.equals(current.get(u)) != d.member()) {
        users.add(u);
        changes.add(d.member() ? new FieldChange("Members", null, u) : new FieldChange("Members", u, null));
      }
    }
    return Plan.update(changes, users);
  }

  @Override
  protected Outcome apply(MembershipDesired d, Map<String, Boolean> current, Plan<List<String>> plan) {
    for (String u : plan.writes()) {
      String resource = "user " + u + " in group " + d.group();
      if (d.member()) {
        gateway.adminAddUserToGroup(resource, d.poolId(), d.group(), u);
      } else {
        gateway.adminRemoveUserFromGroup(resource, d.poolId(), d.group(), u);
      }
    }
    return new Outcome(d.group(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(MembershipDesired d, Map<String, Boolean> current, Plan<List<String>> plan,
      boolean applied) {
    return new Outcome(d.group(), plan.report(d.resource(), applied));
  }
}
