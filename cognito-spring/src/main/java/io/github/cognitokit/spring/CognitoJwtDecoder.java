package io.github.cognitokit.spring;

import io.github.cognitokit.spring.internal.JwtConversion;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A Spring Security {@link JwtDecoder} that verifies Cognito tokens with a {@link CognitoJwtVerifier}, so that every
 * Cognito check applies: signature and issuer, and also {@code token_use}, the app client, required groups and scopes
 * and your own checks. Spring's {@code NimbusJwtDecoder} set up from {@code issuer-uri} checks signature, {@code iss}
 * and {@code exp} only, and so accepts an ID token where an access token is required and tokens issued to any other
 * app client of the pool.
 *
 * <pre>{@code
 * @Bean
 * JwtDecoder jwtDecoder() {
 *   return new CognitoJwtDecoder(CognitoJwtVerifier.builder()
 *       .userPoolId("eu-west-1_AbC123").clientId("5d3b...").tokenUse(TokenUse.ACCESS).build());
 * }
 * }</pre>
 *
 * <p>The returned {@link Jwt} has the token's header and claims, with {@code exp}, {@code iat}, {@code nbf} and
 * {@code auth_time} as {@link java.time.Instant} and {@code aud} as a list. A token that is not accepted is a
 * {@link org.springframework.security.oauth2.jwt.JwtValidationException} (claims) or
 * {@link org.springframework.security.oauth2.jwt.BadJwtException} (form, signature), whose RFC 6750
 * {@code invalid_token} description names what failed without echoing the token; Spring answers 401. A key set that
 * cannot be fetched is a {@link KeySetUnavailableJwtException} instead: not the token's fault, so not 401.
 *
 * <p>Thread-safe; share one instance. Blocks only while the verifier fetches a key set (see
 * {@link CognitoJwtVerifier#verify(String)}); use {@link ReactiveCognitoJwtDecoder} in WebFlux.
 */
public final class CognitoJwtDecoder implements JwtDecoder {
  private final CognitoJwtVerifier verifier;

  /**
   * Creates a decoder.
   *
   * @param verifier the verifier with the pools, clients, token use and checks to apply
   * @throws IllegalArgumentException if it is null
   */
  public CognitoJwtDecoder(CognitoJwtVerifier verifier) {
    if (verifier == null) {
      throw new IllegalArgumentException("verifier must not be null");
    }
    this.verifier = verifier;
  }

  /**
   * Verifies a token and returns it as a Spring {@link Jwt}.
   *
   * @param token the compact JWT
   * @return the verified token
   * @throws JwtException a {@code BadJwtException} or {@code JwtValidationException} if the token is not accepted,
   *     a {@link KeySetUnavailableJwtException} if the keys cannot be fetched
   */
  @Override
  public Jwt decode(String token) throws JwtException {
    return JwtConversion.verify(verifier, token);
  }

  /**
   * Returns the verifier, for example to {@link CognitoJwtVerifier#hydrate() hydrate} it at start-up.
   *
   * @return the verifier
   */
  public CognitoJwtVerifier verifier() {
    return verifier;
  }

  @Override
  public String toString() {
    return "CognitoJwtDecoder{" + verifier + "}";
  }
}
