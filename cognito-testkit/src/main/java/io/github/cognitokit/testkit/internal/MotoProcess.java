package io.github.cognitokit.testkit.internal;

import io.github.cognitokit.testkit.EmulatorException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running emulator process under a shell watchdog.
 *
 * <p>The watchdog holds a pipe from this JVM on its standard input. When the pipe closes, because {@link #stop()}
 * closed it or because the JVM died (even by {@code SIGKILL}), the watchdog stops the emulator. A JVM shutdown hook
 * stops every process that is still running at a normal exit or on {@code SIGTERM}/{@code SIGINT}.
 */
public final class MotoProcess {
  private static final Logger LOG = LoggerFactory.getLogger(MotoProcess.class);
  private static final Set<MotoProcess> RUNNING = ConcurrentHashMap.newKeySet();
  private static final int PORT_ATTEMPTS = 3;

  /** The watchdog: $1 is the pid file, the rest is the emulator command. */
  private static final String WATCHDOG = String.join("\n",
      "pidfile=$1; shift",
      "exec 3<&0 0</dev/null",
      "\"$@\" & child=$!",
      "echo $child > \"$pidfile\"",
      "cat <&3 >/dev/null 2>&1",
      "kill $child 2>/dev/null",
      "i=0; while kill -0 $child 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done",
      "kill -9 $child 2>/dev/null",
      "exit 0");

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (MotoProcess p : List.copyOf(RUNNING)) {
        p.stop();
      }
    }, "cognito-emulator-shutdown"));
  }

  private final Process watchdog;
  private final ProcessHandle emulator;
  private final URI endpoint;
  private final Path log;
  private final HttpClient http;
  private volatile boolean shared;

  private MotoProcess(Process watchdog, ProcessHandle emulator, URI endpoint, Path log, HttpClient http) {
    this.watchdog = watchdog;
    this.emulator = emulator;
    this.endpoint = endpoint;
    this.log = log;
    this.http = http;
  }

  /**
   * Starts the emulator and waits until it answers HTTP requests.
   *
   * @param command the emulator command; {@code -H 127.0.0.1 -p PORT} is appended
   * @param port the port, or 0 for a free one
   * @param startTimeout how long to wait for the first answer
   * @return the running process
   * @throws EmulatorException if it exits early or does not answer in time
   */
  public static MotoProcess start(List<String> command, int port, Duration startTimeout) {
    EmulatorException last = null;
    int attempts = port == 0 ? PORT_ATTEMPTS : 1;
    for (int i = 0; i < attempts; i++) {
      int chosen = port == 0 ? freePort() : port;
      try {
        return startOnce(command, chosen, startTimeout);
      } catch (PortTakenException e) {
        last = e;
        LOG.debug("Port {} was taken before the emulator bound it; trying another", chosen);
      }
    }
    throw last;
  }

  /** moto's switch for checking TOTP codes (RFC 6238, 30-second steps, the current step only). */
  static final String TOTP_CHECK = "MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP";

  private static MotoProcess startOnce(List<String> command, int port, Duration startTimeout) {
    Path log;
    Path pidFile;
    try {
      log = Files.createTempFile("cognito-emulator-", ".log");
      pidFile = Files.createTempFile("cognito-emulator-", ".pid");
      log.toFile().deleteOnExit();
      pidFile.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new EmulatorException("Cannot create the emulator's log file in the temp directory", e);
    }
    List<String> full = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "cognito-emulator-watchdog",
        pidFile.toString()));
    full.addAll(command);
    full.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    Process watchdog;
    try {
      ProcessBuilder builder = new ProcessBuilder(full)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // moto accepts any TOTP code unless told to check them; Cognito checks them. A value the user set wins.
      builder.environment().putIfAbsent(TOTP_CHECK, "true");
      watchdog = builder.start();
    } catch (IOException e) {
      throw new EmulatorException("Cannot start the emulator " + command + ": " + e.getMessage(), e);
    }
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + startTimeout.toNanos();
    ProcessHandle emulator = null;
    long pid = -1;
    try {
      while (true) {
        if (pid < 0) {
          pid = readPid(pidFile);
          emulator = pid < 0 ? null : ProcessHandle.of(pid).orElse(null);
        }
        boolean exited = pid >= 0 && (emulator == null || !emulator.isAlive());
        if (!watchdog.isAlive() || exited) {
          String tail = tail(log);
          destroyTree(watchdog);
          if (tail.contains("Address already in use")) {
            throw new PortTakenException(port, tail);
          }
          throw new EmulatorException("The emulator " + command + " exited before it answered on port " + port
              + ". Its last output:\n" + tail);
        }
        if (emulator != null && answers(http, endpoint)) {
          break;
        }
        if (System.nanoTime() > deadline) {
          String tail = tail(log);
          destroyTree(watchdog);
          throw new EmulatorException("The emulator " + command + " did not answer on " + endpoint + " within "
              + startTimeout + ". Its last output:\n" + tail);
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      destroyTree(watchdog);
      Thread.currentThread().interrupt();
      throw new EmulatorException("Interrupted while waiting for the emulator to start", e);
    }
    MotoProcess process = new MotoProcess(watchdog, emulator, endpoint, log, http);
    RUNNING.add(process);
    LOG.debug("Cognito emulator (pid {}) answers on {}", emulator.pid(), endpoint);
    return process;
  }

  /**
   * Returns the base URI of the emulator.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns the emulator's own process id.
   *
   * @return the pid
   */
  public long emulatorPid() {
    return emulator.pid();
  }

  /**
   * Tells whether the emulator is alive.
   *
   * @return true while the emulator process runs
   */
  public boolean isAlive() {
    return emulator.isAlive();
  }

  /** Marks this process as the JVM-wide shared one, which only the shutdown hook stops. */
  public void markShared() {
    shared = true;
  }

  /**
   * Tells whether this is the JVM-wide shared process.
   *
   * @return true if {@link #markShared()} was called
   */
  public boolean isShared() {
    return shared;
  }

  /**
   * Clears the emulator's state through {@code POST /moto-api/reset}.
   *
   * @throws EmulatorException if the emulator does not answer 200
   */
  public void reset() {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new EmulatorException("The emulator answered " + response.statusCode() + " to a reset on "
            + endpoint);
      }
    } catch (IOException e) {
      throw new EmulatorException("The emulator on " + endpoint + " did not answer a reset: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("Interrupted while resetting the emulator", e);
    }
  }

  /** Stops the emulator and its children, then the watchdog. Calling it again does nothing. */
  public void stop() {
    if (!RUNNING.remove(this)) {
      return;
    }
    List<ProcessHandle> children = new ArrayList<>(emulator.descendants().toList());
    terminate(emulator);
    children.forEach(MotoProcess::terminate);
    try (OutputStream stdin = watchdog.getOutputStream()) {
      stdin.flush();
    } catch (IOException e) {
      LOG.debug("Closing the watchdog's input failed; it is killed instead", e);
    }
    destroyTree(watchdog);
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      LOG.debug("Could not delete the emulator log {}", log, e);
    }
    LOG.debug("Cognito emulator on {} stopped", endpoint);
  }

  private static void terminate(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return;
    }
    handle.destroy();
    try {
      handle.onExit().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      handle.destroyForcibly();
    } catch (Exception e) {
      handle.destroyForcibly();
    }
  }

  private static void destroyTree(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.forEach(MotoProcess::terminate);
    terminate(process.toHandle());
  }

  private static boolean answers(HttpClient http, URI endpoint) throws InterruptedException {
    HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
        .timeout(Duration.ofSeconds(2))
        .GET()
        .build();
    try {
      http.send(probe, HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the pid the watchdog wrote, or -1 while it has written none. */
  private static long readPid(Path pidFile) {
    try {
      String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
      return text.isEmpty() ? -1 : Long.parseLong(text);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(output unreadable: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmulatorException("Cannot find a free loopback port for the emulator", e);
    }
  }

  private static final class PortTakenException extends EmulatorException {
    private static final long serialVersionUID = 1L;

    PortTakenException(int port, String tail) {
      super("Port " + port + " was already in use. The emulator's last output:\n" + tail);
    }
  }
}
