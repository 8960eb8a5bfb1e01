package io.github.cognitokit.benchmarks;

import com.auth0.jwt.JWTVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import java.security.Signature;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verification throughput on 1,000 distinct tokens, cycled: the JDK floor (a bare {@code Signature.verify} on a
 * ready key), Cognito Kit with every Cognito check, and the Java peers configured as close to that as they allow.
 */
@State(Scope.Benchmark)
public class VerifyBenchmark {
  /** The algorithm. */
  @Param({"RS256", "ES256"})
  public String alg;

  Fixture fixture;
  CognitoJwtVerifier cognitoKit;
  CognitoJwtVerifier cognitoKitCached;
  DefaultJWTProcessor<SecurityContext> nimbus;
  NimbusJwtDecoder spring;
  JWTVerifier auth0;
  JwtConsumer jose4j;

  /** Builds every implementation once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fixture = new Fixture(alg);
    cognitoKit = fixture.cognitoKit(0);
    cognitoKitCached = fixture.cognitoKit(10_000);
    nimbus = fixture.nimbus();
    spring = fixture.spring();
    auth0 = fixture.auth0();
    jose4j = fixture.jose4j();
  }


  /**
   * The floor: the signature check alone, on pre-decoded input, with a ready key and engine.
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
   * Cognito Kit, with signature, issuer, expiry, token use and client checks.
   *
   * @param c the cursor
   * @return the token
   */
  @Benchmark
  public Object cognitoKit(TokenCursor c) {
    return cognitoKit.verify(fixture.tokens[c.next()]);
  }

  /**
   * Cognito Kit with the verified-token cache, on one repeated token.
   *
   * @return the token
   */
  @Benchmark
  public Object cognitoKitCacheHit() {
    return cognitoKitCached.verify(fixture.tokens[0]);
  }

  /**
   * Nimbus DefaultJWTProcessor with an exact-match claims verifier.
   *
   * @param c the cursor
   * @return the claims
   * @throws Exception never for these tokens
   */
  @Benchmark
  public Object nimbus(TokenCursor c) throws Exception {
    return nimbus.process(fixture.tokens[c.next()], null);
  }

  /**
   * Spring Security's NimbusJwtDecoder with the default validators and the issuer.
   *
   * @param c the cursor
   * @return the JWT
   */
  @Benchmark
  public Object spring(TokenCursor c) {
    return spring.decode(fixture.tokens[c.next()]);
  }

  /**
   * auth0 java-jwt with issuer and claim checks.
   *
   * @param c the cursor
   * @return the decoded JWT
   */
  @Benchmark
  public Object auth0(TokenCursor c) {
    return auth0.verify(fixture.tokens[c.next()]);
  }

  /**
   * jose4j with issuer and expiry checks.
   *
   * @param c the cursor
   * @return the claims
   * @throws Exception never for these tokens
   */
  @Benchmark
  public Object jose4j(TokenCursor c) throws Exception {
    return jose4j.processToClaims(fixture.tokens[c.next()]);
  }
}
