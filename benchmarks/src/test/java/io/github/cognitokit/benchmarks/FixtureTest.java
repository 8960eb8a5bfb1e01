package io.github.cognitokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every implementation in the benchmark accepts the same tokens: they are compared on equal work. */
class FixtureTest {
  @ParameterizedTest
  @ValueSource(strings = {"RS256", "ES256"})
  void everyImplementation_acceptsTheBenchmarkTokens(String alg) throws Exception {
    VerifyBenchmark b = new VerifyBenchmark();
    b.alg = alg;
    b.setUp();
    TokenCursor c = new TokenCursor();
    for (int i = 0; i < 5; i++) {
      assertThat(b.jdkFloor(c)).isTrue();
      assertThat(b.cognitoKit(c)).isNotNull();
      assertThat(b.cognitoKitCacheHit()).isNotNull();
      assertThat(b.nimbus(c)).isNotNull();
      assertThat(b.spring(c)).isNotNull();
      assertThat(b.auth0(c)).isNotNull();
      assertThat(b.jose4j(c)).isNotNull();
    }
  }

  @Test
  void springPaths_acceptTheBenchmarkTokens_andAgreeOnTheUser() throws Exception {
    SpringDecoderBenchmark b = new SpringDecoderBenchmark();
    b.alg = "RS256";
    b.setUp();
    TokenCursor c = new TokenCursor();
    for (int i = 0; i < 5; i++) {
      assertThat(b.bareVerifier(c)).isNotNull();
      var ours = (org.springframework.security.core.Authentication) b.cognitoSpring(c);
      var theirs = (org.springframework.security.core.Authentication) b.springNimbus(c);
      assertThat(ours.getName()).startsWith("user-");
      assertThat(ours.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_users",
          "SCOPE_aws.cognito.signin.user.admin");
      assertThat(theirs.isAuthenticated()).isTrue();
    }
  }

  /**
   * On linux x86_64 and aarch64 the {@code accp} profile puts ACCP on the class path: a verifier built without a
   * provider finds it and verifies, and the JVM's global provider list stays as it was.
   */
  @Test
  void accp_isDetectedOnLinux_withoutInstallingItGlobally() throws Exception {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    boolean expected = os.contains("linux") && (arch.equals("amd64") || arch.equals("aarch64"));
    assertThat(AccpBenchmark.available() != null).isEqualTo(expected);
    if (expected) {
      AccpBenchmark b = new AccpBenchmark();
      b.setUp();
      TokenCursor jdk = new TokenCursor();
      TokenCursor accp = new TokenCursor();
      TokenCursor kit = new TokenCursor();
      for (int i = 0; i < 5; i++) {
        assertThat(b.jdkFloor(jdk)).isTrue();
        assertThat(b.accpFloor(accp)).isTrue();
        assertThat(b.cognitoKitAccp(kit)).isNotNull();
      }
      assertThat(b.cognitoKit.toString()).as("switched in set-up").contains("signatures=" + b.accp.getName());
      assertThat(accp.engine.getProvider()).isSameAs(b.accp);
      assertThat(jdk.engine.getProvider()).isNotSameAs(b.accp);
      assertThat(Security.getProviders()).noneMatch(p -> p.getName().equals(b.accp.getName()));
    }
  }

  @Test
  void goalBenchmark_takesTurnsForwardThenBackward_andEverySubjectVerifies() throws Exception {
    assertThat(java.util.stream.IntStream.range(0, 8).map(i -> GoalBenchmark.subject(i, 4)).toArray())
        .containsExactly(0, 1, 2, 3, 3, 2, 1, 0);
    assertThat(java.util.stream.IntStream.range(0, 6).map(i -> GoalBenchmark.subject(i, 2)).toArray())
        .containsExactly(0, 1, 1, 0, 0, 1);
    GoalBenchmark b = new GoalBenchmark();
    b.setUp();
    assertThat(b.subjects).isEqualTo(GoalBenchmark.subjects().size());
    for (int round = 0; round < 2 * b.subjects; round++) {
      b.nextSubject();
      for (int i = 0; i < 3; i++) {
        Object result = b.verify();
        assertThat(result).isNotNull().isNotEqualTo(false);
      }
    }
    if (b.accpKit != null) {
      assertThat(b.accpEngine.getProvider()).isSameAs(AccpBenchmark.available());
      assertThat(b.jdkEngine.getProvider()).isNotSameAs(AccpBenchmark.available());
    }
  }
}
