package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.IdentityPoolDesired;
import io.github.cognitokit.admin.internal.IdentityPoolReconciler;
import io.github.cognitokit.admin.internal.Outcome;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;

/**
 * The desired settings of an identity pool (federated identities) found by name: which user pool clients it
 * trusts, whether guests get credentials, and the IAM roles of both.
 *
 * <pre>{@code
 * IdentityPool ids = admin.identityPool("modelop_identities")
 *     .trust(pool, client)
 *     .authenticatedRole("arn:aws:iam::123456789012:role/modelop-authenticated")
 *     .ensure();
 * }</pre>
 */
public final class IdentityPoolSpec {
  private final CognitoAdmin admin;
  private final String name;
  private Boolean allowUnauthenticated;
  private Boolean allowClassicFlow;
  private final Set<CognitoIdentityProvider> providers = new LinkedHashSet<>();
  private String authenticatedRole;
  private String unauthenticatedRole;
  private Boolean serverSideTokenCheck;

  IdentityPoolSpec(CognitoAdmin admin, String name) {
    this.admin = admin;
    Args.text(name, "identity pool name");
    if (!name.matches("[\\w\\s+=,.@-]{1,128}")) {
      throw new IllegalArgumentException("identity pool name must be 1-128 letters, digits, spaces or +=,.@-_, was '"
          + name + "'");
    }
    this.name = name;
  }

  /**
   * Trusts tokens of a user pool app client.
   *
   * @param pool the user pool
   * @param client one of its app clients
   * @return this spec
   * @throws IllegalArgumentException if either is null
   */
  public IdentityPoolSpec trust(UserPool pool, AppClient client) {
    Args.notNull(pool, "pool");
    Args.notNull(client, "client");
    return trust(pool.issuer().replaceFirst("^https://", ""), client.clientId());
  }

  /**
   * Trusts tokens of a provider and client given by name.
   *
   * @param providerName for example {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123}
   * @param clientId the app client id
   * @return this spec
   * @throws IllegalArgumentException if either is blank
   */
  public IdentityPoolSpec trust(String providerName, String clientId) {
    providers.add(CognitoIdentityProvider.builder().providerName(Args.text(providerName, "providerName"))
        .clientId(Args.text(clientId, "clientId")).build());
    return this;
  }

  /**
   * Makes the identity pool check with the user pool, on every credentials request, that the user's tokens are
   * still valid (not revoked by a global sign-out or an admin), for every provider this spec trusts. The console
   * leaves it off, and so does this spec when it creates an identity pool; when not set, an existing identity
   * pool keeps its current setting.
   *
   * @param check true to check tokens on the server side
   * @return this spec
   */
  public IdentityPoolSpec serverSideTokenCheck(boolean check) {
    this.serverSideTokenCheck = check;
    return this;
  }

  /** The provider as this spec wants it, given what the pool has now (null if it is new). */

  /**
   * Lets unauthenticated (guest) identities get credentials.
   *
   * @param allow true to allow guests
   * @return this spec
   */
  public IdentityPoolSpec allowUnauthenticated(boolean allow) {
    this.allowUnauthenticated = allow;
    return this;
  }

  /**
   * Allows the classic (basic) authentication flow.
   *
   * @param allow true to allow it
   * @return this spec
   */
  public IdentityPoolSpec allowClassicFlow(boolean allow) {
    this.allowClassicFlow = allow;
    return this;
  }

  /**
   * Sets the IAM role of authenticated identities.
   *
   * @param roleArn an IAM role ARN
   * @return this spec
   * @throws IllegalArgumentException if it is not an IAM role ARN
   */
  public IdentityPoolSpec authenticatedRole(String roleArn) {
    this.authenticatedRole = role(roleArn, "authenticatedRole");
    return this;
  }

  /**
   * Sets the IAM role of guest identities.
   *
   * @param roleArn an IAM role ARN
   * @return this spec
   * @throws IllegalArgumentException if it is not an IAM role ARN
   */
  public IdentityPoolSpec unauthenticatedRole(String roleArn) {
    this.unauthenticatedRole = role(roleArn, "unauthenticatedRole");
    return this;
  }

  private static String role(String arn, String field) {
    Args.text(arn, field);
    if (!arn.startsWith("arn:") || !arn.contains(":iam::") || !arn.contains(":role/")) {
      throw new IllegalArgumentException(field + " must be an IAM role ARN, was '" + arn + "'");
    }
    return arn;
  }

  /**
   * Creates the identity pool, or converges the existing one with this name.
   *
   * @return the identity pool
   * @throws IllegalArgumentException if guests are allowed without a guest role, or roles are missing
   * @throws CognitoAdminException if Cognito refuses or two identity pools have this name
   */
  public IdentityPool ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would do, without writing.
   *
   * @return the planned change
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private IdentityPool reconcile(boolean dryRun) {
    Outcome r = new IdentityPoolReconciler(admin.gateway()).ensure(freeze(), dryRun);
    return new IdentityPool(r.id(), name, r.report());
  }

  /** The spec as an immutable desired state. */
  IdentityPoolDesired freeze() {
    return new IdentityPoolDesired(name, allowUnauthenticated, allowClassicFlow, List.copyOf(providers),
        serverSideTokenCheck, authenticatedRole, unauthenticatedRole);
  }

  @Override
  public String toString() {
    return "IdentityPoolSpec{" + name + "}";
  }
}
