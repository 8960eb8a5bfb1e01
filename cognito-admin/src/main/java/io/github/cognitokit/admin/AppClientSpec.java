package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.ClientDesired;
import io.github.cognitokit.admin.internal.ClientReconciler;
import io.github.cognitokit.admin.internal.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The desired settings of an app client, found by name in its pool. Only the settings named are converged; the rest
 * of the client stays as it is.
 *
 * <pre>{@code
 * AppClient gateway = pool.client("gateway-service").confidential()
 *     .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
 *         .callbackUrls("https://mo.example.com/login/oauth2/code/gateway-service")
 *         .signOutUrls("https://mo.example.com/"))
 *     .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
 *     .enableTokenRevocation().preventUserExistenceErrors()
 *     .ensure();
 * }</pre>
 *
 * <p>Checked before any call: URLs (https, or http on localhost), grant mixes (client credentials alone, and only on
 * confidential clients), token validity ranges, and that custom scopes belong to resource servers of the pool.
 * Whether the client has a secret is fixed at creation. A spec is not thread-safe.
 */
public final class AppClientSpec {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String name;
  private Boolean secret;
  private Set<AuthFlow> authFlows;
  private OAuth oauth;
  private Duration accessTokenValidity;
  private Duration idTokenValidity;
  private Duration refreshTokenValidity;
  private Duration authSessionValidity;
  private Boolean tokenRevocation;
  private Boolean preventUserExistenceErrors;
  private Duration refreshTokenRotation;
  private boolean noRefreshTokenRotation;
  private List<String> readAttributes;
  private List<String> writeAttributes;

  AppClientSpec(CognitoAdmin admin, UserPool pool, String name) {
    this.admin = admin;
    this.pool = pool;
    this.name = Args.text(name, "client name");
    if (name.length() > 128) {
      throw new IllegalArgumentException("client name must be at most 128 characters, was " + name.length());
    }
  }

  /**
   * Makes the client confidential: it gets a secret. Fixed at creation.
   *
   * @return this spec
   */
  public AppClientSpec confidential() {
    this.secret = true;
    return this;
  }

  /**
   * Makes the client public: no secret (browser and mobile apps). Fixed at creation.
   *
   * @return this spec
   */
  public AppClientSpec publicClient() {
    this.secret = false;
    return this;
  }

  /**
   * Sets the API sign-in flows; {@link AuthFlow#REFRESH_TOKEN} is always added.
   *
   * <p>Defaults differ by where a client is made. A client created without this setting gets Cognito's API default,
   * {@code ALLOW_USER_SRP_AUTH}, {@code ALLOW_CUSTOM_AUTH} and {@code ALLOW_REFRESH_TOKEN_AUTH}; the console gives
   * a new client {@code ALLOW_USER_SRP_AUTH} and {@code ALLOW_REFRESH_TOKEN_AUTH} (the "default values" set-up
   * guides mean). Name the flows to get the same client either way.
   *
   * @param flows the flows
   * @return this spec
   * @throws IllegalArgumentException if null
   */
  public AppClientSpec authFlows(AuthFlow... flows) {
    Args.notNull(flows, "authFlows");
    Set<AuthFlow> set = EnumSet.of(AuthFlow.REFRESH_TOKEN);
    for (AuthFlow f : flows) {
      set.add(Args.notNull(f, "authFlows entry"));
    }
    this.authFlows = set;
    return this;
  }

  /**
   * Sets the OAuth 2.0 settings (grants, scopes, redirect URLs), replacing earlier ones of this spec.
   *
   * @param spec sets them
   * @return this spec
   * @throws IllegalArgumentException if null, or the settings do not fit together
   */
  public AppClientSpec oauth(Consumer<OAuth> spec) {
    Args.notNull(spec, "oauth");
    OAuth o = new OAuth();
    spec.accept(o);
    o.validate();
    this.oauth = o;
    return this;
  }

  /**
   * Sets the access token lifetime.
   *
   * @param validity 5 minutes to 1 day, whole minutes
   * @return this spec
   * @throws IllegalArgumentException if out of range
   */
  public AppClientSpec accessTokenValidity(Duration validity) {
    this.accessTokenValidity = Args.minutes(validity, "accessTokenValidity", Duration.ofMinutes(5),
        Duration.ofDays(1));
    return this;
  }

  /**
   * Sets the ID token lifetime.
   *
   * @param validity 5 minutes to 1 day, whole minutes
   * @return this spec
   * @throws IllegalArgumentException if out of range
   */
  public AppClientSpec idTokenValidity(Duration validity) {
    this.idTokenValidity = Args.minutes(validity, "idTokenValidity", Duration.ofMinutes(5), Duration.ofDays(1));
    return this;
  }

  /**
   * Sets the refresh token lifetime.
   *
   * @param validity 60 minutes to 3650 days, whole minutes
   * @return this spec
   * @throws IllegalArgumentException if out of range
   */
  public AppClientSpec refreshTokenValidity(Duration validity) {
    this.refreshTokenValidity = Args.minutes(validity, "refreshTokenValidity", Duration.ofMinutes(60),
        Duration.ofDays(3650));
    return this;
  }

  /**
   * Sets how long a sign-in session (between challenges) lasts.
   *
   * @param validity 3 to 15 minutes
   * @return this spec
   * @throws IllegalArgumentException if out of range
   */
  public AppClientSpec authSessionValidity(Duration validity) {
    this.authSessionValidity = Args.minutes(validity, "authSessionValidity", Duration.ofMinutes(3),
        Duration.ofMinutes(15));
    return this;
  }

  /**
   * Turns on refresh-token rotation: each refresh returns a new refresh token and retires the old one, which stays
   * usable for the grace period (for retries of a refresh that did not arrive). Refresh then goes through
   * {@code GetTokensFromRefreshToken} (cognito-auth's {@code getTokensFromRefreshToken}).
   *
   * @param retryGracePeriod how long a replaced refresh token still works, 0 to 60 seconds
   * @return this spec
   * @throws IllegalArgumentException if the period is out of range
   */
  public AppClientSpec refreshTokenRotation(Duration retryGracePeriod) {
    Args.notNull(retryGracePeriod, "retryGracePeriod");
    if (retryGracePeriod.isNegative() || retryGracePeriod.compareTo(Duration.ofSeconds(60)) > 0
        || retryGracePeriod.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException("retryGracePeriod must be whole seconds within 0..60, was "
          + retryGracePeriod);
    }
    this.refreshTokenRotation = retryGracePeriod;
    this.noRefreshTokenRotation = false;
    return this;
  }

  /**
   * Turns refresh-token rotation off: a refresh token stays the same until it expires.
   *
   * @return this spec
   */
  public AppClientSpec noRefreshTokenRotation() {
    this.refreshTokenRotation = null;
    this.noRefreshTokenRotation = true;
    return this;
  }

  /**
   * Turns refresh-token revocation on. Cognito turns it on for new clients anyway (API and console alike); name it to
   * keep it on for a client created before revocation existed, or after someone switched it off.
   *
   * @return this spec
   */
  public AppClientSpec enableTokenRevocation() {
    this.tokenRevocation = true;
    return this;
  }

  /**
   * Turns refresh-token revocation on or off.
   *
   * @param enabled on or off
   * @return this spec
   */
  public AppClientSpec tokenRevocation(boolean enabled) {
    this.tokenRevocation = enabled;
    return this;
  }

  /**
   * Hides whether a user exists: wrong user names and wrong passwords get the same answer.
   *
   * <p>The console turns this on for every new client; Cognito's API does not: a client created without this
   * setting answers {@code UserNotFoundException} ({@code LEGACY}). Call it to match the console.
   *
   * @return this spec
   */
  public AppClientSpec preventUserExistenceErrors() {
    this.preventUserExistenceErrors = true;
    return this;
  }

  /**
   * Turns user-existence errors off (true) or back to legacy behaviour (false).
   *
   * @param prevent whether to prevent them
   * @return this spec
   */
  public AppClientSpec preventUserExistenceErrors(boolean prevent) {
    this.preventUserExistenceErrors = prevent;
    return this;
  }

  /**
   * Sets the attributes the client may read; custom ones need the {@code custom:} prefix.
   *
   * @param attributes attribute names
   * @return this spec
   * @throws IllegalArgumentException if one is blank
   */
  public AppClientSpec readAttributes(String... attributes) {
    this.readAttributes = attributeList("readAttributes", attributes);
    return this;
  }

  /**
   * Sets the attributes the client may write; custom ones need the {@code custom:} prefix.
   *
   * @param attributes attribute names
   * @return this spec
   * @throws IllegalArgumentException if one is blank
   */
  public AppClientSpec writeAttributes(String... attributes) {
    this.writeAttributes = attributeList("writeAttributes", attributes);
    return this;
  }

  private static List<String> attributeList(String field, String... attributes) {
    Args.notNull(attributes, field);
    List<String> list = new ArrayList<>();
    for (String a : attributes) {
      list.add(Args.text(a, field + " entry"));
    }
    return list;
  }

  /**
   * Creates the client, or converges the existing one with this name.
   *
   * @return the client, with {@link AppClient#report()} saying what was done
   * @throws IllegalArgumentException if the settings do not fit together or name unknown scopes
   * @throws CognitoAdminException if Cognito refuses, two clients have this name, or the secret setting differs
   */
  public AppClient ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would do, without writing.
   *
   * @return the planned change
   * @throws IllegalArgumentException if the settings do not fit together
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  /**
   * Plans as {@link #plan()} does, taking identity providers and scopes that earlier steps of the same dry run
   * would create as there (a pool file's plan).
   */
  ChangeReport plan(java.util.Set<String> plannedElsewhere) {
    Outcome r = new ClientReconciler(admin.gateway(), plannedElsewhere).ensure(freeze(), true);
    return r.report();
  }

  private AppClient reconcile(boolean dryRun) {
    Outcome r = new ClientReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new AppClient(admin, pool, r.id(), name, r.report());
  }

  /** The spec as an immutable desired state; later changes to this spec do not affect it. */
  ClientDesired freeze() {
    ClientDesired.OAuth o = oauth == null ? null : new ClientDesired.OAuth(oauth.flows(), oauth.scopeValues(),
        oauth.callbackUrls, oauth.signOutUrls, oauth.defaultRedirectUrl, oauth.identityProviders);
    Duration rotation = noRefreshTokenRotation ? ClientDesired.NO_ROTATION : refreshTokenRotation;
    return new ClientDesired(pool.id(), pool.name(), name, secret, authFlows, o, accessTokenValidity,
        idTokenValidity, refreshTokenValidity, authSessionValidity, tokenRevocation, preventUserExistenceErrors,
        readAttributes, writeAttributes, rotation);
  }

  @Override
  public String toString() {
    return "AppClientSpec{" + name + "}";
  }

  /** OAuth 2.0 settings of an app client: grants, scopes and redirect URLs. */
  public static final class OAuth {
    private boolean code;
    private boolean implicit;
    private boolean clientCredentials;
    private final Set<Scope> scopes = new LinkedHashSet<>();
    private final List<String> callbackUrls = new ArrayList<>();
    private final List<String> signOutUrls = new ArrayList<>();
    private String defaultRedirectUrl;
    private final List<String> identityProviders = new ArrayList<>();

    OAuth() {}

    /**
     * Allows the authorization code grant.
     *
     * @return this
     */
    public OAuth authorizationCodeGrant() {
      this.code = true;
      return this;
    }

    /**
     * Allows the implicit grant (legacy; prefer the code grant with PKCE).
     *
     * @return this
     */
    public OAuth implicitGrant() {
      this.implicit = true;
      return this;
    }

    /**
     * Allows the client-credentials grant; it cannot be mixed with the others.
     *
     * @return this
     */
    public OAuth clientCredentials() {
      this.clientCredentials = true;
      return this;
    }

    /**
     * Sets the allowed scopes; adds {@code openid} when email, phone or profile is named, as Cognito requires.
     *
     * @param scopes the scopes
     * @return this
     * @throws IllegalArgumentException if null
     */
    public OAuth scopes(Scope... scopes) {
      Args.notNull(scopes, "scopes");
      for (Scope s : scopes) {
        this.scopes.add(Args.notNull(s, "scopes entry"));
      }
      return this;
    }

    /**
     * Sets the allowed callback (redirect) URLs.
     *
     * @param urls https URLs, or http on localhost
     * @return this
     * @throws IllegalArgumentException naming a URL that is not allowed
     */
    public OAuth callbackUrls(String... urls) {
      Args.notNull(urls, "callbackUrls");
      for (String u : urls) {
        callbackUrls.add(Args.redirectUrl(u, "callbackUrls"));
      }
      return this;
    }

    /**
     * Sets the allowed sign-out URLs.
     *
     * @param urls https URLs, or http on localhost
     * @return this
     * @throws IllegalArgumentException naming a URL that is not allowed
     */
    public OAuth signOutUrls(String... urls) {
      Args.notNull(urls, "signOutUrls");
      for (String u : urls) {
        signOutUrls.add(Args.redirectUrl(u, "signOutUrls"));
      }
      return this;
    }

    /**
     * Sets the default redirect URL; it must be one of the callback URLs.
     *
     * @param url the URL
     * @return this
     * @throws IllegalArgumentException if the URL is not allowed
     */
    public OAuth defaultRedirectUrl(String url) {
      this.defaultRedirectUrl = Args.redirectUrl(url, "defaultRedirectUrl");
      return this;
    }

    /**
     * Sets the identity providers users may sign in with. Default {@code COGNITO}.
     *
     * @param providers provider names such as {@code COGNITO}, {@code Google}
     * @return this
     * @throws IllegalArgumentException if one is blank
     */
    public OAuth identityProviders(String... providers) {
      Args.notNull(providers, "identityProviders");
      for (String p : providers) {
        identityProviders.add(Args.text(p, "identityProviders entry"));
      }
      return this;
    }

    void validate() {
      if (!code && !implicit && !clientCredentials) {
        throw new IllegalArgumentException("oauth needs a grant: authorizationCodeGrant(), implicitGrant() or"
            + " clientCredentials()");
      }
      if (clientCredentials && (code || implicit)) {
        throw new IllegalArgumentException("oauth clientCredentials() cannot be mixed with the code or implicit"
            + " grant");
      }
      if ((code || implicit) && callbackUrls.isEmpty()) {
        throw new IllegalArgumentException("oauth code and implicit grants need at least one callbackUrls(...)");
      }
      if (defaultRedirectUrl != null && !callbackUrls.contains(defaultRedirectUrl)) {
        throw new IllegalArgumentException("oauth defaultRedirectUrl must be one of the callbackUrls: "
            + defaultRedirectUrl);
      }
      if (scopes.isEmpty()) {
        throw new IllegalArgumentException("oauth needs at least one scope");
      }
      if (clientCredentials) {
        for (Scope s : scopes) {
          if (s.resourceServer() == null) {
            throw new IllegalArgumentException("oauth clientCredentials() allows custom scopes only, not " + s);
          }
        }
      }
      if (!scopes.contains(Scope.OPENID) && (scopes.contains(Scope.EMAIL) || scopes.contains(Scope.PHONE)
          || scopes.contains(Scope.PROFILE))) {
        Set<Scope> withOpenid = new LinkedHashSet<>();
        withOpenid.add(Scope.OPENID);
        withOpenid.addAll(scopes);
        scopes.clear();
        scopes.addAll(withOpenid);
      }
      if (callbackUrls.size() > 100) {
        throw new IllegalArgumentException("oauth allows at most 100 callbackUrls, was " + callbackUrls.size());
      }
    }

    List<String> flows() {
      List<String> flows = new ArrayList<>();
      if (code) {
        flows.add("code");
      }
      if (implicit) {
        flows.add("implicit");
      }
      if (clientCredentials) {
        flows.add("client_credentials");
      }
      return flows;
    }

    List<String> scopeValues() {
      return scopes.stream().map(Scope::value).toList();
    }

    @Override
    public String toString() {
      return "OAuth{flows=" + flows() + ", scopes=" + scopes + ", callbackUrls=" + callbackUrls + "}";
    }
  }
}
