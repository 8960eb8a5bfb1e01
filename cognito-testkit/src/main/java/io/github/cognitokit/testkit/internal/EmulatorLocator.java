package io.github.cognitokit.testkit.internal;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.EmulatorNotFoundException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the command that starts the emulator: an explicit executable, the system property, the environment
 * variable, {@code moto_server} on the PATH, or {@code python3 -m moto.server}.
 */
public final class EmulatorLocator {
  private final String propertyValue;
  private final Map<String, String> environment;

  /**
   * Creates a locator over the given settings; tests pass their own.
   *
   * @param propertyValue the value of the system property, or null
   * @param environment the environment variables to read (PATH and the executable variable)
   */
  public EmulatorLocator(String propertyValue, Map<String, String> environment) {
    this.propertyValue = propertyValue;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Returns a locator over this JVM's system properties and environment.
   *
   * @return the locator
   */
  public static EmulatorLocator fromEnvironment() {
    return new EmulatorLocator(System.getProperty(CognitoEmulator.EXECUTABLE_PROPERTY), System.getenv());
  }

  /**
   * Returns the command for an explicitly named executable.
   *
   * @param executable the path to {@code moto_server}
   * @return the command
   * @throws EmulatorNotFoundException if the file is missing or not executable
   */
  public static List<String> forExecutable(Path executable) {
    if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
      throw new EmulatorNotFoundException("the configured executable " + executable + " does not exist or is not"
          + " executable");
    }
    return List.of(executable.toString());
  }

  /**
   * Returns the command that starts the emulator.
   *
   * @return the command and its leading arguments (the host and port are appended by the caller)
   * @throws EmulatorNotFoundException if nothing is found, naming every place that was searched
   */
  public List<String> locate() {
    if (propertyValue != null && !propertyValue.isBlank()) {
      return forExecutable(Path.of(propertyValue.trim()), "system property " + CognitoEmulator.EXECUTABLE_PROPERTY);
    }
    String fromEnv = environment.get(CognitoEmulator.EXECUTABLE_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return forExecutable(Path.of(fromEnv.trim()), "environment variable " + CognitoEmulator.EXECUTABLE_ENV);
    }
    Path moto = onPath("moto_server");
    if (moto != null) {
      return List.of(moto.toString());
    }
    Path python = onPath("python3");
    if (python != null && pythonHasMoto(python)) {
      return List.of(python.toString(), "-m", "moto.server");
    }
    throw new EmulatorNotFoundException("no moto_server on the PATH, and "
        + (python == null ? "no python3 on the PATH" : python + " -m moto.server is not available"));
  }

  private static List<String> forExecutable(Path executable, String source) {
    if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
      throw new EmulatorNotFoundException(source + " names " + executable
          + ", which does not exist or is not executable");
    }
    return List.of(executable.toString());
  }

  private Path onPath(String name) {
    String path = environment.get("PATH");
    if (path == null || path.isEmpty()) {
      return null;
    }
    List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean pythonHasMoto(Path python) {
    try {
      Process p = new ProcessBuilder(python.toString(), "-c", "import moto.server")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
