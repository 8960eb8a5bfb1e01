package io.github.cognitokit.spring.login;

import io.github.cognitokit.tokens.Loopback;
import io.github.cognitokit.tokens.UserPoolIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * A user pool's hosted UI (managed login) for one app client: everything Spring Security's {@code oauth2Login()}
 * needs, and the Cognito logout URL that Spring cannot derive.
 *
 * <pre>{@code
 * CognitoHostedUi ui = CognitoHostedUi.builder()
 *     .userPoolId("us-east-1_AbC123")
 *     .domain(URI.create("https://modelop.auth.us-east-1.amazoncognito.com"))
 *     .clientId("gateway-service-client-id").clientSecret(secret)
 *     .logoutRedirectUri("{baseUrl}/")
 *     .build();
 * ClientRegistration registration = ui.clientRegistration();   // registration id "cognito"
 * }</pre>
 *
 * <p>The endpoints follow from the domain: {@code /oauth2/authorize}, {@code /oauth2/token},
 * {@code /oauth2/userInfo} and {@code /logout}; the issuer and key set from the pool id. Each can be overridden, for
 * an emulator or a stand-in. The redirect URI defaults to Spring's own callback,
 * {@code {baseUrl}/login/oauth2/code/{registrationId}}, which must be among the app client's callback URLs. Every
 * authorization request uses PKCE (Cognito supports it for public and confidential clients); a client without a
 * secret is a public client.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the client secret.
 */
public final class CognitoHostedUi {
  /** The registration id unless another is given. */
  public static final String DEFAULT_REGISTRATION_ID = "cognito";
  /** Spring Security's callback path pattern. */
  public static final String DEFAULT_REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

  private final String registrationId;
  private final String clientId;
  private final String clientSecret;
  private final List<String> scopes;
  private final String redirectUri;
  private final String logoutRedirectUri;
  private final String issuer;
  private final URI authorizationUri;
  private final URI tokenUri;
  private final URI userInfoUri;
  private final URI jwkSetUri;
  private final URI logoutEndpoint;

  private CognitoHostedUi(Builder b, String issuer, URI domain) {
    this.registrationId = b.registrationId;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.scopes = List.copyOf(b.scopes);
    this.redirectUri = b.redirectUri;
    this.logoutRedirectUri = b.logoutRedirectUri;
    this.issuer = issuer;
    this.authorizationUri = b.authorizationUri != null ? b.authorizationUri : resolve(domain, "/oauth2/authorize");
    this.tokenUri = b.tokenUri != null ? b.tokenUri : resolve(domain, "/oauth2/token");
    this.userInfoUri = b.userInfoUri != null ? b.userInfoUri : resolve(domain, "/oauth2/userInfo");
    this.logoutEndpoint = b.logoutEndpoint != null ? b.logoutEndpoint : resolve(domain, "/logout");
    this.jwkSetUri = b.jwkSetUri != null ? b.jwkSetUri : URI.create(issuer + "/.well-known/jwks.json");
  }

  private static URI resolve(URI domain, String path) {
    if (domain == null) {
      return null;
    }
    String base = domain.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a hosted UI configuration.
   *
   * @param spec sets the builder
   * @return the configuration
   * @throws IllegalArgumentException if a value is not acceptable
   * @throws IllegalStateException if a required value is missing
   */
  public static CognitoHostedUi of(Consumer<Builder> spec) {
    Builder b = builder();
    spec.accept(b);
    return b.build();
  }

  /**
   * Returns the Spring Security client registration: authorization code grant, the pool's issuer and key set, the
   * scopes, the redirect URI, PKCE, and {@code client_secret_basic} (or none, for a public client).
   *
   * @return a new registration
   */
  public ClientRegistration clientRegistration() {
    ClientRegistration.Builder b = ClientRegistration.withRegistrationId(registrationId)
        .clientId(clientId)
        .clientAuthenticationMethod(clientSecret == null ? ClientAuthenticationMethod.NONE
            : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(redirectUri)
        .scope(scopes)
        .authorizationUri(authorizationUri.toString())
        .tokenUri(tokenUri.toString())
        .userInfoUri(userInfoUri.toString())
        .userNameAttributeName("cognito:username")
        .jwkSetUri(jwkSetUri.toString())
        .issuerUri(issuer)
        .clientName("Amazon Cognito")
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
    if (clientSecret != null) {
      b.clientSecret(clientSecret);
    }
    return b.build();
  }

  /**
   * Returns the Cognito logout URL that ends the hosted-UI session and sends the browser back:
   * {@code {logoutEndpoint}?client_id=...&logout_uri=...}. The return address must be among the app client's
   * sign-out URLs.
   *
   * @param returnTo the absolute address to come back to
   * @return the URL to redirect the browser to
   * @throws IllegalArgumentException if {@code returnTo} is null or not absolute
   */
  public URI logoutUri(String returnTo) {
    if (returnTo == null || !URI.create(returnTo).isAbsolute()) {
      throw new IllegalArgumentException("the logout return address must be an absolute URL, was " + returnTo);
    }
    String sep = logoutEndpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(logoutEndpoint + sep + "client_id=" + encode(clientId) + "&logout_uri=" + encode(returnTo));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Returns the registration id.
   *
   * @return for example {@code cognito}
   */
  public String registrationId() {
    return registrationId;
  }

  /**
   * Returns the app client id.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns where Cognito sends the browser after logout, possibly with Spring's {@code {baseUrl}} placeholder.
   *
   * @return the logout return address pattern
   */
  public String logoutRedirectUri() {
    return logoutRedirectUri;
  }

  /**
   * Returns the Cognito logout endpoint.
   *
   * @return for example {@code https://modelop.auth.us-east-1.amazoncognito.com/logout}
   */
  public URI logoutEndpoint() {
    return logoutEndpoint;
  }

  /**
   * Returns the issuer of the ID tokens.
   *
   * @return the issuer
   */
  public String issuer() {
    return issuer;
  }

  @Override
  public String toString() {
    return "CognitoHostedUi{registrationId=" + registrationId + ", clientId=" + clientId + ", clientSecret="
        + (clientSecret == null ? "none" : "(set)") + ", issuer=" + issuer + ", authorizationUri=" + authorizationUri
        + "}";
  }

  /** Builds a {@link CognitoHostedUi}. Not thread-safe. */
  public static final class Builder {
    private String registrationId = DEFAULT_REGISTRATION_ID;
    private String userPoolId;
    private String issuer;
    private URI domain;
    private String clientId;
    private String clientSecret;
    private final Set<String> scopes = new LinkedHashSet<>(List.of("openid", "email", "profile"));
    private String redirectUri = DEFAULT_REDIRECT_URI;
    private String logoutRedirectUri = "{baseUrl}/";
    private URI authorizationUri;
    private URI tokenUri;
    private URI userInfoUri;
    private URI jwkSetUri;
    private URI logoutEndpoint;

    private Builder() {}

    /**
     * Sets the registration id, the last part of Spring's callback path. Default {@code cognito}; seed 000's
     * gateway uses {@code gateway-service}.
     *
     * @param registrationId the id
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder registrationId(String registrationId) {
      this.registrationId = notBlank(registrationId, "registrationId");
      return this;
    }

    /**
     * Sets the user pool, from which the issuer and key set follow.
     *
     * @param userPoolId for example {@code us-east-1_AbC123}
     * @return this builder
     * @throws IllegalArgumentException if it is not a user pool id
     */
    public Builder userPoolId(String userPoolId) {
      this.userPoolId = UserPoolIds.require(userPoolId, "userPoolId");
      return this;
    }

    /**
     * Overrides the issuer of the ID tokens (for an emulator or stand-in); otherwise it follows from the pool id.
     *
     * @param issuer an {@code https} URL, or {@code http} on loopback
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder issuer(String issuer) {
      this.issuer = secureUrl(issuer, "issuer").toString();
      return this;
    }

    /**
     * Sets the hosted UI domain: {@code https://<prefix>.auth.<region>.amazoncognito.com} or your custom domain.
     *
     * @param domain the domain's base URL
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder domain(URI domain) {
      this.domain = secureUrl(domain == null ? null : domain.toString(), "domain");
      return this;
    }

    /**
     * Sets the app client id.
     *
     * @param clientId the id
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder clientId(String clientId) {
      this.clientId = notBlank(clientId, "clientId");
      return this;
    }

    /**
     * Sets the app client secret; leave it unset for a public client.
     *
     * @param clientSecret the secret, or null for none
     * @return this builder
     * @throws IllegalArgumentException if it is empty or blank
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret == null ? null : notBlank(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the scopes to ask for. Default {@code openid email profile}; {@code openid} is needed for an ID token.
     *
     * @param scopes the scopes
     * @return this builder
     * @throws IllegalArgumentException if there are none, or one is blank
     */
    public Builder scopes(List<String> scopes) {
      if (scopes == null || scopes.isEmpty()) {
        throw new IllegalArgumentException("scopes must name at least one scope, such as openid");
      }
      List<String> checked = new ArrayList<>();
      for (String s : scopes) {
        checked.add(notBlank(s, "scope"));
      }
      this.scopes.clear();
      this.scopes.addAll(checked);
      return this;
    }

    /**
     * Sets the callback address. Default {@code {baseUrl}/login/oauth2/code/{registrationId}}.
     *
     * @param redirectUri the address or pattern
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = notBlank(redirectUri, "redirectUri");
      return this;
    }

    /**
     * Sets where Cognito sends the browser after logout. Default {@code {baseUrl}/}; it must be among the app
     * client's sign-out URLs.
     *
     * @param logoutRedirectUri an absolute URL, or a pattern starting with {@code {baseUrl}}
     * @return this builder
     * @throws IllegalArgumentException if it is neither
     */
    public Builder logoutRedirectUri(String logoutRedirectUri) {
      String v = notBlank(logoutRedirectUri, "logoutRedirectUri");
      if (!v.startsWith("{baseUrl}") && !URI.create(v).isAbsolute()) {
        throw new IllegalArgumentException("logoutRedirectUri must be an absolute URL or start with {baseUrl}, was "
            + v);
      }
      this.logoutRedirectUri = v;
      return this;
    }

    /**
     * Overrides the authorization endpoint.
     *
     * @param uri the endpoint
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder authorizationUri(URI uri) {
      this.authorizationUri = secureUrl(uri == null ? null : uri.toString(), "authorizationUri");
      return this;
    }

    /**
     * Overrides the token endpoint.
     *
     * @param uri the endpoint
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder tokenUri(URI uri) {
      this.tokenUri = secureUrl(uri == null ? null : uri.toString(), "tokenUri");
      return this;
    }

    /**
     * Overrides the user-info endpoint.
     *
     * @param uri the endpoint
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder userInfoUri(URI uri) {
      this.userInfoUri = secureUrl(uri == null ? null : uri.toString(), "userInfoUri");
      return this;
    }

    /**
     * Overrides the key set of the ID tokens.
     *
     * @param uri the key set URL
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder jwkSetUri(URI uri) {
      this.jwkSetUri = secureUrl(uri == null ? null : uri.toString(), "jwkSetUri");
      return this;
    }

    /**
     * Overrides the logout endpoint.
     *
     * @param uri the endpoint
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code https} URL (or {@code http} on loopback)
     */
    public Builder logoutEndpoint(URI uri) {
      this.logoutEndpoint = secureUrl(uri == null ? null : uri.toString(), "logoutEndpoint");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalStateException if the client id, the issuer (or pool id), or the domain (or every endpoint) is
     *     missing; the message names it
     */
    public CognitoHostedUi build() {
      if (clientId == null) {
        throw new IllegalStateException("clientId is required: the app client that signs users in");
      }
      if (userPoolId == null && issuer == null) {
        throw new IllegalStateException("userPoolId (or an issuer override) is required");
      }
      if (domain == null && (authorizationUri == null || tokenUri == null || userInfoUri == null
          || logoutEndpoint == null)) {
        throw new IllegalStateException("domain is required: the hosted UI domain, such as"
            + " https://<prefix>.auth.<region>.amazoncognito.com");
      }
      return new CognitoHostedUi(this, issuer != null ? issuer : UserPoolIds.issuer(userPoolId), domain);
    }

    private static String notBlank(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be null or blank");
      }
      return value;
    }

    private static URI secureUrl(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be null or blank");
      }
      URI uri;
      try {
        uri = new URI(value);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(name + " is not a URL: " + e.getReason());
      }
      if (!uri.isAbsolute() || uri.getHost() == null || !Loopback.isHttpsOrLoopbackHttp(uri)) {
        throw new IllegalArgumentException(name + " must be an https URL (http only on loopback), was " + value);
      }
      return uri;
    }
  }
}
