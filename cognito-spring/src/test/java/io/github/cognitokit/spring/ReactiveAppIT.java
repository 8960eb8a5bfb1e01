package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.spring.apps.ReactiveApi;
import io.github.cognitokit.spring.apps.RunningApp;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A real WebFlux app on the server Boot picks from the test class path, with BlockHound watching every non-blocking
 * thread: any blocking call on an event loop, a key-set fetch included, fails the request. The app starts cold (no
 * key preload), so its first request has to fetch keys.
 */
@CognitoEmulatorTest
class ReactiveAppIT extends ApiContract {
  static CognitoEmulator emulator;
  static RunningApp app;

  @BeforeAll
  static void start() {
    // Jetty's request-state lock is held for a few field updates; Spring's servlet adapter takes it when a response
    // completes on a non-blocking thread, and a moment's contention for it parked that thread once in a run on Jetty,
    // which BlockHound reports like a network wait. It is not one; everything else stays watched.
    BlockHound.install(builder -> builder.allowBlockingCallsInside("org.eclipse.jetty.util.thread.AutoLock", "lock"));
    signIn(MotoPool.create(emulator, "reactive-it"));
    app = RunningApp.start(ReactiveApi.class, WebApplicationType.REACTIVE,
        properties(pool, "cognito.preload-keys=false"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  RunningApp app() {
    return app;
  }

  @Override
  RunningApp startApp(String... properties) {
    return RunningApp.start(ReactiveApi.class, WebApplicationType.REACTIVE, properties);
  }

  CognitoJwtVerifier coldVerifier() {
    return CognitoJwtVerifier.builder().userPool(p -> p.userPoolId(pool.poolId).jwksUri(URI.create(pool.jwksUri()))
        .clientId(pool.appClientId)).tokenUse(TokenUse.ACCESS).build();
  }

  /** The control: BlockHound is on, and a decoder that fetches keys on a non-blocking thread is caught. */
  @Test
  void blockHound_catchesAKeyFetchOnANonBlockingThread() {
    CognitoJwtDecoder blocking = new CognitoJwtDecoder(coldVerifier());

    assertThatThrownBy(() -> Mono.fromCallable(() -> blocking.decode(alice.accessToken()))
        .subscribeOn(Schedulers.parallel()).block())
        .satisfies(e -> assertThat(Stream.iterate(e, t -> t != null, Throwable::getCause))
            .anyMatch(BlockingOperationError.class::isInstance));
  }

  @Test
  void reactiveDecoder_onANonBlockingThread_fetchesKeysElsewhere_thenVerifiesInPlace() {
    ReactiveCognitoJwtDecoder decoder = new ReactiveCognitoJwtDecoder(coldVerifier());

    for (int i = 0; i < 3; i++) {
      String name = Mono.defer(() -> decoder.decode(alice.accessToken())).subscribeOn(Schedulers.parallel())
          .block().getClaimAsString("username");
      assertThat(name).isEqualTo("alice");
    }
  }
}
