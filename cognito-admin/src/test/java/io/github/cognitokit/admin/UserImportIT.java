package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * User import jobs. The emulator has no import jobs: the job operations are canned in the API Reference's shapes
 * ({@code CSVHeader}; {@code UserImportJob} with {@code JobId}, {@code PreSignedUrl}, {@code Status} and the
 * counts), and a loopback HTTP server stands in for the pre-signed S3 upload URL.
 */
@CognitoEmulatorTest
class UserImportIT {
  static final String ROLE = "arn:aws:iam::123456789012:role/CognitoImportLogs";
  static final String HEADER = "{\"UserPoolId\":\"p\",\"CSVHeader\":[\"name\",\"email\",\"email_verified\","
      + "\"cognito:mfa_enabled\",\"cognito:username\"]}";

  final RequestRecorder recorder = new RequestRecorder();
  UploadServer s3;
  CognitoIdentityProviderClient cognito;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) throws Exception {
    s3 = new UploadServer();
    cognito = emulator.newClient(recorder);
    pool = CognitoAdmin.using(cognito).userPool("import-" + UUID.randomUUID()).ensure();
  }

  @AfterEach
  void tearDown() {
    s3.close();
    cognito.close();
  }

  String job(String status, long imported, long skipped, long failed) {
    return "{\"UserImportJob\":{\"JobName\":\"j\",\"JobId\":\"import-AbC123\",\"UserPoolId\":\"" + pool.id()
        + "\",\"PreSignedUrl\":\"" + s3.url() + "\","
        + "\"Status\":\"" + status + "\",\"CloudWatchLogsRoleArn\":\"" + ROLE + "\",\"ImportedUsers\":" + imported
        + ",\"SkippedUsers\":" + skipped + ",\"FailedUsers\":" + failed
        + (status.equals("Succeeded") ? ",\"CompletionMessage\":\"Import Job Completed Successfully.\"" : "")
        + "}}";
  }

  List<DesiredUser> users() {
    return List.of(DesiredUser.builder("alice").attribute("email", "alice@example.com").build(),
        DesiredUser.builder("bob").attribute("name", "Bob").build());
  }

  @Test
  void anImport_uploadsTheFile_startsTheJob_andFollowsItToTheEnd() {
    recorder.answer("GetCSVHeader", 200, HEADER);
    recorder.answer("CreateUserImportJob", 200, job("Created", 0, 0, 0));
    recorder.answer("StartUserImportJob", 200, job("Pending", 0, 0, 0));
    recorder.answerInTurn("DescribeUserImportJob", Reply.of(200, job("InProgress", 1, 0, 0)),
        Reply.of(200, job("Succeeded", 1, 1, 0)));
    List<String> progress = new CopyOnWriteArrayList<>();

    UserImport.Report report = pool.importUsers(users(), ROLE).progress((done, total) -> progress.add(done + "/"
        + total)).waitUpTo(Duration.ofSeconds(10), Duration.ofMillis(5)).run();

    assertThat(report.succeeded()).isTrue();
    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.jobId()).isEqualTo("import-AbC123");
    assertThat(progress).containsExactly("1/2", "2/2");
    assertThat(s3.body().split("\r\n")).containsExactly("name,email,email_verified,cognito:mfa_enabled,"
        + "cognito:username", ",alice@example.com,false,false,alice", "Bob,,false,false,bob");
    assertThat(s3.encryption()).isEqualTo("aws:kms");
    assertThat(recorder.operations()).containsSubsequence("GetCSVHeader", "CreateUserImportJob",
        "StartUserImportJob", "DescribeUserImportJob", "DescribeUserImportJob");
  }

  @Test
  void aFailedUpload_isTyped_andNoJobIsStarted() {
    recorder.answer("GetCSVHeader", 200, HEADER);
    recorder.answer("CreateUserImportJob", 200, job("Created", 0, 0, 0));
    s3.answer(403);

    assertThatThrownBy(() -> pool.importUsers(users(), ROLE).run()).isInstanceOfSatisfying(
        CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID);
          assertThat(e.getMessage()).contains("HTTP 403");
        });
    assertThat(recorder.operations()).doesNotContain("StartUserImportJob");
  }

  @Test
  void aJobStillRunningAtTheTimeout_isUnavailable_namingTheJob_andCanBeStopped() {
    recorder.answer("GetCSVHeader", 200, HEADER);
    recorder.answer("CreateUserImportJob", 200, job("Created", 0, 0, 0));
    recorder.answer("StartUserImportJob", 200, job("Pending", 0, 0, 0));
    recorder.answerWith("DescribeUserImportJob", r -> Reply.of(200, job("InProgress", 0, 0, 0)));
    recorder.answer("StopUserImportJob", 200, job("Stopping", 0, 0, 0));

    assertThatThrownBy(() -> pool.importUsers(users(), ROLE).waitUpTo(Duration.ofSeconds(1), Duration.ofMillis(50))
        .run()).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
          assertThat(e.getMessage()).contains("import-AbC123").contains("still InProgress");
        });
    assertThat(pool.stopImport("import-AbC123")).isEqualTo("Stopping");
  }

  @Test
  void usersAnImportCannotCarry_areRefused_beforeAnyJobIsCreated() {
    recorder.answer("GetCSVHeader", 200, HEADER);

    assertThatThrownBy(() -> pool.importUsers(List.of(DesiredUser.builder("carol").groups("admins").build()), ROLE)
        .run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carol");
    assertThat(recorder.operations()).doesNotContain("CreateUserImportJob");
    assertThatThrownBy(() -> pool.importUsers(users(), "not-a-role")).hasMessageContaining("IAM role ARN");
  }
}
