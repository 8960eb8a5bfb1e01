package io.github.cognitokit.examples;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.CustomAttribute;
import io.github.cognitokit.admin.DesiredUser;
import io.github.cognitokit.admin.Provisioning;
import io.github.cognitokit.admin.ProvisioningReport;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.admin.UserRows;
import io.github.cognitokit.testkit.RequestRecorder;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Seed 004 (miniOrange provisioning): a directory creates, updates and deletes Cognito users, syncs passwords and a
 * custom attribute, with an IAM policy of four admin actions. A sync that converges must also read (to compare), so
 * the scenario records every call the sync makes and prints the smallest policy that allows them, and why.
 */
final class ProvisioningSyncScenario {
  /** The guide's policy: "Create/Update/Delete and SetUserPassword for other users in the user pool". */
  static final Set<String> GUIDE_ACTIONS = Set.of("AdminCreateUser", "AdminUpdateUserAttributes", "AdminDeleteUser",
      "AdminSetUserPassword");
  static final Map<String, String> WHY = Map.of(
      "ListUsers", "read the pool's users and their attributes, to compare them with the directory",
      "DescribeUserPool", "read the pool's custom attributes, so an unknown one is reported, not sent",
      "ListGroups", "see which groups exist before adding users to them",
      "ListUsersInGroup", "read group members, to add and remove only what differs",
      "AdminDisableUser", "disable instead of delete, when the sync is told to",
      "AdminEnableUser", "enable a user the directory enables again",
      "CreateGroup", "create a group the directory names",
      "AdminAddUserToGroup", "add a member",
      "AdminRemoveUserFromGroup", "remove a member");
  static final String PASSWORD = "Directory-Passw0rd-1!";

  private ProvisioningSyncScenario() {}

  static void run(Run run) throws Exception {
    Console c = run.console;
    c.step("provisioning-sync: the pool miniOrange provisions into, with the directory's custom attribute");
    c.info("choice: the guide's dropdown attribute becomes custom:department (a string: Cognito has no enumerations)");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-miniorange").selfSignUp(false)
        .customAttributes(CustomAttribute.string("department").maxLength(64)).ensure());
    if (pool.report().change() == ChangeReport.Change.CREATED) {
      // Already in the pool from before: one user the directory no longer has (6. Delete Users), one to update.
      c.report(pool.user("former-employee").email("former@example.com", true).suppressInvitation().ensure()
          .report());
      c.report(pool.user("tim").email("tim@old.example.com", true).attribute("department", "physics")
          .suppressInvitation().ensure().report());
    }

    c.step("provisioning-sync: create, update and delete from the directory (4. Add, 5. Update, 6. Delete Users)");
    RequestRecorder calls = new RequestRecorder();
    try (CognitoIdentityProviderClient recorded = run.target.newCognito(calls)) {
      UserPool syncPool = CognitoAdmin.using(recorded).userPoolById(pool.id());
      UserRows rows;
      try (Reader csv = new InputStreamReader(ProvisioningSyncScenario.class.getResourceAsStream(
          "miniorange-users.csv"), StandardCharsets.UTF_8)) {
        rows = UserRows.csv(csv);
      }
      Provisioning sync = syncPool.provisioning().users(rows).absentUsers(Provisioning.AbsentUsers.DELETE);
      ProvisioningReport report = sync.apply();
      c.info("report: " + report);
      c.check("sync finished with no failed user", report.failures().isEmpty());
      if (!sync.plan().isEmpty()) {
        c.check("a second plan is empty", false);
      }
      if (report.created() + report.updated() + report.deleted() > 0) {
        c.reports.add(new ChangeReport("users of cognito-kit-miniorange", ChangeReport.Change.UPDATED, List.of()));
      }
      if (pool.report().change() == ChangeReport.Change.CREATED) {
        // Password Sync: the directory sends a password when a user sets one. Cognito cannot read a password
        // back, so a sync that set every password on every run would write each time: it runs on the change.
        ProvisioningReport passwords = syncPool.provisioning().users(List.of(DesiredUser.builder("radia")
            .attribute("email", "radia@example.com").password(PASSWORD).build())).syncPasswords(true).apply();
        c.check("password sync set radia's password", passwords.failures().isEmpty());
      }
    }

    c.step("provisioning-sync: check the pool against the directory");
    c.check("the directory's users are in the pool, the former employee is not",
        pool.findUser("rosalind").isPresent() && pool.findUser("radia").isPresent()
            && pool.findUser("former-employee").isEmpty());
    c.check("tim's e-mail and department were updated", pool.findUser("tim").map(u -> u.attributes())
        .filter(a -> "tim@example.com".equals(a.get("email")) && "engineering".equals(a.get("custom:department")))
        .isPresent());

    c.step("provisioning-sync: the IAM policy this needs");
    Set<String> used = new TreeSet<>(calls.operations());
    Set<String> beyond = new TreeSet<>(used);
    beyond.removeAll(GUIDE_ACTIONS);
    c.info("the guide's policy allows " + new TreeSet<>(GUIDE_ACTIONS));
    c.info("this sync called " + used);
    Map<String, String> reasons = new TreeMap<>();
    beyond.forEach(a -> reasons.put(a, WHY.getOrDefault(a, "called by the sync")));
    reasons.forEach((a, why) -> c.info("  also cognito-idp:" + a + ": " + why));
    c.info("minimal policy for this sync: cognito-idp:" + String.join(", cognito-idp:", used)
        + " on the user pool's ARN; the full sync policy is docs/iam/cognito-kit-provisioning.json");
    c.check("every call of the sync is in docs/iam/cognito-kit-provisioning.json", PROVISIONING_POLICY.containsAll(
        used));
  }

  /** The actions of docs/iam/cognito-kit-provisioning.json (IamPolicyIT keeps that file exact). */
  static final Set<String> PROVISIONING_POLICY = Set.of("AdminAddUserToGroup", "AdminCreateUser", "AdminDeleteUser",
      "AdminDisableUser", "AdminEnableUser", "AdminRemoveUserFromGroup", "AdminSetUserPassword",
      "AdminUpdateUserAttributes", "CreateGroup", "DescribeUserPool", "ListGroups", "ListUsers", "ListUsersInGroup");
}
