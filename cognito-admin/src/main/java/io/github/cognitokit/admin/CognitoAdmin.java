package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Calls;
import io.github.cognitokit.admin.internal.Gateway;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The entry point of cognito-admin: set up Cognito user pools and everything in them from code, idempotently.
 *
 * <pre>{@code
 * try (CognitoAdmin admin = CognitoAdmin.create()) {           // the SDK's default credentials and region
 *   UserPool pool = admin.userPool("modelop").mfa(Mfa.OFF).selfSignUp(false).ensure();
 *   AppClient client = pool.client("gateway-service").confidential()
 *       .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
 *           .callbackUrls("https://mo.example.com/login/oauth2/code/gateway-service"))
 *       .ensure();
 *   System.out.println(pool.report() + "\n" + client.report());
 * }
 * }</pre>
 *
 * <p>Every {@code ensure()} creates the resource or converges it to the settings named, and can be run again and
 * again; a second run with the same settings reports {@link ChangeReport.Change#UNCHANGED} and writes nothing. Pools
 * are found by name (two pools with one name is an error naming both ids) or by id; app clients by name within
 * their pool. Throttling and concurrent modification are retried with jittered back-off; limit errors are not.
 *
 * <p>Pass your own SDK clients with {@link #using(CognitoIdentityProviderClient)} (they stay yours to close), let
 * {@link #create()} build them from the default chain, or choose region, credentials, endpoint and retries with
 * {@link #builder()} ({@link #close()} closes the clients it built). Instances are thread-safe.
 */
public final class CognitoAdmin implements AutoCloseable {
  private final CognitoIdentityProviderClient cognito;
  private final CognitoIdentityClient identity;
  private final boolean ownsClients;
  /** Every Cognito call, with retries, error mapping and the pool and client ids by name from the last listings. */
  private final Gateway gateway;

  private CognitoAdmin(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity, boolean owns,
      Calls calls) {
    this.cognito = cognito;
    this.identity = identity;
    this.ownsClients = owns;
    this.gateway = new Gateway(cognito, identity, calls);
  }

  /**
   * Uses your user pool client; identity pools then need {@link #using(CognitoIdentityProviderClient,
   * CognitoIdentityClient)}.
   *
   * @param cognito the SDK client
   * @return the admin
   * @throws IllegalArgumentException if it is null
   */
  public static CognitoAdmin using(CognitoIdentityProviderClient cognito) {
    return new CognitoAdmin(Args.notNull(cognito, "cognito client"), null, false, Calls.defaults());
  }

  /**
   * Uses your SDK clients for user pools and identity pools.
   *
   * @param cognito the user pool client
   * @param identity the identity pool client
   * @return the admin
   * @throws IllegalArgumentException if one is null
   */
  public static CognitoAdmin using(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity) {
    return new CognitoAdmin(Args.notNull(cognito, "cognito client"), Args.notNull(identity, "identity client"),
        false, Calls.defaults());
  }

  /**
   * Builds SDK clients from the default credentials and region chain; {@link #close()} closes them. Same as
   * {@code builder().build()}.
   *
   * @return the admin
   */
  public static CognitoAdmin create() {
    return builder().build();
  }

  /**
   * Starts an admin with your settings: your SDK clients, or the region, credentials and endpoint of the clients it
   * builds, and the retries.
   *
   * <pre>{@code
   * CognitoAdmin admin = CognitoAdmin.builder()
   *     .region(Region.EU_WEST_1).credentials(ProfileCredentialsProvider.create("ops"))
   *     .maxAttempts(4).backoff(Duration.ofMillis(500), Duration.ofSeconds(10))
   *     .build();
   * }</pre>
   *
   * <p>Retries happen in one place. Throttling ({@code TooManyRequestsException}) and concurrent modification are
   * retried by the admin with jittered exponential back-off, {@link Builder#maxAttempts(int)} attempts in all; the
   * SDK clients the admin builds do not retry on their own, so a call is tried at most that many times. A client you
   * pass in keeps its own retry settings: build it with {@code AwsRetryStrategy.doNotRetry()} to keep one layer, or
   * set {@code maxAttempts(1)} here to leave retries to it.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings for {@link CognitoAdmin}; {@link #build()} checks them. */
  public static final class Builder {
    private CognitoIdentityProviderClient cognito;
    private CognitoIdentityClient identity;
    private Region region;
    private AwsCredentialsProvider credentials;
    private URI endpoint;
    private int maxAttempts = 6;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * Uses your user pool client (it stays yours to close).
     *
     * @param cognito the client
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder client(CognitoIdentityProviderClient cognito) {
      this.cognito = Args.notNull(cognito, "cognito client");
      return this;
    }

    /**
     * Uses your identity pool client (it stays yours to close).
     *
     * @param identity the client
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder identityClient(CognitoIdentityClient identity) {
      this.identity = Args.notNull(identity, "identity client");
      return this;
    }

    /**
     * Sets the region of the clients the admin builds. Default: the SDK's region chain.
     *
     * @param region the region
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder region(Region region) {
      this.region = Args.notNull(region, "region");
      return this;
    }

    /**
     * Sets the credentials of the clients the admin builds. Default: the SDK's default credentials chain.
     *
     * @param credentials the credentials provider
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = Args.notNull(credentials, "credentials");
      return this;
    }

    /**
     * Sends the clients the admin builds to another endpoint (a VPC endpoint, or a local emulator in tests).
     *
     * @param endpoint the endpoint
     * @return this builder
     * @throws IllegalArgumentException if it is null or not absolute
     */
    public Builder endpointOverride(URI endpoint) {
      Args.notNull(endpoint, "endpoint");
      if (!endpoint.isAbsolute()) {
        throw new IllegalArgumentException("endpoint must be an absolute URI, was '" + endpoint + "'");
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets how many times a throttled or concurrently modified call is tried in all. Default 6.
     *
     * @param attempts 1 (no retries) to 20
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > 20) {
        throw new IllegalArgumentException("maxAttempts must be within 1..20, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the back-off between attempts: a random wait up to {@code base} doubled per attempt, at most
     * {@code max}. Default 200 ms and 5 s.
     *
     * @param base the first back-off, 1 ms to 1 minute
     * @param max the longest, at least {@code base} and at most 5 minutes
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder backoff(Duration base, Duration max) {
      Args.notNull(base, "base");
      Args.notNull(max, "max");
      if (base.toMillis() < 1 || base.compareTo(Duration.ofMinutes(1)) > 0 || max.compareTo(base) < 0
          || max.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("backoff must have 1 ms <= base <= 1 min and base <= max <= 5 min, was "
            + base + " and " + max);
      }
      this.baseDelay = base;
      this.maxDelay = max;
      return this;
    }

    /**
     * Builds the admin. Clients it builds retry nothing themselves (see {@link CognitoAdmin#builder()});
     * {@link CognitoAdmin#close()} closes them.
     *
     * @return the admin
     * @throws IllegalStateException if region, credentials or endpoint are set together with your own clients
     */
    public CognitoAdmin build() {
      if (cognito != null && (region != null || credentials != null || endpoint != null)) {
        throw new IllegalStateException("region, credentials and endpointOverride configure the clients the admin"
            + " builds; set them on your own client instead");
      }
      boolean owns = cognito == null;
      CognitoIdentityProviderClient c = cognito;
      CognitoIdentityClient i = identity;
      if (owns) {
        var b = CognitoIdentityProviderClient.builder();
        configure(b);
        c = b.build();
        if (i == null) {
          var ib = CognitoIdentityClient.builder();
          configure(ib);
          i = ib.build();
        }
      }
      return new CognitoAdmin(c, i, owns, new Calls(maxAttempts, baseDelay, maxDelay));
    }

    private void configure(AwsClientBuilder<?, ?> b) {
      b.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
      if (region != null) {
        b.region(region);
      }
      if (credentials != null) {
        b.credentialsProvider(credentials);
      }
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
    }
  }

  /** An admin without clients, for checking specs that make no call (a pool file's settings). */
  static CognitoAdmin offline() {
    return new CognitoAdmin(null, null, false, Calls.defaults());
  }

  /**
   * Starts the desired settings of a user pool found by name.
   *
   * @param name the pool name
   * @return a spec; call {@link UserPoolSpec#ensure()}
   * @throws IllegalArgumentException if the name is blank or longer than 128 characters
   */
  public UserPoolSpec userPool(String name) {
    return new UserPoolSpec(this, name);
  }

  /**
   * Returns an existing pool by id.
   *
   * @param userPoolId the id
   * @return the pool
   * @throws IllegalArgumentException if the id is blank
   * @throws CognitoAdminException with {@link CognitoAdminException.Reason#NOT_FOUND} if there is no such pool
   */
  public UserPool userPoolById(String userPoolId) {
    Args.text(userPoolId, "userPoolId");
    UserPoolType pool = gateway.describeUserPool("user pool " + userPoolId, userPoolId);
    return new UserPool(this, pool.id(), pool.name(), new ChangeReport("user pool " + pool.name() + " ("
        + pool.id() + ")", ChangeReport.Change.UNCHANGED, List.of()));
  }

  /**
   * Finds a pool by name.
   *
   * @param name the pool name
   * @return the pool, or empty if none has the name
   * @throws CognitoAdminException with {@link CognitoAdminException.Reason#AMBIGUOUS} if several have it
   */
  public Optional<UserPool> findUserPool(String name) {
    return gateway.findPoolId(Args.text(name, "pool name")).map(id -> new UserPool(this, id, name, new ChangeReport(
        "user pool " + name + " (" + id + ")", ChangeReport.Change.UNCHANGED, List.of())));
  }

  /**
   * Starts the desired settings of an identity pool (federated identities) found by name.
   *
   * @param name the identity pool name
   * @return a spec; call {@link IdentityPoolSpec#ensure()}
   * @throws IllegalStateException if this admin has no identity pool client
   * @throws IllegalArgumentException if the name is not valid
   */
  public IdentityPoolSpec identityPool(String name) {
    if (identity == null) {
      throw new IllegalStateException("identity pools need a CognitoIdentityClient: use CognitoAdmin.using(cognito,"
          + " identity) or CognitoAdmin.create()");
    }
    return new IdentityPoolSpec(this, name);
  }

  /**
   * Finds a pool's id by name. The first lookup pages {@code ListUserPools} once (a low-quota call in real accounts)
   * and remembers every name it saw; later lookups of a known name cost nothing. A name it did not see is looked up
   * again before the caller concludes the pool is missing, so a pool made elsewhere meanwhile is never created twice.
   */
  /** The gateway every Cognito call of this admin goes through. */
  Gateway gateway() {
    return gateway;
  }

  @Override
  public void close() {
    if (ownsClients) {
      cognito.close();
      if (identity != null) {
        identity.close();
      }
    }
  }

  @Override
  public String toString() {
    return "CognitoAdmin{identityPools=" + (identity != null) + "}";
  }
}
