package io.github.cognitokit.auth;

import io.github.cognitokit.auth.internal.Args;
import io.github.cognitokit.auth.internal.TokenEndpoint;
import io.github.cognitokit.tokens.Loopback;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ClientAuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenResponse;

/**
 * Gets OAuth2 client-credentials access tokens for service-to-service calls, and caches them: Cognito bills every
 * token request, so {@link #token()} asks the token endpoint only when the cached token is about to expire.
 *
 * <pre>{@code
 * ClientCredentials credentials = ClientCredentials.builder()
 *     .prefixDomain("modelop-auth", "us-east-1")        // https://modelop-auth.auth.us-east-1.amazoncognito.com
 *     .clientId("internal-client-id")
 *     .clientSecret(secret)
 *     .scopes("rs/modelop_client")
 *     .build();
 * request.header("Authorization", credentials.token().authorizationHeader());
 * }</pre>
 *
 * <h2>Caching</h2>
 *
 * <p>Tokens are cached per scope set until a refresh margin before they expire: 60 seconds or a tenth of their
 * lifetime, whichever is smaller, unless {@link Builder#refreshMargin(Duration)} says otherwise. Many threads on a
 * cold or expiring cache cause one request; the others wait for its result. If a refresh fails while the cached
 * token is still valid, that token is returned and a warning logged; with nothing valid, {@link #token()} throws a
 * {@link TokenRequestException} carrying the OAuth2 error code ({@code invalid_client}, {@code invalid_scope}, ...) or
 * the I/O cause. A lifetime comes from {@code expires_in}, else from a JWT's {@code exp}; one over a day (the longest
 * Cognito issues) is read as a day, and an answer that is not an OAuth2 token response is a
 * {@link TokenRequestException} with its HTTP status.
 *
 * <p>Clients authenticate with {@code client_secret_basic} by default ({@link Builder#clientSecretPost()} for
 * secrets that contain characters a server may not URL-decode), or through the {@code GetClientToken} API with
 * {@link Builder#viaGetClientToken(CognitoIdentityProviderClient)}. Instances are thread-safe; share one per client.
 * {@link #close()} drops the cached tokens. Secrets and tokens never appear in logs, messages or {@code toString()}.
 */
public final class ClientCredentials implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClientCredentials.class);
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-\\d+");

  private final String clientId;
  private final URI endpoint;
  private final Set<String> defaultScopes;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Function<Set<String>, TokenEndpoint.Grant> fetcher;
  private final ConcurrentHashMap<Set<String>, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    volatile AccessToken token;
    volatile long attempts;
    volatile TokenRequestException lastFailure;
  }

  private ClientCredentials(Builder b) {
    this.clientId = b.clientId;
    this.endpoint = b.endpoint;
    this.defaultScopes = Collections.unmodifiableSet(new TreeSet<>(b.scopes));
    this.clock = b.clock;
    this.refreshMargin = b.refreshMargin;
    if (b.sdkClient != null) {
      CognitoIdentityProviderClient sdk = b.sdkClient;
      String id = b.clientId;
      String secret = b.clientSecret;
      this.fetcher = scopes -> getClientToken(sdk, id, secret, scopes);
    } else {
      TokenEndpoint te = new TokenEndpoint(b.endpoint, b.clientId, b.clientSecret, b.post, b.connectTimeout,
          b.readTimeout);
      this.fetcher = scopes -> te.request(scopes, clock);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a valid token for the configured scopes, from the cache when it can.
   *
   * @return the token
   * @throws TokenRequestException if no valid token can be had
   */
  public AccessToken token() {
    return tokenFor(defaultScopes);
  }

  /**
   * Returns a valid token for these scopes, cached separately from other scope sets.
   *
   * @param scopes the scopes, for example {@code rs/read}; none means the client's default scopes
   * @return the token
   * @throws IllegalArgumentException if a scope is null, blank or contains a space
   * @throws TokenRequestException if no valid token can be had
   */
  public AccessToken token(String... scopes) {
    if (scopes == null) {
      throw new IllegalArgumentException("scopes must not be null");
    }
    return tokenFor(Collections.unmodifiableSet(new TreeSet<>(checkScopes(Arrays.asList(scopes)))));
  }

  private AccessToken tokenFor(Set<String> scopes) {
    Slot slot = slots.computeIfAbsent(scopes, k -> new Slot());
    AccessToken cached = slot.token;
    if (cached != null && clock.instant().isBefore(refreshAt(cached))) {
      return cached;
    }
    long seen = slot.attempts;
    slot.lock.lock();
    try {
      cached = slot.token;
      Instant now = clock.instant();
      if (cached != null && now.isBefore(refreshAt(cached))) {
        return cached;
      }
      if (slot.attempts != seen && slot.lastFailure != null) {
        // Another thread just tried while we waited, and failed: share its result rather than ask again.
        return fallback(cached, now, slot.lastFailure);
      }
      try {
        TokenEndpoint.Grant grant = fetcher.apply(scopes);
        Instant received = clock.instant();
        AccessToken fresh = new AccessToken(grant.value(), grant.tokenType(), received,
            received.plus(grant.lifetime()), grant.scopes());
        slot.token = fresh;
        slot.lastFailure = null;
        LOG.debug("Client-credentials token for client {} scopes {} received, valid for {}", clientId, scopes,
            grant.lifetime());
        return fresh;
      } catch (TokenRequestException e) {
        slot.lastFailure = e;
        return fallback(cached, now, e);
      } finally {
        slot.attempts++;
      }
    } finally {
      slot.lock.unlock();
    }
  }

  private AccessToken fallback(AccessToken cached, Instant now, TokenRequestException failure) {
    if (cached != null && now.isBefore(cached.expiresAt())) {
      LOG.warn("Refreshing the client-credentials token of client {} failed ({}); using the cached token, valid"
          + " until {}", clientId, failure.getMessage(), cached.expiresAt());
      return cached;
    }
    throw new TokenRequestException(failure.getMessage(), failure.error(), failure.httpStatus(),
        failure.errorDescription(), failure.getCause());
  }

  private Instant refreshAt(AccessToken token) {
    Duration margin = refreshMargin;
    if (margin == null) {
      Duration tenth = token.lifetime().dividedBy(10);
      margin = tenth.compareTo(Duration.ofSeconds(60)) < 0 ? tenth : Duration.ofSeconds(60);
    }
    return token.expiresAt().minus(margin);
  }

  private static TokenEndpoint.Grant getClientToken(CognitoIdentityProviderClient sdk, String clientId,
      String secret, Set<String> scopes) {
    try {
      GetClientTokenResponse r = sdk.getClientToken(b -> {
        b.clientId(clientId).secret(secret);
        if (!scopes.isEmpty()) {
          b.scopes(scopes);
        }
      });
      ClientAuthenticationResultType result = r.clientAuthenticationResult();
      if (result == null || result.accessToken() == null) {
        throw new TokenRequestException("GetClientToken answered without an access token", null, 200, null, null);
      }
      return new TokenEndpoint.Grant(result.accessToken(), result.tokenType() == null ? "Bearer"
          : result.tokenType(), Duration.ofSeconds(result.expiresIn() == null ? 0 : result.expiresIn()), scopes);
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      throw new TokenRequestException("GetClientToken failed: HTTP " + e.statusCode() + " " + code, code,
          e.statusCode(), null, null);
    } catch (SdkException e) {
      throw new TokenRequestException("GetClientToken failed: " + e.getClass().getSimpleName(), null, -1, null, e);
    }
  }

  /** Drops every cached token, for example after a resource server rejected one. */
  public void invalidate() {
    slots.values().forEach(s -> s.token = null);
  }

  /** Drops the cached tokens. The instance can still be used; it will fetch again. */
  @Override
  public void close() {
    slots.clear();
  }

  @Override
  public String toString() {
    return "ClientCredentials{clientId=" + clientId + ", endpoint=" + (endpoint == null ? "GetClientToken" : endpoint)
        + ", scopes=" + defaultScopes + ", clientSecret=***}";
  }

  private static Set<String> checkScopes(Collection<String> scopes) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : scopes) {
      if (s == null || s.isBlank() || s.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("a scope must be non-blank without spaces, was '" + s + "'");
      }
      out.add(s);
    }
    return out;
  }

  /** Settings for {@link ClientCredentials}. Setters check their argument; {@link #build()} the combination. */
  public static final class Builder {
    private URI endpoint;
    private CognitoIdentityProviderClient sdkClient;
    private String clientId;
    private String clientSecret;
    private final Set<String> scopes = new LinkedHashSet<>();
    private boolean post;
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * Uses the prefix domain of a user pool: {@code https://{prefix}.auth.{region}.amazoncognito.com/oauth2/token}.
     *
     * @param prefix the domain prefix
     * @param region the pool's region
     * @return this builder
     * @throws IllegalArgumentException if the prefix or region is not valid
     */
    public Builder prefixDomain(String prefix, String region) {
      if (prefix == null || !PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("prefix must be lower-case letters, digits and hyphens, was '" + prefix
            + "'");
      }
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must be a region name such as us-east-1, was '" + region + "'");
      }
      return tokenEndpoint(URI.create("https://" + prefix + ".auth." + region + ".amazoncognito.com/oauth2/token"));
    }

    /**
     * Uses a pool domain given as its base URL, prefix or custom: {@code {domain}/oauth2/token}.
     *
     * @param domain for example {@code https://auth.example.com}
     * @return this builder
     * @throws IllegalArgumentException if it is not an https URL (http only on loopback hosts)
     */
    public Builder domain(URI domain) {
      if (domain == null) {
        throw new IllegalArgumentException("domain must not be null");
      }
      String base = domain.toString().replaceAll("/+$", "");
      return tokenEndpoint(URI.create(base + "/oauth2/token"));
    }

    /**
     * Uses this token endpoint.
     *
     * @param tokenEndpoint the full endpoint URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an https URL (http only on loopback hosts)
     */
    public Builder tokenEndpoint(URI tokenEndpoint) {
      if (tokenEndpoint == null || tokenEndpoint.getScheme() == null || tokenEndpoint.getHost() == null) {
        throw new IllegalArgumentException("tokenEndpoint must be an absolute URL, was " + tokenEndpoint);
      }
      if (!Loopback.isHttpsOrLoopbackHttp(tokenEndpoint)) {
        throw new IllegalArgumentException("tokenEndpoint must be https (http only on loopback), was "
            + tokenEndpoint);
      }
      this.endpoint = tokenEndpoint;
      this.sdkClient = null;
      return this;
    }

    /**
     * Gets tokens through the {@code GetClientToken} API instead of the domain (the app client must allow
     * {@code ALLOW_CLIENT_TOKEN_AUTH}); no domain needed.
     *
     * @param client the SDK client to call it with
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder viaGetClientToken(CognitoIdentityProviderClient client) {
      this.sdkClient = Args.notNull(client, "client");
      this.endpoint = null;
      return this;
    }

    /**
     * Sets the app client id. Required.
     *
     * @param clientId the client id
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder clientId(String clientId) {
      this.clientId = Args.text(clientId, "clientId");
      return this;
    }

    /**
     * Sets the app client secret. Required.
     *
     * @param clientSecret the secret
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Args.text(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Asks for these scopes by default; adds to those already set. Without scopes Cognito grants all custom scopes
     * of the client.
     *
     * @param scopes scopes such as {@code rs/modelop_client}
     * @return this builder
     * @throws IllegalArgumentException if a scope is null, blank or contains a space
     */
    public Builder scopes(String... scopes) {
      if (scopes == null) {
        throw new IllegalArgumentException("scopes must not be null");
      }
      this.scopes.addAll(checkScopes(Arrays.asList(scopes)));
      return this;
    }

    /**
     * Sends the client id and secret in the request body ({@code client_secret_post}) instead of a Basic header.
     *
     * @return this builder
     */
    public Builder clientSecretPost() {
      this.post = true;
      return this;
    }

    /**
     * Sets the clock for expiry. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = Args.notNull(clock, "clock");
      return this;
    }

    /**
     * Refreshes this long before expiry. Default: 60 seconds or a tenth of the lifetime, whichever is smaller.
     *
     * @param margin zero or positive, under one day
     * @return this builder
     * @throws IllegalArgumentException if null, negative or a day or more
     */
    public Builder refreshMargin(Duration margin) {
      if (margin == null || margin.isNegative() || margin.compareTo(Duration.ofDays(1)) >= 0) {
        throw new IllegalArgumentException("refreshMargin must be within 0..1 day, was " + margin);
      }
      this.refreshMargin = margin;
      return this;
    }

    /**
     * The connect timeout of token requests. Default 2 seconds.
     *
     * @param timeout from 1 ms to 1 minute
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = range("connectTimeout", timeout);
      return this;
    }

    /**
     * The read timeout of token requests. Default 5 seconds.
     *
     * @param timeout from 1 ms to 1 minute
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = range("readTimeout", timeout);
      return this;
    }

    private static Duration range(String name, Duration d) {
      if (d == null || d.toMillis() < 1 || d.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException(name + " must be within 1 ms..1 minute, was " + d);
      }
      return d;
    }

    /**
     * Builds the instance.
     *
     * @return a new instance
     * @throws IllegalStateException if the endpoint (or GetClientToken), client id or secret is missing
     */
    public ClientCredentials build() {
      if (endpoint == null && sdkClient == null) {
        throw new IllegalStateException("set prefixDomain(...), domain(...), tokenEndpoint(...) or"
            + " viaGetClientToken(...)");
      }
      if (clientId == null) {
        throw new IllegalStateException("clientId(...) is required");
      }
      if (clientSecret == null) {
        throw new IllegalStateException("clientSecret(...) is required: the client-credentials grant needs a"
            + " confidential client");
      }
      return new ClientCredentials(this);
    }
  }
}
