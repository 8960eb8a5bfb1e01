package io.github.cognitokit.tokens;

import io.github.cognitokit.tokens.internal.Args;
import io.github.cognitokit.tokens.internal.ClaimRules;
import io.github.cognitokit.tokens.internal.ClaimValues;
import io.github.cognitokit.tokens.internal.HeaderCache;
import io.github.cognitokit.tokens.internal.JwsAlgorithm;
import io.github.cognitokit.tokens.internal.JwtParts;
import io.github.cognitokit.tokens.internal.KeySetCache;
import io.github.cognitokit.tokens.internal.KnownStrings;
import io.github.cognitokit.tokens.internal.Rejections;
import io.github.cognitokit.tokens.internal.Signatures;
import io.github.cognitokit.tokens.internal.VerificationKey;
import io.github.cognitokit.tokens.internal.VerifiedTokenCache;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Verifies Cognito ID and access tokens: signature, issuer, expiry, token use, client, groups and scopes.
 *
 * <pre>{@code
 * CognitoJwtVerifier verifier = CognitoJwtVerifier.builder()
 *     .userPoolId("us-east-1_AbC123")
 *     .tokenUse(TokenUse.ACCESS)
 *     .clientId("app-client-id")
 *     .build();
 * CognitoToken token = verifier.verify(jwt);   // throws a TokenVerificationException subtype
 * }</pre>
 *
 * <h2>What is checked</h2>
 *
 * <p>The token must be a compact JWS of at most {@link Builder#maxTokenSize(int) 16 KiB}: three canonical unpadded
 * base64url segments, strict JSON header and payload without duplicate members, no {@code crit} header. The
 * {@code alg} must be RS256, RS384, RS512, ES256, ES384 or ES512 and must fit the key named by {@code kid} (its type,
 * curve, and {@code alg} if the key names one). {@code jku}, {@code x5u}, {@code jwk} and {@code x5c} headers are
 * ignored and never fetched. The {@code iss} must be the issuer of a configured pool; it is checked before any key
 * is fetched. Then the signature, {@code exp} (required), {@code nbf}, {@code iat} (not in the future), all with the
 * configured clock skew, {@code token_use}, the client ({@code aud} of ID tokens, {@code client_id} of access
 * tokens), the required groups and scopes (any of each), and finally your own {@link Builder#check(TokenCheck)
 * checks}.
 *
 * <h2>Keys</h2>
 *
 * <p>Each pool's key set is fetched on first use (or by {@link #hydrate()}, or seeded by {@link #preload(String)}),
 * parsed once, and kept for {@link Builder#keySetTimeToLive(Duration) one hour}, refreshed in the background before
 * it expires; verification never waits for a refresh while a key is cached. A token with an unknown {@code kid}
 * triggers one refetch, shared by all threads and at most once per {@link Builder#kidMissInterval(Duration) 10
 * seconds}. A failed fetch backs off, and cached keys keep working during an outage up to the
 * {@link Builder#maxStaleAge(Duration) maximum stale age} (24 hours). Fetches allow {@code https} only (plain
 * {@code http} to loopback hosts, for emulators), follow no redirects, and give up after 2 seconds to connect, 5
 * seconds for the whole response, or 512 KiB of body.
 *
 * <h2>Use</h2>
 *
 * <p>Instances are immutable and thread-safe: build one per configuration at start-up and share it; building one
 * per request throws away the key cache. {@code toBuilder().tokenUse(TokenUse.ID).build()} makes a sibling that
 * shares the key cache. Nothing needs closing; background refreshes (and the one-time loading of ACCP) run on the
 * {@link Builder#executor(Executor) executor} (the common pool by default); the verifier starts no thread of its
 * own. Logs go to SLF4J at debug level, with a warning when a refresh fails; they never contain tokens or key
 * material.
 *
 * <p>Start-up is cheap: building a verifier from an in-memory key set and verifying one token in a fresh JVM costs
 * about 1.35 times the JDK's bare RSA check (51 to 59 ms on a shared 2-core machine; docs/BENCHMARKS.md, "Cold
 * start"); the HTTP client is made on the first key-set fetch, SLF4J on the first log line, and exception classes
 * with the first failure.
 */
public final class CognitoJwtVerifier implements TokenVerifier {
  /** The largest {@link Builder#maxTokenSize(int)} accepted: 64 KiB, whose worst-case parse was measured. */
  public static final int MAX_TOKEN_SIZE_LIMIT = 64 * 1024;

  private final Builder config;
  private final Map<String, Pool> poolsByIssuer;
  private final Map<URI, KeySetCache> keySets;
  /** The key set of a verifier that has one, else null. */
  private final KeySetCache onlyKeySet;
  /** What the key caches were built with; a sibling with equal settings shares them. */
  private final KeySetCache.Settings keySettings;
  private final VerifiedTokenCache verifiedTokens;
  private final ClaimRules claimRules;
  private final Clock clock;
  private final int maxTokenSize;
  private final Signatures signatures;
  private final KnownStrings knownStrings;
  private final HeaderCache headers = new HeaderCache();

  private record Pool(String issuer, Set<String> clientIds, KeySetCache keys) {}

  /** The caches a verifier hands to its {@link #toBuilder()}, with the settings they were built with. */
  private record SharedKeys(KeySetCache.Settings settings, Map<URI, KeySetCache> caches) {}

  private CognitoJwtVerifier(Builder b, List<PoolBuilder> poolBuilders, List<URI> jwksUris,
      KeySetCache.Settings keySettings, Map<URI, KeySetCache> keySets) {
    this.config = b.copy();
    this.keySettings = keySettings;
    this.keySets = keySets;
    this.onlyKeySet = keySets.size() == 1 ? keySets.get(jwksUris.get(0)) : null;
    Map<String, Pool> pools = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>(); // every issuer and client id, shared by the tokens' claims
    for (int i = 0; i < poolBuilders.size(); i++) {
      PoolBuilder p = poolBuilders.get(i);
      String issuer = p.resolvedIssuer();
      URI jwks = jwksUris.get(i);
      Set<String> clients = p.anyClientId ? null : Set.copyOf(p.clientIds);
      pools.put(issuer, new Pool(issuer, clients, keySets.get(jwks)));
      known.add(issuer);
      if (clients != null) {
        known.addAll(clients);
      }
    }
    this.poolsByIssuer = Collections.unmodifiableMap(pools);
    this.knownStrings = KnownStrings.withCommonAnd(known);
    this.claimRules = new ClaimRules(b.tokenUse, b.clock, b.clockSkew, b.requiredGroups, b.requiredScopes,
        b.checks);
    this.clock = b.clock;
    this.maxTokenSize = b.maxTokenSize;
    this.signatures = new Signatures(b.signatureProvider, b.executor);
    this.verifiedTokens = b.verifiedTokenCacheSize > 0 ? new VerifiedTokenCache(b.verifiedTokenCacheSize,
        b.ticker != null ? b.ticker : Ticker.system(), clock, b.keySetTimeToLive) : null;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no pool, no token use and no client configured yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this verifier's settings. A verifier built from it shares this one's key cache for every
   * JWKS URI they have in common, as long as every key-fetching setting (fetcher or HTTP client, timeouts, key-set
   * size, clock and ticker, executor, listener, time-to-live, stale age, kid-miss interval and back-off) is equal;
   * claim settings such as {@code tokenUse} or required groups never stop the sharing.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = config.copy();
    b.shared = new SharedKeys(keySettings, keySets);
    return b;
  }

  /**
   * Verifies a token. Thread-safe; blocks only while no key set is cached yet or a rate-limited refetch for an
   * unknown {@code kid} runs.
   *
   * @param token the compact JWT, without a {@code Bearer} prefix
   * @return the verified token
   * @throws TokenVerificationException a subtype naming the failed check
   */
  @Override
  public CognitoToken verify(String token) {
    return verify(token, true);
  }

  /**
   * Verifies a token if that can be done without waiting for a key set: the token is verified on this thread from
   * the cached keys, and the result is empty when the verifier would first have to fetch keys or wait for a fetch
   * under way (no key set cached yet, or the token's {@code kid} is not in the cached set). Never does I/O and never
   * waits, so it may run on an event-loop thread; when the result is empty, call {@link #verify(String)} on a thread
   * that may block (a reactive decoder hands it to a scheduler meant for blocking work).
   *
   * <p>Every check and every failure is the same as {@link #verify(String)}'s: a token that is not acceptable
   * throws, it does not come back empty.
   *
   * @param token the compact JWT, without a {@code Bearer} prefix
   * @return the verified token, or empty if verifying it needs a key-set fetch first
   * @throws TokenVerificationException a subtype naming the failed check
   */
  public Optional<CognitoToken> verifyWithoutWaiting(String token) {
    return Optional.ofNullable(verify(token, false));
  }

  /** Verifies a token; when {@code mayWait} is false, returns null instead of fetching or waiting for keys. */
  private CognitoToken verify(String token, boolean mayWait) {
    if (token == null || token.isEmpty()) {
      throw Rejections.malformed("token is null or empty");
    }
    if (token.length() > maxTokenSize) {
      throw Rejections.malformed("token is longer than the limit of " + maxTokenSize + " characters");
    }
    VerifiedTokenCache.Entry hit = verifiedTokens == null ? null : verifiedTokens.get(token);
    if (hit != null) {
      claimRules.check(hit.token(), hit.clientIds());
      return hit.token();
    }
    JwtParts parts = JwtParts.parse(token, knownStrings, headers);
    Map<String, Object> header = parts.header();
    Object algValue = header.get("alg");
    if (algValue == null) {
      throw Rejections.unsupportedAlgorithm("token header has no alg");
    }
    JwsAlgorithm alg = algValue instanceof String ? JwsAlgorithm.of((String) algValue) : null;
    if (alg == null) {
      throw Rejections.unsupportedAlgorithm("token alg is not one of RS256, RS384, RS512, ES256, ES384, ES512");
    }
    if (header.containsKey("crit")) {
      throw Rejections.malformed("token header has a crit parameter; no extensions are supported");
    }
    Object kidValue = header.get("kid");
    if (kidValue != null && !(kidValue instanceof String)) {
      throw Rejections.malformed("token header kid must be a string");
    }
    String kid = (String) kidValue;
    if (kid == null || kid.isEmpty()) {
      throw Rejections.keyNotFound("token header has no kid");
    }
    String issuer = ClaimValues.string(parts.payload(), "iss");
    Pool pool = issuer == null ? null : poolsByIssuer.get(issuer);
    CognitoToken candidate = new CognitoToken(parts.payload(), header, alg.name(), kid, issuer,
        pool == null ? null : pool.clientIds);
    if (pool == null) {
      throw Rejections.invalidIssuer("iss", expectedIssuers(), "token issuer is not a configured user pool;"
          + " expected " + expectedIssuers());
    }
    VerificationKey key = mayWait ? pool.keys.key(kid) : pool.keys.keyWithoutWaiting(kid);
    if (key == null) {
      return null;
    }
    if (!key.accepts(alg)) {
      throw Rejections.unsupportedAlgorithm("token alg " + alg + " does not fit key '" + key.kid() + "' ("
          + key.keyType() + (key.curve() == null ? "" : " " + key.curve())
          + (key.algorithm() == null ? "" : ", alg " + key.algorithm()) + ")");
    }
    if (!key.verify(alg, parts.token(), parts.signingInputLength(), parts.signature(), signatures)) {
      throw Rejections.invalidSignature("token signature does not verify with key '" + key.kid() + "'");
    }
    signatures.checked();
    headers.remember(parts);
    claimRules.check(candidate, pool.clientIds);
    if (verifiedTokens != null) {
      verifiedTokens.put(token, new VerifiedTokenCache.Entry(candidate, pool.clientIds, pool.keys, key));
    }
    return candidate;
  }

  private String expectedIssuers() {
    return String.join(", ", poolsByIssuer.keySet());
  }

  /**
   * Fetches every configured key set now, for example at start-up, so that the first request does not wait. Tries
   * every key set, then throws the first failure.
   *
   * @throws KeySetUnavailableException if a key set cannot be fetched
   */
  public void hydrate() {
    // RuntimeException and instanceof rather than a catch clause: that would load the exception class with the
    // verifier's (docs/BENCHMARKS.md, cold start).
    RuntimeException first = null;
    for (KeySetCache cache : keySets.values()) {
      try {
        cache.refresh();
      } catch (RuntimeException e) {
        if (!(e instanceof KeySetUnavailableException)) {
          throw e;
        }
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Seeds the key cache of the only configured pool from a JWKS document you hold, for offline use or a fast cold
   * start. The keys count as freshly fetched.
   *
   * @param jwksJson the JSON Web Key Set document
   * @throws IllegalArgumentException if it is null or not a key set (text with a lone surrogate, which has no UTF-8
   *     form, is not one)
   * @throws IllegalStateException if the verifier has several key sets: use {@link #preload(String, String)}
   */
  public void preload(String jwksJson) {
    if (onlyKeySet == null) {
      throw Rejections.illegalState("this verifier has " + keySets.size() + " key sets: use preload(issuerOrPoolId,"
          + " jwksJson)");
    }
    preloadInto(onlyKeySet, jwksJson);
  }

  /**
   * Seeds the key cache of one pool from a JWKS document you hold.
   *
   * @param issuerOrPoolId the pool's issuer, or its pool id
   * @param jwksJson the JSON Web Key Set document
   * @throws IllegalArgumentException if no configured pool has this issuer or id, or the document is not a key set
   */
  public void preload(String issuerOrPoolId, String jwksJson) {
    Args.notNull(issuerOrPoolId, "issuerOrPoolId");
    for (Pool pool : poolsByIssuer.values()) {
      if (pool.issuer.equals(issuerOrPoolId) || pool.issuer.endsWith("/" + issuerOrPoolId)) {
        preloadInto(pool.keys, jwksJson);
        return;
      }
    }
    throw new IllegalArgumentException("no configured pool has issuer or id '" + issuerOrPoolId + "'; configured: "
        + expectedIssuers());
  }

  private static void preloadInto(KeySetCache cache, String jwksJson) {
    Args.notNull(jwksJson, "jwksJson");
    cache.preload(jwksJson);
  }

  /**
   * Returns a view of each key set this verifier uses, for health checks and diagnostics.
   *
   * @return one view per JWKS URI, in configuration order
   */
  public List<KeySetView> keySets() {
    return List.copyOf(keySets.values());
  }

  @Override
  public String toString() {
    return "CognitoJwtVerifier{issuers=" + poolsByIssuer.keySet() + ", " + claimRules + ", signatures="
        + signatures + "}";
  }

  /**
   * One user pool accepted by a verifier: its issuer, key set and app clients. Set either {@link #userPoolId}, or
   * {@link #issuer} (and optionally {@link #jwksUri}) for emulators and other hosts; and either
   * {@link #clientId(String...)} or {@link #anyClientId()}.
   */
  public static final class PoolBuilder {
    private String userPoolId;
    private String issuer;
    private URI jwksUri;
    private final Set<String> clientIds = new LinkedHashSet<>();
    private boolean anyClientId;

    private PoolBuilder() {}

    private PoolBuilder copy() {
      PoolBuilder p = new PoolBuilder();
      p.userPoolId = userPoolId;
      p.issuer = issuer;
      p.jwksUri = jwksUri;
      p.clientIds.addAll(clientIds);
      p.anyClientId = anyClientId;
      return p;
    }

    /**
     * Sets the user pool id, from which the region, the issuer
     * ({@code https://cognito-idp.{region}.amazonaws.com/{id}}) and the JWKS URI ({@code {issuer}/.well-known/jwks.json})
     * are derived.
     *
     * @param userPoolId for example {@code us-east-1_AbC123}
     * @return this builder
     * @throws IllegalArgumentException if it is null or not a user pool id
     */
    public PoolBuilder userPoolId(String userPoolId) {
      this.userPoolId = UserPoolIds.require(userPoolId, "userPoolId");
      return this;
    }

    /**
     * Overrides the issuer that tokens must carry in {@code iss}, for emulators, other partitions or newer issuer
     * hosts. Without a {@link #jwksUri(URI)}, the key set is read from {@code {issuer}/.well-known/jwks.json}.
     *
     * @param issuer the exact {@code iss} value
     * @return this builder
     * @throws IllegalArgumentException if it is null, blank, or not an absolute http(s) URI
     */
    public PoolBuilder issuer(String issuer) {
      if (issuer == null || issuer.isBlank()) {
        throw new IllegalArgumentException("issuer must not be null or blank");
      }
      try {
        URI u = URI.create(issuer);
        if (!u.isAbsolute() || u.getHost() == null) {
          throw new IllegalArgumentException("issuer must be an absolute URI, was '" + issuer + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("issuer must be an absolute URI, was '" + issuer + "'", e);
      }
      this.issuer = issuer;
      return this;
    }

    /**
     * Overrides where the key set is fetched from.
     *
     * @param jwksUri an {@code https} URI, or {@code http} to a loopback host
     * @return this builder
     * @throws IllegalArgumentException if it is null, or neither https nor http on loopback
     */
    public PoolBuilder jwksUri(URI jwksUri) {
      if (!Loopback.isHttpsOrLoopbackHttp(jwksUri)) {
        throw new IllegalArgumentException("jwksUri must be https (or http to a loopback host), was " + jwksUri);
      }
      this.jwksUri = jwksUri;
      return this;
    }

    /**
     * Accepts tokens issued to these app clients; adds to those already set.
     *
     * @param clientIds one or more client ids
     * @return this builder
     * @throws IllegalArgumentException if none is given, or one is null or blank
     */
    public PoolBuilder clientId(String... clientIds) {
      if (clientIds == null || clientIds.length == 0) {
        throw new IllegalArgumentException("clientId needs at least one client id");
      }
      return clientIds(Arrays.asList(clientIds));
    }

    /**
     * Accepts tokens issued to these app clients; adds to those already set.
     *
     * @param clientIds one or more client ids
     * @return this builder
     * @throws IllegalArgumentException if the collection is null or empty, or holds a null or blank id
     */
    public PoolBuilder clientIds(Collection<String> clientIds) {
      if (clientIds == null || clientIds.isEmpty()) {
        throw new IllegalArgumentException("clientIds needs at least one client id");
      }
      for (String id : clientIds) {
        if (id == null || id.isBlank()) {
          throw new IllegalArgumentException("client ids must not be null or blank");
        }
      }
      this.clientIds.addAll(clientIds);
      return this;
    }

    /**
     * Accepts tokens of every app client of the pool. Never a default: you must choose this or
     * {@link #clientId(String...)}.
     *
     * @return this builder
     */
    public PoolBuilder anyClientId() {
      this.anyClientId = true;
      return this;
    }

    private String resolvedIssuer() {
      if (issuer != null) {
        return issuer;
      }
      return UserPoolIds.issuer(userPoolId);
    }

    private URI resolvedJwksUri() {
      if (jwksUri != null) {
        return jwksUri;
      }
      String iss = resolvedIssuer();
      return URI.create(iss + (iss.endsWith("/") ? "" : "/") + ".well-known/jwks.json");
    }

    private void validate(String name) {
      if (userPoolId == null && issuer == null) {
        throw Rejections.illegalState(name + ": set userPoolId(...) or issuer(...)");
      }
      if (anyClientId && !clientIds.isEmpty()) {
        throw Rejections.illegalState(name + ": anyClientId() and clientId(...) are exclusive");
      }
      if (!anyClientId && clientIds.isEmpty()) {
        throw Rejections.illegalState(name + ": set clientId(...) or, explicitly, anyClientId()");
      }
      // A jwksUri(...) was checked when set, and one derived from a pool id is https: only an issuer(...) is left.
      if (jwksUri == null && issuer != null && !Loopback.isHttpsOrLoopbackHttp(resolvedJwksUri())) {
        throw Rejections.illegalState(name + ": the JWKS URI " + resolvedJwksUri() + " must be https (or http to"
            + " a loopback host); set jwksUri(...)");
      }
    }
  }

  /**
   * Settings for a {@link CognitoJwtVerifier}. Each setter checks its argument; {@link #build()} checks the
   * combination. A builder may be reused: each {@code build()} makes an independent verifier.
   */
  public static final class Builder {
    private PoolBuilder primary;
    private final List<PoolBuilder> extraPools = new ArrayList<>();
    private TokenUse tokenUse;
    private final Set<String> requiredGroups = new LinkedHashSet<>();
    private final Set<String> requiredScopes = new LinkedHashSet<>();
    private final List<TokenCheck> checks = new ArrayList<>();
    private Duration clockSkew = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private Ticker ticker; // null for the system's, read as System.nanoTime() without loading Ticker's classes
    private int maxTokenSize = 16 * 1024;
    private Duration keySetTimeToLive = Duration.ofHours(1);
    private Duration maxStaleAge = Duration.ofHours(24);
    private Duration kidMissInterval = Duration.ofSeconds(10);
    private Duration failureBackoff = Duration.ofSeconds(1);
    private Duration maxFailureBackoff = Duration.ofMinutes(5);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration responseTimeout = Duration.ofSeconds(5);
    private int maxKeySetSize = 512 * 1024;
    private HttpClient httpClient;
    private JwksFetcher fetcher;
    // Null until set: the defaults (the common pool, no listener) are resolved where they are used, so that a verifier
    // that never refreshes in the background or reports an event never loads them (docs/BENCHMARKS.md, cold start).
    private Executor executor;
    private KeySetListener listener;
    private long verifiedTokenCacheSize;
    private java.security.Provider signatureProvider;
    /** The key caches of the verifier this builder came from, and the settings they were built with. */
    private SharedKeys shared;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.primary = primary == null ? null : primary.copy();
      for (PoolBuilder p : extraPools) {
        b.extraPools.add(p.copy());
      }
      b.tokenUse = tokenUse;
      b.requiredGroups.addAll(requiredGroups);
      b.requiredScopes.addAll(requiredScopes);
      b.checks.addAll(checks);
      b.clockSkew = clockSkew;
      b.clock = clock;
      b.ticker = ticker;
      b.maxTokenSize = maxTokenSize;
      b.keySetTimeToLive = keySetTimeToLive;
      b.maxStaleAge = maxStaleAge;
      b.kidMissInterval = kidMissInterval;
      b.failureBackoff = failureBackoff;
      b.maxFailureBackoff = maxFailureBackoff;
      b.connectTimeout = connectTimeout;
      b.responseTimeout = responseTimeout;
      b.maxKeySetSize = maxKeySetSize;
      b.httpClient = httpClient;
      b.fetcher = fetcher;
      b.executor = executor;
      b.listener = listener;
      b.verifiedTokenCacheSize = verifiedTokenCacheSize;
      b.signatureProvider = signatureProvider;
      return b;
    }

    private PoolBuilder primary() {
      if (primary == null) {
        primary = new PoolBuilder();
      }
      return primary;
    }

    private List<PoolBuilder> allPools() {
      List<PoolBuilder> all = new ArrayList<>();
      if (primary != null) {
        all.add(primary);
      }
      all.addAll(extraPools);
      return all;
    }

    /**
     * Accepts tokens of this user pool: derives the region, issuer and JWKS URI. See
     * {@link PoolBuilder#userPoolId(String)}.
     *
     * @param userPoolId for example {@code us-east-1_AbC123}
     * @return this builder
     * @throws IllegalArgumentException if it is null or not a user pool id
     */
    public Builder userPoolId(String userPoolId) {
      primary().userPoolId(userPoolId);
      return this;
    }

    /**
     * Overrides the issuer of the pool set with {@link #userPoolId(String)}, or names the pool by its issuer alone.
     * See {@link PoolBuilder#issuer(String)}.
     *
     * @param issuer the exact {@code iss} value
     * @return this builder
     * @throws IllegalArgumentException if it is null, blank or not an absolute URI
     */
    public Builder issuer(String issuer) {
      primary().issuer(issuer);
      return this;
    }

    /**
     * Overrides where the key set of the pool is fetched. See {@link PoolBuilder#jwksUri(URI)}.
     *
     * @param jwksUri an {@code https} URI, or {@code http} to a loopback host
     * @return this builder
     * @throws IllegalArgumentException if it is null, or neither https nor http on loopback
     */
    public Builder jwksUri(URI jwksUri) {
      primary().jwksUri(jwksUri);
      return this;
    }

    /**
     * Accepts tokens issued to these app clients of the pool; adds to those already set.
     *
     * @param clientIds one or more client ids
     * @return this builder
     * @throws IllegalArgumentException if none is given, or one is null or blank
     */
    public Builder clientId(String... clientIds) {
      primary().clientId(clientIds);
      return this;
    }

    /**
     * Accepts tokens issued to these app clients of the pool; adds to those already set.
     *
     * @param clientIds one or more client ids
     * @return this builder
     * @throws IllegalArgumentException if the collection is null or empty, or holds a null or blank id
     */
    public Builder clientIds(Collection<String> clientIds) {
      primary().clientIds(clientIds);
      return this;
    }

    /**
     * Accepts tokens of every app client of the pool: an explicit choice, never a default.
     *
     * @return this builder
     */
    public Builder anyClientId() {
      primary().anyClientId();
      return this;
    }

    /**
     * Accepts tokens of one more user pool, with its own client ids. The token's {@code iss} selects the pool;
     * tokens of other issuers are rejected before any key is fetched.
     *
     * <pre>{@code
     * .userPool(p -> p.userPoolId("eu-west-1_Second").clientId("other-client"))
     * }</pre>
     *
     * @param spec sets the pool's id or issuer and its clients
     * @return this builder
     * @throws IllegalArgumentException if {@code spec} is null
     */
    public Builder userPool(Consumer<PoolBuilder> spec) {
      Args.notNull(spec, "spec");
      PoolBuilder p = new PoolBuilder();
      spec.accept(p);
      extraPools.add(p);
      return this;
    }

    /**
     * Chooses which tokens are accepted. Required: there is no default.
     *
     * @param tokenUse {@link TokenUse#ID}, {@link TokenUse#ACCESS} or {@link TokenUse#ANY}
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder tokenUse(TokenUse tokenUse) {
      this.tokenUse = Args.notNull(tokenUse, "tokenUse");
      return this;
    }

    /**
     * Requires the token's {@code cognito:groups} to hold at least one of these groups; adds to those already set.
     *
     * @param groups one or more group names
     * @return this builder
     * @throws IllegalArgumentException if none is given, or one is null or blank
     */
    public Builder requireAnyGroup(String... groups) {
      requiredGroups.addAll(names("groups", groups));
      return this;
    }

    /**
     * Requires the access token's {@code scope} to hold at least one of these scopes; adds to those already set.
     *
     * @param scopes one or more scopes, for example {@code rs/modelop_client}
     * @return this builder
     * @throws IllegalArgumentException if none is given, or one is null, blank or contains a space
     */
    public Builder requireAnyScope(String... scopes) {
      for (String s : names("scopes", scopes)) {
        if (s.indexOf(' ') >= 0) {
          throw new IllegalArgumentException("a scope must not contain a space, was '" + s + "'");
        }
        requiredScopes.add(s);
      }
      return this;
    }

    private static List<String> names(String what, String... values) {
      if (values == null || values.length == 0) {
        throw new IllegalArgumentException(what + " needs at least one value");
      }
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException(what + " must not be null or blank");
        }
      }
      return Arrays.asList(values);
    }

    /**
     * Adds a check of your own, run after the built-in checks, in the order added.
     *
     * @param check the check
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder check(TokenCheck check) {
      Args.notNull(check, "check");
      checks.add(check);
      return this;
    }

    /**
     * Allows this much clock difference on {@code exp}, {@code nbf} and {@code iat}. Default zero.
     *
     * @param clockSkew from zero to 5 minutes
     * @return this builder
     * @throws IllegalArgumentException if it is null, negative or over 5 minutes
     */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = Args.range(clockSkew, "clockSkew", Duration.ZERO, Duration.ofMinutes(5));
      return this;
    }

    /**
     * Sets the clock that token times are compared with. Default {@link Clock#systemUTC()}.
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
     * Sets the ticker that key-set lifetimes, back-off and rate limits use. Default {@link Ticker#system()}.
     *
     * @param ticker the ticker
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Args.notNull(ticker, "ticker") == Ticker.system() ? null : ticker;
      return this;
    }

    /**
     * Rejects longer tokens before decoding them. Default 16 KiB (16,384 characters), which holds any token Cognito
     * issues (an ID token of a user in 100 groups stays well under it); at most 64 KiB. Parsing costs grow linearly
     * with the size: the most expensive input we measured (a payload of 17-digit doubles; colliding member names,
     * 64-digit numbers, tiny members and escapes cost less) takes about 0.4 ms at 16 KiB and 1.6 ms at 64 KiB on a
     * 2-core machine, 11 and 50 times a genuine RS256 token's 0.03 ms ({@code HostileInputBenchmark} in the
     * benchmarks module measures them in one run).
     *
     * @param maxChars from 256 to 65,536
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxTokenSize(int maxChars) {
      this.maxTokenSize = Args.range(maxChars, "maxTokenSize", 256, MAX_TOKEN_SIZE_LIMIT);
      return this;
    }

    /**
     * How long a fetched key set is used before it is refreshed (in the background, a little ahead of time).
     * Default 1 hour.
     *
     * @param ttl from 1 second to 7 days
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder keySetTimeToLive(Duration ttl) {
      this.keySetTimeToLive = Args.range(ttl, "keySetTimeToLive", Duration.ofSeconds(1), Duration.ofDays(7));
      return this;
    }

    /**
     * How long cached keys keep verifying when refreshes fail. Default 24 hours. Must be at least the time to live.
     *
     * @param maxStaleAge from 1 second to 30 days
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder maxStaleAge(Duration maxStaleAge) {
      this.maxStaleAge = Args.range(maxStaleAge, "maxStaleAge", Duration.ofSeconds(1), Duration.ofDays(30));
      return this;
    }

    /**
     * The least time between two refetches caused by unknown {@code kid}s, per key set. Default 10 seconds.
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
     * The back-off after a failed fetch: {@code initial}, doubling with each further failure up to {@code max}.
     * Defaults 1 second and 5 minutes.
     *
     * @param initial from 1 millisecond to 1 hour
     * @param max from {@code initial} to 1 day
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder failureBackoff(Duration initial, Duration max) {
      Duration i = Args.range(initial, "failureBackoff initial", Duration.ofMillis(1), Duration.ofHours(1));
      this.maxFailureBackoff = Args.range(max, "failureBackoff max", i, Duration.ofDays(1));
      this.failureBackoff = i;
      return this;
    }

    /**
     * The connect timeout of the default HTTP client. Default 2 seconds. Ignored with your own
     * {@link #httpClient(HttpClient)} or {@link #fetcher(JwksFetcher)}.
     *
     * @param timeout from 1 millisecond to 1 minute
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Args.range(timeout, "connectTimeout", Duration.ofMillis(1), Duration.ofMinutes(1));
      return this;
    }

    /**
     * The limit for a whole key-set response, body included. Default 5 seconds. Ignored with your own
     * {@link #fetcher(JwksFetcher)}.
     *
     * @param timeout from 1 millisecond to 2 minutes
     * @return this builder
     * @throws IllegalArgumentException if null or out of range
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = Args.range(timeout, "responseTimeout", Duration.ofMillis(1), Duration.ofMinutes(2));
      return this;
    }

    /**
     * The largest key-set body accepted. Default 512 KiB. Ignored with your own {@link #fetcher(JwksFetcher)}.
     *
     * @param maxBytes from 1 KiB to 16 MiB
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxKeySetSize(int maxBytes) {
      if (maxBytes < 1024 || maxBytes > 16 << 20) {
        throw new IllegalArgumentException("maxKeySetSize must be within 1024..16777216, was " + maxBytes);
      }
      this.maxKeySetSize = maxBytes;
      return this;
    }

    /**
     * Fetches key sets with your own HTTP client, for a proxy or TLS settings. It should not follow redirects; a
     * redirected response is rejected anyway. Without it, key sets are fetched with a default client (no redirects,
     * {@link #connectTimeout(Duration)}), made on the first fetch and shared by every verifier in the JVM that uses
     * the default client with the same connect timeout.
     *
     * @param client the client
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Args.notNull(client, "httpClient");
      return this;
    }

    /**
     * Fetches key sets with your own fetcher instead of HTTP.
     *
     * @param fetcher the fetcher
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder fetcher(JwksFetcher fetcher) {
      this.fetcher = Args.notNull(fetcher, "fetcher");
      return this;
    }

    /**
     * Runs background key-set refreshes, and the one-time loading of the Amazon Corretto Crypto Provider, on this
     * executor. Default {@link ForkJoinPool#commonPool()}, looked up on first use. A direct executor
     * ({@code Runnable::run}) runs that work on the verifying thread instead.
     *
     * @param executor the executor
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder executor(Executor executor) {
      this.executor = Args.notNull(executor, "executor");
      return this;
    }

    /**
     * Reports key-set events to this listener. Default {@link KeySetListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder listener(KeySetListener listener) {
      Args.notNull(listener, "listener");
      this.listener = listener == KeySetListener.NONE ? null : listener;
      return this;
    }

    /**
     * Checks signatures with this JCA provider, without installing it in the JVM's provider list. By default the
     * Amazon Corretto Crypto Provider is used when it is on the class path and healthy (it is about twice as fast
     * on Linux), else the JDK's; an algorithm the provider lacks falls back to the JDK's. Loading ACCP takes a few
     * hundred milliseconds of CPU and saves about 15 microseconds per RS256 check, so by default it is looked for
     * once per JVM, on the {@link #executor(Executor) executor}, after the JVM's verifiers have checked 1,000
     * signatures, and the JDK's provider checks them until it is ready: a function or command that verifies a few
     * tokens never pays for it, a service switches in its first seconds. {@link CognitoJwtVerifier#toString()} names
     * the provider in use. A provider set here is used from the first token on.
     *
     * @param provider the provider
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder signatureProvider(java.security.Provider provider) {
      this.signatureProvider = Args.notNull(provider, "signatureProvider");
      return this;
    }

    /**
     * Remembers up to this many verified tokens, so a repeated token skips parsing and the signature check. Off by
     * default. Every other check, expiry included, still runs on a hit. Each entry is bound to the key that
     * verified it: a hit counts only while the cached key set still publishes that key (one map lookup), so a key
     * removed from the set after a compromise stops vouching for tokens at once, and no entry outlives its token's
     * {@code exp} or the {@link #keySetTimeToLive(Duration) key set's time to live}.
     *
     * @param maximumSize the most tokens kept; 0 turns the cache off
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder verifiedTokenCache(long maximumSize) {
      if (maximumSize < 0) {
        throw new IllegalArgumentException("verifiedTokenCache size must not be negative, was " + maximumSize);
      }
      this.verifiedTokenCacheSize = maximumSize;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return a new verifier
     * @throws IllegalStateException if no pool is set, a pool has no client choice or both, the token use is not
     *     set, scopes are required of ID tokens, two pools share an issuer, or the maximum stale age is shorter than
     *     the time to live
     */
    public CognitoJwtVerifier build() {
      List<PoolBuilder> pools = allPools();
      if (pools.isEmpty()) {
        throw Rejections.illegalState("set userPoolId(...) (or issuer(...)) or add userPool(...)");
      }
      for (int i = 0; i < pools.size(); i++) {
        pools.get(i).validate(pools.size() == 1 ? "the user pool" : "user pool #" + (i + 1));
      }
      if (tokenUse == null) {
        throw Rejections.illegalState("tokenUse(...) is required: ID, ACCESS or ANY");
      }
      if (tokenUse == TokenUse.ID && !requiredScopes.isEmpty()) {
        throw Rejections.illegalState("requireAnyScope(...) and tokenUse(ID) are exclusive: ID tokens carry no"
            + " scope");
      }
      if (maxStaleAge.compareTo(keySetTimeToLive) < 0) {
        throw Rejections.illegalState("maxStaleAge (" + maxStaleAge + ") must not be shorter than"
            + " keySetTimeToLive (" + keySetTimeToLive + ")");
      }
      Set<String> issuers = new LinkedHashSet<>();
      for (PoolBuilder p : pools) {
        if (!issuers.add(p.resolvedIssuer())) {
          throw Rejections.illegalState("two user pools have the issuer " + p.resolvedIssuer());
        }
      }
      KeySetCache.Settings settings = new KeySetCache.Settings(fetcher, httpClient, connectTimeout,
          responseTimeout, maxKeySetSize, ticker, clock, executor, listener, keySetTimeToLive, maxStaleAge,
          kidMissInterval, failureBackoff, maxFailureBackoff);
      // A sibling from toBuilder() shares a key cache wherever its settings equal the original's and it fetches the
      // same URI; any other pool, or other settings, get caches of their own. No bookkeeping per setter.
      Map<URI, KeySetCache> reusable = shared != null && shared.settings().equals(settings) ? shared.caches()
          : Map.of();
      Map<URI, KeySetCache> map = new LinkedHashMap<>();
      List<URI> uris = new ArrayList<>(pools.size());
      for (PoolBuilder p : pools) {
        URI uri = p.resolvedJwksUri();
        uris.add(uri);
        if (map.containsKey(uri)) {
          continue;
        }
        KeySetCache existing = reusable.get(uri);
        if (existing == null) {
          existing = new KeySetCache(uri, settings);
        }
        map.put(uri, existing);
      }
      Map<URI, KeySetCache> caches = Collections.unmodifiableMap(map);
      return new CognitoJwtVerifier(this, pools, uris, settings, caches);
    }
  }
}
