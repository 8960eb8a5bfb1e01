package io.github.cognitokit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cold start in a fresh JVM (each fork): build a verifier from an in-memory key set and verify one token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStartBenchmark {
  String jwks;
  String token;
  Fixture fixture;

  /** Prepares a key set and a token as plain strings. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fixture = new Fixture("RS256");
    jwks = fixture.jwks;
    token = fixture.tokens[0];
  }

  /**
   * Cognito Kit.
   *
   * @return the token
   * @throws Exception never
   */
  @Benchmark
  public Object cognitoKit() throws Exception {
    return fixture.cognitoKit(0).verify(token);
  }

  /**
   * Nimbus.
   *
   * @return the claims
   * @throws Exception never
   */
  @Benchmark
  public Object nimbus() throws Exception {
    return fixture.nimbus().process(token, null);
  }

  /**
   * auth0 java-jwt.
   *
   * @return the JWT
   */
  @Benchmark
  public Object auth0() {
    return fixture.auth0().verify(token);
  }

  /**
   * jose4j.
   *
   * @return the claims
   * @throws Exception never
   */
  @Benchmark
  public Object jose4j() throws Exception {
    return fixture.jose4j().processToClaims(token);
  }
}
