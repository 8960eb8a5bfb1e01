package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.GroupReconciler;
import io.github.cognitokit.admin.internal.Plan;
import org.junit.jupiter.api.Test;

/** {@link GroupSpec}'s settings, planned against the group real Cognito returns ({@code contract/get-group.json}). */
class GroupSpecPlanTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/example-role";

  static Plan<GroupReconciler.Writes> plan(GroupSpec spec) {
    return GroupReconciler.planGroup(RealCognito.group(), spec.freeze());
  }

  static GroupSpec spec() {
    return Specs.POOL.group("MyGroup");
  }

  @Test
  void settings_asRealCognitoHasThem_planNoWrite() {
    assertThat(plan(spec()).change()).isEqualTo(Change.UNCHANGED);
    assertThat(plan(spec().description("A sample group.").precedence(1).roleArn(ROLE)).change())
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void eachSetting_changed_isUpdated_andTheOthersAreSentAsTheyAre() {
    Plan<GroupReconciler.Writes> description = plan(spec().description("Admins"));
    assertThat(description.changes()).extracting(FieldChange::field).containsExactly("Description");
    assertThat(description.writes()).isEqualTo(new GroupReconciler.Writes(false, "Admins", 1, ROLE));

    Plan<GroupReconciler.Writes> precedence = plan(spec().precedence(0));
    assertThat(precedence.changes()).extracting(FieldChange::field).containsExactly("Precedence");
    assertThat(precedence.writes()).isEqualTo(new GroupReconciler.Writes(false, "A sample group.", 0, ROLE));

    Plan<GroupReconciler.Writes> role = plan(spec().roleArn("arn:aws:iam::123456789012:role/other"));
    assertThat(role.changes()).extracting(FieldChange::field).containsExactly("RoleArn");
    assertThat(role.writes().description()).isEqualTo("A sample group.");
  }

  @Test
  void newGroup_isCreatedWithItsSettings() {
    Plan<GroupReconciler.Writes> plan = GroupReconciler.planGroup(null, spec().description("d").precedence(3)
        .freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    assertThat(plan.writes()).isEqualTo(new GroupReconciler.Writes(true, "d", 3, null));
  }
}
