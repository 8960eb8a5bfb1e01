package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.ResetPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The seed set-ups as pool files (examples/pools), against the emulator: apply twice (the second run writes
 * nothing), plan after apply (no change), export then plan (no change), and prune. The emulator lacks
 * {@code GetLogDeliveryConfiguration} and {@code GetUICustomization}; a stand-in answers them as the API Reference
 * shows a pool with neither set ({@code LogDeliveryConfiguration} with no {@code LogConfigurations}; a
 * {@code UICustomization} with no CSS or image).
 */
@CognitoEmulatorTest(reset = ResetPolicy.BEFORE_EACH)
class PoolFileIT {
  static final Path POOLS = Path.of("..", "examples", "pools");
  static final Map<String, String> VARIABLES = Map.of("APP_BASE_URL", "https://modelop.example.com",
      "MODELOP_DOMAIN", "modelop-file-test", "ALB_DNS", "alb-123.us-east-1.elb.amazonaws.com",
      "ALB_DOMAIN", "alb-file-test", "SSO_DOMAIN", "sso-file-test");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(POOLS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static RequestRecorder standIns() {
    RequestRecorder recorder = new RequestRecorder();
    recorder.answer("GetLogDeliveryConfiguration", 200, "{\"LogDeliveryConfiguration\":{\"LogConfigurations\":[]}}");
    recorder.answer("GetUICustomization", 200, "{\"UICustomization\":{}}");
    return recorder;
  }

  static List<String> writes(RequestRecorder recorder) {
    return recorder.operations().stream().filter(o -> !o.startsWith("Describe") && !o.startsWith("List")
        && !o.startsWith("Get") && !o.startsWith("AdminGet") && !o.startsWith("AdminList")).toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_appliedTwice_secondRunWritesNothing_thenExportPlansNoChange(Path example, CognitoEmulator emulator) {
    RequestRecorder recorder = standIns();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      PoolFile file = PoolFile.read(example, VARIABLES);

      List<ChangeReport> first = file.apply(admin);
      assertThat(first.get(0).change()).isEqualTo(Change.CREATED);
      assertThat(first).allSatisfy(r -> assertThat(r.change()).isIn(Change.CREATED, Change.UPDATED));

      recorder.clear();
      List<ChangeReport> second = file.apply(admin);
      assertThat(second).hasSize(first.size()).allSatisfy(r -> assertThat(r.changed()).as(r.toString()).isFalse());
      assertThat(writes(recorder)).isEmpty();
      assertThat(file.plan(admin)).allSatisfy(r -> assertThat(r.changed()).as(r.toString()).isFalse());

      String exported = PoolFile.export(admin, file.poolName());
      PoolFile back = PoolFile.parse(exported, "exported.yaml", Map.of());
      recorder.clear();
      assertThat(back.plan(admin)).allSatisfy(r -> assertThat(r.changed()).as(r + "\n" + exported).isFalse());
      assertThat(writes(recorder)).isEmpty();
      assertThat(back.planPrune(admin)).isEmpty();
    }
  }

  @Test
  void newPool_planListsEveryResourceAsCreated_andWritesNothing(CognitoEmulator emulator) {
    RequestRecorder recorder = standIns();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      List<ChangeReport> plan = PoolFile.read(POOLS.resolve("000-modelop.yaml"), VARIABLES).plan(admin);
      assertThat(plan).extracting(ChangeReport::resource).containsExactly("user pool modelop",
          "domain modelop-file-test of modelop", "resource server rs in modelop",
          "app client gateway-service in modelop", "app client internal-client in modelop",
          "app client external-integration-client in modelop", "group admins in modelop",
          "user modelop-admin in modelop");
      assertThat(plan).allSatisfy(r -> assertThat(r.change()).isEqualTo(Change.CREATED));
      assertThat(writes(recorder)).isEmpty();
      assertThat(admin.findUserPool("modelop")).isEmpty();
    }
  }

  @Test
  void changedFile_plansOnlyTheChange_andExistingPoolWithNewScopePlansTheClient(CognitoEmulator emulator)
      throws IOException {
    try (CognitoIdentityProviderClient cognito = emulator.newClient(standIns())) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      String text = Files.readString(POOLS.resolve("000-modelop.yaml"));
      PoolFile.parse(text, "000-modelop.yaml", VARIABLES).apply(admin);

      String changed = text.replace("modelop_client: M2M access", "modelop_client: M2M access\n      reports: Read"
          + " reports").replace("scopes: [rs/modelop_client]", "scopes: [rs/modelop_client, rs/reports]")
          .replace("precedence: 1", "precedence: 2");
      List<ChangeReport> plan = PoolFile.parse(changed, "changed.yaml", VARIABLES).plan(admin);
      assertThat(plan).filteredOn(ChangeReport::changed).extracting(ChangeReport::resource).containsExactly(
          "resource server rs in modelop",
          "app client internal-client in modelop (" + clientId(admin, "internal-client") + ")",
          "group admins in modelop");
    }
  }

  static String clientId(CognitoAdmin admin, String name) {
    UserPool pool = admin.findUserPool("modelop").orElseThrow();
    return admin.gateway().findClientId("test", pool.id(), name).orElseThrow();
  }

  @Test
  void prune_deletesWhatTheFileNoLongerNames_onlyWhenAsked(CognitoEmulator emulator) throws IOException {
    try (CognitoIdentityProviderClient cognito = emulator.newClient(standIns())) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      String text = Files.readString(POOLS.resolve("000-modelop.yaml"));
      PoolFile.parse(text, "000-modelop.yaml", VARIABLES).apply(admin);
      UserPool pool = admin.findUserPool("modelop").orElseThrow();
      pool.group("console-made").ensure();
      pool.client("console-made-client").publicClient().ensure();

      PoolFile file = PoolFile.parse(text, "000-modelop.yaml", VARIABLES);
      assertThat(file.apply(admin)).noneMatch(r -> r.change() == Change.DELETED);
      assertThat(file.planPrune(admin)).extracting(ChangeReport::resource)
          .anyMatch(r -> r.startsWith("app client console-made-client in modelop"))
          .contains("group console-made in modelop").hasSize(2);
      assertThat(admin.findUserPool("modelop").orElseThrow().group("console-made").plan().change())
          .isEqualTo(Change.UNCHANGED);

      assertThat(file.prune(admin)).allSatisfy(r -> assertThat(r.change()).isEqualTo(Change.DELETED)).hasSize(2);
      assertThat(file.planPrune(admin)).isEmpty();
      assertThat(pool.group("console-made").plan().change()).isEqualTo(Change.CREATED);

      // A file that drops the resource server but keeps a client using its scope: refused before any deletion.
      String dropped = text.replace("resourceServers:\n  - identifier: rs\n    name: ModelOp\n    scopes:\n"
          + "      modelop_client: M2M access\n", "");
      assertThat(dropped).isNotEqualTo(text);
      assertThatThrownBy(() -> PoolFile.parse(dropped, "dropped.yaml", VARIABLES).prune(admin))
          .isInstanceOf(PoolFileException.class).hasMessageContaining("rs/modelop_client");
      assertThat(admin.gateway().listResourceServers("test", pool.id())).hasSize(1);
    }
  }
}
