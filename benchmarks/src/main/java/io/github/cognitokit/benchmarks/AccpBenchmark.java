package io.github.cognitokit.benchmarks;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RS256 with Amazon Corretto Crypto Provider on the class path (the {@code accp} profile, active on linux x86_64 and
 * aarch64): the JDK floor, the floor on ACCP, and Cognito Kit built without a provider, so it must find ACCP itself
 * without touching the JVM's global provider list. Run only when {@link #available()} says ACCP is healthy. The suite
 * takes its ACCP ratios from {@link GoalBenchmark}; run this one alone for bytes per operation ({@code -prof gc}).
 */
@State(Scope.Benchmark)
public class AccpBenchmark {
  static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  Fixture fixture;
  Provider accp;
  CognitoJwtVerifier cognitoKit;

  /**
   * Loads ACCP the way the verifier does, without installing it.
   *
   * @return the healthy provider, or null when it is not on the class path or cannot load on this platform
   */
  static Provider available() {
    try {
      Class<?> c = Class.forName(ACCP_CLASS);
      Provider p = (Provider) c.getField("INSTANCE").get(null);
      c.getMethod("assertHealthy").invoke(p);
      return p;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  /**
   * Verifies tokens until a verifier built without a provider has switched to ACCP, as a service does in its first
   * seconds: the JVM's verifiers look for ACCP after 1,000 checks (see {@code signatureProvider} in
   * {@link CognitoJwtVerifier.Builder}), on the common pool.
   *
   * @param verifier a verifier built without {@code signatureProvider(...)}
   * @param fixture the tokens
   * @throws IllegalStateException if it has not switched within ten seconds
   */
  static void switchToAccp(CognitoJwtVerifier verifier, Fixture fixture) {
    String accp = "signatures=" + available().getName();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    for (int i = 0; !verifier.toString().contains(accp); i++) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the verifier did not switch to ACCP: " + verifier);
      }
      verifier.verify(fixture.tokens[i % Fixture.TOKENS]);
      if (i >= ColdStartProbe.ACCP_AFTER_CHECKS) {
        java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(10, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
    }
  }

  /**
   * Builds the fixture and a verifier that picks its provider itself.
   *
   * @throws Exception if ACCP is missing or the verifier installed it globally
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    accp = available();
    if (accp == null) {
      throw new IllegalStateException("ACCP is not available on this platform");
    }
    fixture = new Fixture("RS256");
    cognitoKit = fixture.cognitoKit(0, null);
    switchToAccp(cognitoKit, fixture);
    if (Security.getProvider(accp.getName()) != null) {
      throw new IllegalStateException("ACCP was installed in the global provider list");
    }
  }


  /**
   * The JDK floor, as in {@link VerifyBenchmark#jdkFloor}.
   *
   * @param c the cursor
   * @return the result
   * @throws Exception never
   */
  @Benchmark
  public boolean jdkFloor(TokenCursor c) throws Exception {
    if (c.engine == null) {
      c.engine = Signature.getInstance(fixture.jca());
    }
    return fixture.floor(c.engine, c.next());
  }

  /**
   * The floor on ACCP.
   *
   * @param c the cursor
   * @return the result
   * @throws Exception never
   */
  @Benchmark
  public boolean accpFloor(TokenCursor c) throws Exception {
    if (c.engine == null) {
      c.engine = Signature.getInstance(fixture.jca(), accp);
    }
    return fixture.floor(c.engine, c.next());
  }

  /**
   * Cognito Kit with every check, on the provider it detected.
   *
   * @param c the cursor
   * @return the token
   */
  @Benchmark
  public Object cognitoKitAccp(TokenCursor c) {
    return cognitoKit.verify(fixture.tokens[c.next()]);
  }
}
