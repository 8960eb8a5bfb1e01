package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.internal.EmulatorLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorLocatorTest {
  @TempDir
  Path dir;

  @Test
  void locate_nothingOnPath_failsWithTheInstallHint() {
    EmulatorLocator locator = new EmulatorLocator(null, Map.of("PATH", dir.toString()));

    assertThatThrownBy(locator::locate)
        .isInstanceOf(EmulatorNotFoundException.class)
        .hasMessageContaining("pip install \"moto[server]\"")
        .hasMessageContaining("no moto_server on the PATH")
        .hasMessageContaining(CognitoEmulator.EXECUTABLE_PROPERTY)
        .hasMessageContaining(CognitoEmulator.EXECUTABLE_ENV);
  }

  @Test
  void locate_noPathAtAll_failsWithTheInstallHint() {
    assertThatThrownBy(() -> new EmulatorLocator(null, Map.of()).locate())
        .isInstanceOf(EmulatorNotFoundException.class)
        .hasMessageContaining("pip install \"moto[server]\"");
  }

  @Test
  void locate_motoServerOnPath_isFound() throws Exception {
    Path fake = executable("moto_server");

    assertThat(new EmulatorLocator(null, Map.of("PATH", "/nonexistent:" + dir)).locate())
        .containsExactly(fake.toString());
  }

  @Test
  void locate_pythonWithoutMoto_isNotUsed() throws Exception {
    Path python = dir.resolve("python3");
    Files.writeString(python, "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> new EmulatorLocator(null, Map.of("PATH", dir.toString())).locate())
        .isInstanceOf(EmulatorNotFoundException.class)
        .hasMessageContaining("-m moto.server is not available");
  }

  @Test
  void locate_pythonWithMoto_isTheFallback() throws Exception {
    Path python = dir.resolve("python3");
    Files.writeString(python, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(new EmulatorLocator(null, Map.of("PATH", dir.toString())).locate())
        .containsExactly(python.toString(), "-m", "moto.server");
  }

  @Test
  void locate_propertyWins_overPathAndEnvironment() throws Exception {
    Path chosen = executable("chosen");
    executable("moto_server");

    assertThat(new EmulatorLocator(chosen.toString(), Map.of("PATH", dir.toString(),
        CognitoEmulator.EXECUTABLE_ENV, "/elsewhere")).locate()).containsExactly(chosen.toString());
  }

  @Test
  void locate_environmentVariable_isUsed() throws Exception {
    Path chosen = executable("from-env");

    assertThat(new EmulatorLocator(null, Map.of(CognitoEmulator.EXECUTABLE_ENV, chosen.toString())).locate())
        .containsExactly(chosen.toString());
  }

  @Test
  void locate_propertyNamingAMissingFile_failsWithTheInstallHint() {
    assertThatThrownBy(() -> new EmulatorLocator("/no/such/moto_server", Map.of()).locate())
        .isInstanceOf(EmulatorNotFoundException.class)
        .hasMessageContaining("/no/such/moto_server")
        .hasMessageContaining("pip install \"moto[server]\"");
  }

  @Test
  void builder_missingExecutable_failsWithTheInstallHint() {
    assertThatThrownBy(() -> CognitoEmulator.builder().executable(dir.resolve("moto_server")).start())
        .isInstanceOf(EmulatorNotFoundException.class)
        .hasMessageContaining("pip install \"moto[server]\"");
  }

  @Test
  void builder_executableThatExitsAtOnce_failsWithItsOutput() throws Exception {
    Path broken = dir.resolve("broken");
    Files.writeString(broken, "#!/bin/sh\necho 'boom: cannot start'\nexit 3\n");
    Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> CognitoEmulator.builder().executable(broken).startTimeout(Duration.ofSeconds(20))
        .start())
        .isInstanceOf(EmulatorException.class)
        .hasMessageContaining("exited before it answered")
        .hasMessageContaining("boom: cannot start");
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> CognitoEmulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> CognitoEmulator.builder().startTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startTimeout");
    assertThatThrownBy(() -> CognitoEmulator.builder().region("Mars")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> CognitoEmulator.builder().executable(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("executable");
  }

  private Path executable(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
