package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.ManualTicker;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Key-set caching: lifetime, refresh-ahead, kid-miss rate limit, single flight, back-off, stale limit. */
class KeySetCacheTest {
  final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  final MutableClock clock = new MutableClock(now);
  final ManualTicker ticker = new ManualTicker();
  final TestKeys key1 = TestKeys.rsa("k1");
  final FakeFetcher fetcher = new FakeFetcher(TestKeys.jwks(key1));
  final ConcurrentLinkedQueue<Runnable> background = new ConcurrentLinkedQueue<>();

  CognitoJwtVerifier.Builder builder() {
    return CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(clock).ticker(ticker).fetcher(fetcher).executor(background::add);
  }

  String token(TestKeys key) {
    return Tokens.access(key, clock.instant()).build();
  }

  void advance(Duration d) {
    ticker.advance(d);
    clock.advance(d);
  }

  void runBackground() {
    Runnable r;
    while ((r = background.poll()) != null) {
      r.run();
    }
  }

  @Test
  void verify_coldCache_fetchesOnce_thenServesFromCache() {
    CognitoJwtVerifier verifier = builder().build();
    for (int i = 0; i < 100; i++) {
      verifier.verify(token(key1));
    }
    assertThat(fetcher.fetches()).isEqualTo(1);
    assertThat(background).isEmpty();
  }

  @Test
  void verify_nearTheTimeToLive_refreshesInTheBackground_withoutWaiting() {
    CognitoJwtVerifier verifier = builder().keySetTimeToLive(Duration.ofHours(1)).build();
    verifier.verify(token(key1));

    advance(Duration.ofMinutes(54));
    verifier.verify(token(key1));
    assertThat(background).isEmpty();

    advance(Duration.ofMinutes(1)); // within the refresh-ahead window (the last tenth, at most 5 min)
    verifier.verify(token(key1));
    verifier.verify(token(key1));
    assertThat(background).hasSize(1); // one refresh scheduled, not one per verification
    assertThat(fetcher.fetches()).isEqualTo(1); // the verification did not wait for it

    runBackground();
    assertThat(fetcher.fetches()).isEqualTo(2);
    verifier.verify(token(key1));
    assertThat(background).isEmpty();
  }

  @Test
  void refresh_picksUpNewKeyMaterialUnderTheSameKid() {
    CognitoJwtVerifier verifier = builder().build();
    verifier.verify(token(key1));
    TestKeys rotated = TestKeys.rsa("k1");
    fetcher.serve(TestKeys.jwks(rotated));

    assertThatThrownBy(() -> verifier.verify(token(rotated))).isInstanceOf(InvalidSignatureException.class);
    advance(Duration.ofMinutes(58));
    verifier.verify(token(key1)); // still the old key: schedules the refresh
    runBackground();

    assertThat(verifier.verify(token(rotated))).isNotNull();
    assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void unknownKid_refetchesOnce_andFindsARotatedInKey() {
    CognitoJwtVerifier verifier = builder().build();
    verifier.verify(token(key1));
    TestKeys key2 = TestKeys.rsa("k2");
    fetcher.serve(TestKeys.jwks(key1, key2));

    advance(Duration.ofSeconds(10));
    assertThat(verifier.verify(token(key2))).isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(2);
  }

  @Test
  void keyRotatedInRightAfterAFetch_verifiesAtOnce() {
    CognitoJwtVerifier verifier = builder().kidMissInterval(Duration.ofSeconds(10)).build();
    verifier.verify(token(key1)); // the first fetch
    TestKeys key2 = TestKeys.rsa("k2");
    fetcher.serve(TestKeys.jwks(key1, key2)); // the pool publishes a new key

    assertThat(verifier.verify(token(key2))).as("no wait for the interval").isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(2);

    verifier.keySets().get(0).refresh(); // a scheduled refresh does not open a window either
    TestKeys key3 = TestKeys.rsa("k3");
    fetcher.serve(TestKeys.jwks(key1, key2, key3));
    advance(Duration.ofSeconds(10));
    assertThat(verifier.verify(token(key3))).isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(4);
  }

  @Test
  void unknownKidFlood_isRateLimited_perInterval() {
    CognitoJwtVerifier verifier = builder().kidMissInterval(Duration.ofSeconds(10)).build();
    verifier.verify(token(key1));
    for (int i = 0; i < 1000; i++) {
      String jwt = Tokens.access(key1, now).header("kid", UUID.randomUUID().toString()).build();
      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeyNotFoundException.class);
    }
    assertThat(fetcher.fetches()).as("the cold fetch, then one kid-miss fetch").isEqualTo(2);

    advance(Duration.ofSeconds(10));
    for (int i = 0; i < 1000; i++) {
      String jwt = Tokens.access(key1, now).header("kid", UUID.randomUUID().toString()).build();
      assertThatThrownBy(() -> verifier.verify(jwt)).isInstanceOf(KeyNotFoundException.class);
    }
    assertThat(fetcher.fetches()).isEqualTo(3);
    assertThat(verifier.verify(token(key1))).isNotNull(); // good tokens are unaffected
  }

  @Test
  void coldOutage_backsOff_thenRecovers() {
    fetcher.fail();
    CognitoJwtVerifier verifier = builder().failureBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8)).build();

    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeySetUnavailableException.class);
    }
    assertThat(fetcher.fetches()).isEqualTo(1);

    // Back-off doubles: 1 s, 2 s, 4 s, 8 s, 8 s.
    int[] expected = {2, 3, 4, 5, 6};
    long[] waits = {1, 2, 4, 8, 8};
    for (int i = 0; i < waits.length; i++) {
      advance(Duration.ofSeconds(waits[i]).minusMillis(1));
      assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeySetUnavailableException.class);
      assertThat(fetcher.fetches()).isEqualTo(expected[i] - 1);
      advance(Duration.ofMillis(1));
      assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeySetUnavailableException.class);
      assertThat(fetcher.fetches()).isEqualTo(expected[i]);
    }

    fetcher.serve(TestKeys.jwks(key1));
    advance(Duration.ofSeconds(8));
    assertThat(verifier.verify(token(key1))).isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(7);
  }

  @Test
  void outageAfterWarmUp_keepsCachedKeysUntilTheStaleLimit() {
    CognitoJwtVerifier verifier = builder().keySetTimeToLive(Duration.ofHours(1)).maxStaleAge(Duration.ofHours(24))
        .failureBackoff(Duration.ofMinutes(1), Duration.ofMinutes(30)).build();
    verifier.verify(token(key1));
    fetcher.fail();

    for (int hour = 1; hour < 24; hour++) {
      advance(Duration.ofHours(1));
      assertThat(verifier.verify(token(key1))).isNotNull();
      runBackground();
    }
    int duringOutage = fetcher.fetches();
    assertThat(duringOutage).isBetween(2, 24); // bounded by the back-off, not by traffic

    advance(Duration.ofHours(1).plusSeconds(1));
    assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeySetUnavailableException.class);

    fetcher.serve(TestKeys.jwks(key1));
    advance(Duration.ofMinutes(30));
    assertThat(verifier.verify(token(key1))).isNotNull();
  }

  @Test
  void removedKey_stopsVerifyingAfterTheNextRefresh() {
    CognitoJwtVerifier verifier = builder().build();
    verifier.verify(token(key1));
    TestKeys key2 = TestKeys.rsa("k2");
    fetcher.serve(TestKeys.jwks(key2));
    advance(Duration.ofMinutes(59));
    verifier.verify(token(key1));
    runBackground();

    assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeyNotFoundException.class);
    assertThat(verifier.verify(token(key2))).isNotNull();
  }

  @Test
  void malformedKeySet_isUnavailable_notAnIllegalArgument() {
    fetcher.serve("{\"keys\": 12}");
    CognitoJwtVerifier verifier = builder().build();
    assertThatThrownBy(() -> verifier.verify(token(key1))).isInstanceOf(KeySetUnavailableException.class)
        .hasMessageContaining("keys");
  }

  @Test
  void coldCache_manyThreads_causeOneFetch() throws Exception {
    fetcher.delay(300);
    CognitoJwtVerifier verifier = builder().build();
    String jwt = token(key1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<CognitoToken>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return verifier.verify(jwt);
      }));
    }
    start.countDown();
    for (Future<CognitoToken> f : results) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isNotNull();
    }
    pool.shutdownNow();
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void listener_seesFetchesHitsMissesAndFailures() {
    AtomicInteger fetched = new AtomicInteger();
    AtomicInteger hits = new AtomicInteger();
    AtomicInteger misses = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    KeySetListener listener = new KeySetListener() {
      @Override
      public void fetched(URI jwksUri, int keyCount, Duration took) {
        assertThat(keyCount).isEqualTo(1);
        fetched.incrementAndGet();
      }

      @Override
      public void hit(URI jwksUri) {
        hits.incrementAndGet();
      }

      @Override
      public void kidMiss(URI jwksUri, boolean refetch) {
        misses.incrementAndGet();
        throw new IllegalStateException("listeners that throw are ignored");
      }

      @Override
      public void fetchFailed(URI jwksUri, KeySetUnavailableException cause, Duration retryAfter) {
        failures.incrementAndGet();
      }
    };
    CognitoJwtVerifier verifier = builder().listener(listener).build();
    verifier.verify(token(key1));
    verifier.verify(token(key1));
    String unknown = Tokens.access(key1, now).header("kid", "zzz").build();
    assertThatThrownBy(() -> verifier.verify(unknown)).isInstanceOf(KeyNotFoundException.class);
    fetcher.fail();
    assertThatThrownBy(() -> verifier.keySets().get(0).refresh()).isInstanceOf(KeySetUnavailableException.class);

    assertThat(fetched).as("the cold fetch, and the refetch for the unknown kid").hasValue(2);
    assertThat(hits).hasValue(2);
    assertThat(misses).hasValue(1);
    assertThat(failures).hasValue(1);
  }

  @Test
  void keySetView_showsKidsAndFetchTime() {
    CognitoJwtVerifier verifier = builder().build();
    KeySetView view = verifier.keySets().get(0);
    assertThat(view.kids()).isEmpty();
    assertThat(view.fetchedAt()).isEmpty();
    assertThat(view.jwksUri()).hasToString(Tokens.ISSUER + "/.well-known/jwks.json");
    view.refresh();
    assertThat(view.kids()).containsExactly("k1");
    assertThat(view.fetchedAt()).contains(now);
  }
}
