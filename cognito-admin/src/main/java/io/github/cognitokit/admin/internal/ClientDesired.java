package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.AuthFlow;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An app client as a spec wants it, frozen at {@code ensure()}; null settings are left as Cognito has them. Whether
 * the client has a secret is fixed at creation ({@code ClientReconciler.CREATION_ONLY}).
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param name the client name
 * @param secret true for a confidential client, false for a public one, or null
 * @param authFlows the explicit auth flows (with {@code ALLOW_REFRESH_TOKEN_AUTH}), or null
 * @param oauth the OAuth settings, or null
 * @param accessTokenValidity the access token lifetime, or null
 * @param idTokenValidity the ID token lifetime, or null
 * @param refreshTokenValidity the refresh token lifetime, or null
 * @param authSessionValidity the sign-in session lifetime, or null
 * @param tokenRevocation whether refresh tokens can be revoked, or null
 * @param preventUserExistenceErrors whether sign-in hides unknown users, or null
 * @param readAttributes the attributes the client may read, or null
 * @param writeAttributes the attributes the client may write, or null
 * @param refreshTokenRotation the grace period of refresh-token rotation, {@link #NO_ROTATION} for off, or null
 */
public record ClientDesired(String poolId, String poolName, String name, Boolean secret, Set<AuthFlow> authFlows,
    OAuth oauth, Duration accessTokenValidity, Duration idTokenValidity, Duration refreshTokenValidity,
    Duration authSessionValidity, Boolean tokenRevocation, Boolean preventUserExistenceErrors,
    List<String> readAttributes, List<String> writeAttributes, Duration refreshTokenRotation) {

  /** Refresh-token rotation off: a negative grace period, which no spec can set. */
  public static final Duration NO_ROTATION = Duration.ofSeconds(-1);

  /** Freezes the collections. */
  public ClientDesired {
    authFlows = authFlows == null ? null : Set.copyOf(authFlows);
    readAttributes = readAttributes == null ? null : List.copyOf(readAttributes);
    writeAttributes = writeAttributes == null ? null : List.copyOf(writeAttributes);
  }

  /**
   * The resource, for messages.
   *
   * @return "app client NAME in POOL"
   */
  public String resource() {
    return "app client " + name + " in " + poolName;
  }

  /**
   * A client's OAuth settings.
   *
   * @param flows the grants, in Cognito's words ({@code code}, {@code implicit}, {@code client_credentials})
   * @param scopes the scopes
   * @param callbackUrls the callback URLs
   * @param signOutUrls the sign-out URLs
   * @param defaultRedirectUrl the default redirect URL, or null
   * @param identityProviders the identity providers; empty means {@code COGNITO}
   */
  public record OAuth(List<String> flows, List<String> scopes, List<String> callbackUrls, List<String> signOutUrls,
      String defaultRedirectUrl, List<String> identityProviders) {
    /** Freezes the lists. */
    public OAuth {
      flows = List.copyOf(flows);
      scopes = List.copyOf(scopes);
      callbackUrls = List.copyOf(callbackUrls);
      signOutUrls = List.copyOf(signOutUrls);
      identityProviders = List.copyOf(identityProviders);
    }

    /**
     * Tells whether the client-credentials grant is on.
     *
     * @return true if it is
     */
    public boolean clientCredentials() {
      return flows.contains("client_credentials");
    }
  }
}
