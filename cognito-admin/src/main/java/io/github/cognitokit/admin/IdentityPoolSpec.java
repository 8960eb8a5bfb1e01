package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.Args;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

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
  private CognitoIdentityProvider desired(CognitoIdentityProvider p, CognitoIdentityProvider current) {
    Boolean check = serverSideTokenCheck != null ? serverSideTokenCheck
        : current != null && current.serverSideTokenCheck() != null ? current.serverSideTokenCheck() : Boolean.FALSE;
    return p.toBuilder().serverSideTokenCheck(check).build();
  }

  private List<CognitoIdentityProvider> desiredProviders() {
    return providers.stream().map(p -> desired(p, null)).toList();
  }

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
    if (Boolean.TRUE.equals(allowUnauthenticated) && unauthenticatedRole == null) {
      throw new IllegalArgumentException("allowUnauthenticated(true) needs unauthenticatedRole(...)");
    }
    String resource = "identity pool " + name;
    String id = findId(resource);
    List<FieldChange> changes = new ArrayList<>();
    Change change;
    if (id == null) {
      change = Change.CREATED;
      if (!dryRun) {
        id = admin.calls().run("CreateIdentityPool", resource, () -> admin.identity().createIdentityPool(b -> b
            .identityPoolName(name).allowUnauthenticatedIdentities(Boolean.TRUE.equals(allowUnauthenticated))
            .allowClassicFlow(allowClassicFlow).cognitoIdentityProviders(desiredProviders())))
            .identityPoolId();
      }
    } else {
      String poolId = id;
      DescribeIdentityPoolResponse current = admin.calls().run("DescribeIdentityPool", resource,
          () -> admin.identity().describeIdentityPool(b -> b.identityPoolId(poolId)));
      boolean unauth = allowUnauthenticated != null ? allowUnauthenticated
          : Boolean.TRUE.equals(current.allowUnauthenticatedIdentities());
      Boolean classic = allowClassicFlow != null ? allowClassicFlow : current.allowClassicFlow();
      Set<CognitoIdentityProvider> merged = new LinkedHashSet<>(current.cognitoIdentityProviders());
      for (CognitoIdentityProvider p : providers) {
        merged.removeIf(c -> c.providerName().equals(p.providerName()) && c.clientId().equals(p.clientId()));
        CognitoIdentityProvider have = current.cognitoIdentityProviders().stream().filter(c -> c.providerName()
            .equals(p.providerName()) && c.clientId().equals(p.clientId())).findFirst().orElse(null);
        merged.add(desired(p, have));
      }
      if (unauth != Boolean.TRUE.equals(current.allowUnauthenticatedIdentities())) {
        changes.add(new FieldChange("AllowUnauthenticatedIdentities", String.valueOf(
            current.allowUnauthenticatedIdentities()), String.valueOf(unauth)));
      }
      if (!Objects.equals(classic, current.allowClassicFlow())) {
        changes.add(new FieldChange("AllowClassicFlow", String.valueOf(current.allowClassicFlow()),
            String.valueOf(classic)));
      }
      if (!merged.equals(new LinkedHashSet<>(current.cognitoIdentityProviders()))) {
        changes.add(new FieldChange("CognitoIdentityProviders", current.cognitoIdentityProviders().toString(),
            merged.toString()));
      }
      if (!dryRun && !changes.isEmpty()) {
        admin.calls().run("UpdateIdentityPool", resource, () -> admin.identity().updateIdentityPool(b -> b
            .identityPoolId(poolId).identityPoolName(current.identityPoolName())
            .allowUnauthenticatedIdentities(unauth).allowClassicFlow(classic)
            .cognitoIdentityProviders(List.copyOf(merged))
            .supportedLoginProviders(current.supportedLoginProviders())
            .developerProviderName(current.developerProviderName())
            .openIdConnectProviderARNs(current.openIdConnectProviderARNs())
            .samlProviderARNs(current.samlProviderARNs())
            .identityPoolTags(current.identityPoolTags())));
      }
      change = changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED;
    }
    if (authenticatedRole != null || unauthenticatedRole != null) {
      Map<String, String> haveRoles = new HashMap<>();
      if (id != null && change != Change.CREATED) {
        String poolId = id;
        haveRoles.putAll(admin.calls().run("GetIdentityPoolRoles", resource, () -> admin.identity()
            .getIdentityPoolRoles(b -> b.identityPoolId(poolId))).roles());
      }
      Map<String, String> wantRoles = new HashMap<>(haveRoles);
      if (authenticatedRole != null) {
        wantRoles.put("authenticated", authenticatedRole);
      }
      if (unauthenticatedRole != null) {
        wantRoles.put("unauthenticated", unauthenticatedRole);
      }
      if (!wantRoles.equals(haveRoles)) {
        changes.add(new FieldChange("Roles", haveRoles.toString(), wantRoles.toString()));
        if (change == Change.UNCHANGED) {
          change = Change.UPDATED;
        }
        if (!dryRun) {
          String poolId = id;
          admin.calls().run("SetIdentityPoolRoles", resource, () -> admin.identity().setIdentityPoolRoles(b -> b
              .identityPoolId(poolId).roles(wantRoles)));
        }
      }
    }
    return new IdentityPool(id, name, new ChangeReport(resource + (id == null ? "" : " (" + id + ")"), change,
        change == Change.CREATED ? List.of() : changes));
  }

  private String findId(String resource) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListIdentityPoolsResponse page = admin.calls().run("ListIdentityPools", resource, () -> admin.identity()
          .listIdentityPools(b -> b.maxResults(60).nextToken(t)));
      for (IdentityPoolShortDescription p : page.identityPools()) {
        if (name.equals(p.identityPoolName())) {
          ids.add(p.identityPoolId());
        }
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    if (ids.size() > 1) {
      throw new CognitoAdminException(Reason.AMBIGUOUS, "ListIdentityPools", resource, ids.size()
          + " identity pools have this name: " + ids, null, null, null);
    }
    return ids.isEmpty() ? null : ids.get(0);
  }

  @Override
  public String toString() {
    return "IdentityPoolSpec{" + name + "}";
  }
}
