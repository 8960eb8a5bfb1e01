package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting and stopping emulators outside of the JUnit extension, including when their JVM dies. */
class CognitoEmulatorLifecycleIT {

  @Test
  void start_thenClose_leavesNoProcess() throws Exception {
    long pid;
    try (CognitoEmulator emulator = CognitoEmulator.start()) {
      pid = emulator.pid();
      assertThat(emulator.client().listUserPools(b -> b.maxResults(1)).userPools()).isEmpty();
      assertThat(emulator.isRunning()).isTrue();
      emulator.close();
      assertThat(emulator.isRunning()).isFalse();
    } // the second close is harmless
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void twoStandaloneEmulators_areIndependent() {
    try (CognitoEmulator a = CognitoEmulator.start(); CognitoEmulator b = CognitoEmulator.start()) {
      a.client().createUserPool(r -> r.poolName("only-in-a"));
      assertThat(a.endpoint()).isNotEqualTo(b.endpoint());
      assertThat(b.client().listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();
    }
  }

  @Test
  void jvmKilledBySigkill_stopsItsEmulator() throws Exception {
    assertEmulatorDiesWithJvm(true);
  }

  @Test
  void jvmTerminatedBySigterm_stopsItsEmulator() throws Exception {
    assertEmulatorDiesWithJvm(false);
  }

  private static void assertEmulatorDiesWithJvm(boolean forcibly) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process jvm = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        EmulatorHolderMain.class.getName()))
        .redirectErrorStream(true)
        .start();
    long emulatorPid;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      String pidLine = null;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("EMULATOR_PID=")) {
          pidLine = line;
          break;
        }
      }
      assertThat(pidLine).as("the child JVM printed its emulator's pid").isNotNull();
      emulatorPid = Long.parseLong(pidLine.substring("EMULATOR_PID=".length()));
      ProcessHandle emulator = ProcessHandle.of(emulatorPid).orElseThrow();
      assertThat(emulator.isAlive()).isTrue();

      if (forcibly) {
        jvm.destroyForcibly();
      } else {
        jvm.destroy();
      }
      assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
      emulator.onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
      assertThat(emulator.isAlive()).isFalse();
    } finally {
      jvm.destroyForcibly();
    }
  }
}
