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
      assertThat(accp.engine.getProvider()).isSameAs(b.accp);
      assertThat(jdk.engine.getProvider()).isNotSameAs(b.accp);
      assertThat(Security.getProviders()).noneMatch(p -> p.getName().equals(b.accp.getName()));
    }
  }
}
