package io.github.cognitokit.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.DesiredUser;
import io.github.cognitokit.admin.ProvisioningPlan.Action;
import io.github.cognitokit.admin.ProvisioningPlan.ActionType;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Absent;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Existing;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Observed;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Planned;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provisioning plan as a pure function: no emulator, every kind of action from a described pool. */
class ProvisioningPlannerTest {
  static final Settings DEFAULTS = new Settings(true, false, Absent.KEEP);

  static Observed pool(Map<String, Existing> users, Set<String> groups, Map<String, Set<String>> membership) {
    return new Observed(users, groups, membership);
  }

  static List<ActionType> types(Planned p, String user) {
    return p.work().stream().filter(w -> w.username().equals(user)).flatMap(w -> w.actions().stream())
        .map(Action::type).toList();
  }

  @Test
  void aNewUserIsCreatedWithVerifiedEmailGroupsAndItsState() {
    DesiredUser ann = DesiredUser.builder("ann").attribute("email", "ann@example.com").groups("admins")
        .enabled(false).build();
    Planned p = ProvisioningPlanner.plan(List.of(ann), Set.of(), pool(Map.of(), Set.of("admins"), Map.of()),
        DEFAULTS);

    assertThat(types(p, "ann")).containsExactly(ActionType.CREATE, ActionType.ADD_TO_GROUP, ActionType.DISABLE);
    assertThat(p.work().get(0).changed()).containsEntry("email_verified", "true");
    assertThat(p.groupActions()).isEmpty();
    assertThat(p.unchanged()).isZero();
  }

  @Test
  void anUnchangedUserCostsNothing() {
    DesiredUser bob = DesiredUser.builder("bob").attribute("email", "bob@example.com").groups("ops").build();
    Existing have = new Existing("bob", Map.of("email", "bob@example.com", "email_verified", "true"), true);
    Planned p = ProvisioningPlanner.plan(List.of(bob), Set.of(), pool(Map.of("bob", have), Set.of("ops"),
        Map.of("bob", Set.of("ops"))), DEFAULTS);

    assertThat(p.work()).isEmpty();
    assertThat(p.unchanged()).isEqualTo(1);
  }

  @Test
  void changedAttributesStateAndManagedGroupsConverge() {
    DesiredUser cal = DesiredUser.builder("cal").attribute("email", "new@example.com").groups("ops").enabled(true)
        .build();
    Existing have = new Existing("cal", Map.of("email", "old@example.com", "email_verified", "true"), false);
    Planned p = ProvisioningPlanner.plan(List.of(cal, DesiredUser.builder("dee").groups("admins").build()),
        Set.of(), pool(Map.of("cal", have), Set.of("ops", "admins", "legacy"),
            Map.of("cal", Set.of("admins", "legacy"))), DEFAULTS);

    assertThat(types(p, "cal")).containsExactly(ActionType.UPDATE_ATTRIBUTES, ActionType.ENABLE,
        ActionType.ADD_TO_GROUP, ActionType.REMOVE_FROM_GROUP);
    assertThat(p.work().get(0).actions().get(0).detail()).isEqualTo("email: old@example.com -> new@example.com");
    assertThat(p.work().get(0).actions().get(3).detail()).as("only groups the source manages").isEqualTo("admins");
    assertThat(p.work().get(0).changed()).containsOnlyKeys("email");
  }

  @Test
  void groupsTheSourceNamesAreCreatedFirst() {
    Planned p = ProvisioningPlanner.plan(List.of(DesiredUser.builder("eve").groups("new-b", "new-a").build()),
        Set.of(), pool(Map.of(), Set.of(), Map.of()), DEFAULTS);
    assertThat(p.groupActions()).extracting(Action::username).containsExactly("new-a", "new-b");
  }

  @Test
  void absentUsersAreKeptDisabledOrDeletedButNeverTheSkippedOnes() {
    Map<String, Existing> users = Map.of("gone", new Existing("gone", Map.of(), true),
        "off", new Existing("off", Map.of(), false), "badrow", new Existing("badrow", Map.of(), true));
    Observed observed = pool(users, Set.of(), Map.of());
    assertThat(ProvisioningPlanner.plan(List.of(), Set.of("badrow"), observed, DEFAULTS).work()).isEmpty();

    Planned disable = ProvisioningPlanner.plan(List.of(), Set.of("badrow"), observed,
        new Settings(true, false, Absent.DISABLE));
    assertThat(disable.work()).extracting(ProvisioningPlanner.Work::username).containsExactly("gone");
    assertThat(disable.work().get(0).absent()).isTrue();

    Planned delete = ProvisioningPlanner.plan(List.of(), Set.of("badrow"), observed,
        new Settings(true, false, Absent.DELETE));
    assertThat(delete.work()).extracting(ProvisioningPlanner.Work::username)
        .containsExactlyInAnyOrder("gone", "off");
    assertThat(delete.work()).allSatisfy(w -> assertThat(w.actions()).extracting(Action::type)
        .containsExactly(ActionType.DELETE));
  }

  @Test
  void passwordsSyncOnlyWhenAskedAndEmailVerifiedOnlyWhenUnsaid() {
    DesiredUser fay = DesiredUser.builder("fay").attribute("email", "fay@example.com")
        .attribute("email_verified", "false").password("A-Passw0rd!").build();
    Existing have = new Existing("fay", Map.of("email", "fay@example.com", "email_verified", "false"), true);
    Observed observed = pool(Map.of("fay", have), Set.of(), Map.of());

    assertThat(ProvisioningPlanner.plan(List.of(fay), Set.of(), observed, DEFAULTS).work()).isEmpty();
    assertThat(types(ProvisioningPlanner.plan(List.of(fay), Set.of(), observed,
        new Settings(true, true, Absent.KEEP)), "fay")).containsExactly(ActionType.SET_PASSWORD);
    DesiredUser gil = DesiredUser.builder("gil").attribute("email", "gil@example.com").build();
    assertThat(ProvisioningPlanner.plan(List.of(gil), Set.of(), pool(Map.of(), Set.of(), Map.of()),
        new Settings(false, false, Absent.KEEP)).work().get(0).changed()).doesNotContainKey("email_verified");
  }
}
