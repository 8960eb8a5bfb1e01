package io.github.cognitokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.ResetPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Each scenario against the emulator, twice: every check passes, and the second run changes nothing. */
@CognitoEmulatorTest(reset = ResetPolicy.BEFORE_EACH)
class QuickstartIT {
  static List<Quickstart.Result> run(CognitoEmulator emulator, ByteArrayOutputStream out, String... args)
      throws Exception {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--endpoint-url";
    all[args.length + 1] = emulator.endpoint().toString();
    return Quickstart.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), Map.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"modelop", "alb", "api-bearer", "sso-app", "provision", "provisioning-sync", "spring"})
  void scenario_passesEveryCheck_andTheSecondRunChangesNothing(String scenario, CognitoEmulator emulator)
      throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    List<Quickstart.Result> results = run(emulator, first, "--scenario", scenario);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.failures()).as(first.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(r.checks()).isNotEmpty();
      assertThat(r.unchanged()).isFalse();
    });

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    List<Quickstart.Result> again = run(emulator, second, "--scenario", scenario);
    assertThat(again).singleElement().satisfies(r -> {
      assertThat(r.failures()).as(second.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(r.unchanged()).as(second.toString(StandardCharsets.UTF_8)).isTrue();
    });
    assertThat(second.toString(StandardCharsets.UTF_8)).contains("nothing changed").doesNotContain("CREATED");
    exportOfEachPool_plansNoChange(emulator);
  }

  /**
   * Export then plan, for every pool the scenario made, users included: no change. The emulator lacks two reads
   * export makes; a stand-in answers them as the API Reference shows a pool with neither set.
   */
  static void exportOfEachPool_plansNoChange(CognitoEmulator emulator) {
    RequestRecorder gaps = new RequestRecorder();
    gaps.answer("GetLogDeliveryConfiguration", 200, "{\"LogDeliveryConfiguration\":{\"LogConfigurations\":[]}}");
    gaps.answer("GetUICustomization", 200, "{\"UICustomization\":{}}");
    try (CognitoIdentityProviderClient cognito = emulator.newClient(gaps)) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      List<String> pools = cognito.listUserPools(b -> b.maxResults(60)).userPools().stream()
          .map(p -> p.name()).toList();
      assertThat(pools).isNotEmpty();
      for (String name : pools) {
        String yaml = PoolFile.export(admin, name, true);
        List<ChangeReport> plan = PoolFile.parse(yaml, name + ".yaml", Map.of()).plan(admin);
        assertThat(plan).allSatisfy(r -> assertThat(r.changed()).as(r + "\n" + yaml).isFalse());
      }
    }
  }

  @Test
  void alb_withTriggers_setsThemOnThePool(CognitoEmulator emulator) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
    List<Quickstart.Result> results = run(emulator, out, "--scenario", "alb", "--triggers", "PRE_SIGN_UP=" + arn,
        "--alb-dns", "my-alb-1.eu-west-1.elb.amazonaws.com");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(results.get(0).failures()).as(text).isEmpty();
    assertThat(text).contains("triggers: [PRE_SIGN_UP]").contains("ok: triggers as given")
        .contains("https://my-alb-1.eu-west-1.elb.amazonaws.com/oauth2/idpresponse");
    var pool = emulator.client().listUserPools(b -> b.maxResults(60)).userPools().stream()
        .filter(p -> p.name().equals("cognito-kit-alb")).findFirst().orElseThrow();
    assertThat(emulator.client().describeUserPool(b -> b.userPoolId(pool.id())).userPool().lambdaConfig()
        .preSignUp()).isEqualTo(arn);
  }

  @Test
  void modelop_printsTheTokenClaimsAndTheApiChecks(CognitoEmulator emulator) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    run(emulator, out, "--scenario", "modelop", "--base-url", "https://mo.example.org/");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("access token verified").contains("groups [admins]")
        .contains("GET /api/models with the token: 200").contains("without a token: 401")
        .contains("without group ops: 403");
    assertThat(text).doesNotContain(ModelOpScenario.PERMANENT).doesNotContain(ModelOpScenario.TEMPORARY);
  }

  @Test
  void theQuickstartHasALoggingBackend_soSlf4jPrintsNoProviderWarning() {
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName()).doesNotContain("NOP")
        .contains("JDK14");
  }

  @Test
  void badOptions_areRefused() {
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--scenario", "nope"}, System.out, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--frobnicate"}, System.out, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--frobnicate");
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--aws", "--endpoint-url", "http://x"}, System.out,
        Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclusive");
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--scenario"}, System.out, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--scenario", "alb", "--triggers", "NOPE=arn:x"},
        System.out, Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
    assertThatThrownBy(() -> Quickstart.run(new String[] {"--scenario", "alb", "--triggers", "arn-only"},
        System.out, Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NAME=ARN");
  }

  @Test
  void awsEndpointUrlVariable_pointsAtARunningEmulator(CognitoEmulator emulator) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Quickstart.Result> results = Quickstart.run(new String[] {"--scenario", "sso-app"},
        new PrintStream(out, true, StandardCharsets.UTF_8), Map.of("AWS_ENDPOINT_URL", emulator.endpoint().toString()));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Target: emulator at " + emulator.endpoint());
    assertThat(results.get(0).failures()).isEmpty();
  }
}
