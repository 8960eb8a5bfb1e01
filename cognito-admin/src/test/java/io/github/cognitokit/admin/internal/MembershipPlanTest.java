package io.github.cognitokit.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group membership planning: a user is added or removed only where membership differs. */
class MembershipPlanTest {
  @Test
  void members_alreadyWhereTheSpecWantsThem_planNoWrite() {
    Plan<List<String>> plan = MembershipReconciler.planMembership(Map.of("alice", true, "bob", true),
        new MembershipDesired("us-east-1_EXAMPLE", "admins", List.of("alice", "bob"), true));

    assertThat(plan.change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void add_onlyTheUsersMissing_onceEach() {
    Plan<List<String>> plan = MembershipReconciler.planMembership(Map.of("alice", true, "bob", false),
        new MembershipDesired("us-east-1_EXAMPLE", "admins", List.of("alice", "bob", "bob"), true));

    assertThat(plan.writes()).containsExactly("bob");
    assertThat(plan.changes()).containsExactly(new FieldChange("Members", null, "bob"));
  }

  @Test
  void remove_onlyTheUsersPresent() {
    Plan<List<String>> plan = MembershipReconciler.planMembership(Map.of("alice", true, "bob", false),
        new MembershipDesired("us-east-1_EXAMPLE", "admins", List.of("alice", "bob"), false));

    assertThat(plan.writes()).containsExactly("alice");
    assertThat(plan.changes()).containsExactly(new FieldChange("Members", "alice", null));
  }
}
