package io.github.cognitokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

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
    VerifyBenchmark.Cursor c = new VerifyBenchmark.Cursor();
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
}
