package io.github.cognitokit.auth;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.Loopback;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs users in through a user pool's hosted UI (managed login) with the OAuth2 authorization code grant and PKCE,
 * for a server-side web app with no other OAuth library: build the authorization address, check the callback, redeem
 * the code, verify the ID token (with cognito-tokens, nonce included), read {@code /oauth2/userInfo}, build the
 * logout address, revoke refresh tokens.
 *
 * <pre>{@code
 * HostedUiLogin login = HostedUiLogin.builder()
 *     .domain(URI.create("https://modelop.auth.us-east-1.amazoncognito.com"))
 *     .userPoolId("us-east-1_AbC123").clientId("4example5678").clientSecret(secret)
 *     .redirectUri(URI.create("https://app.example.com/callback"))
 *     .build();
 * LoginRequest started = login.start();                // keep it in the session; redirect to authorizationUri()
 * ...
 * LoginResult done = login.complete(started, callbackUri);   // the full callback address with code and state
 * }</pre>
 *
 * <p>Thread-safe; build one per app client and share it. Endpoints must be https (http only on loopback, for a
 * stand-in); redirects are never followed, so a code or secret goes nowhere else.
 */
public final class HostedUiLogin {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ClientID clientId;
  private final Secret clientSecret;
  private final URI redirectUri;
  private final Scope scope;
  private final URI authorizationEndpoint;
  private final URI tokenEndpoint;
  private final URI userInfoEndpoint;
  private final URI revocationEndpoint;
  private final URI logoutEndpoint;
  private final CognitoJwtVerifier idTokens;

  private HostedUiLogin(Builder b) {
    this.clientId = new ClientID(b.clientId);
    this.clientSecret = b.clientSecret == null ? null : new Secret(b.clientSecret);
    this.redirectUri = b.redirectUri;
    this.scope = new Scope(b.scopes.toArray(String[]::new));
    this.authorizationEndpoint = b.endpoint(b.authorizationEndpoint, "/oauth2/authorize");
    this.tokenEndpoint = b.endpoint(b.tokenEndpoint, "/oauth2/token");
    this.userInfoEndpoint = b.endpoint(b.userInfoEndpoint, "/oauth2/userInfo");
    this.revocationEndpoint = b.endpoint(b.revocationEndpoint, "/oauth2/revoke");
    this.logoutEndpoint = b.endpoint(b.logoutEndpoint, "/logout");
    this.idTokens = b.idTokenVerifier != null ? b.idTokenVerifier : CognitoJwtVerifier.builder()
        .userPoolId(b.userPoolId).clientId(b.clientId).tokenUse(TokenUse.ID).build();
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
   * Starts a sign-in with fresh {@code state}, {@code nonce} and PKCE verifier.
   *
   * @return the login: redirect the browser to its {@link LoginRequest#authorizationUri()}
   */
  public LoginRequest start() {
    return start(null, null, null);
  }

  /**
   * Starts a sign-in that goes straight to one identity provider, in one language.
   *
   * @param identityProvider the provider's name in the pool ({@code identity_provider}, such as {@code Google}), or
   *     null for the hosted UI's own page
   * @param idpIdentifier a provider identifier ({@code idp_identifier}), or null
   * @param lang the managed-login language ({@code lang}, such as {@code de}), or null
   * @return the login
   */
  public LoginRequest start(String identityProvider, String idpIdentifier, String lang) {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest.Builder b = new AuthenticationRequest.Builder(ResponseType.CODE, scope, clientId,
        redirectUri).endpointURI(authorizationEndpoint).state(state).nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256);
    if (identityProvider != null) {
      b.customParameter("identity_provider", identityProvider);
    }
    if (idpIdentifier != null) {
      b.customParameter("idp_identifier", idpIdentifier);
    }
    if (lang != null) {
      b.customParameter("lang", lang);
    }
    return new LoginRequest(b.build().toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
  }

  /**
   * Completes a sign-in from the callback: checks the {@code state}, redeems the code with the PKCE verifier, and
   * verifies the ID token and its {@code nonce}.
   *
   * @param login the login {@link #start()} returned, from the user's session
   * @param callbackUri the full callback address the browser arrived at, with its query
   * @return the tokens and the verified ID token
   * @throws IllegalArgumentException if an argument is null
   * @throws HostedUiException naming the failed step
   */
  public LoginResult complete(LoginRequest login, URI callbackUri) {
    if (login == null || callbackUri == null) {
      throw new IllegalArgumentException("login and callbackUri must not be null");
    }
    AuthorizationResponse response;
    try {
      response = AuthorizationResponse.parse(callbackUri);
    } catch (ParseException e) {
      throw new HostedUiException(HostedUiException.Reason.MALFORMED_CALLBACK, "the callback is not an"
          + " authorization response: " + e.getMessage(), null, null);
    } catch (IllegalArgumentException e) {   // nimbus refuses an empty code this way
      throw new HostedUiException(HostedUiException.Reason.MALFORMED_CALLBACK, "the callback is not an"
          + " authorization response: a parameter is empty", null, null);
    }
    if (response.getState() == null || !constantTimeEquals(response.getState().getValue(), login.state())) {
      throw new HostedUiException(HostedUiException.Reason.STATE_MISMATCH, "the callback's state is not this"
          + " login's", null, null);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = ((AuthorizationErrorResponse) response).getErrorObject();
      String code = error == null ? null : error.getCode();
      throw new HostedUiException(HostedUiException.Reason.AUTHORIZATION_ERROR, "the hosted UI answered "
          + code, code, null);
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new HostedUiException(HostedUiException.Reason.MALFORMED_CALLBACK, "the callback has no code", null,
          null);
    }
    if (!login.markUsed()) {
      throw new HostedUiException(HostedUiException.Reason.ALREADY_USED, "this login was already completed", null,
          null);
    }
    AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri,
        new CodeVerifier(login.codeVerifier()));
    TokenRequest request = clientSecret == null ? new TokenRequest.Builder(tokenEndpoint, clientId, grant).build()
        : new TokenRequest.Builder(tokenEndpoint, new ClientSecretBasic(clientId, clientSecret), grant).build();
    HTTPResponse http = send(request.toHTTPRequest(), HostedUiException.Reason.TOKEN_REQUEST_FAILED, "token");
    OIDCTokenResponse tokens;
    try {
      var parsed = OIDCTokenResponseParser.parse(http);
      if (!parsed.indicatesSuccess()) {
        ErrorObject error = ((TokenErrorResponse) parsed).getErrorObject();
        String err = error == null ? null : error.getCode();
        throw new HostedUiException(HostedUiException.Reason.TOKEN_REQUEST_FAILED, "the token endpoint refused"
            + " the code: HTTP " + http.getStatusCode() + (err == null ? "" : " " + err), err, null);
      }
      tokens = (OIDCTokenResponse) parsed.toSuccessResponse();
    } catch (ParseException e) {
      throw new HostedUiException(HostedUiException.Reason.TOKEN_REQUEST_FAILED, "the token endpoint answered HTTP "
          + http.getStatusCode() + " with a body that is not a token response", null, null);
    }
    String idToken = tokens.getOIDCTokens().getIDTokenString();
    CognitoToken verified;
    try {
      verified = idTokens.verify(idToken);
    } catch (TokenVerificationException e) {
      throw new HostedUiException(HostedUiException.Reason.INVALID_ID_TOKEN, "the ID token did not verify: "
          + e.reason(), null, e);
    }
    String nonce = verified.claim("nonce", String.class).orElse(null);
    if (nonce == null || !constantTimeEquals(nonce, login.nonce())) {
      throw new HostedUiException(HostedUiException.Reason.NONCE_MISMATCH, "the ID token's nonce is not this"
          + " login's", null, null);
    }
    var access = tokens.getOIDCTokens().getAccessToken();
    RefreshToken refresh = tokens.getOIDCTokens().getRefreshToken();
    long lifetime = Math.max(0, Math.min(access.getLifetime(), Duration.ofDays(1).toSeconds()));
    AuthTokens authTokens = new AuthTokens(idToken, access.getValue(), refresh == null ? null : refresh.getValue(),
        Instant.now().plusSeconds(lifetime), Duration.ofSeconds(lifetime), access.getType().getValue(),
        verified.username().orElse(verified.subject()), false);
    return new LoginResult(authTokens, verified);
  }

  /**
   * Reads the signed-in user's attributes from {@code /oauth2/userInfo}.
   *
   * @param accessToken an access token from the hosted UI (with the {@code openid} scope)
   * @return the claims, by name
   * @throws IllegalArgumentException if it is null or empty
   * @throws HostedUiException if the endpoint refuses or cannot be reached
   */
  public Map<String, Object> userInfo(String accessToken) {
    if (accessToken == null || accessToken.isEmpty()) {
      throw new IllegalArgumentException("accessToken must not be null or empty");
    }
    HTTPResponse http = send(new UserInfoRequest(userInfoEndpoint, new BearerAccessToken(accessToken))
        .toHTTPRequest(), HostedUiException.Reason.ENDPOINT_FAILED, "userInfo");
    try {
      UserInfoResponse parsed = UserInfoResponse.parse(http);
      if (!parsed.indicatesSuccess()) {
        ErrorObject error = ((UserInfoErrorResponse) parsed).getErrorObject();
        String err = error == null ? null : error.getCode();
        throw new HostedUiException(HostedUiException.Reason.ENDPOINT_FAILED, "the userInfo endpoint refused: HTTP "
            + http.getStatusCode() + (err == null ? "" : " " + err), err, null);
      }
      return new LinkedHashMap<>(parsed.toSuccessResponse().getUserInfo().toJWTClaimsSet().getClaims());
    } catch (ParseException e) {
      throw new HostedUiException(HostedUiException.Reason.ENDPOINT_FAILED, "the userInfo endpoint answered HTTP "
          + http.getStatusCode() + " with a body that is not user info", null, null);
    }
  }

  /**
   * Returns Cognito's logout address for this client: ends the hosted-UI session and sends the browser back.
   *
   * @param returnTo where to come back to; must be one of the client's sign-out URLs
   * @return {@code {domain}/logout?client_id=...&logout_uri=...}
   * @throws IllegalArgumentException if it is null or not absolute
   */
  public URI logoutUri(URI returnTo) {
    if (returnTo == null || !returnTo.isAbsolute()) {
      throw new IllegalArgumentException("returnTo must be an absolute URL, was " + returnTo);
    }
    return URI.create(logoutEndpoint + "?client_id=" + URLEncoder.encode(clientId.getValue(), StandardCharsets.UTF_8)
        + "&logout_uri=" + URLEncoder.encode(returnTo.toString(), StandardCharsets.UTF_8));
  }

  /**
   * Revokes a refresh token and the access tokens issued from it ({@code /oauth2/revoke}; the client must have
   * token revocation on).
   *
   * @param refreshToken the refresh token
   * @throws IllegalArgumentException if it is null or empty
   * @throws HostedUiException if the endpoint refuses or cannot be reached
   */
  public void revoke(String refreshToken) {
    if (refreshToken == null || refreshToken.isEmpty()) {
      throw new IllegalArgumentException("refreshToken must not be null or empty");
    }
    TokenRevocationRequest request = clientSecret == null
        ? new TokenRevocationRequest(revocationEndpoint, clientId, new RefreshToken(refreshToken))
        : new TokenRevocationRequest(revocationEndpoint, new ClientSecretBasic(clientId, clientSecret),
            new RefreshToken(refreshToken));
    HTTPResponse http = send(request.toHTTPRequest(), HostedUiException.Reason.ENDPOINT_FAILED, "revoke");
    if (http.getStatusCode() != 200) {
      throw new HostedUiException(HostedUiException.Reason.ENDPOINT_FAILED, "the revocation endpoint answered HTTP "
          + http.getStatusCode(), null, null);
    }
  }

  private static HTTPResponse send(HTTPRequest http, HostedUiException.Reason reason, String what) {
    http.setConnectTimeout((int) TIMEOUT.toMillis());
    http.setReadTimeout((int) TIMEOUT.toMillis());
    http.setFollowRedirects(false);
    try {
      return http.send();
    } catch (IOException e) {
      throw new HostedUiException(reason, "the " + what + " endpoint could not be reached: "
          + e.getClass().getSimpleName(), null, e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "HostedUiLogin{clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***")
        + ", authorizationEndpoint=" + authorizationEndpoint + "}";
  }

  /**
   * A completed sign-in.
   *
   * @param tokens the ID, access and refresh tokens
   * @param idToken the verified ID token's claims
   */
  public record LoginResult(AuthTokens tokens, CognitoToken idToken) {}

  /** Builds a {@link HostedUiLogin}. Not thread-safe. */
  public static final class Builder {
    private URI domain;
    private String userPoolId;
    private String clientId;
    private String clientSecret;
    private URI redirectUri;
    private final List<String> scopes = new ArrayList<>(List.of("openid", "email", "profile"));
    private URI authorizationEndpoint;
    private URI tokenEndpoint;
    private URI userInfoEndpoint;
    private URI revocationEndpoint;
    private URI logoutEndpoint;
    private CognitoJwtVerifier idTokenVerifier;

    private Builder() {}

    /**
     * Sets the hosted UI domain ({@code https://<prefix>.auth.<region>.amazoncognito.com} or a custom domain).
     *
     * @param domain the base URL
     * @return this builder
     * @throws IllegalArgumentException if it is not https (or http on loopback)
     */
    public Builder domain(URI domain) {
      this.domain = secure(domain, "domain");
      return this;
    }

    /**
     * Sets the user pool, whose key set verifies the ID tokens.
     *
     * @param userPoolId the pool id
     * @return this builder
     * @throws IllegalArgumentException if it is not a user pool id
     */
    public Builder userPoolId(String userPoolId) {
      this.userPoolId = io.github.cognitokit.tokens.UserPoolIds.require(userPoolId, "userPoolId");
      return this;
    }

    /**
     * Sets the app client.
     *
     * @param clientId the client id
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder clientId(String clientId) {
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalArgumentException("clientId must not be null or blank");
      }
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the client secret ({@code client_secret_basic}); leave it unset for a public client.
     *
     * @param clientSecret the secret, or null
     * @return this builder
     * @throws IllegalArgumentException if it is empty
     */
    public Builder clientSecret(String clientSecret) {
      if (clientSecret != null && clientSecret.isEmpty()) {
        throw new IllegalArgumentException("clientSecret must not be empty; pass null for a public client");
      }
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the callback address; it must be one of the client's callback URLs.
     *
     * @param redirectUri the address
     * @return this builder
     * @throws IllegalArgumentException if it is not https (or http on loopback)
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = secure(redirectUri, "redirectUri");
      return this;
    }

    /**
     * Sets the scopes. Default {@code openid email profile}.
     *
     * @param scopes the scopes; {@code openid} is needed for an ID token
     * @return this builder
     * @throws IllegalArgumentException if there are none, one is blank, or {@code openid} is missing
     */
    public Builder scopes(String... scopes) {
      if (scopes == null || scopes.length == 0 || !List.of(scopes).contains("openid")) {
        throw new IllegalArgumentException("scopes must include openid");
      }
      for (String s : scopes) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException("scopes must not be null or blank");
        }
      }
      this.scopes.clear();
      this.scopes.addAll(List.of(scopes));
      return this;
    }

    /**
     * Overrides the endpoints, for a stand-in; each null keeps the one derived from the domain.
     *
     * @param authorization the authorization endpoint
     * @param token the token endpoint
     * @param userInfo the user-info endpoint
     * @param revocation the revocation endpoint
     * @param logout the logout endpoint
     * @return this builder
     * @throws IllegalArgumentException if one is not https (or http on loopback)
     */
    public Builder endpoints(URI authorization, URI token, URI userInfo, URI revocation, URI logout) {
      this.authorizationEndpoint = authorization == null ? null : secure(authorization, "authorization endpoint");
      this.tokenEndpoint = token == null ? null : secure(token, "token endpoint");
      this.userInfoEndpoint = userInfo == null ? null : secure(userInfo, "userInfo endpoint");
      this.revocationEndpoint = revocation == null ? null : secure(revocation, "revocation endpoint");
      this.logoutEndpoint = logout == null ? null : secure(logout, "logout endpoint");
      return this;
    }

    /**
     * Verifies ID tokens with this verifier instead of one for the pool (for an emulator or stand-in). It must
     * accept ID tokens issued to this client.
     *
     * @param verifier the verifier
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder idTokenVerifier(CognitoJwtVerifier verifier) {
      if (verifier == null) {
        throw new IllegalArgumentException("verifier must not be null");
      }
      this.idTokenVerifier = verifier;
      return this;
    }

    /**
     * Builds the login.
     *
     * @return the login
     * @throws IllegalStateException if the client id, the redirect address, the pool (or a verifier), or the domain
     *     (or every endpoint) is missing
     */
    public HostedUiLogin build() {
      if (clientId == null) {
        throw new IllegalStateException("clientId is required");
      }
      if (redirectUri == null) {
        throw new IllegalStateException("redirectUri is required: one of the client's callback URLs");
      }
      if (userPoolId == null && idTokenVerifier == null) {
        throw new IllegalStateException("userPoolId is required to verify ID tokens (or an idTokenVerifier)");
      }
      if (domain == null && (authorizationEndpoint == null || tokenEndpoint == null || userInfoEndpoint == null
          || revocationEndpoint == null || logoutEndpoint == null)) {
        throw new IllegalStateException("domain is required: the hosted UI domain of the pool");
      }
      return new HostedUiLogin(this);
    }

    private URI endpoint(URI override, String path) {
      if (override != null) {
        return override;
      }
      String base = domain.toString();
      return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private static URI secure(URI uri, String name) {
      if (uri == null || !uri.isAbsolute() || uri.getHost() == null || !Loopback.isHttpsOrLoopbackHttp(uri)) {
        throw new IllegalArgumentException(name + " must be an https URL (http only on loopback), was " + uri);
      }
      return uri;
    }
  }
}
