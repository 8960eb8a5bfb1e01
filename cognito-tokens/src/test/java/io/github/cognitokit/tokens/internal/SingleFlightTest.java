package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One fetch per key at a time, shared by the JWKS and ALB key caches. */
class SingleFlightTest {
  @Test
  void concurrentCallers_shareOneFetch() throws Exception {
    SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofSeconds(5));
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch joined = new CountDownLatch(8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CompletableFuture<String> leader = flights.lead("k");
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          CompletableFuture<String> f = flights.join("k", mine -> fetches.incrementAndGet());
          joined.countDown();
          return flights.await(f, () -> "k");
        }));
      }
      assertThat(joined.await(5, TimeUnit.SECONDS)).isTrue();
      flights.complete("k", leader, "v");
      for (Future<String> r : results) {
        assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo("v");
      }
      assertThat(fetches).as("every caller joined the leader's fetch").hasValue(0);
      assertThat(flights.running("k")).isNull();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void afterAFetchEnds_theNextCallerStartsANewOne() {
    SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofSeconds(1));
    AtomicInteger fetches = new AtomicInteger();

    for (int i = 0; i < 3; i++) {
      String v = flights.await(flights.join("k", mine -> flights.complete("k", mine, "v" + fetches.incrementAndGet())),
          () -> "k");
      assertThat(v).isEqualTo("v" + (i + 1));
    }
  }

  @Test
  void aFailure_reachesEveryWaiter_asItself() {
    SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofSeconds(1));
    CompletableFuture<String> f = flights.join("k", mine -> flights.fail("k", mine,
        new KeyNotFoundException("no key k")));

    assertThatThrownBy(() -> flights.await(f, () -> "k")).isInstanceOf(KeyNotFoundException.class)
        .hasMessage("no key k");
    assertThat(flights.running("k")).isNull();
  }

  @Test
  void aFetchThatTakesTooLong_isUnavailable_notAHang() {
    SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofMillis(20));
    CompletableFuture<String> never = flights.lead("k");

    assertThatThrownBy(() -> flights.await(never, () -> "the key set from here"))
        .isInstanceOf(KeySetUnavailableException.class).hasMessageContaining("did not finish within 20 ms");
  }

  @Test
  void anInterruptedWaiter_keepsItsInterruptFlag() {
    SingleFlight<String, String> flights = new SingleFlight<>(Duration.ofSeconds(5));
    CompletableFuture<String> never = flights.lead("k");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> flights.await(never, () -> "k")).isInstanceOf(KeySetUnavailableException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
