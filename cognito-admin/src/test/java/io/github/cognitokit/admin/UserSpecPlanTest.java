package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.UserDesired;
import io.github.cognitokit.admin.internal.UserReconciler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * {@link UserSpec}'s settings, planned against the user real Cognito returns ({@code contract/admin-get-user.json}:
 * a user who has not yet changed the temporary password). Passwords, invitation and delivery are creation settings:
 * an existing user keeps the password it has.
 */
class UserSpecPlanTest {
  static UserSpec spec() {
    return Specs.POOL.user("johndoe");
  }

  static Plan<UserReconciler.Writes> plan(UserSpec spec) {
    return UserReconciler.planUser(RealCognito.user(), spec.freeze());
  }

  @Test
  void settings_asRealCognitoHasThem_planNoWrite() {
    UserSpec same = spec().email("testuser@example.com", true).attribute("tenant", "acme").enabled(true)
        .temporaryPassword("Tmp-Passw0rd!").permanentPassword("Perm-Passw0rd!").suppressInvitation()
        .deliverBy(UserSpec.Delivery.EMAIL);

    assertThat(plan(same).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void attributes_changed_updateOnlyTheOnesThatDiffer() {
    Plan<UserReconciler.Writes> plan = plan(spec().email("john@example.com", true).attribute("tenant", "acme"));

    assertThat(plan.changes()).extracting(FieldChange::field).containsExactly("email");
    assertThat(plan.writes().attributes()).extracting(AttributeType::name).containsExactly("email");
    assertThat(plan(spec().attribute("custom:tenant", "globex")).changes()).extracting(FieldChange::before)
        .containsExactly("acme");
    assertThat(plan(spec().phone("+15555550123", false)).changes()).extracting(FieldChange::field)
        .containsExactly("phone_number", "phone_number_verified");
  }

  @Test
  void enabled_changed_togglesTheUser() {
    Plan<UserReconciler.Writes> plan = plan(spec().enabled(false));

    assertThat(plan.changes()).extracting(FieldChange::field).containsExactly("Enabled");
    assertThat(plan.writes().enabled()).isFalse();
    AdminGetUserResponse disabled = RealCognito.user().toBuilder().enabled(false).build();
    assertThat(UserReconciler.planUser(disabled, spec().enabled(false).freeze()).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void resendInvitation_onlyWhileTheTemporaryPasswordIsUnchanged() {
    assertThat(plan(spec().resendInvitation()).changes()).extracting(FieldChange::field)
        .containsExactly("Invitation");
    AdminGetUserResponse confirmed = RealCognito.user().toBuilder().userStatus("CONFIRMED").build();
    assertThat(UserReconciler.planUser(confirmed, spec().resendInvitation().freeze()).change())
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void newUser_isCreatedWithItsAttributesPasswordsAndDelivery() {
    UserDesired desired = spec().email("j@example.com", true).temporaryPassword("Tmp-Passw0rd!")
        .permanentPassword("Perm-Passw0rd!").suppressInvitation().deliverBy(UserSpec.Delivery.EMAIL).enabled(false)
        .freeze();

    Plan<UserReconciler.Writes> plan = UserReconciler.planUser(null, desired);

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    AdminCreateUserRequest create = plan.writes().create();
    assertThat(create.userAttributes()).extracting(AttributeType::name).containsExactly("email", "email_verified");
    assertThat(create.temporaryPassword()).isEqualTo("Tmp-Passw0rd!");
    assertThat(create.messageActionAsString()).isEqualTo("SUPPRESS");
    assertThat(create.desiredDeliveryMediumsAsStrings()).containsExactly("EMAIL");
    assertThat(plan.writes().permanentPassword()).isEqualTo("Perm-Passw0rd!");
    assertThat(plan.writes().enabled()).isFalse();
    assertThat(desired.toString()).doesNotContain("Passw0rd");
    assertThat(plan.writes().toString()).doesNotContain("Passw0rd");
    assertThat(create.toString()).doesNotContain("Passw0rd");
  }
}
