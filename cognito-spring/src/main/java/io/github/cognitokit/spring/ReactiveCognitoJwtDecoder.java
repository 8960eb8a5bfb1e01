package io.github.cognitokit.spring;

import io.github.cognitokit.spring.internal.JwtConversion;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The WebFlux counterpart of {@link CognitoJwtDecoder}: the same checks, results and exceptions, and no blocking call
 * on the subscribing thread. While the verifier has the token's key cached (nearly always), the token is verified
 * right there, a CPU-only check; when a key set must first be fetched (at start, or for a new {@code kid} after a key
 * rotation) the verification moves to a scheduler meant for blocking work, {@link Schedulers#boundedElastic()} by
 * default, so an event-loop thread never waits for the network.
 *
 * <p>Thread-safe; share one instance.
 */
public final class ReactiveCognitoJwtDecoder implements ReactiveJwtDecoder {
  private final CognitoJwtVerifier verifier;
  private final Scheduler blockingScheduler;

  /**
   * Creates a decoder that fetches keys on {@link Schedulers#boundedElastic()}.
   *
   * @param verifier the verifier with the pools, clients, token use and checks to apply
   * @throws IllegalArgumentException if it is null
   */
  public ReactiveCognitoJwtDecoder(CognitoJwtVerifier verifier) {
    this(verifier, Schedulers.boundedElastic());
  }

  /**
   * Creates a decoder.
   *
   * @param verifier the verifier with the pools, clients, token use and checks to apply
   * @param blockingScheduler where a verification that must wait for a key-set fetch runs
   * @throws IllegalArgumentException if either is null
   */
  public ReactiveCognitoJwtDecoder(CognitoJwtVerifier verifier, Scheduler blockingScheduler) {
    if (verifier == null) {
      throw new IllegalArgumentException("verifier must not be null");
    }
    if (blockingScheduler == null) {
      throw new IllegalArgumentException("blockingScheduler must not be null");
    }
    this.verifier = verifier;
    this.blockingScheduler = blockingScheduler;
  }

  /**
   * Verifies a token and emits it as a Spring {@link Jwt}.
   *
   * @param token the compact JWT
   * @return the verified token, or an error: a {@code BadJwtException} or {@code JwtValidationException} if the
   *     token is not accepted, a {@link KeySetUnavailableJwtException} if the keys cannot be fetched
   */
  @Override
  public Mono<Jwt> decode(String token) throws JwtException {
    return Mono.defer(() -> {
      Optional<CognitoToken> now;
      try {
        now = verifier.verifyWithoutWaiting(token);
      } catch (TokenVerificationException e) {
        return Mono.error(JwtConversion.toJwtException(e));
      }
      if (now.isPresent()) {
        return Mono.just(JwtConversion.toJwt(token, now.get()));
      }
      return Mono.fromCallable(() -> JwtConversion.verify(verifier, token)).subscribeOn(blockingScheduler);
    });
  }

  /**
   * Returns the verifier.
   *
   * @return the verifier
   */
  public CognitoJwtVerifier verifier() {
    return verifier;
  }

  @Override
  public String toString() {
    return "ReactiveCognitoJwtDecoder{" + verifier + "}";
  }
}
