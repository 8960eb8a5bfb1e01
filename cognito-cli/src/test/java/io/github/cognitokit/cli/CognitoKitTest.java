package io.github.cognitokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: options, help, and exit codes of errors found before any call. */
class CognitoKitTest {
  record Run(int exit, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CognitoKit.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noCommand_orAGroupWithoutItsCommand_isAUsageError() {
    assertThat(run(Map.of()).exit()).isEqualTo(CognitoKit.USAGE);
    Run users = run(Map.of(), "users");
    assertThat(users.exit()).isEqualTo(CognitoKit.USAGE);
    assertThat(users.err()).contains("name a users command: sync");
    assertThat(run(Map.of(), "token").err()).contains("name a token command: verify");
    assertThat(run(Map.of(), "plann").err()).contains("Unmatched argument", "plan");
  }

  @Test
  void tokenVerify_needsExactlyOneOfClientIdAndAnyClient() {
    Run neither = run(Map.of(), "token", "verify", "--pool-id", "us-east-1_AbC", "x.y.z");
    assertThat(neither.exit()).isEqualTo(CognitoKit.USAGE);
    assertThat(neither.err()).contains("give --client-id or --any-client (exactly one)");
    assertThat(run(Map.of(), "token", "verify", "--pool-id", "us-east-1_AbC", "--any-client", "--client-id", "c",
        "x.y.z").exit()).isEqualTo(CognitoKit.USAGE);
  }

  @Test
  void poolFileVariables_comeFromTheEnvironment_thenVar(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pool.yaml");
    Files.writeString(file, "pool:\n  name: ${POOL}\n  mfa: SOMETIMES\n");
    Run unset = run(Map.of(), "plan", file.toString(), "--region", "us-east-1");
    assertThat(unset.exit()).isEqualTo(CognitoKit.BAD_INPUT);
    assertThat(unset.err()).contains(":2:9: pool.name: the variable POOL is not set");
    // With the variable from the environment, the next error is found: still before any call.
    Run fromEnv = run(Map.of("POOL", "p"), "plan", file.toString(), "--region", "us-east-1");
    assertThat(fromEnv.err()).contains(":3:8: pool.mfa: unknown value SOMETIMES");
    Run fromVar = run(Map.of(), "plan", file.toString(), "--var", "POOL=p", "--region", "us-east-1");
    assertThat(fromVar.err()).contains(":3:8: pool.mfa");
    Run missing = run(Map.of(), "apply", dir.resolve("none.yaml").toString());
    assertThat(missing.exit()).isEqualTo(CognitoKit.BAD_INPUT);
    assertThat(missing.err()).contains("cannot read the pool file");
  }

  @Test
  void version_andSchema() {
    Run version = run(Map.of(), "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("cognito-kit ");
    Run schema = run(Map.of(), "schema");
    assertThat(schema.exit()).isZero();
    assertThat(schema.out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
