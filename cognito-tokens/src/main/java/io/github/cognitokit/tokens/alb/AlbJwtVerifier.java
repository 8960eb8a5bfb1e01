package io.github.cognitokit.tokens.alb;

import io.github.cognitokit.tokens.InvalidClientException;
import io.github.cognitokit.tokens.InvalidIssuerException;
import io.github.cognitokit.tokens.InvalidSignatureException;
import io.github.cognitokit.tokens.InvalidSignerException;
import io.github.cognitokit.tokens.JwksFetcher;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetListener;
import io.github.cognitokit.tokens.MalformedTokenException;
import io.github.cognitokit.tokens.Ticker;
import io.github.cognitokit.tokens.TokenVerificationException;
import io.github.cognitokit.tokens.UnsupportedAlgorithmException;
import io.github.cognitokit.tokens.internal.AlbKeyCache;
import io.github.cognitokit.tokens.internal.Args;
import io.github.cognitokit.tokens.internal.ClaimRules;
import io.github.cognitokit.tokens.internal.ClaimValues;
import io.github.cognitokit.tokens.internal.HttpJwksFetcher;
import io.github.cognitokit.tokens.internal.JwsAlgorithm;
import io.github.cognitokit.tokens.internal.JwtParts;
import io.github.cognitokit.tokens.internal.KnownStrings;
import io.github.cognitokit.tokens.internal.VerificationKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies the {@code x-amzn-oidc-data} header that an AWS Application Load Balancer adds after authenticating a
 * user (with Cognito or another OIDC provider).
 *
 * <pre>{@code
 * AlbJwtVerifier alb = AlbJwtVerifier.builder()
 *     .albArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188")
 *     .clientId("app-client-id")
 *     .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123")   // optional
 *     .build();
 * AlbToken user = alb.verify(request.getHeader("x-amzn-oidc-data"));
 * }</pre>
 *
 * <p>ALB tokens are not ordinary JWTs: they are ES256, each segment is base64url <em>with</em> {@code =} padding,
 * the signature is the 64-byte raw R||S form, and the key is a PEM document at
 * {@code https://public-keys.auth.elb.{region}.amazonaws.com/{kid}}. This verifier takes the signing input exactly
 * as received, requires the {@code kid} to be a UUID (checked before any fetch), requires the {@code signer} header
 * to be a configured load balancer and the {@code client} header a configured client id (both also before any
 * fetch), checks {@code exp} and, when configured, {@code iss}.
 *
 * <p>Keys are cached by {@code kid} for {@link Builder#keyTimeToLive(Duration) an hour}, then fetched again (the old
 * key stays in use while the key host is down, up to the {@link Builder#maxStaleAge(Duration) maximum stale age}).
 * Fetching a key not yet cached is single-flight and rate-limited per key host (by default a burst of 4 fetches,
 * refilled over 10 seconds), so random {@code kid}s cannot make it fetch for each token; a {@code kid} the key host
 * lacks is remembered for that interval. A token refused only by the rate limit raises
 * {@link io.github.cognitokit.tokens.KeySetUnavailableException} (an outage: retry), not a key-not-found. Only the
 * verified {@code x-amzn-oidc-data} header should be trusted: never {@code x-amzn-oidc-identity}, which is not
 * signed. The ALB's {@code x-amzn-oidc-accesstoken} is a Cognito access token: verify it with
 * {@link io.github.cognitokit.tokens.CognitoJwtVerifier}.
 *
 * <p>Instances are immutable and thread-safe: build one at start-up and share it.
 */
public final class AlbJwtVerifier {
  private static final Pattern ARN = Pattern.compile(
      "arn:(aws|aws-cn|aws-us-gov):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\\d+):\\d{12}:loadbalancer/app/"
          + "[A-Za-z0-9-]+/[0-9a-f]+");
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Set<String> arns;
  private final Set<String> clientIds;
  private final String issuer;
  private final Map<String, AlbKeyCache> cacheByArn;
  private final Clock clock;
  private final Duration clockSkew;
  private final int maxTokenSize;

  private AlbJwtVerifier(Builder b) {
    this.arns = Collections.unmodifiableSet(new LinkedHashSet<>(b.arns));
    this.clientIds = b.anyClientId ? null : Set.copyOf(b.clientIds);
    this.issuer = b.issuer;
    this.clock = b.clock;
    this.clockSkew = b.clockSkew;
    this.maxTokenSize = b.maxTokenSize;
    JwksFetcher fetcher = b.fetcher != null ? b.fetcher : b.httpClient != null
        ? new HttpJwksFetcher(b.httpClient, b.responseTimeout, 16 * 1024)
        : HttpJwksFetcher.lazyDefault(b.connectTimeout, b.responseTimeout, 16 * 1024);
    AlbKeyCache.Settings settings = new AlbKeyCache.Settings(fetcher, b.ticker, b.listener, b.kidMissInterval,
        b.kidMissBurst, b.keyTimeToLive, b.maxStaleAge, b.failureBackoff, b.maxFailureBackoff,
        b.responseTimeout.plus(b.connectTimeout).plusSeconds(1), 64);
    Map<URI, AlbKeyCache> byBase = new LinkedHashMap<>();
    Map<String, AlbKeyCache> byArn = new LinkedHashMap<>();
    for (String arn : b.arns) {
      URI base = b.keyBaseUri != null ? b.keyBaseUri : defaultKeyBase(arn);
      byArn.put(arn, byBase.computeIfAbsent(base, u -> new AlbKeyCache(u, settings)));
    }
    this.cacheByArn = Collections.unmodifiableMap(byArn);
  }

  private static URI defaultKeyBase(String arn) {
    Matcher m = ARN.matcher(arn);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: the ARN was checked");
    }
    String partition = m.group(1);
    String region = m.group(2);
    String suffix = "aws-cn".equals(partition) ? "amazonaws.com.cn" : "amazonaws.com";
    return URI.create("https://public-keys.auth.elb." + region + "." + suffix);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no load balancer and no client configured yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies an {@code x-amzn-oidc-data} header value.
   *
   * @param token the header value
   * @return the verified user claims
   * @throws TokenVerificationException a subtype naming the failed check: malformed, unsupported algorithm, key
   *     not found (also for a {@code kid} that is not a UUID), invalid signer, invalid client, invalid signature,
   *     expired, invalid issuer, or key set unavailable
   */
  public AlbToken verify(String token) {
    if (token == null || token.isEmpty()) {
      throw new MalformedTokenException("ALB token is null or empty");
    }
    if (token.length() > maxTokenSize) {
      throw new MalformedTokenException("ALB token is longer than the limit of " + maxTokenSize + " characters");
    }
    JwtParts parts = JwtParts.parsePadded(token, KnownStrings.COMMON);
    Map<String, Object> header = parts.header();
    Map<String, Object> payload = parts.payload();

    if (!"ES256".equals(header.get("alg"))) {
      throw new UnsupportedAlgorithmException("ALB token alg must be ES256");
    }
    if (header.containsKey("crit")) {
      throw new MalformedTokenException("ALB token header has a crit parameter; no extensions are supported");
    }
    Object kid = header.get("kid");
    if (!(kid instanceof String) || !UUID.matcher((String) kid).matches()) {
      throw new KeyNotFoundException("ALB token kid is missing or not a UUID");
    }
    Object signer = header.get("signer");
    AlbKeyCache cache = signer instanceof String ? cacheByArn.get(signer) : null;
    if (cache == null) {
      throw new InvalidSignerException("signer", String.join(", ", arns), "ALB token signer is not a configured"
          + " load balancer; expected one of " + arns);
    }
    Object client = header.get("client");
    if (client != null && !(client instanceof String)) {
      throw new MalformedTokenException("ALB token client header must be a string");
    }
    if (clientIds != null && (client == null || !clientIds.contains(client))) {
      throw new InvalidClientException("client", String.join(", ", clientIds), "ALB token client is "
          + (client == null ? "missing" : "'" + client + "'") + ": expected one of " + clientIds);
    }
    AlbToken candidate = new AlbToken(payload, (String) kid, (String) signer, (String) client);

    // Signer, client and kid were all checked above: a token for another load balancer or app client causes no
    // request to the key host.
    VerificationKey key = cache.key((String) kid);
    if (!key.verify(JwsAlgorithm.ES256, parts.token(), parts.signingInputLength(), parts.signature())) {
      throw new InvalidSignatureException("ALB token signature does not verify with key " + kid);
    }

    Instant now = clock.instant();
    ClaimRules.requireUnexpired(candidate.expiresAt(), now, clockSkew, "ALB token");
    Instant headerExp = ClaimValues.time(header, "exp");
    if (headerExp != null) {
      ClaimRules.requireUnexpired(headerExp, now, clockSkew, "ALB token header");
    }
    if (issuer != null && !issuer.equals(candidate.issuer())) {
      throw new InvalidIssuerException("iss", issuer, "ALB token issuer is not " + issuer);
    }
    if (issuer != null && header.containsKey("iss") && !issuer.equals(header.get("iss"))) {
      throw new InvalidIssuerException("iss", issuer, "ALB token header issuer is not " + issuer);
    }
    return candidate;
  }

  /**
   * Adds a key you hold to the cache, for tests or to avoid the first fetch.
   *
   * @param albArn the load balancer whose key host the key belongs to
   * @param kid the key id, a UUID
   * @param pem the PEM public key
   * @throws IllegalArgumentException if the ARN is not configured, the kid not a UUID, or the PEM not a P-256 key
   */
  public void preload(String albArn, String kid, String pem) {
    AlbKeyCache cache = albArn == null ? null : cacheByArn.get(albArn);
    if (cache == null) {
      throw new IllegalArgumentException("albArn is not a configured load balancer: " + albArn);
    }
    if (kid == null || !UUID.matcher(kid).matches()) {
      throw new IllegalArgumentException("kid must be a UUID, was " + kid);
    }
    Args.notNull(pem, "pem");
    cache.preload(kid, pem.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "AlbJwtVerifier{albArns=" + arns + (issuer == null ? "" : ", issuer=" + issuer) + "}";
  }

  /** Settings for an {@link AlbJwtVerifier}. Setters check their argument; {@link #build()} the combination. */
  public static final class Builder {
    private final Set<String> arns = new LinkedHashSet<>();
    private final Set<String> clientIds = new LinkedHashSet<>();
    private boolean anyClientId;
    private String issuer;
    private URI keyBaseUri;
    private Clock clock = Clock.systemUTC();
    private Ticker ticker = Ticker.system();
    private Duration clockSkew = Duration.ZERO;
    private int maxTokenSize = 16 * 1024;
    private Duration kidMissInterval = Duration.ofSeconds(10);
    private int kidMissBurst = 4;
    private Duration keyTimeToLive = Duration.ofHours(1);
    private Duration maxStaleAge = Duration.ofHours(24);
    private Duration failureBackoff = Duration.ofSeconds(1);
    private Duration maxFailureBackoff = Duration.ofMinutes(5);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration responseTimeout = Duration.ofSeconds(5);
    private HttpClient httpClient;
    private JwksFetcher fetcher;
    private KeySetListener listener = KeySetListener.NONE;

    private Builder() {}

    /**
     * Accepts tokens signed for these load balancers; adds to those already set. Each ARN also gives the region of
     * its key host, unless {@link #keyBaseUri(URI)} is set.
     *
     * @param albArns ARNs such as {@code arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188}
     * @return this builder
     * @throws IllegalArgumentException if none is given or one is not an application load balancer ARN in the aws,
     *     aws-cn or aws-us-gov partition
     */
    public Builder albArn(String... albArns) {
      if (albArns == null || albArns.length == 0) {
        throw new IllegalArgumentException("albArn needs at least one ARN");
      }
      for (String arn : albArns) {
        if (arn == null || !ARN.matcher(arn).matches()) {
          throw new IllegalArgumentException("albArn must be an application load balancer ARN, was '" + arn + "'");
        }
      }
      arns.addAll(Arrays.asList(albArns));
      return this;
    }

    /**
     * Accepts tokens whose {@code client} header is one of these app client ids; adds to those already set.
     *
     * @param ids one or more client ids
     * @return this builder
     * @throws IllegalArgumentException if none is given, or one is null or blank
     */
    public Builder clientId(String... ids) {
      if (ids == null || ids.length == 0) {
        throw new IllegalArgumentException("clientId needs at least one client id");
      }
      for (String id : ids) {
        if (id == null || id.isBlank()) {
          throw new IllegalArgumentException("client ids must not be null or blank");
        }
      }
      clientIds.addAll(Arrays.asList(ids));
      return this;
    }

    /**
     * Accepts any {@code client} header: an explicit choice, never a default.
     *
     * @return this builder
     */
    public Builder anyClientId() {
      anyClientId = true;
      return this;
    }

    /**
     * Requires the token's {@code iss} to be this identity provider. Optional.
     *
     * @param issuer the exact issuer
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder issuer(String issuer) {
      if (issuer == null || issuer.isBlank()) {
        throw new IllegalArgumentException("issuer must not be null or blank");
      }
      this.issuer = issuer;
      return this;
    }

    /**
     * Fetches keys from {@code {keyBaseUri}/{kid}} instead of the region's public key host: for GovCloud (whose
     * keys are served from S3) and tests.
     *
     * @param keyBaseUri an {@code https} URI, or {@code http} to a loopback host
     * @return this builder
     * @throws IllegalArgumentException if it is null or neither https nor http on loopback
     */
    public Builder keyBaseUri(URI keyBaseUri) {
      if (!HttpJwksFetcher.isAllowed(keyBaseUri)) {
        throw new IllegalArgumentException("keyBaseUri must be https (or http to a loopback host), was "
            + keyBaseUri);
      }
      this.keyBaseUri = keyBaseUri;
      return this;
    }

    /**
     * Allows this much clock difference on {@code exp}. Default zero.
     *
     * @param clockSkew from zero to 5 minutes
     * @return this builder
     * @throws IllegalArgumentException if null, negative or over 5 minutes
     */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = Args.range(clockSkew, "clockSkew", Duration.ZERO, Duration.ofMinutes(5));
      return this;
    }

    /**
     * Sets the clock for {@code exp}. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder clock(Clock clock) {
      this.clock = Args.notNull(clock, "clock");
      return this;
    }

    /**
     * Sets the ticker for the rate limit and back-off. Default {@link Ticker#system()}.
     *
     * @param ticker the ticker
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Args.notNull(ticker, "ticker");
      return this;
    }

    /**
     * The time over which the per-host budget for fetching keys not yet cached refills completely, and how long a
     * {@code kid} the key host lacks is remembered. Default 10 seconds; zero removes the limit (tests only).
     *
     * @param interval from zero to 1 hour
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder kidMissInterval(Duration interval) {
      this.kidMissInterval = Args.range(interval, "kidMissInterval", Duration.ZERO, Duration.ofHours(1));
      return this;
    }

    /**
     * How many keys not yet cached may be fetched at once from one key host before the rate limit applies; the
     * budget refills over {@link #kidMissInterval(Duration)}. Default 4.
     *
     * @param fetches from 1 to 100
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder kidMissBurst(int fetches) {
      this.kidMissBurst = Args.range(fetches, "kidMissBurst", 1, 100);
      return this;
    }

    /**
     * How long a fetched key is used before it is fetched again, so that a key the load balancer's key host
     * withdraws stops being accepted. Default 1 hour.
     *
     * @param ttl from 1 second to 1 day
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder keyTimeToLive(Duration ttl) {
      this.keyTimeToLive = Args.range(ttl, "keyTimeToLive", Duration.ofSeconds(1), Duration.ofDays(1));
      return this;
    }

    /**
     * How long a key whose time to live ran out stays in use while its key host cannot be reached. Default 24
     * hours; must not be shorter than the time to live.
     *
     * @param maxStaleAge from 1 second to 7 days
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder maxStaleAge(Duration maxStaleAge) {
      this.maxStaleAge = Args.range(maxStaleAge, "maxStaleAge", Duration.ofSeconds(1), Duration.ofDays(7));
      return this;
    }

    /**
     * The back-off after a failed fetch: {@code initial}, doubling up to {@code max}. Defaults 1 s and 5 min.
     *
     * @param initial from 1 ms to 1 hour
     * @param max from {@code initial} to 1 day
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder failureBackoff(Duration initial, Duration max) {
      this.failureBackoff = Args.range(initial, "failureBackoff initial", Duration.ofMillis(1), Duration.ofHours(1));
      this.maxFailureBackoff = Args.range(max, "failureBackoff max", initial, Duration.ofDays(1));
      return this;
    }

    /**
     * The connect timeout of the default HTTP client. Default 2 seconds.
     *
     * @param timeout from 1 ms to 1 minute
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Args.range(timeout, "connectTimeout", Duration.ofMillis(1), Duration.ofMinutes(1));
      return this;
    }

    /**
     * The limit for a whole key response. Default 5 seconds.
     *
     * @param timeout from 1 ms to 2 minutes
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = Args.range(timeout, "responseTimeout", Duration.ofMillis(1), Duration.ofMinutes(2));
      return this;
    }

    /**
     * Fetches keys with your own HTTP client.
     *
     * @param client the client
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Args.notNull(client, "httpClient");
      return this;
    }

    /**
     * Fetches keys with your own fetcher; it receives {@code {base}/{kid}} and returns the PEM bytes.
     *
     * @param fetcher the fetcher
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder fetcher(JwksFetcher fetcher) {
      this.fetcher = Args.notNull(fetcher, "fetcher");
      return this;
    }

    /**
     * Reports key events to this listener. Default {@link KeySetListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder listener(KeySetListener listener) {
      this.listener = Args.notNull(listener, "listener");
      return this;
    }

    /**
     * Rejects longer tokens before decoding them. Default 16 KiB; at most 64 KiB, whose worst-case parse was
     * measured (see {@link io.github.cognitokit.tokens.CognitoJwtVerifier.Builder#maxTokenSize(int)}).
     *
     * @param maxChars from 256 to 65,536
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxTokenSize(int maxChars) {
      this.maxTokenSize = Args.range(maxChars, "maxTokenSize", 256,
          io.github.cognitokit.tokens.CognitoJwtVerifier.MAX_TOKEN_SIZE_LIMIT);
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return a new verifier
     * @throws IllegalStateException if no ARN is set, neither or both of clientId and anyClientId, or the maximum
     *     stale age is shorter than the key time to live
     */
    public AlbJwtVerifier build() {
      if (arns.isEmpty()) {
        throw new IllegalStateException("set albArn(...): the load balancers whose tokens are accepted");
      }
      if (anyClientId && !clientIds.isEmpty()) {
        throw new IllegalStateException("anyClientId() and clientId(...) are exclusive");
      }
      if (!anyClientId && clientIds.isEmpty()) {
        throw new IllegalStateException("set clientId(...) or, explicitly, anyClientId()");
      }
      if (maxStaleAge.compareTo(keyTimeToLive) < 0) {
        throw new IllegalStateException("maxStaleAge (" + maxStaleAge + ") must not be shorter than keyTimeToLive ("
            + keyTimeToLive + ")");
      }
      return new AlbJwtVerifier(this);
    }
  }
}
