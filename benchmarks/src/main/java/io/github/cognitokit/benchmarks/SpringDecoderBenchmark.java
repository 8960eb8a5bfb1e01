package io.github.cognitokit.benchmarks;

import io.github.cognitokit.spring.CognitoAuthenticationConverter;
import io.github.cognitokit.spring.CognitoJwtDecoder;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What a Spring resource server pays per request for the token: decode, then the authentication with its
 * authorities. Cognito Kit's Spring path ({@link CognitoJwtDecoder} plus {@link CognitoAuthenticationConverter})
 * against the bare {@link CognitoJwtVerifier} (the goal: at most 8% slower) and against Spring's own
 * {@link NimbusJwtDecoder} plus its {@link JwtAuthenticationConverter} as {@code issuer-uri} sets them up (the goal:
 * at least 1.4x as fast). Run it with {@code -t 1} and {@code -t 2}.
 */
@State(Scope.Benchmark)
public class SpringDecoderBenchmark {
  /** The algorithm. */
  @Param({"RS256"})
  public String alg;

  Fixture fixture;
  CognitoJwtVerifier bare;
  CognitoJwtDecoder decoder;
  CognitoAuthenticationConverter converter;
  NimbusJwtDecoder spring;
  JwtAuthenticationConverter springConverter;

  /** Builds every path once, on the same key and tokens. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fixture = new Fixture(alg);
    bare = fixture.cognitoKit(0);
    decoder = new CognitoJwtDecoder(fixture.cognitoKit(0));
    converter = new CognitoAuthenticationConverter();
    spring = fixture.spring();
    springConverter = new JwtAuthenticationConverter();
  }

  /**
   * The baseline: the bare verifier, every Cognito check.
   *
   * @param c the cursor
   * @return the token
   */
  @Benchmark
  public Object bareVerifier(TokenCursor c) {
    return bare.verify(fixture.tokens[c.next()]);
  }

  /**
   * Cognito Kit's Spring path: the same checks, the Spring {@code Jwt}, and the authentication with group and scope
   * authorities.
   *
   * @param c the cursor
   * @return the authentication
   */
  @Benchmark
  public Object cognitoSpring(TokenCursor c) {
    return converter.convert(decoder.decode(fixture.tokens[c.next()]));
  }

  /**
   * Spring's own decoder with its default validators and the issuer, and its own converter.
   *
   * @param c the cursor
   * @return the authentication
   */
  @Benchmark
  public Object springNimbus(TokenCursor c) {
    return springConverter.convert(spring.decode(fixture.tokens[c.next()]));
  }
}
