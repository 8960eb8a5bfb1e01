package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest;

/**
 * An identity pool: found by name ({@code ListIdentityPools}), described, and its roles read when the spec sets
 * one; created, or updated whole (Cognito resets what {@code UpdateIdentityPool} omits: the login providers,
 * developer provider, OIDC and SAML providers and tags are sent back as they are), and roles set when they differ.
 */
public final class IdentityPoolReconciler extends Reconciler<IdentityPoolDesired, IdentityPoolReconciler.Current,
    IdentityPoolReconciler.Writes, Outcome> {

  /**
   * What Cognito holds.
   *
   * @param pool the identity pool
   * @param roles its roles by kind (read only when the spec sets one; else empty)
   */
  public record Current(DescribeIdentityPoolResponse pool, Map<String, String> roles) {}

  /**
   * The writes of an identity pool plan.
   *
   * @param create the creation, or null
   * @param update the update, or null
   * @param roles every role to set, or null to leave them
   */
  public record Writes(CreateIdentityPoolRequest create, UpdateIdentityPoolRequest update,
      Map<String, String> roles) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public IdentityPoolReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected void check(IdentityPoolDesired d) {
    if (Boolean.TRUE.equals(d.allowUnauthenticated()) && d.unauthenticatedRole() == null) {
      throw new IllegalArgumentException("allowUnauthenticated(true) needs unauthenticatedRole(...)");
    }
  }

  @Override
  protected Current observe(IdentityPoolDesired d) {
    String id = gateway.findIdentityPoolId(d.resource(), d.name()).orElse(null);
    if (id == null) {
      return null;
    }
    DescribeIdentityPoolResponse pool = gateway.describeIdentityPool(d.resource(), id);
    Map<String, String> roles = d.setsRoles() ? gateway.getIdentityPoolRoles(d.resource(), id) : Map.of();
    return new Current(pool, roles);
  }

  @Override
  protected Plan<Writes> plan(Current current, IdentityPoolDesired desired) {
    return planIdentityPool(current, desired);
  }

  private static CognitoIdentityProvider withCheck(CognitoIdentityProvider p, CognitoIdentityProvider have,
      Boolean check) {
    Boolean value = check != null ? check : have != null && have.serverSideTokenCheck() != null
        ? have.serverSideTokenCheck() : Boolean.FALSE;
    return p.toBuilder().serverSideTokenCheck(value).build();
  }

  private static Map<String, String> roles(Map<String, String> have, IdentityPoolDesired d) {
    Map<String, String> want = new HashMap<>(have);
    if (d.authenticatedRole() != null) {
      want.put("authenticated", d.authenticatedRole());
    }
    if (d.unauthenticatedRole() != null) {
      want.put("unauthenticated", d.unauthenticatedRole());
    }
    return want;
  }

  /**
   * Plans an identity pool: pure, reads only its arguments.
   *
   * @param current what Cognito holds, or null if there is no such identity pool
   * @param d the desired identity pool
   * @return the plan
   */
  public static Plan<Writes> planIdentityPool(Current current, IdentityPoolDesired d) {
    if (current == null) {
      List<CognitoIdentityProvider> providers = d.providers().stream().map(p -> withCheck(p, null,
          d.serverSideTokenCheck())).toList();
      CreateIdentityPoolRequest create = CreateIdentityPoolRequest.builder().identityPoolName(d.name())
          .allowUnauthenticatedIdentities(Boolean.TRUE.equals(d.allowUnauthenticated()))
          .allowClassicFlow(d.allowClassicFlow()).cognitoIdentityProviders(providers).build();
      List<FieldChange> fields = new ArrayList<>(SdkCopy.diff(CreateIdentityPoolRequest.builder().build(), create,
          Set.of()));
      Map<String, String> roles = d.setsRoles() ? roles(Map.of(), d) : null;
      if (roles != null) {
        fields.add(new FieldChange("Roles", null, roles.toString()));
      }
      return Plan.create(fields, new Writes(create, null, roles));
    }
    DescribeIdentityPoolResponse have = current.pool();
    boolean unauth = d.allowUnauthenticated() != null ? d.allowUnauthenticated()
        : Boolean.TRUE.equals(have.allowUnauthenticatedIdentities());
    Boolean classic = d.allowClassicFlow() != null ? d.allowClassicFlow() : have.allowClassicFlow();
    Set<CognitoIdentityProvider> merged = new LinkedHashSet<>(have.cognitoIdentityProviders());
    for (CognitoIdentityProvider p : d.providers()) {
      CognitoIdentityProvider existing = have.cognitoIdentityProviders().stream().filter(c -> same(c, p))
          .findFirst().orElse(null);
      merged.removeIf(c -> same(c, p));
      merged.add(withCheck(p, existing, d.serverSideTokenCheck()));
    }
    List<FieldChange> changes = new ArrayList<>();
    if (unauth != Boolean.TRUE.equals(have.allowUnauthenticatedIdentities())) {
      changes.add(new FieldChange("AllowUnauthenticatedIdentities", String.valueOf(
          have.allowUnauthenticatedIdentities()), String.valueOf(unauth)));
    }
    if (!Objects.equals(classic, have.allowClassicFlow())) {
      changes.add(new FieldChange("AllowClassicFlow", String.valueOf(have.allowClassicFlow()),
          String.valueOf(classic)));
    }
    boolean providersDiffer = !merged.equals(new LinkedHashSet<>(have.cognitoIdentityProviders()));
    if (providersDiffer) {
      changes.add(new FieldChange("CognitoIdentityProviders", have.cognitoIdentityProviders().toString(),
          merged.toString()));
    }
    UpdateIdentityPoolRequest update = changes.isEmpty() ? null : UpdateIdentityPoolRequest.builder()
        .identityPoolId(have.identityPoolId()).identityPoolName(have.identityPoolName())
        .allowUnauthenticatedIdentities(unauth).allowClassicFlow(classic)
        .cognitoIdentityProviders(List.copyOf(merged))
        .supportedLoginProviders(have.supportedLoginProviders())
        .developerProviderName(have.developerProviderName())
        .openIdConnectProviderARNs(have.openIdConnectProviderARNs())
        .samlProviderARNs(have.samlProviderARNs())
        .identityPoolTags(have.identityPoolTags()).build();
    Map<String, String> roles = null;
    if (d.setsRoles()) {
      Map<String, String> want = roles(current.roles(), d);
      if (!want.equals(current.roles())) {
        changes.add(new FieldChange("Roles", current.roles().toString(), want.toString()));
        roles = want;
      }
    }
    return Plan.update(changes, new Writes(null, update, roles));
  }

  private static boolean same(CognitoIdentityProvider a, CognitoIdentityProvider b) {
    return a.providerName().equals(b.providerName()) && a.clientId().equals(b.clientId());
  }

  @Override
  protected Outcome apply(IdentityPoolDesired d, Current current, Plan<Writes> plan) {
    Writes w = plan.writes();
    String id;
    if (w.create() != null) {
      id = gateway.createIdentityPool(d.resource(), w.create());
    } else {
      id = current.pool().identityPoolId();
      if (w.update() != null) {
        gateway.updateIdentityPool(d.resource(), w.update());
      }
    }
    if (w.roles() != null) {
      gateway.setIdentityPoolRoles(d.resource(), id, w.roles());
    }
    return new Outcome(id, plan.report(d.resource() + " (" + id + ")", true));
  }

  @Override
  protected Outcome result(IdentityPoolDesired d, Current current, Plan<Writes> plan, boolean applied) {
    if (current == null) {
      return new Outcome(null, plan.report(d.resource(), applied));
    }
    String id = current.pool().identityPoolId();
    return new Outcome(id, plan.report(d.resource() + " (" + id + ")", applied));
  }
}
