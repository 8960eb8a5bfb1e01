package io.github.cognitokit.tokens.servlet;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.InsufficientPermissionException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import io.github.cognitokit.tokens.TokenVerifier;
import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.alb.AlbToken;
import io.github.cognitokit.tokens.internal.Args;
import io.github.cognitokit.tokens.internal.PathPattern;
import io.github.cognitokit.tokens.servlet.internal.AuthenticatedRequest;
import io.github.cognitokit.tokens.servlet.internal.FilterInitParameters;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet filter that lets a request through only with a valid Cognito bearer token, or a verified ALB identity
 * header, and tells the application who the caller is.
 *
 * <h2>From code</h2>
 *
 * <pre>{@code
 * CognitoJwtVerifier verifier = CognitoJwtVerifier.builder()
 *     .userPoolId("us-east-1_AbC123").tokenUse(TokenUse.ACCESS).clientId("app-client-id").build();
 * servletContext.addFilter("cognito", CognitoAuthFilter.bearer(verifier)
 *         .realm("my-api")
 *         .exclude("/health")
 *         .requireGroup("/admin/*", "admins")
 *         .requireScope("/api/*", "rs/read")
 *         .build())
 *     .addMappingForUrlPatterns(null, false, "/*");
 * }</pre>
 *
 * <h2>From web.xml</h2>
 *
 * <p>Declare the filter class with init parameters; the filter builds its own verifier:
 * <ul>
 *   <li>{@code mode}: {@code bearer} (default) or {@code alb};</li>
 *   <li>{@code userPoolId}, or {@code issuer} with an optional {@code jwksUri}: the pool;</li>
 *   <li>{@code clientIds} (separated by commas or spaces), or {@code anyClientId} = {@code true};</li>
 *   <li>{@code tokenUse}: {@code access} (default), {@code id} or {@code any};</li>
 *   <li>{@code requireAnyGroup}, {@code requireAnyScope}: required of every request (commas or spaces);</li>
 *   <li>{@code rules}: path rules separated by {@code ;} or new lines, each {@code PATTERN=group:a,b} or
 *       {@code PATTERN=scope:x,y}, for example {@code /admin/*=group:admins; /api/*=scope:rs/read};</li>
 *   <li>{@code excludedPaths}: patterns passed through without any check, for example {@code /health,/public/*};</li>
 *   <li>{@code realm} (default {@code cognito}); {@code anonymous} = {@code true} to let requests without
 *       credentials through;</li>
 *   <li>ALB mode: {@code albArns}, {@code albClientIds} or {@code albAnyClientId} = {@code true}, optional
 *       {@code albIssuer} and {@code albKeyBaseUri}, and {@code verifyAccessToken} = {@code true} to also verify
 *       {@code x-amzn-oidc-accesstoken} with the pool settings above.</li>
 * </ul>
 *
 * <h2>What it does</h2>
 *
 * <p>Bearer mode reads exactly one {@code Authorization: Bearer <token>} header (the scheme in any case). ALB mode
 * reads exactly one {@code x-amzn-oidc-data} header, verifies it with {@link AlbJwtVerifier}, and never trusts the
 * unsigned {@code x-amzn-oidc-identity}. On success the request is wrapped: {@code getUserPrincipal()} returns a
 * {@link CognitoPrincipal}, {@code isUserInRole(group)} is true for each {@code cognito:groups} entry,
 * {@code getAuthType()} is {@value #BEARER_AUTH} or {@value #ALB_AUTH}, and the verified token is the request
 * attribute {@value #TOKEN_ATTRIBUTE} (the ALB token: {@value #ALB_TOKEN_ATTRIBUTE}). Then every rule whose
 * pattern matches the path (servlet path plus path info) must pass: one of its groups, or one of its scopes.
 *
 * <p>It fails closed and answers by itself, without calling the rest of the chain: 401 with
 * {@code WWW-Authenticate: Bearer realm="..."} when credentials are missing (RFC 6750 section 3.1: no error code),
 * with {@code error="invalid_token"} when the token is malformed, expired or otherwise invalid; 403 with
 * {@code error="insufficient_scope"} when a group or scope is missing; 400 with {@code error="invalid_request"} for
 * more than one credential header; 503 with {@code Retry-After} when the keys cannot be fetched. Bodies are short
 * and generic; the precise reason goes to the debug log, never a token. In anonymous mode a request without
 * credentials goes through with no principal (unless a path rule applies to it), but a bad token is still
 * rejected.
 *
 * <p>The filter is thread-safe. Excluded paths skip it entirely.
 */
public final class CognitoAuthFilter implements Filter {
  /** The request attribute holding the verified {@link CognitoToken}. */
  public static final String TOKEN_ATTRIBUTE = "io.github.cognitokit.tokens.CognitoToken";
  /** The request attribute holding the verified {@link AlbToken} in ALB mode. */
  public static final String ALB_TOKEN_ATTRIBUTE = "io.github.cognitokit.tokens.alb.AlbToken";
  /** {@code getAuthType()} of requests verified by a bearer token. */
  public static final String BEARER_AUTH = "BEARER";
  /** {@code getAuthType()} of requests verified by ALB headers. */
  public static final String ALB_AUTH = "ALB";

  private static final Logger LOG = LoggerFactory.getLogger(CognitoAuthFilter.class);
  private static final String ALB_DATA = "x-amzn-oidc-data";
  private static final String ALB_ACCESS_TOKEN = "x-amzn-oidc-accesstoken";

  private enum Kind { GROUP, SCOPE }

  private record Rule(PathPattern pattern, Kind kind, Set<String> values) {}

  private record Settings(TokenVerifier bearer, AlbJwtVerifier alb, TokenVerifier albAccessToken, String realm,
      boolean anonymous, List<PathPattern> excluded, List<Rule> rules) {}

  private volatile Settings settings;

  /** Creates a filter configured later from its init parameters (web.xml or {@code FilterRegistration}). */
  public CognitoAuthFilter() {}

  private CognitoAuthFilter(Settings settings) {
    this.settings = settings;
  }

  /**
   * Starts a filter for bearer tokens.
   *
   * @param verifier verifies each token; usually a {@link CognitoJwtVerifier}
   * @return a builder
   * @throws IllegalArgumentException if {@code verifier} is null
   */
  public static Builder bearer(TokenVerifier verifier) {
    Args.notNull(verifier, "verifier");
    return new Builder(verifier, null);
  }

  /**
   * Starts a filter for an application behind an ALB that authenticates users.
   *
   * @param verifier verifies {@code x-amzn-oidc-data}
   * @return a builder
   * @throws IllegalArgumentException if {@code verifier} is null
   */
  public static Builder alb(AlbJwtVerifier verifier) {
    Args.notNull(verifier, "verifier");
    return new Builder(null, verifier);
  }

  /**
   * Reads the init parameters if the filter was not built in code.
   *
   * @param filterConfig the container's configuration
   * @throws ServletException naming the parameter that is missing or wrong
   */
  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    if (settings != null) {
      return;
    }
    try {
      settings = fromInitParameters(filterConfig::getInitParameter).settings();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ServletException("CognitoAuthFilter '" + filterConfig.getFilterName() + "': " + e.getMessage(), e);
    }
  }

  /**
   * Builds a filter from init parameters as described in the class comment, for containers configured in code
   * from properties.
   *
   * @param parameters returns the value of a parameter, or null
   * @return a builder with every setting read
   * @throws IllegalArgumentException if a parameter is missing or wrong; the message names it
   */
  public static Builder fromInitParameters(Function<String, String> parameters) {
    Args.notNull(parameters, "parameters");
    return FilterInitParameters.read(parameters);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Settings s = settings;
    if (s == null) {
      throw new ServletException("CognitoAuthFilter was not initialized");
    }
    if (!(req instanceof HttpServletRequest) || !(res instanceof HttpServletResponse)) {
      throw new ServletException("CognitoAuthFilter handles HTTP requests only");
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path = pathOf(request);
    for (PathPattern p : s.excluded) {
      if (p.matches(path)) {
        chain.doFilter(request, response);
        return;
      }
    }
    CognitoPrincipal principal;
    try {
      principal = s.alb != null ? albPrincipal(s, request) : bearerPrincipal(s, request);
    } catch (MultipleCredentialsException e) {
      LOG.debug("Rejected {} {}: {}", request.getMethod(), path, e.getMessage());
      answer(response, 400, s.realm, "invalid_request", null, "Bad Request");
      return;
    } catch (InsufficientPermissionException e) {
      LOG.debug("Rejected {} {}: {}", request.getMethod(), path, e.getMessage());
      answer(response, 403, s.realm, "insufficient_scope", null, "Forbidden");
      return;
    } catch (KeySetUnavailableException e) {
      LOG.debug("Rejected {} {}: {}", request.getMethod(), path, e.getMessage());
      response.setHeader("Retry-After", "5");
      answer(response, 503, s.realm, null, null, "Service Unavailable");
      return;
    } catch (TokenVerificationException e) {
      LOG.debug("Rejected {} {}: {} ({})", request.getMethod(), path, e.getMessage(), e.reason());
      answer(response, 401, s.realm, "invalid_token", null, "Unauthorized");
      return;
    } catch (RuntimeException e) {
      LOG.warn("Token verification failed unexpectedly for {} {}: {}", request.getMethod(), path,
          e.getClass().getName());
      answer(response, 500, s.realm, null, null, "Internal Server Error");
      return;
    }
    if (principal == null) {
      boolean ruled = s.rules.stream().anyMatch(r -> r.pattern.matches(path));
      if (!s.anonymous || ruled) {
        LOG.debug("Rejected {} {}: no credentials", request.getMethod(), path);
        answer(response, 401, s.realm, null, null, "Unauthorized");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    for (Rule rule : s.rules) {
      if (!rule.pattern.matches(path)) {
        continue;
      }
      Set<String> held = rule.kind == Kind.GROUP ? new LinkedHashSet<>(principal.groups())
          : principal.token().map(CognitoToken::scopes).orElse(Set.of());
      if (Collections.disjoint(held, rule.values)) {
        LOG.debug("Rejected {} {}: none of the {}s {} required by rule {}", request.getMethod(), path,
            rule.kind.name().toLowerCase(Locale.ROOT), rule.values, rule.pattern);
        answer(response, 403, s.realm, "insufficient_scope", rule.kind == Kind.SCOPE ? rule.values : null,
            "Forbidden");
        return;
      }
    }
    principal.token().ifPresent(t -> request.setAttribute(TOKEN_ATTRIBUTE, t));
    principal.albToken().ifPresent(t -> request.setAttribute(ALB_TOKEN_ATTRIBUTE, t));
    chain.doFilter(new AuthenticatedRequest(request, principal, s.alb != null ? ALB_AUTH : BEARER_AUTH), response);
  }

  private static CognitoPrincipal bearerPrincipal(Settings s, HttpServletRequest request) {
    String token = bearerToken(request);
    return token == null ? null : new CognitoPrincipal(s.bearer.verify(token), null);
  }

  private static CognitoPrincipal albPrincipal(Settings s, HttpServletRequest request) {
    String data = single(request, ALB_DATA);
    if (data == null) {
      return null;
    }
    AlbToken alb = s.alb.verify(data.trim());
    CognitoToken access = null;
    if (s.albAccessToken != null) {
      String accessToken = single(request, ALB_ACCESS_TOKEN);
      if (accessToken == null) {
        throw new io.github.cognitokit.tokens.MalformedTokenException("x-amzn-oidc-accesstoken is missing");
      }
      access = s.albAccessToken.verify(accessToken.trim());
      // Both headers are verified, but each on its own: a valid access token of another user must not lend its
      // groups to this one.
      if (access.subject() == null || !access.subject().equals(alb.subject())) {
        throw new io.github.cognitokit.tokens.CheckFailedException("sub", "the sub of x-amzn-oidc-data",
            "x-amzn-oidc-accesstoken belongs to another user than x-amzn-oidc-data (sub differs)");
      }
    }
    return new CognitoPrincipal(access, alb);
  }

  /** Returns the bearer token, null if there is no bearer credential, or throws for several headers. */
  private static String bearerToken(HttpServletRequest request) {
    String header = single(request, "Authorization");
    if (header == null) {
      return null;
    }
    String value = header.trim();
    int space = value.indexOf(' ');
    String scheme = space < 0 ? value : value.substring(0, space);
    if (!scheme.equalsIgnoreCase("Bearer")) {
      return null;
    }
    String token = space < 0 ? "" : value.substring(space + 1).trim();
    if (token.isEmpty()) {
      throw new io.github.cognitokit.tokens.MalformedTokenException("Authorization: Bearer has no token");
    }
    return token;
  }

  private static String single(HttpServletRequest request, String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return null;
    }
    String first = values.nextElement();
    if (values.hasMoreElements()) {
      throw new MultipleCredentialsException(name);
    }
    return first;
  }

  private static String pathOf(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    return path.isEmpty() ? "/" : path;
  }

  private static void answer(HttpServletResponse response, int status, String realm, String error,
      Set<String> scopes, String body) throws IOException {
    StringBuilder challenge = new StringBuilder("Bearer realm=\"").append(quote(realm)).append('"');
    if (error != null) {
      challenge.append(", error=\"").append(error).append('"');
    }
    if (scopes != null) {
      challenge.append(", scope=\"").append(quote(String.join(" ", scopes))).append('"');
    }
    if (status == 401 || status == 403 || status == 400) {
      response.setHeader("WWW-Authenticate", challenge.toString());
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public void destroy() {
    // Nothing to release: verifiers hold no threads.
  }

  @Override
  public String toString() {
    Settings s = settings;
    return s == null ? "CognitoAuthFilter{uninitialized}"
        : "CognitoAuthFilter{mode=" + (s.alb != null ? "alb" : "bearer") + ", realm=" + s.realm + ", anonymous="
            + s.anonymous + ", excluded=" + s.excluded + ", rules=" + s.rules.size() + "}";
  }

  private static final class MultipleCredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MultipleCredentialsException(String header) {
      super("more than one " + header + " header");
    }
  }

  /**
   * Settings for a {@link CognitoAuthFilter} built in code. {@link #build()} leaves the builder reusable.
   */
  public static final class Builder {
    private final TokenVerifier bearer;
    private final AlbJwtVerifier alb;
    private TokenVerifier albAccessToken;
    private String realm = "cognito";
    private boolean anonymous;
    private final List<PathPattern> excluded = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private Builder(TokenVerifier bearer, AlbJwtVerifier alb) {
      this.bearer = bearer;
      this.alb = alb;
    }

    /**
     * Names the realm in {@code WWW-Authenticate}. Default {@code cognito}.
     *
     * @param realm the realm
     * @return this builder
     * @throws IllegalArgumentException if it is null, blank, or holds control characters
     */
    public Builder realm(String realm) {
      if (realm == null || realm.isBlank() || realm.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("realm must be non-blank printable text, was '" + realm + "'");
      }
      this.realm = realm;
      return this;
    }

    /**
     * Lets requests without credentials through, with no principal, unless a path rule applies to them. Requests
     * with a bad token are still rejected.
     *
     * @return this builder
     */
    public Builder allowAnonymous() {
      this.anonymous = true;
      return this;
    }

    /**
     * Passes requests to these paths through without any check.
     *
     * @param pathPatterns servlet URL patterns: {@code /exact}, {@code /prefix/*}, {@code *.ext}
     * @return this builder
     * @throws IllegalArgumentException if none is given or one is not a servlet URL pattern
     */
    public Builder exclude(String... pathPatterns) {
      if (pathPatterns == null || pathPatterns.length == 0) {
        throw new IllegalArgumentException("exclude needs at least one path pattern");
      }
      for (String p : pathPatterns) {
        excluded.add(PathPattern.parse(p));
      }
      return this;
    }

    /**
     * Requires one of these groups for paths that match; every matching rule must pass.
     *
     * @param pathPattern a servlet URL pattern
     * @param groups one or more group names
     * @return this builder
     * @throws IllegalArgumentException if the pattern is invalid, or no group is given, or one is blank
     */
    public Builder requireGroup(String pathPattern, String... groups) {
      rules.add(new Rule(PathPattern.parse(pathPattern), Kind.GROUP, values("groups", groups)));
      return this;
    }

    /**
     * Requires one of these scopes of the access token for paths that match; every matching rule must pass.
     *
     * @param pathPattern a servlet URL pattern
     * @param scopes one or more scopes
     * @return this builder
     * @throws IllegalArgumentException if the pattern is invalid, or no scope is given, or one is blank
     */
    public Builder requireScope(String pathPattern, String... scopes) {
      rules.add(new Rule(PathPattern.parse(pathPattern), Kind.SCOPE, values("scopes", scopes)));
      return this;
    }

    private static Set<String> values(String what, String... values) {
      if (values == null || values.length == 0) {
        throw new IllegalArgumentException(what + " needs at least one value");
      }
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException(what + " must not be null or blank");
        }
      }
      return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
    }

    /**
     * In ALB mode, also requires and verifies the {@code x-amzn-oidc-accesstoken} header with this verifier; its
     * groups become the caller's roles. Its {@code sub} must equal the {@code sub} of {@code x-amzn-oidc-data}
     * (else 401 with {@link io.github.cognitokit.tokens.CheckFailedException} on claim {@code sub}), so the two
     * headers always describe the same user.
     *
     * @param verifier verifies the access token, usually a {@link CognitoJwtVerifier} with
     *     {@code tokenUse(ACCESS)}
     * @return this builder
     * @throws IllegalArgumentException if it is null
     * @throws IllegalStateException in bearer mode
     */
    public Builder accessTokenVerifier(TokenVerifier verifier) {
      Args.notNull(verifier, "verifier");
      if (alb == null) {
        throw new IllegalStateException("accessTokenVerifier(...) is for ALB mode; bearer mode verifies the bearer"
            + " token itself");
      }
      this.albAccessToken = verifier;
      return this;
    }

    private Settings settings() {
      return new Settings(bearer, alb, albAccessToken, realm, anonymous, List.copyOf(excluded), List.copyOf(rules));
    }

    /**
     * Builds the filter.
     *
     * @return a filter ready to register; its {@code init} does nothing
     */
    public CognitoAuthFilter build() {
      return new CognitoAuthFilter(settings());
    }
  }
}
