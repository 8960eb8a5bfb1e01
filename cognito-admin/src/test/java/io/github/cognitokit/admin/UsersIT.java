package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;

@CognitoEmulatorTest
class UsersIT {
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    pool = CognitoAdmin.using(cognito).userPool("users-" + UUID.randomUUID())
        .customAttributes(CustomAttribute.string("department")).ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  @Test
  void user_isCreatedWithAttributes_thenConverged() {
    User alice = pool.user("alice").email("alice@example.com", true).attribute("department", "ops")
        .temporaryPassword("Temp-Passw0rd-1!").suppressInvitation().ensure();
    assertThat(alice.report().change()).isEqualTo(Change.CREATED);
    AdminCreateUserRequest sent = recorder.last(AdminCreateUserRequest.class);
    assertThat(sent.messageActionAsString()).isEqualTo("SUPPRESS");
    assertThat(alice.attributes()).containsEntry("email", "alice@example.com").containsEntry("email_verified", "true")
        .containsEntry("custom:department", "ops");
    assertThat(alice.status()).isEqualTo("FORCE_CHANGE_PASSWORD");
    assertThat(alice.sub()).isNotBlank();
    assertThat(alice.report().toString()).doesNotContain("Temp-Passw0rd-1!");

    recorder.clear();
    assertThat(pool.user("alice").email("alice@example.com", true).attribute("department", "ops").ensure().report()
        .change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).containsOnly("AdminGetUser");

    User moved = pool.user("alice").attribute("department", "finance").enabled(false).ensure();
    assertThat(moved.report().fields()).extracting(ChangeReport.FieldChange::field)
        .containsExactly("custom:department", "Enabled");
    assertThat(moved.attributes()).containsEntry("custom:department", "finance");
    assertThat(moved.enabled()).isFalse();
    moved.enable();
    assertThat(moved.enabled()).isTrue();
  }

  @Test
  void permanentPassword_confirmsTheUser() {
    User bob = pool.user("bob").permanentPassword("Final-Passw0rd-9!").suppressInvitation().ensure();
    assertThat(bob.status()).isEqualTo("CONFIRMED");
  }

  @Test
  void userActions_work_andDeleteIsIdempotent() {
    User u = pool.user("dave").email("dave@example.com", false).suppressInvitation().ensure();
    u.updateAttributes(Map.of("given_name", "Dave", "department", "eng"));
    assertThat(u.attributes()).containsEntry("given_name", "Dave").containsEntry("custom:department", "eng");
    u.deleteAttributes("given_name");
    assertThat(u.attributes()).doesNotContainKey("given_name");
    u.setPassword("Another-Passw0rd-2!", true);
    assertThat(u.status()).isEqualTo("CONFIRMED");
    u.globalSignOut();
    assertThat(u.delete().change()).isEqualTo(Change.DELETED);
    assertThat(u.delete().change()).isEqualTo(Change.ABSENT);
    assertThat(pool.findUser("dave")).isEmpty();
    assertThatThrownBy(u::status).isInstanceOfSatisfying(CognitoAdminException.class,
        e -> assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.NOT_FOUND));
  }

  @Test
  void users_arePaged_andFiltered_withEscaping() {
    for (int i = 0; i < 130; i++) {
      String name = String.format("user%03d", i);
      cognito.adminCreateUser(b -> b.userPoolId(pool.id()).username(name).messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value(name + (name.endsWith("7") ? "@seven.example.com"
              : "@example.com"))));
    }
    recorder.clear();
    List<UserSummary> all = pool.users().list();
    assertThat(all).hasSize(130);
    assertThat(recorder.requests(ListUsersRequest.class)).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(r -> assertThat(r.limit()).isEqualTo(60));

    List<UserSummary> a = pool.users().filter(Filter.emailStartsWith("user01")).list();
    assertThat(a).extracting(UserSummary::username).hasSize(10).allMatch(n -> n.startsWith("user01"));
    assertThat(pool.users().limit(5).list()).hasSize(5);
    assertThat(Filter.equalTo("email", "a\"b\\c").expression()).isEqualTo("email = \"a\\\"b\\\\c\"");
    assertThatThrownBy(() -> Filter.equalTo("custom:department", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot filter");
  }

  @Test
  void userValidation_namesTheField() {
    assertThatThrownBy(() -> pool.user("x").email("not-an-email", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    assertThatThrownBy(() -> pool.user("x").phone("555-0123", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E.164");
    assertThatThrownBy(() -> pool.user(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    assertThatThrownBy(() -> pool.user("x").attribute("", "v"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute name");
  }

  @Test
  void passwordBreakingThePolicy_isInvalid_withoutThePasswordInTheMessage() {
    // The emulator does not check temporary passwords against the policy: answer as Cognito does.
    recorder.answer("AdminCreateUser", 400, "{\"__type\":\"InvalidPasswordException\",\"message\":"
        + "\"Password did not conform with policy: weak-pw-abc\"}");
    assertThatThrownBy(() -> pool.user("weak").temporaryPassword("weak-pw-abc").suppressInvitation().ensure())
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.INVALID);
          assertThat(e.getMessage()).doesNotContain("weak-pw-abc").contains("AdminCreateUser")
              .contains("InvalidPasswordException");
        });
    recorder.stopAnswering();
    assertThat(pool.findUser("weak")).isEmpty();
  }
}
