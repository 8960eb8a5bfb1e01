package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.DroppingPort;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Cognito failing during ensure() and provisioning: typed errors, and a second run that converges. */
@CognitoEmulatorTest
class CognitoFaultsIT {
  static final Reply SERVER_ERROR = Reply.of(500, "{\"__type\":\"InternalErrorException\",\"message\":\"oops\"}");
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAdmin admin;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    admin = CognitoAdmin.using(cognito);
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  List<ChangeReport> setUp(String name) {
    List<ChangeReport> reports = new ArrayList<>();
    UserPool pool = admin.userPool(name).passwordPolicy(p -> p.minLength(10)).ensure();
    reports.add(pool.report());
    ResourceServer rs = pool.resourceServer("rs").scope("read", "Read").ensure();
    reports.add(rs.report());
    reports.add(pool.client("web").confidential().oauth(o -> o.clientCredentials().scopes(rs.scope("read"))).ensure()
        .report());
    reports.add(pool.group("g").ensure().report());
    return reports;
  }

  @Test
  void ensureFailingHalfWay_isATypedError_andTheNextRunConverges() {
    String name = "faults-" + UUID.randomUUID();
    recorder.answer("CreateUserPoolClient", 500, SERVER_ERROR.body());

    assertThatThrownBy(() -> setUp(name)).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
      assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.UNAVAILABLE);
      assertThat(e.operation()).isEqualTo("CreateUserPoolClient");
      assertThat(e.resource()).contains("web");
    });
    assertThat(recorder.operations().stream().filter("CreateUserPoolClient"::equals).count())
        .as("the SDK retried the 500s").isGreaterThan(1);

    recorder.stopAnswering();
    List<ChangeReport> again = setUp(name);
    assertThat(again).extracting(ChangeReport::change)
        .containsExactly(Change.UNCHANGED, Change.UNCHANGED, Change.CREATED, Change.CREATED);
    assertThat(setUp(name)).allSatisfy(r -> assertThat(r.change()).isEqualTo(Change.UNCHANGED));
    assertThat(cognito.listUserPoolClients(b -> b.userPoolId(admin.findUserPool(name).orElseThrow().id())
        .maxResults(60)).userPoolClients()).hasSize(1);
  }

  @Test
  void droppedConnections_areUnavailable_withTheCause() throws Exception {
    try (DroppingPort down = DroppingPort.open()) { // held for the whole test: no port probed and reused
      droppedAt(down.port());
    }
  }

  private static void droppedAt(int port) {
    try (CognitoIdentityProviderClient down = CognitoIdentityProviderClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
      assertThatThrownBy(() -> CognitoAdmin.using(down).userPool("x").ensure())
          .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
            assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.UNAVAILABLE);
            assertThat(e.getCause()).isNotNull();
          });
    }
  }

  @Test
  void provisioning_withServerErrors_reportsTheFailedUsers_andTheNextRunConverges() {
    UserPool pool = admin.userPool("faulty-sync-" + UUID.randomUUID()).ensure();
    List<DesiredUser> users = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      users.add(DesiredUser.builder("f" + i).attribute("email", "f" + i + "@example.com").build());
    }
    recorder.answerInTurn("AdminCreateUser", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
    ProvisioningReport first = pool.provisioning().users(users).concurrency(1).apply();
    assertThat(first.failures()).hasSize(1).allSatisfy(f -> {
      assertThat(f.action()).isEqualTo(ProvisioningPlan.ActionType.CREATE);
      assertThat(f.reason()).contains("InternalErrorException");
    });
    assertThat(first.created()).isEqualTo(9);

    ProvisioningReport second = pool.provisioning().users(users).apply();
    assertThat(second.created()).isEqualTo(1);
    assertThat(second.failures()).isEmpty();
    assertThat(pool.users().list()).hasSize(10);
  }
}
