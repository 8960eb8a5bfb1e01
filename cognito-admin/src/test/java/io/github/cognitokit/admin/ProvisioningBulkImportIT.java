package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Provisioning that creates many users through an import job. The emulator has no import jobs, so a stand-in plays
 * Cognito's import engine: the upload goes to a loopback server, and starting the job creates the uploaded rows'
 * users in the emulator (as a real job would, with no password); the job answers are in the API Reference's shapes.
 */
@CognitoEmulatorTest
class ProvisioningBulkImportIT {
  static final String ROLE = "arn:aws:iam::123456789012:role/CognitoImportLogs";

  final RequestRecorder recorder = new RequestRecorder();
  UploadServer s3;
  CognitoIdentityProviderClient cognito;
  CognitoIdentityProviderClient engine;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) throws Exception {
    s3 = new UploadServer();
    cognito = emulator.newClient(recorder);
    engine = emulator.newClient();
    pool = CognitoAdmin.using(cognito).userPool("bulk-" + UUID.randomUUID()).ensure();
    String job = "{\"UserImportJob\":{\"JobName\":\"j\",\"JobId\":\"import-1\",\"UserPoolId\":\"" + pool.id()
        + "\",\"PreSignedUrl\":\"" + s3.url() + "\",\"Status\":\"%s\","
        + "\"ImportedUsers\":%d,\"SkippedUsers\":0,\"FailedUsers\":0}}";
    recorder.answerWith("GetCSVHeader", r -> Reply.of(200, "{\"CSVHeader\":[\"email\",\"email_verified\","
        + "\"cognito:mfa_enabled\",\"cognito:username\"]}"));
    recorder.answerWith("CreateUserImportJob", r -> Reply.of(200, String.format(job, "Created", 0)));
    AtomicReference<Integer> imported = new AtomicReference<>(0);
    recorder.answerWith("StartUserImportJob", r -> {
      String[] rows = s3.body().split("\r\n");
      for (int i = 1; i < rows.length; i++) {
        String[] cells = rows[i].split(",", -1);
        engine.adminCreateUser(b -> b.userPoolId(pool.id()).username(cells[3]).messageAction("SUPPRESS")
            .userAttributes(software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType.builder()
                .name("email").value(cells[0]).build()));
      }
      imported.set(rows.length - 1);
      return Reply.of(200, String.format(job, "Pending", 0));
    });
    recorder.answerWith("DescribeUserImportJob", r -> Reply.of(200, String.format(job, "Succeeded", imported.get())));
  }

  @AfterEach
  void tearDown() {
    s3.close();
    cognito.close();
    engine.close();
  }

  List<DesiredUser> users() {
    return List.of(
        DesiredUser.builder("alice").attribute("email", "alice@example.com").groups("admins").build(),
        DesiredUser.builder("bob").attribute("email", "bob@example.com").enabled(false).build(),
        DesiredUser.builder("carol").attribute("email", "carol@example.com").build(),
        DesiredUser.builder("dave").attribute("email", "dave@new.example.com").build());
  }

  @Test
  void manyNewUsers_areCreatedByOneImportJob_theirOtherActionsAndUpdatesByTheApi() {
    pool.user("dave").email("dave@example.com", true).suppressInvitation().ensure();
    recorder.clear();

    ProvisioningReport report = pool.provisioning().users(users()).bulkImport(ROLE, 2)
        .importSettings(i -> i.waitUpTo(Duration.ofSeconds(10), Duration.ofMillis(5))).apply();

    assertThat(report.created()).isEqualTo(3);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.failures()).isEmpty();
    assertThat(recorder.operations()).contains("CreateUserImportJob", "StartUserImportJob", "AdminAddUserToGroup",
        "AdminDisableUser", "AdminUpdateUserAttributes").doesNotContain("AdminCreateUser");
    assertThat(s3.body()).contains("alice@example.com,true,false,alice")
        .as("markEmailVerified applies to imported users too").doesNotContain("dave");
    assertThat(pool.findUser("alice").orElseThrow().groups()).containsExactly("admins");
    assertThat(pool.findUser("bob").orElseThrow().enabled()).isFalse();
    assertThat(pool.findUser("dave").orElseThrow().attributes()).containsEntry("email", "dave@new.example.com");
  }

  @Test
  void fewerNewUsersThanTheThreshold_stayOnTheApi() {
    ProvisioningReport report = pool.provisioning().users(users().subList(2, 3)).bulkImport(ROLE, 2).apply();

    assertThat(report.created()).isEqualTo(1);
    assertThat(recorder.operations()).contains("AdminCreateUser").doesNotContain("CreateUserImportJob");
  }

  @Test
  void bulkImport_withPasswordsOrInvitations_isRefusedBeforeAnyWrite() {
    recorder.clear();
    assertThatThrownBy(() -> pool.provisioning().users(users()).bulkImport(ROLE, 2).temporaryPassword("Tmp-Pw-123!")
        .apply()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be combined");
    assertThat(recorder.operations()).allSatisfy(op -> assertThat(op).matches("(Describe|List|Get|AdminGet).*"));
    assertThatThrownBy(() -> pool.provisioning().bulkImport("role", 2)).hasMessageContaining("IAM role ARN");
  }
}
