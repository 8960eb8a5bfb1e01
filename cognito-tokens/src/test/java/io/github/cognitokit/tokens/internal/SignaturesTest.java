package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Provider;
import java.security.Security;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How the verifier picks its signature provider: the explicit one; else a faster one (ACCP in production), looked
 * for and loaded in the background once the JVM's verifiers have checked enough signatures, with the JDK's used
 * until it is ready.
 */
class SignaturesTest {
  /** Stands in for ACCP: the JDK's own RSA provider, so that a switch to it can be seen. */
  static final Provider FAST = Security.getProvider("SunRsaSign");

  /** An executor that keeps tasks until the test runs them. */
  static final class Queued implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  static final class FakeDetector implements Supplier<Provider> {
    final boolean present;
    final AtomicInteger loads = new AtomicInteger();

    FakeDetector(boolean present) {
      this.present = present;
    }

    @Override
    public Provider get() {
      loads.incrementAndGet();
      return present ? FAST : null;
    }
  }

  @Test
  void fastProvider_isLookedForOnlyAfterEnoughChecks_countedAcrossVerifiers() {
    FakeDetector detector = new FakeDetector(true);
    Queued executor = new Queued();
    Signatures.FastProvider fast = new Signatures.FastProvider(detector, 3);
    Signatures one = new Signatures(null, executor, fast);
    Signatures two = new Signatures(null, executor, fast);

    one.checked();
    two.checked();
    assertThat(executor.tasks).as("two checks: a short-lived process never loads it").isEmpty();
    two.checked();
    assertThat(executor.tasks).as("the third, by either verifier").hasSize(1);
    one.checked();
    assertThat(executor.tasks).hasSize(1);
    assertThat(one).as("named in the verifier's toString").hasToString("JDK");
    executor.runAll();
    assertThat(one.provider()).isSameAs(FAST);
    assertThat(two.provider()).isSameAs(FAST);
    assertThat(two).hasToString(FAST.getName());
  }

  @Test
  void fastProvider_loadsOffTheCallersThread_andIsUsedOnceReady() throws Exception {
    FakeDetector detector = new FakeDetector(true);
    Queued executor = new Queued();
    Signatures signatures = new Signatures(null, executor, new Signatures.FastProvider(detector, 1));

    assertThat(executor.tasks).as("nothing starts while the verifier is built").isEmpty();
    assertThat(signatures.provider()).isNull();
    String jdk = signatures.get(JwsAlgorithm.RS256).getProvider().getName();

    signatures.checked();
    signatures.checked();
    assertThat(executor.tasks).as("one load, on the executor").hasSize(1);
    assertThat(detector.loads).as("not on the caller's thread").hasValue(0);
    assertThat(signatures.get(JwsAlgorithm.RS256).getProvider().getName()).as("the JDK's until ready")
        .isEqualTo(jdk);

    executor.runAll();

    assertThat(detector.loads).hasValue(1);
    assertThat(signatures.provider()).isSameAs(FAST);
    assertThat(signatures.get(JwsAlgorithm.RS256).getProvider()).isSameAs(FAST);
    assertThat(signatures.get(JwsAlgorithm.ES256).getProvider()).as("an algorithm it lacks falls back to the JDK")
        .isNotSameAs(FAST);
  }

  @Test
  void absentFastProvider_isLookedForOnceOnTheExecutor_andTheJdksStays() throws Exception {
    Queued executor = new Queued();
    FakeDetector detector = new FakeDetector(false);
    Signatures signatures = new Signatures(null, executor, new Signatures.FastProvider(detector, 1));

    signatures.checked();
    assertThat(detector.loads).as("not even looked for on the caller's thread").hasValue(0);
    executor.runAll();
    signatures.checked();

    assertThat(executor.tasks).as("looked for once").isEmpty();
    assertThat(detector.loads).hasValue(1);
    assertThat(signatures.provider()).isNull();
    assertThat(signatures.get(JwsAlgorithm.RS256).getProvider().getName()).isEqualTo("SunRsaSign");
  }

  @Test
  void theAccpDetector_findsNoProvider_whenAccpIsNotOnTheClassPath() {
    // This module's tests run without ACCP (the benchmarks module runs with it).
    assertThat(Signatures.Accp.load()).isNull();
  }

  @Test
  void explicitProvider_wins_andNothingIsLoaded() throws Exception {
    Provider explicit = Security.getProvider("SunEC");
    Queued executor = new Queued();
    FakeDetector detector = new FakeDetector(true);
    Signatures signatures = new Signatures(explicit, executor, new Signatures.FastProvider(detector, 1));

    signatures.checked();

    assertThat(executor.tasks).isEmpty();
    assertThat(signatures.get(JwsAlgorithm.ES256).getProvider()).isSameAs(explicit);
  }

  @Test
  void aRejectedLoad_isTriedAgainOnALaterCheck() {
    FakeDetector detector = new FakeDetector(true);
    Signatures.FastProvider fast = new Signatures.FastProvider(detector, 1);
    AtomicInteger offered = new AtomicInteger();
    Executor full = task -> {
      offered.incrementAndGet();
      throw new RejectedExecutionException("full");
    };
    Signatures signatures = new Signatures(null, full, fast);

    signatures.checked();
    signatures.checked();

    assertThat(offered).hasValue(2);
    assertThat(signatures.provider()).isNull();
  }
}
