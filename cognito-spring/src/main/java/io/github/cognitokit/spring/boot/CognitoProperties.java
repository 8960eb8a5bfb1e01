package io.github.cognitokit.spring.boot;

import io.github.cognitokit.tokens.TokenUse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cognito.*} settings of the auto-configuration. One pool:
 *
 * <pre>
 * cognito:
 *   user-pool-id: us-east-1_AbC123
 *   client-ids: 5d3b1p2s0nlbbu4skmajl0sq2p
 *   token-use: access
 * </pre>
 *
 * <p>Several pools go under {@code cognito.pools[n]} instead. Every setting is checked at start-up: a wrong or
 * missing one fails it with a message naming the property.
 */
@ConfigurationProperties(prefix = "cognito")
public class CognitoProperties {
  /** Whether the Cognito auto-configuration applies. */
  private boolean enabled = true;
  /** The user pool whose tokens are accepted, for example us-east-1_AbC123. Or use cognito.pools for several. */
  private String userPoolId;
  /** The app client ids tokens must be issued to (client_id of access tokens, aud of ID tokens). */
  private List<String> clientIds = new ArrayList<>();
  /** Accept tokens issued to any app client of the pool; only when every client of it may call this app. */
  private boolean anyClient;
  /** Which tokens are accepted: access (the default for APIs), id, or any. */
  private TokenUse tokenUse = TokenUse.ACCESS;
  /** Tokens must be in at least one of these groups (cognito:groups). */
  private List<String> requiredGroups = new ArrayList<>();
  /** Access tokens must have at least one of these scopes. */
  private List<String> requiredScopes = new ArrayList<>();
  /** Overrides the issuer (iss) of the pool's tokens, for an emulator; otherwise it follows from the pool id. */
  private String issuer;
  /** Overrides the pool's key set URL, for an emulator; otherwise {issuer}/.well-known/jwks.json. */
  private URI jwksUri;
  /** Several user pools, each with its own clients; instead of cognito.user-pool-id. */
  private List<Pool> pools = new ArrayList<>();
  /** Key-set cache settings. */
  private final KeyCache keyCache = new KeyCache();
  /** How groups and scopes become Spring Security authorities. */
  private final Authorities authorities = new Authorities();
  /** Hosted UI (managed login) of an app client, for oauth2Login and logout. */
  private final Login login = new Login();
  /** The Retry-After delay of the 503 answered while the key set cannot be fetched. */
  private Duration outageRetryAfter = Duration.ofSeconds(5);
  /** Whether to fetch the key sets in the background at start-up, so that the first request does not wait. */
  private boolean preloadKeys = true;

  /**
   * Returns whether the auto-configuration applies.
   *
   * @return true unless switched off
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the auto-configuration applies.
   *
   * @param enabled false to switch it off
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the user pool id.
   *
   * @return the id, or null
   */
  public String getUserPoolId() {
    return userPoolId;
  }

  /**
   * Sets the user pool id.
   *
   * @param userPoolId for example {@code us-east-1_AbC123}
   */
  public void setUserPoolId(String userPoolId) {
    this.userPoolId = userPoolId;
  }

  /**
   * Returns the accepted app client ids.
   *
   * @return the ids
   */
  public List<String> getClientIds() {
    return clientIds;
  }

  /**
   * Sets the accepted app client ids.
   *
   * @param clientIds the ids
   */
  public void setClientIds(List<String> clientIds) {
    this.clientIds = clientIds;
  }

  /**
   * Returns whether any client of the pool is accepted.
   *
   * @return true if so
   */
  public boolean isAnyClient() {
    return anyClient;
  }

  /**
   * Sets whether any client of the pool is accepted.
   *
   * @param anyClient true to accept every client
   */
  public void setAnyClient(boolean anyClient) {
    this.anyClient = anyClient;
  }

  /**
   * Returns the accepted token use.
   *
   * @return the token use
   */
  public TokenUse getTokenUse() {
    return tokenUse;
  }

  /**
   * Sets the accepted token use.
   *
   * @param tokenUse access, id or any
   */
  public void setTokenUse(TokenUse tokenUse) {
    this.tokenUse = tokenUse;
  }

  /**
   * Returns the required groups.
   *
   * @return the groups
   */
  public List<String> getRequiredGroups() {
    return requiredGroups;
  }

  /**
   * Sets the required groups.
   *
   * @param requiredGroups the groups
   */
  public void setRequiredGroups(List<String> requiredGroups) {
    this.requiredGroups = requiredGroups;
  }

  /**
   * Returns the required scopes.
   *
   * @return the scopes
   */
  public List<String> getRequiredScopes() {
    return requiredScopes;
  }

  /**
   * Sets the required scopes.
   *
   * @param requiredScopes the scopes
   */
  public void setRequiredScopes(List<String> requiredScopes) {
    this.requiredScopes = requiredScopes;
  }

  /**
   * Returns the issuer override.
   *
   * @return the issuer, or null
   */
  public String getIssuer() {
    return issuer;
  }

  /**
   * Sets the issuer override.
   *
   * @param issuer the issuer
   */
  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  /**
   * Returns the key set URL override.
   *
   * @return the URL, or null
   */
  public URI getJwksUri() {
    return jwksUri;
  }

  /**
   * Sets the key set URL override.
   *
   * @param jwksUri the URL
   */
  public void setJwksUri(URI jwksUri) {
    this.jwksUri = jwksUri;
  }

  /**
   * Returns the pools, when several are configured.
   *
   * @return the pools
   */
  public List<Pool> getPools() {
    return pools;
  }

  /**
   * Sets the pools.
   *
   * @param pools the pools
   */
  public void setPools(List<Pool> pools) {
    this.pools = pools;
  }

  /**
   * Returns the key-set cache settings.
   *
   * @return the settings
   */
  public KeyCache getKeyCache() {
    return keyCache;
  }

  /**
   * Returns the authority settings.
   *
   * @return the settings
   */
  public Authorities getAuthorities() {
    return authorities;
  }

  /**
   * Returns the hosted UI settings.
   *
   * @return the settings
   */
  public Login getLogin() {
    return login;
  }

  /**
   * Returns the Retry-After delay of outage answers.
   *
   * @return the delay
   */
  public Duration getOutageRetryAfter() {
    return outageRetryAfter;
  }

  /**
   * Sets the Retry-After delay of outage answers.
   *
   * @param outageRetryAfter the delay
   */
  public void setOutageRetryAfter(Duration outageRetryAfter) {
    this.outageRetryAfter = outageRetryAfter;
  }

  /**
   * Returns whether key sets are fetched in the background at start-up.
   *
   * @return true if so
   */
  public boolean isPreloadKeys() {
    return preloadKeys;
  }

  /**
   * Sets whether key sets are fetched in the background at start-up.
   *
   * @param preloadKeys false to fetch on the first request
   */
  public void setPreloadKeys(boolean preloadKeys) {
    this.preloadKeys = preloadKeys;
  }

  /** One of several user pools. */
  public static class Pool {
    /** The user pool id, for example us-east-1_AbC123. */
    private String userPoolId;
    /** The app client ids tokens of this pool must be issued to. */
    private List<String> clientIds = new ArrayList<>();
    /** Accept tokens issued to any app client of this pool. */
    private boolean anyClient;
    /** Overrides the issuer of this pool's tokens. */
    private String issuer;
    /** Overrides this pool's key set URL. */
    private URI jwksUri;

    /**
     * Returns the user pool id.
     *
     * @return the id
     */
    public String getUserPoolId() {
      return userPoolId;
    }

    /**
     * Sets the user pool id.
     *
     * @param userPoolId the id
     */
    public void setUserPoolId(String userPoolId) {
      this.userPoolId = userPoolId;
    }

    /**
     * Returns the accepted app client ids.
     *
     * @return the ids
     */
    public List<String> getClientIds() {
      return clientIds;
    }

    /**
     * Sets the accepted app client ids.
     *
     * @param clientIds the ids
     */
    public void setClientIds(List<String> clientIds) {
      this.clientIds = clientIds;
    }

    /**
     * Returns whether any client of the pool is accepted.
     *
     * @return true if so
     */
    public boolean isAnyClient() {
      return anyClient;
    }

    /**
     * Sets whether any client of the pool is accepted.
     *
     * @param anyClient true to accept every client
     */
    public void setAnyClient(boolean anyClient) {
      this.anyClient = anyClient;
    }

    /**
     * Returns the issuer override.
     *
     * @return the issuer, or null
     */
    public String getIssuer() {
      return issuer;
    }

    /**
     * Sets the issuer override.
     *
     * @param issuer the issuer
     */
    public void setIssuer(String issuer) {
      this.issuer = issuer;
    }

    /**
     * Returns the key set URL override.
     *
     * @return the URL, or null
     */
    public URI getJwksUri() {
      return jwksUri;
    }

    /**
     * Sets the key set URL override.
     *
     * @param jwksUri the URL
     */
    public void setJwksUri(URI jwksUri) {
      this.jwksUri = jwksUri;
    }
  }

  /** Key-set cache settings; unset ones keep the verifier's defaults. */
  public static class KeyCache {
    /** How long a fetched key set is used before it is refreshed in the background (verifier default 1h). */
    private Duration timeToLive;
    /** How long a key set may still be used while refreshes fail (verifier default 1 day). */
    private Duration maxStaleAge;
    /** The least time between two fetches caused by unknown kids (verifier default 30s). */
    private Duration kidMissInterval;
    /** Connect timeout of key-set fetches. */
    private Duration connectTimeout;
    /** Response timeout of key-set fetches. */
    private Duration responseTimeout;

    /**
     * Returns the time to live.
     *
     * @return the duration, or null for the default
     */
    public Duration getTimeToLive() {
      return timeToLive;
    }

    /**
     * Sets the time to live.
     *
     * @param timeToLive the duration
     */
    public void setTimeToLive(Duration timeToLive) {
      this.timeToLive = timeToLive;
    }

    /**
     * Returns the longest stale use.
     *
     * @return the duration, or null for the default
     */
    public Duration getMaxStaleAge() {
      return maxStaleAge;
    }

    /**
     * Sets the longest stale use.
     *
     * @param maxStaleAge the duration
     */
    public void setMaxStaleAge(Duration maxStaleAge) {
      this.maxStaleAge = maxStaleAge;
    }

    /**
     * Returns the least time between kid-miss fetches.
     *
     * @return the duration, or null for the default
     */
    public Duration getKidMissInterval() {
      return kidMissInterval;
    }

    /**
     * Sets the least time between kid-miss fetches.
     *
     * @param kidMissInterval the duration
     */
    public void setKidMissInterval(Duration kidMissInterval) {
      this.kidMissInterval = kidMissInterval;
    }

    /**
     * Returns the connect timeout.
     *
     * @return the duration, or null for the default
     */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the duration
     */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /**
     * Returns the response timeout.
     *
     * @return the duration, or null for the default
     */
    public Duration getResponseTimeout() {
      return responseTimeout;
    }

    /**
     * Sets the response timeout.
     *
     * @param responseTimeout the duration
     */
    public void setResponseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
    }
  }

  /** How groups and scopes become authorities. */
  public static class Authorities {
    /** Prefix of group authorities; ROLE_ makes hasRole("admins") work. */
    private String groupPrefix = "ROLE_";
    /** Prefix of scope authorities. */
    private String scopePrefix = "SCOPE_";

    /**
     * Returns the group prefix.
     *
     * @return the prefix
     */
    public String getGroupPrefix() {
      return groupPrefix;
    }

    /**
     * Sets the group prefix.
     *
     * @param groupPrefix the prefix
     */
    public void setGroupPrefix(String groupPrefix) {
      this.groupPrefix = groupPrefix;
    }

    /**
     * Returns the scope prefix.
     *
     * @return the prefix
     */
    public String getScopePrefix() {
      return scopePrefix;
    }

    /**
     * Sets the scope prefix.
     *
     * @param scopePrefix the prefix
     */
    public void setScopePrefix(String scopePrefix) {
      this.scopePrefix = scopePrefix;
    }
  }

  /** The hosted UI (managed login) of one app client. */
  public static class Login {
    /** The app client that signs users in; setting it turns on oauth2Login. */
    private String clientId;
    /** Its client secret; leave unset for a public client (PKCE only). */
    private String clientSecret;
    /** The hosted UI domain, https://prefix.auth.region.amazoncognito.com or a custom domain. */
    private URI domain;
    /** The registration id, the last part of the callback path /login/oauth2/code/{registrationId}. */
    private String registrationId = "cognito";
    /** The scopes to ask for. */
    private List<String> scopes = new ArrayList<>(List.of("openid", "email", "profile"));
    /** Where Cognito sends the browser after logout; must be one of the client's sign-out URLs. */
    private String logoutRedirectUri = "{baseUrl}/";
    /** Overrides the authorization endpoint, for a stand-in. */
    private URI authorizationUri;
    /** Overrides the token endpoint, for a stand-in. */
    private URI tokenUri;
    /** Overrides the user-info endpoint, for a stand-in. */
    private URI userInfoUri;
    /** Overrides the key set of ID tokens, for a stand-in. */
    private URI jwkSetUri;
    /** Overrides the logout endpoint, for a stand-in. */
    private URI logoutEndpoint;
    /** Overrides the issuer of ID tokens, for a stand-in. */
    private String issuer;

    /**
     * Returns the client id.
     *
     * @return the id, or null
     */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the id
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /**
     * Returns the client secret.
     *
     * @return the secret, or null
     */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret the secret
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /**
     * Returns the domain.
     *
     * @return the domain, or null
     */
    public URI getDomain() {
      return domain;
    }

    /**
     * Sets the domain.
     *
     * @param domain the domain
     */
    public void setDomain(URI domain) {
      this.domain = domain;
    }

    /**
     * Returns the registration id.
     *
     * @return the id
     */
    public String getRegistrationId() {
      return registrationId;
    }

    /**
     * Sets the registration id.
     *
     * @param registrationId the id
     */
    public void setRegistrationId(String registrationId) {
      this.registrationId = registrationId;
    }

    /**
     * Returns the scopes.
     *
     * @return the scopes
     */
    public List<String> getScopes() {
      return scopes;
    }

    /**
     * Sets the scopes.
     *
     * @param scopes the scopes
     */
    public void setScopes(List<String> scopes) {
      this.scopes = scopes;
    }

    /**
     * Returns the logout return address.
     *
     * @return the address pattern
     */
    public String getLogoutRedirectUri() {
      return logoutRedirectUri;
    }

    /**
     * Sets the logout return address.
     *
     * @param logoutRedirectUri the address pattern
     */
    public void setLogoutRedirectUri(String logoutRedirectUri) {
      this.logoutRedirectUri = logoutRedirectUri;
    }

    /**
     * Returns the authorization endpoint override.
     *
     * @return the URL, or null
     */
    public URI getAuthorizationUri() {
      return authorizationUri;
    }

    /**
     * Sets the authorization endpoint override.
     *
     * @param authorizationUri the URL
     */
    public void setAuthorizationUri(URI authorizationUri) {
      this.authorizationUri = authorizationUri;
    }

    /**
     * Returns the token endpoint override.
     *
     * @return the URL, or null
     */
    public URI getTokenUri() {
      return tokenUri;
    }

    /**
     * Sets the token endpoint override.
     *
     * @param tokenUri the URL
     */
    public void setTokenUri(URI tokenUri) {
      this.tokenUri = tokenUri;
    }

    /**
     * Returns the user-info endpoint override.
     *
     * @return the URL, or null
     */
    public URI getUserInfoUri() {
      return userInfoUri;
    }

    /**
     * Sets the user-info endpoint override.
     *
     * @param userInfoUri the URL
     */
    public void setUserInfoUri(URI userInfoUri) {
      this.userInfoUri = userInfoUri;
    }

    /**
     * Returns the ID-token key set override.
     *
     * @return the URL, or null
     */
    public URI getJwkSetUri() {
      return jwkSetUri;
    }

    /**
     * Sets the ID-token key set override.
     *
     * @param jwkSetUri the URL
     */
    public void setJwkSetUri(URI jwkSetUri) {
      this.jwkSetUri = jwkSetUri;
    }

    /**
     * Returns the logout endpoint override.
     *
     * @return the URL, or null
     */
    public URI getLogoutEndpoint() {
      return logoutEndpoint;
    }

    /**
     * Sets the logout endpoint override.
     *
     * @param logoutEndpoint the URL
     */
    public void setLogoutEndpoint(URI logoutEndpoint) {
      this.logoutEndpoint = logoutEndpoint;
    }

    /**
     * Returns the ID-token issuer override.
     *
     * @return the issuer, or null
     */
    public String getIssuer() {
      return issuer;
    }

    /**
     * Sets the ID-token issuer override.
     *
     * @param issuer the issuer
     */
    public void setIssuer(String issuer) {
      this.issuer = issuer;
    }

    @Override
    public String toString() {
      return "Login{clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "(set)")
          + ", domain=" + domain + "}";
    }
  }
}
