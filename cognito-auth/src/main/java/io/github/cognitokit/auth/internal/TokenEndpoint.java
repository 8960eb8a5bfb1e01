package io.github.cognitokit.auth.internal;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import io.github.cognitokit.auth.TokenRequestException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

/** One client-credentials request to an OAuth2 token endpoint, with nimbus oauth2-oidc-sdk. */
public final class TokenEndpoint {
  /** What the endpoint granted. */
  public record Grant(String value, String tokenType, Duration lifetime, Set<String> scopes) {
    @Override
    public String toString() {
      return "Grant{type=" + tokenType + ", lifetime=" + lifetime + ", scopes=" + scopes + ", value=***}";
    }
  }

  /** The longest lifetime taken from a token response: the longest an access token from Cognito can live. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(1);

  private final URI endpoint;
  private final ClientAuthentication authentication;
  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;

  /**
   * Creates the endpoint caller.
   *
   * @param endpoint the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param post true for {@code client_secret_post}, false for {@code client_secret_basic}
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   */
  public TokenEndpoint(URI endpoint, String clientId, String clientSecret, boolean post, Duration connectTimeout,
      Duration readTimeout) {
    this.endpoint = endpoint;
    ClientID id = new ClientID(clientId);
    Secret secret = new Secret(clientSecret);
    this.authentication = post ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
    this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
  }

  /**
   * Requests a token.
   *
   * @param scopes the scopes to ask for; empty asks for the client's default scopes
   * @param clock the clock, to read a JWT's {@code exp} when the endpoint sends no {@code expires_in}
   * @return the grant
   * @throws TokenRequestException if the endpoint refuses, fails or cannot be reached
   */
  public Grant request(Set<String> scopes, java.time.Clock clock) {
    Scope scope = scopes.isEmpty() ? null : new Scope(scopes.toArray(String[]::new));
    HTTPRequest http = new TokenRequest(endpoint, authentication, new ClientCredentialsGrant(), scope)
        .toHTTPRequest();
    http.setConnectTimeout(connectTimeoutMillis);
    http.setReadTimeout(readTimeoutMillis);
    // A redirect would re-send the client credentials to wherever it points: never follow one.
    http.setFollowRedirects(false);
    HTTPResponse response;
    try {
      response = http.send();
    } catch (IOException e) {
      throw new TokenRequestException("token request to " + endpoint + " failed: " + e.getClass().getSimpleName(),
          null, -1, null, e);
    }
    if (response.getStatusCode() / 100 == 3) {
      throw new TokenRequestException("token endpoint " + endpoint + " answered HTTP " + response.getStatusCode()
          + " (a redirect); redirects are not followed, so the client secret goes nowhere else", null,
          response.getStatusCode(), null, null);
    }
    TokenResponse parsed;
    try {
      parsed = TokenResponse.parse(response);
    } catch (ParseException e) {
      throw new TokenRequestException("token endpoint " + endpoint + " answered HTTP " + response.getStatusCode()
          + " with a body that is not an OAuth2 token response", null, response.getStatusCode(), null, null);
    }
    if (!parsed.indicatesSuccess()) {
      ErrorObject error = ((TokenErrorResponse) parsed).getErrorObject();
      String code = error == null ? null : error.getCode();
      throw new TokenRequestException("token endpoint " + endpoint + " answered HTTP " + response.getStatusCode()
          + (code == null ? "" : " " + code), code, response.getStatusCode(),
          error == null ? null : error.getDescription(), null);
    }
    com.nimbusds.oauth2.sdk.token.AccessToken token = ((AccessTokenResponse) parsed).getTokens().getAccessToken();
    long lifetime = token.getLifetime();
    if (lifetime <= 0) {
      lifetime = lifetimeFromJwt(token.getValue(), clock);
    }
    Set<String> granted = new LinkedHashSet<>();
    if (token.getScope() != null) {
      granted.addAll(token.getScope().toStringList());
    } else {
      granted.addAll(scopes);
    }
    // Cognito's access tokens live at most a day; a longer (or absurd) expires_in is read as a day, so that no
    // arithmetic on it can overflow and no token is trusted for longer than Cognito could have issued it.
    long seconds = Math.min(Math.max(0, lifetime), MAX_LIFETIME.toSeconds());
    return new Grant(token.getValue(), token.getType().getValue(), Duration.ofSeconds(seconds), granted);
  }

  private static long lifetimeFromJwt(String value, java.time.Clock clock) {
    try {
      Date exp = JWTParser.parse(value).getJWTClaimsSet().getExpirationTime();
      return exp == null ? 0 : (exp.getTime() - clock.millis()) / 1000;
    } catch (java.text.ParseException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public String toString() {
    return "TokenEndpoint{" + endpoint + "}";
  }
}
