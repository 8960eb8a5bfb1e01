package io.github.cognitokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.ResetPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * The built jar ({@code target/cognito-kit.jar}), run as a user runs it: a separate process against the emulator,
 * its output and exit codes checked. Runs after {@code package} (the {@code process-tests} execution).
 */
@CognitoEmulatorTest(reset = ResetPolicy.BEFORE_EACH)
class CliProcessIT {
  static final Path JAR = Path.of(System.getProperty("cognitokit.cli.jar", "target/cognito-kit.jar"));
  static final Path POOLS = Path.of("..", "examples", "pools");
  static final String[] VARS = {"--var", "APP_BASE_URL=https://modelop.example.com", "--var",
      "MODELOP_DOMAIN=modelop-cli-test"};

  record Result(int exit, String out, String err) {}

  CognitoEmulator emulator;

  Result run(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_CONFIG_FILE", "/nonexistent/config");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    Process p = pb.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    var out = p.getInputStream();
    var err = p.getErrorStream();
    var outText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(out));
    var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(err));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("cognito-kit " + args[0] + " ends").isTrue();
    return new Result(p.exitValue(), outText.get(), errText.get());
  }

  static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String[] aws(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--region", emulator.region(), "--endpoint-url", emulator.endpoint().toString()));
    return all.toArray(String[]::new);
  }

  static String[] with(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  @Test
  void apply_thenApplyAgain_thenPlan_reportAndExitAsDocumented() throws Exception {
    String file = POOLS.resolve("000-modelop.yaml").toString();
    Result first = run(null, with(aws("apply", file), VARS));
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("Applying " + file + " to user pool modelop");
    assertThat(first.out()).contains("+ user pool modelop (", "+ app client gateway-service in modelop (",
        "+ user modelop-admin in modelop: created", "Apply: 8 created, 0 updated, 0 deleted, 0 unchanged.");

    Result again = run(null, with(aws("apply", file), VARS));
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("Apply: 0 created, 0 updated, 0 deleted, 8 unchanged.").doesNotContain("+ ");

    Result plan = run(null, with(aws("plan", file, "--detailed-exitcode"), VARS));
    assertThat(plan.exit()).as(plan.out() + plan.err()).isZero();

    Result changed = run(null, aws("plan", file, "--detailed-exitcode", "--var", "APP_BASE_URL=https://new.example.com",
        "--var", "MODELOP_DOMAIN=modelop-cli-test"));
    assertThat(changed.exit()).isEqualTo(CognitoKit.CHANGES);
    assertThat(changed.out()).contains("~ app client gateway-service in modelop (", "CallbackURLs",
        "https://new.example.com/login/oauth2/code/gateway-service", "~ app client external-integration-client");
  }

  @Test
  void export_thenPlan_showsNoChange_andPruneDeletesOnlyWhenAsked(@TempDir Path dir) throws Exception {
    String file = POOLS.resolve("000-modelop.yaml").toString();
    assertThat(run(null, with(aws("apply", file), VARS)).exit()).isZero();
    CognitoIdentityProviderClient cognito = emulator.client();
    String poolId = cognito.listUserPools(b -> b.maxResults(60)).userPools().get(0).id();
    cognito.createGroup(b -> b.userPoolId(poolId).groupName("console-made"));

    try (MotoGaps gaps = new MotoGaps(emulator.endpoint())) {
      Path exported = dir.resolve("modelop.yaml");
      Result export = run(null, "export", "modelop", "-o", exported.toString(), "--region", emulator.region(),
          "--endpoint-url", gaps.endpoint().toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(Files.readString(exported)).contains("name: modelop", "console-made", "rs/modelop_client");
      Result plan = run(null, "plan", exported.toString(), "--detailed-exitcode", "--region", emulator.region(),
          "--endpoint-url", gaps.endpoint().toString());
      assertThat(plan.exit()).as(plan.out() + plan.err()).isZero();
      assertThat(plan.out()).contains("Plan: 0 created, 0 updated, 0 deleted, 8 unchanged.");
    }

    Result dryRun = run(null, with(aws("prune", file, "--dry-run"), VARS));
    assertThat(dryRun.exit()).isZero();
    assertThat(dryRun.out()).contains("- group console-made in modelop: deleted", "Would delete 1 resource.");
    assertThat(cognito.listGroups(b -> b.userPoolId(poolId)).groups()).hasSize(2);
    Result prune = run(null, with(aws("prune", file), VARS));
    assertThat(prune.exit()).isZero();
    assertThat(prune.out()).contains("Deleted 1 resource.");
    assertThat(cognito.listGroups(b -> b.userPoolId(poolId)).groups()).extracting(g -> g.groupName())
        .containsExactly("admins");
  }

  @Test
  void usersSync_fromCsv_plansThenSyncs_andBadRowsExit3(@TempDir Path dir) throws Exception {
    assertThat(run(null, aws("apply", POOLS.resolve("004-miniorange-directory.yaml").toString())).exit()).isZero();
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "username,email,department,groups\nada,ada@example.com,research,staff\n"
        + "grace,grace@example.com,engineering,staff\n");
    Result dry = run(null, aws("users", "sync", "--pool", "cognito-kit-directory", "--csv", csv.toString(),
        "--dry-run"));
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("CREATE ada", "CREATE grace");
    Result sync = run(null, aws("users", "sync", "--pool", "cognito-kit-directory", "--csv", csv.toString()));
    assertThat(sync.exit()).as(sync.err()).isZero();
    assertThat(sync.err()).contains("users: ");
    Result again = run(null, aws("users", "sync", "--pool", "cognito-kit-directory", "--csv", csv.toString()));
    assertThat(again.out()).contains(", 2 unchanged.").doesNotContain("CREATE");

    Files.writeString(csv, "username,email\nada,ada@example.com\n,nobody@example.com\n");
    Result bad = run(null, aws("users", "sync", "--pool", "cognito-kit-directory", "--csv", csv.toString(),
        "--dry-run"));
    assertThat(bad.exit()).isEqualTo(CognitoKit.BAD_INPUT);
    assertThat(bad.err()).contains("skipped: ", "line 3");
  }

  @Test
  void tokenVerify_printsClaims_andRefusesATamperedToken() throws Exception {
    assertThat(run(null, aws("apply", POOLS.resolve("002-memverge-api.yaml").toString())).exit()).isZero();
    CognitoIdentityProviderClient cognito = emulator.client();
    String poolId = cognito.listUserPools(b -> b.maxResults(60)).userPools().get(0).id();
    String clientId = cognito.listUserPoolClients(b -> b.userPoolId(poolId)).userPoolClients().get(0).clientId();
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username("ada@example.com").messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username("ada@example.com").password("Passw0rd-Long-1!")
        .permanent(true));
    String access = cognito.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "ada@example.com",
            "PASSWORD", "Passw0rd-Long-1!"))).authenticationResult().accessToken();

    Result ok = run(access, "token", "verify", "--pool-id", poolId, "--client-id", clientId, "--token-use", "access",
        "--endpoint-url", emulator.endpoint().toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("\"token_use\" : \"access\"", "\"client_id\" : \"" + clientId + "\"");
    assertThat(ok.err()).doesNotContain(access);

    String[] parts = access.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    Result refused = run(tampered, "token", "verify", "--pool-id", poolId, "--any-client", "--endpoint-url",
        emulator.endpoint().toString());
    assertThat(refused.exit()).isEqualTo(CognitoKit.REJECTED);
    assertThat(refused.err()).contains("token refused (").doesNotContain(tampered).doesNotContain(parts[2]);
    assertThat(refused.out()).isEmpty();
  }

  @Test
  void errors_exitWithTheDocumentedCodes(@TempDir Path dir) throws Exception {
    Result usage = run(null, "apply");
    assertThat(usage.exit()).isEqualTo(CognitoKit.USAGE);
    assertThat(usage.err()).contains("Missing required parameter: 'FILE'");

    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "pool:\n  name: p\n  mfa: SOMETIMES\n");
    Result badFile = run(null, aws("plan", bad.toString()));
    assertThat(badFile.exit()).isEqualTo(CognitoKit.BAD_INPUT);
    assertThat(badFile.err()).contains(bad + ":3:8: pool.mfa: unknown value SOMETIMES");

    Result unreachable = run(null, "plan", POOLS.resolve("002-memverge-api.yaml").toString(), "--region", "us-east-1",
        "--endpoint-url", "http://127.0.0.1:9");
    assertThat(unreachable.exit()).isEqualTo(CognitoKit.FAILED);
    assertThat(unreachable.err()).contains("could not be reached");

    Result missing = run(null, aws("export", "no-such-pool"));
    assertThat(missing.exit()).isEqualTo(CognitoKit.FAILED);
    assertThat(missing.err()).contains("no user pool has this name");

    Result help = run(null, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("plan", "apply", "prune", "export", "users", "token", "Exit codes:");
    Result version = run(null, "--version");
    assertThat(version.out()).startsWith("cognito-kit 0.");
    Result schema = run(null, "schema");
    assertThat(schema.out()).contains("\"title\": \"Cognito Kit pool file\"");
  }
}
