package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.spring.apps.ReadmeApi;
import io.github.cognitokit.spring.apps.RunningApp;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * The README's own security filter chain, with the README's {@code application.yml} settings as properties: the
 * auto-configured decoder and converter plug into a chain the application wrote.
 */
@CognitoEmulatorTest
class ReadmeAppIT {
  static CognitoEmulator emulator;
  static MotoPool pool;
  static RunningApp app;
  static AuthenticationResultType alice;
  static AuthenticationResultType bob;

  @BeforeAll
  static void start() {
    pool = MotoPool.create(emulator, "readme-it");
    alice = pool.signIn("alice", pool.appClientId);
    bob = pool.signIn("bob", pool.appClientId);
    app = RunningApp.start(ReadmeApi.class, WebApplicationType.SERVLET,
        "cognito.user-pool-id=" + pool.poolId, "cognito.client-ids=" + pool.appClientId, "cognito.token-use=access",
        "cognito.jwks-uri=" + pool.jwksUri());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void readmeSnippet_isThisAppsChain() throws Exception {
    String source = Files.readString(Path.of("../cognito-spring/src/test/java/io/github/cognitokit/spring/apps"
        + "/ReadmeApi.java"));
    String snippet = source.substring(source.indexOf("// README snippet begins") + 25,
        source.indexOf("  // README snippet ends"));
    String unindented = snippet.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));
    assertThat(Files.readString(Path.of("../README.md"))).contains(unindented);
  }

  @Test
  void ownChain_usesTheCognitoDecoder_andGroupRoles() {
    assertThat(app.get("/health", null).statusCode()).isEqualTo(200);
    assertThat(app.get("/whoami", null).statusCode()).isEqualTo(401);
    assertThat(app.get("/whoami", alice.accessToken()).body()).isEqualTo("alice");
    assertThat(app.get("/whoami", alice.idToken()).statusCode()).isEqualTo(401);
    assertThat(app.get("/whoami", pool.signIn("alice", pool.otherClientId).accessToken()).statusCode())
        .isEqualTo(401);
    assertThat(app.get("/admin/users", alice.accessToken()).statusCode()).isEqualTo(200);
    assertThat(app.get("/admin/users", bob.accessToken()).statusCode()).isEqualTo(403);
    assertThat(app.get("/orders/1", alice.accessToken()).statusCode()).isEqualTo(403);
  }
}
