package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ProvisioningPlan.ActionType;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@CognitoEmulatorTest
class ProvisioningIT {
  static final RateLimits FAST = RateLimits.builder().userCreation(1000).userUpdate(1000).userResourceUpdate(1000)
      .userList(1000).build();
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    pool = CognitoAdmin.using(cognito).userPool("sync-" + UUID.randomUUID())
        .customAttributes(CustomAttribute.string("department")).ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  static String csv(int count, int changedFrom, int changedCount, Set<Integer> removed) {
    StringBuilder sb = new StringBuilder("username,email,given_name,family_name,department,groups,enabled\r\n");
    for (int i = 0; i < count; i++) {
      if (removed.contains(i)) {
        continue;
      }
      String dept = i >= changedFrom && i < changedFrom + changedCount ? "finance" : "ops";
      sb.append(String.format("user%04d,user%04d@example.com,Given %d,\"Family, %d\",%s,%s,true\r\n", i, i, i, i,
          dept, i % 10 == 0 ? "admins;staff" : "staff"));
    }
    return sb.toString();
  }

  long count(String operation) {
    return recorder.operations().stream().filter(operation::equals).count();
  }

  @Test
  void thousandUsersFromCsv_thenOnlyTheChanges() {
    ProvisioningReport first = pool.provisioning().users(UserRows.csv(new StringReader(csv(1000, 0, 0, Set.of()))))
        .rateLimits(FAST).concurrency(8).apply();
    assertThat(first.created()).isEqualTo(1000);
    assertThat(first.failures()).isEmpty();
    assertThat(pool.users().list()).hasSize(1000);
    User u10 = pool.findUser("user0010").orElseThrow();
    assertThat(u10.attributes()).containsEntry("family_name", "Family, 10").containsEntry("custom:department", "ops")
        .containsEntry("email_verified", "true");
    assertThat(u10.groups()).containsExactlyInAnyOrder("admins", "staff");

    Set<Integer> removed = new HashSet<>();
    for (int i = 900; i < 920; i++) {
      removed.add(i);
    }
    Provisioning second = pool.provisioning().users(UserRows.csv(new StringReader(csv(1000, 100, 50, removed))))
        .absentUsers(Provisioning.AbsentUsers.DISABLE).rateLimits(FAST).concurrency(8);
    ProvisioningPlan plan = second.plan();
    assertThat(plan.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(ActionType.UPDATE_ATTRIBUTES, 50L,
        ActionType.DISABLE, 20L));
    assertThat(plan.unchanged()).isEqualTo(930);
    assertThat(plan.actions()).filteredOn(a -> a.type() == ActionType.UPDATE_ATTRIBUTES).first().satisfies(a ->
        assertThat(a.detail()).isEqualTo("custom:department: ops -> finance"));

    recorder.clear();
    ProvisioningReport report = second.apply();

    assertThat(report.updated()).isEqualTo(50);
    assertThat(report.disabled()).isEqualTo(20);
    assertThat(report.created()).isZero();
    assertThat(count("AdminCreateUser")).isZero();
    assertThat(count("AdminUpdateUserAttributes")).isEqualTo(50);
    assertThat(count("AdminDisableUser")).isEqualTo(20);
    assertThat(pool.findUser("user0120").orElseThrow().attributes()).containsEntry("custom:department", "finance");
    assertThat(pool.findUser("user0905").orElseThrow().enabled()).isFalse();
    assertThat(pool.provisioning().users(UserRows.csv(new StringReader(csv(1000, 100, 50, removed))))
        .absentUsers(Provisioning.AbsentUsers.DISABLE).rateLimits(FAST).plan().isEmpty()).isTrue();
  }

  @Test
  void interruptedHalfWay_thenRunAgain_converges() throws Exception {
    String source = csv(300, 0, 0, Set.of());
    AtomicReference<ProvisioningReport> firstReport = new AtomicReference<>();
    Thread[] runner = new Thread[1];
    // At the 100th user the run is interrupted, and from then on every worker waits in its next progress call
    // until the run stops it: however the threads are scheduled, at most one more user per worker is created.
    runner[0] = new Thread(() -> firstReport.set(pool.provisioning().users(UserRows.csv(new StringReader(source)))
        .rateLimits(FAST).concurrency(4).progress((done, total) -> {
          if (done < 100) {
            return;
          }
          if (done == 100) {
            runner[0].interrupt();
          }
          try {
            new java.util.concurrent.CountDownLatch(1).await(60, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the run's shutdown reached this worker: let it stop
          }
        }).apply()));
    runner[0].start();
    runner[0].join(120_000);

    assertThat(firstReport.get().interrupted()).isTrue();
    assertThat(firstReport.get().created()).isBetween(100L, 103L);

    ProvisioningReport second = pool.provisioning().users(UserRows.csv(new StringReader(source))).rateLimits(FAST)
        .apply();
    assertThat(second.interrupted()).isFalse();
    assertThat(second.failures()).isEmpty();
    List<UserSummary> users = pool.users().list();
    assertThat(users).hasSize(300);
    assertThat(users.stream().map(UserSummary::username).collect(Collectors.toSet())).hasSize(300);
    assertThat(pool.findUser("user0299").orElseThrow().groups()).containsExactly("staff");
    assertThat(pool.provisioning().users(UserRows.csv(new StringReader(source))).rateLimits(FAST).plan().isEmpty())
        .isTrue();
  }

  @Test
  void badRows_areReportedWithTheirLine_andNeverApplied() {
    String csv = "username,email,department,enabled,color\n"
        + "good,good@example.com,ops,true,\n"
        + "bademail,not-an-email,ops,true,\n"
        + "twice,t1@example.com,ops,true,\n"
        + ",nobody@example.com,ops,true,\n"
        + "twice,t2@example.com,ops,true,\n"
        + "badflag,b@example.com,ops,maybe,\n"
        + "unknownattr,u@example.com,ops,true,blue\n";
    UserRows rows = UserRows.csv(new StringReader(csv));
    ProvisioningReport report = pool.provisioning().users(rows).absentUsers(Provisioning.AbsentUsers.DELETE)
        .rateLimits(FAST).apply();

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.skipped()).extracting(UserRows.RowError::line).containsExactly(3, 4, 5, 6, 7, 8);
    assertThat(report.skipped()).extracting(UserRows.RowError::reason).anyMatch(r -> r.contains("invalid email"))
        .anyMatch(r -> r.contains("appears 2 times")).anyMatch(r -> r.contains("no username"))
        .anyMatch(r -> r.contains("enabled must be true or false"))
        .anyMatch(r -> r.contains("unknown custom attribute custom:color"));
    assertThat(pool.users().list()).extracting(UserSummary::username).containsExactly("good");
  }

  @Test
  void jsonLines_groupsConverge_andPasswordsSync() {
    String first = "{\"username\":\"ann\",\"attributes\":{\"email\":\"ann@example.com\"},\"groups\":[\"a\",\"b\"]}\n"
        + "\n{\"username\":\"ben\",\"attributes\":{\"email\":\"ben@example.com\"},\"groups\":[\"a\"],"
        + "\"password\":\"Ben-Passw0rd-1!\"}\n"
        + "not json\n";
    UserRows rows = UserRows.jsonLines(new StringReader(first));
    assertThat(rows.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
    ProvisioningReport report = pool.provisioning().users(rows).syncPasswords(true).rateLimits(FAST).apply();
    assertThat(report.created()).isEqualTo(2);
    assertThat(pool.findUser("ben").orElseThrow().status()).isEqualTo("CONFIRMED");
    assertThat(report.toString()).doesNotContain("Ben-Passw0rd-1!");

    String second = "{\"username\":\"ann\",\"attributes\":{\"email\":\"ann@example.com\"},\"groups\":[\"b\"]}\n"
        + "{\"username\":\"ben\",\"attributes\":{\"email\":\"ben@example.com\"},\"groups\":[\"a\"]}\n";
    ProvisioningPlan plan = pool.provisioning().users(UserRows.jsonLines(new StringReader(second))).plan();
    assertThat(plan.actions()).extracting(Object::toString).containsExactly("REMOVE_FROM_GROUP ann: a");
    pool.provisioning().users(UserRows.jsonLines(new StringReader(second))).rateLimits(FAST).apply();
    assertThat(pool.findUser("ann").orElseThrow().groups()).containsExactly("b");
  }

  @Test
  void dryRun_printsThePlan_andWritesNothing() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    recorder.clear();
    ProvisioningPlan plan = pool.provisioning().users(List.of(DesiredUser.builder("zoe")
        .attribute("email", "zoe@example.com").groups("staff").build())).dryRun(new java.io.PrintStream(out, true));
    assertThat(plan.counts()).containsEntry(ActionType.CREATE, 1L).containsEntry(ActionType.CREATE_GROUP, 1L);
    assertThat(out.toString()).contains("CREATE zoe").contains("CREATE_GROUP staff");
    assertThat(recorder.operations()).allSatisfy(op -> assertThat(op).matches("(Describe|List).*"));
    assertThat(new ArrayList<>(pool.users().list())).isEmpty();
  }
}
