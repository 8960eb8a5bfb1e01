package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Runs sample test classes through the JUnit engine and checks what the extension did for them. */
class EmulatorExtensionIT {
  static final List<Long> PIDS = new CopyOnWriteArrayList<>();
  static final List<Integer> POOLS_SEEN = new CopyOnWriteArrayList<>();

  @BeforeEach
  void clear() {
    PIDS.clear();
    POOLS_SEEN.clear();
  }

  @Test
  void twoClasses_shareOneEmulator_andEachStartsFromAResetState() {
    var results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SampleA.class), selectClass(SampleB.class))
        .execute();

    results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0).skipped(0));
    assertThat(PIDS).hasSize(4).containsOnly(PIDS.get(0));
    // Each class creates one pool per test and sees only its own: the reset runs before each class.
    assertThat(POOLS_SEEN).containsExactly(1, 2, 1, 2);
  }

  @Test
  void resetBeforeEach_clearsBetweenTests() {
    var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleEach.class)).execute();

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(POOLS_SEEN).containsExactly(1, 1);
  }

  @Test
  void finalEmulatorField_failsTheClassWithAClearMessage() {
    var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleFinalField.class)).execute();

    results.testEvents().assertStatistics(s -> s.failed(1).succeeded(0));
    Throwable failure = results.testEvents().failed().list().get(0)
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    assertThat(failure).hasMessageContaining("must not be final");
  }

  static int createAndCount(CognitoIdentityProviderClient cognito, String name) {
    cognito.createUserPool(b -> b.poolName(name));
    return cognito.listUserPools(b -> b.maxResults(60)).userPools().size();
  }

  @CognitoEmulatorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SampleA {
    @Test
    @Order(1)
    void one(CognitoEmulator emulator) {
      PIDS.add(emulator.pid());
      POOLS_SEEN.add(createAndCount(emulator.client(), "a1"));
    }

    @Test
    @Order(2)
    void two(CognitoEmulator emulator, CognitoIdentityProviderClient cognito) {
      PIDS.add(emulator.pid());
      POOLS_SEEN.add(createAndCount(cognito, "a2"));
    }
  }

  @CognitoEmulatorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SampleB {
    CognitoEmulator emulator;

    @Test
    @Order(1)
    void one() {
      PIDS.add(emulator.pid());
      POOLS_SEEN.add(createAndCount(emulator.client(), "b1"));
    }

    @Test
    @Order(2)
    void two() {
      PIDS.add(emulator.pid());
      POOLS_SEEN.add(createAndCount(emulator.client(), "b2"));
    }
  }

  @CognitoEmulatorTest(reset = ResetPolicy.BEFORE_EACH)
  static class SampleEach {
    @Test
    void one(CognitoIdentityProviderClient cognito) {
      POOLS_SEEN.add(createAndCount(cognito, "e1"));
    }

    @Test
    void two(CognitoIdentityProviderClient cognito) {
      POOLS_SEEN.add(createAndCount(cognito, "e2"));
    }
  }

  @CognitoEmulatorTest
  static class SampleFinalField {
    final CognitoEmulator emulator = null;

    @Test
    void never() {}
  }
}
