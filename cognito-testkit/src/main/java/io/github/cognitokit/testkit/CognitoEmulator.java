package io.github.cognitokit.testkit;

import io.github.cognitokit.testkit.internal.EmulatorLocator;
import io.github.cognitokit.testkit.internal.MotoProcess;
import io.github.cognitokit.tokens.UserPoolIds;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/**
 * A local Cognito emulator ({@code moto_server}) running on a loopback port.
 *
 * <p>Start one for a block of code, or use the one shared by the JVM:
 *
 * <pre>{@code
 * try (CognitoEmulator emulator = CognitoEmulator.start()) {
 *   CognitoIdentityProviderClient cognito = emulator.client();
 *   String poolId = cognito.createUserPool(b -> b.poolName("demo")).userPool().id();
 *   URI jwks = emulator.jwksUri(poolId);
 * }
 * }</pre>
 *
 * <h2>Finding the emulator</h2>
 *
 * <p>The executable is, in this order: the one set with {@link Builder#executable(Path)}; the system property
 * {@value #EXECUTABLE_PROPERTY}; the environment variable {@value #EXECUTABLE_ENV}; {@code moto_server} on the
 * {@code PATH}; {@code python3 -m moto.server} if that Python has moto. If none is there, {@link #start()} throws an
 * {@link EmulatorNotFoundException} that says {@code pip install "moto[server]"}.
 *
 * <h2>Closer to Cognito</h2>
 *
 * <p>moto accepts any TOTP code unless told otherwise; the emulator is started with
 * {@code MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP=true}, so software-token MFA codes are checked as Cognito checks them
 * (RFC 6238, 30-second steps; moto accepts the current step only). A value set in the environment wins.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>{@link #close()} stops the process and its children. A process that is never closed is stopped when the JVM
 * exits, and also when the JVM is killed (even by {@code SIGKILL}): the emulator runs under a small watchdog that
 * stops it as soon as its standard input, a pipe from this JVM, is closed.
 *
 * <p>Instances are thread-safe. The emulator's state (pools, users, tokens) is shared by everyone who talks to it;
 * {@link #reset()} clears it.
 */
public final class CognitoEmulator implements AutoCloseable {
  /** System property that names the emulator executable. */
  public static final String EXECUTABLE_PROPERTY = "cognitokit.emulator.executable";
  /** Environment variable that names the emulator executable. */
  public static final String EXECUTABLE_ENV = "COGNITOKIT_EMULATOR_EXECUTABLE";
  /** The region the emulator's clients use unless another is set. */
  public static final String DEFAULT_REGION = "us-east-1";

  private static final Object SHARED_LOCK = new Object();
  private static CognitoEmulator shared;

  private final MotoProcess process;
  private final String region;
  private final Object clientLock = new Object();
  private CognitoIdentityProviderClient client;

  private CognitoEmulator(MotoProcess process, String region) {
    this.process = process;
    this.region = region;
  }

  /**
   * Starts a new emulator with the defaults: found as described above, on a free loopback port, region
   * {@value #DEFAULT_REGION}, waiting up to 60 seconds for it to answer.
   *
   * @return the running emulator; close it when done
   * @throws EmulatorNotFoundException if no emulator executable is installed
   * @throws EmulatorException if it does not start or answer in time
   */
  public static CognitoEmulator start() {
    return builder().start();
  }

  /**
   * Returns the emulator shared by this JVM, starting it on first use.
   *
   * <p>It is stopped when the JVM exits; {@link #close()} on it is ignored, so that one test cannot stop it for the
   * others. {@link CognitoEmulatorTest} uses this instance.
   *
   * @return the shared, running emulator
   * @throws EmulatorNotFoundException if no emulator executable is installed
   * @throws EmulatorException if it does not start or answer in time
   */
  public static CognitoEmulator shared() {
    synchronized (SHARED_LOCK) {
      if (shared == null || !shared.isRunning()) {
        shared = builder().start();
        shared.process.markShared();
      }
      return shared;
    }
  }

  /**
   * Returns a builder for an emulator with non-default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URI of the emulator's API, for example {@code http://127.0.0.1:41234}.
   *
   * @return the endpoint to use as the SDK's endpoint override
   */
  public URI endpoint() {
    return process.endpoint();
  }

  /**
   * Returns the region that the clients of this emulator use, and that appears in its token issuers.
   *
   * @return the region name, for example {@code us-east-1}
   */
  public String region() {
    return region;
  }

  /**
   * Returns the URI of a user pool's JSON Web Key Set, served by the emulator.
   *
   * @param userPoolId the pool id, for example {@code us-east-1_AbC123}
   * @return {@code {endpoint}/{poolId}/.well-known/jwks.json}
   * @throws IllegalArgumentException if {@code userPoolId} is null or not a user pool id
   */
  public URI jwksUri(String userPoolId) {
    return endpoint().resolve("/" + requirePoolId(userPoolId) + "/.well-known/jwks.json");
  }

  /**
   * Returns the {@code iss} claim of tokens the emulator issues for a pool. Like Cognito, the emulator names the
   * public Cognito host here, not its own address.
   *
   * @param userPoolId the pool id
   * @return {@code https://cognito-idp.{region}.amazonaws.com/{poolId}}
   * @throws IllegalArgumentException if {@code userPoolId} is null or not a user pool id
   */
  public String issuer(String userPoolId) {
    return "https://cognito-idp." + region + ".amazonaws.com/" + requirePoolId(userPoolId);
  }

  /**
   * Returns a client for this emulator, created on first use and closed by {@link #close()}. Do not close it
   * yourself; build your own with {@link #clientBuilder()} if you need another configuration.
   *
   * @return a ready client: endpoint override, region, static dummy credentials
   */
  public CognitoIdentityProviderClient client() {
    synchronized (clientLock) {
      if (client == null) {
        client = clientBuilder().build();
      }
      return client;
    }
  }

  /**
   * Returns a client builder already pointed at this emulator, for clients with interceptors or other settings. The
   * caller owns and closes the clients it builds.
   *
   * @return a builder with the endpoint override, region and static dummy credentials set
   */
  public CognitoIdentityProviderClientBuilder clientBuilder() {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
  }

  /**
   * Builds a new client pointed at this emulator that runs the given interceptors, for example a
   * {@link RequestRecorder} to see and script the calls a test makes. The caller owns and closes it.
   *
   * <pre>{@code
   * RequestRecorder recorder = new RequestRecorder();
   * try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) { ... }
   * }</pre>
   *
   * @param interceptors the interceptors, run in this order
   * @return a new client with the endpoint override, region and static dummy credentials set
   * @throws IllegalArgumentException if the array or one of its elements is null
   */
  public CognitoIdentityProviderClient newClient(ExecutionInterceptor... interceptors) {
    if (interceptors == null) {
      throw new IllegalArgumentException("interceptors must not be null");
    }
    for (int i = 0; i < interceptors.length; i++) {
      if (interceptors[i] == null) {
        throw new IllegalArgumentException("interceptors[" + i + "] must not be null");
      }
    }
    return clientBuilder().overrideConfiguration(c -> {
      for (ExecutionInterceptor interceptor : interceptors) {
        c.addExecutionInterceptor(interceptor);
      }
    }).build();
  }

  /**
   * Clears all state of the emulator: pools, clients, users and tokens of every service.
   *
   * @throws EmulatorException if the emulator does not confirm the reset
   */
  public void reset() {
    process.reset();
  }

  /**
   * Tells whether the emulator process is alive.
   *
   * @return true until it is closed or dies
   */
  public boolean isRunning() {
    return process.isAlive();
  }

  /**
   * Returns the process id of the emulator, for tests that check it is gone after {@link #close()}.
   *
   * @return the pid of the emulator process (under its watchdog)
   */
  public long pid() {
    return process.emulatorPid();
  }

  /**
   * Stops the emulator and its child processes, and closes the client from {@link #client()}. Does nothing on the
   * {@linkplain #shared() shared} emulator, which stops when the JVM exits. Calling it twice is harmless.
   */
  @Override
  public void close() {
    if (process.isShared()) {
      return;
    }
    synchronized (clientLock) {
      if (client != null) {
        client.close();
        client = null;
      }
    }
    process.stop();
  }

  @Override
  public String toString() {
    return "CognitoEmulator{endpoint=" + endpoint() + ", region=" + region + ", running=" + isRunning() + "}";
  }

  private static String requirePoolId(String userPoolId) {
    return UserPoolIds.require(userPoolId, "userPoolId");
  }

  /**
   * Settings for a new emulator. Every setting is optional; {@link #start()} checks them and starts the process.
   * A builder may be reused; each {@code start()} starts an independent emulator.
   */
  public static final class Builder {
    private Path executable;
    private int port;
    private Duration startTimeout = Duration.ofSeconds(60);
    private String region = DEFAULT_REGION;

    private Builder() {}

    /**
     * Uses this {@code moto_server} executable instead of searching for one.
     *
     * @param executable path to the executable
     * @return this builder
     * @throws IllegalArgumentException if {@code executable} is null
     */
    public Builder executable(Path executable) {
      if (executable == null) {
        throw new IllegalArgumentException("executable must not be null");
      }
      this.executable = executable;
      return this;
    }

    /**
     * Listens on this loopback port. The default, 0, picks a free port.
     *
     * @param port 0, or a port from 1 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How long {@link #start()} waits for the emulator to answer. Default 60 seconds.
     *
     * @param startTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code startTimeout} is null, zero or negative
     */
    public Builder startTimeout(Duration startTimeout) {
      if (startTimeout == null || startTimeout.isZero() || startTimeout.isNegative()) {
        throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
      }
      this.startTimeout = startTimeout;
      return this;
    }

    /**
     * The region that clients use and that appears in issuers. Default {@code us-east-1}.
     *
     * @param region a region name such as {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException if {@code region} is null or not a region name
     */
    public Builder region(String region) {
      if (region == null || !region.toLowerCase(Locale.ROOT).equals(region)
          || !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
        throw new IllegalArgumentException("region must be a region name such as us-east-1, was '" + region + "'");
      }
      this.region = region;
      return this;
    }

    /**
     * Finds the emulator, starts it and waits until it answers.
     *
     * @return the running emulator; close it when done
     * @throws EmulatorNotFoundException if no emulator executable is installed
     * @throws EmulatorException if it does not start or answer in time
     */
    public CognitoEmulator start() {
      List<String> command = executable != null
          ? EmulatorLocator.forExecutable(executable)
          : EmulatorLocator.fromEnvironment().locate();
      MotoProcess process = MotoProcess.start(Objects.requireNonNull(command), port, startTimeout);
      return new CognitoEmulator(process, region);
    }
  }
}
