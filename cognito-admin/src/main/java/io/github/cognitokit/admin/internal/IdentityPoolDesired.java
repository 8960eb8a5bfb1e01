package io.github.cognitokit.admin.internal;

import java.util.List;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;

/**
 * An identity pool as a spec wants it; null settings are left as they are. Trusted user pool clients are added
 * (never removed); roles are set per kind.
 *
 * @param name the identity pool name (its identity)
 * @param allowUnauthenticated whether guests get credentials, or null
 * @param allowClassicFlow whether the basic (classic) flow is allowed, or null
 * @param providers the user pool clients to trust (without the server-side token check, see below)
 * @param serverSideTokenCheck whether Cognito checks that tokens are not revoked, or null
 * @param authenticatedRole the role of signed-in users, or null
 * @param unauthenticatedRole the role of guests, or null
 */
public record IdentityPoolDesired(String name, Boolean allowUnauthenticated, Boolean allowClassicFlow,
    List<CognitoIdentityProvider> providers, Boolean serverSideTokenCheck, String authenticatedRole,
    String unauthenticatedRole) {
  /** Freezes the providers. */
  public IdentityPoolDesired {
    providers = List.copyOf(providers);
  }

  /**
   * The resource, for messages.
   *
   * @return "identity pool NAME"
   */
  public String resource() {
    return "identity pool " + name;
  }

  /**
   * Tells whether the spec sets a role.
   *
   * @return true if it does
   */
  public boolean setsRoles() {
    return authenticatedRole != null || unauthenticatedRole != null;
  }
}
