package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.SdkCopy;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** Describe, diff and converge one app client. */
final class ClientReconciler {
  private static final Logger LOG = LoggerFactory.getLogger(ClientReconciler.class);

  private final CognitoAdmin admin;
  private final AppClientSpec spec;
  private final String resource;

  ClientReconciler(CognitoAdmin admin, AppClientSpec spec) {
    this.admin = admin;
    this.spec = spec;
    this.resource = "app client " + spec.name + " in " + spec.pool.name();
  }

  AppClient ensure(boolean dryRun) {
    return ensure(dryRun, true);
  }

  private AppClient ensure(boolean dryRun, boolean mayRelist) {
    String poolId = spec.pool.id();
    validate(poolId);
    String clientId = findClientId(admin, poolId, spec.name, resource);
    if (clientId == null) {
      UpdateUserPoolClientRequest.Builder settings = UpdateUserPoolClientRequest.builder();
      apply(settings, UserPoolClientType.builder().build());
      UpdateUserPoolClientRequest desired = settings.build();
      if (dryRun) {
        List<FieldChange> fields = new ArrayList<>(SdkCopy.diff(UpdateUserPoolClientRequest.builder().build(),
            desired, Set.of()));
        fields.add(0, new FieldChange("GenerateSecret", null, String.valueOf(Boolean.TRUE.equals(spec.secret))));
        return new AppClient(admin, spec.pool, null, spec.name, new ChangeReport(resource, Change.CREATED, fields));
      }
      CreateUserPoolClientRequest.Builder create = CreateUserPoolClientRequest.builder().userPoolId(poolId)
          .clientName(spec.name).generateSecret(Boolean.TRUE.equals(spec.secret));
      SdkCopy.copy(desired, create, Map.of(), Set.of("UserPoolId", "ClientId", "ClientName"));
      CreateUserPoolClientRequest request = create.build();
      UserPoolClientType created = admin.calls().run("CreateUserPoolClient", resource,
          () -> admin.cognito().createUserPoolClient(request)).userPoolClient();
      admin.names().remember(scope(poolId), spec.name, created.clientId());
      LOG.debug("Created {} ({})", resource, created.clientId());
      return new AppClient(admin, spec.pool, created.clientId(), spec.name,
          new ChangeReport(resource + " (" + created.clientId() + ")", Change.CREATED, List.of()));
    }
    UserPoolClientType current;
    try {
      current = describe(admin, poolId, clientId, resource);
    } catch (CognitoAdminException e) {
      if (e.reason() != Reason.NOT_FOUND || !mayRelist) {
        throw e;
      }
      // Deleted elsewhere since the clients were listed: forget it and start again from a fresh listing.
      admin.names().forget(scope(poolId), spec.name, clientId);
      return ensure(dryRun, false);
    }
    boolean hasSecret = current.clientSecret() != null && !current.clientSecret().isEmpty();
    if (spec.secret != null && spec.secret != hasSecret) {
      throw new CognitoAdminException(Reason.IMMUTABLE, "ensure", resource, "the client " + (hasSecret ? "has"
          : "has no") + " secret and the spec asks for a " + (spec.secret ? "confidential" : "public") + " client;"
          + " a secret can only be chosen at creation", null, null, null);
    }
    if (spec.oauth != null && spec.oauth.clientCredentials && !hasSecret) {
      throw new IllegalArgumentException("oauth clientCredentials() needs a confidential client; " + resource
          + " has no secret");
    }
    UpdateUserPoolClientRequest baseline = baseline(current);
    UpdateUserPoolClientRequest.Builder b = baseline.toBuilder();
    apply(b, current);
    UpdateUserPoolClientRequest desired = b.build();
    List<FieldChange> changes = SdkCopy.diff(baseline, desired, Set.of("UserPoolId", "ClientId"));
    if (!dryRun && !changes.isEmpty()) {
      LOG.debug("Updating {} ({}): {}", resource, clientId, changes);
      admin.calls().run("UpdateUserPoolClient", resource, () -> admin.cognito().updateUserPoolClient(desired));
    }
    return new AppClient(admin, spec.pool, clientId, spec.name, new ChangeReport(resource + " (" + clientId + ")",
        changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED, changes));
  }

  private void validate(String poolId) {
    if (spec.oauth != null && spec.oauth.clientCredentials && Boolean.FALSE.equals(spec.secret)) {
      throw new IllegalArgumentException("oauth clientCredentials() needs a confidential client, not publicClient()");
    }
    if (spec.oauth != null) {
      Set<String> custom = new LinkedHashSet<>();
      spec.oauth.scopes.stream().filter(s -> s.resourceServer() != null).forEach(s -> custom.add(s.value()));
      if (!custom.isEmpty()) {
        Set<String> known = new HashSet<>();
        admin.calls().run("ListResourceServers", resource, () -> {
          admin.cognito().listResourceServersPaginator(r -> r.userPoolId(poolId).maxResults(50)).resourceServers()
              .forEach((ResourceServerType rs) -> rs.scopes().forEach(sc -> known.add(rs.identifier() + "/"
                  + sc.scopeName())));
          return known;
        });
        custom.removeAll(known);
        if (!custom.isEmpty()) {
          throw new IllegalArgumentException("oauth scopes " + custom + " are not scopes of a resource server of "
              + spec.pool.name() + "; ensure the resource server first");
        }
      }
    }
    Duration refresh = spec.refreshTokenValidity;
    if (refresh != null) {
      for (Duration d : new Duration[] {spec.accessTokenValidity, spec.idTokenValidity}) {
        if (d != null && d.compareTo(refresh) > 0) {
          throw new IllegalArgumentException("accessTokenValidity and idTokenValidity must not exceed"
              + " refreshTokenValidity (" + refresh + ")");
        }
      }
    }
  }

  /**
   * Finds a client's id by name; the pool's clients are listed once per admin (the admin's name index), a name not
   * seen lists again.
   */
  static String findClientId(CognitoAdmin admin, String poolId, String name, String resource) {
    List<String> ids = admin.names().ids(scope(poolId), name, () -> {
      Map<String, List<String>> byName = new HashMap<>();
      admin.calls().run("ListUserPoolClients", resource, () -> {
        byName.clear();
        admin.cognito().listUserPoolClientsPaginator(b -> b.userPoolId(poolId).maxResults(60)).userPoolClients()
            .forEach((UserPoolClientDescription c) ->
                byName.computeIfAbsent(c.clientName(), n -> new ArrayList<>()).add(c.clientId()));
        return byName;
      });
      return byName;
    });
    if (ids.size() > 1) {
      throw new CognitoAdminException(Reason.AMBIGUOUS, "ListUserPoolClients", resource, ids.size()
          + " clients have this name: " + ids, null, null, null);
    }
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** The name-index scope of a pool's clients. */
  static String scope(String poolId) {
    return "clients:" + poolId;
  }

  static UserPoolClientType describe(CognitoAdmin admin, String poolId, String clientId, String resource) {
    return admin.calls().run("DescribeUserPoolClient", resource, () -> admin.cognito().describeUserPoolClient(b -> b
        .userPoolId(poolId).clientId(clientId))).userPoolClient();
  }

  static UpdateUserPoolClientRequest baseline(UserPoolClientType current) {
    UpdateUserPoolClientRequest.Builder b = UpdateUserPoolClientRequest.builder();
    SdkCopy.copy(current, b, Map.of(), Set.of());
    return b.build();
  }

  private void apply(UpdateUserPoolClientRequest.Builder b, UserPoolClientType current) {
    UpdateUserPoolClientRequest now = b.build();
    if (spec.authFlows != null) {
      b.explicitAuthFlowsWithStrings(keepOrder(now.explicitAuthFlowsAsStrings(),
          AppClientSpec.flowNames(spec.authFlows)));
    }
    if (spec.oauth != null) {
      AppClientSpec.OAuth o = spec.oauth;
      b.allowedOAuthFlowsUserPoolClient(true);
      b.allowedOAuthFlowsWithStrings(keepOrder(now.allowedOAuthFlowsAsStrings(), o.flows()));
      b.allowedOAuthScopes(keepOrder(now.allowedOAuthScopes(), o.scopeValues()));
      b.callbackURLs(o.callbackUrls.isEmpty() ? null : keepOrder(now.callbackURLs(), o.callbackUrls));
      b.logoutURLs(o.signOutUrls.isEmpty() ? null : keepOrder(now.logoutURLs(), o.signOutUrls));
      b.defaultRedirectURI(o.defaultRedirectUrl);
      List<String> providers = o.identityProviders.isEmpty() ? List.of("COGNITO") : o.identityProviders;
      b.supportedIdentityProviders(keepOrder(now.supportedIdentityProviders(), providers));
    }
    validities(b, now);
    if (spec.authSessionValidity != null) {
      b.authSessionValidity((int) spec.authSessionValidity.toMinutes());
    }
    if (spec.tokenRevocation != null) {
      b.enableTokenRevocation(spec.tokenRevocation);
    }
    if (spec.preventUserExistenceErrors != null) {
      b.preventUserExistenceErrors(spec.preventUserExistenceErrors ? "ENABLED" : "LEGACY");
    }
    if (spec.readAttributes != null) {
      b.readAttributes(keepOrder(now.readAttributes(), spec.readAttributes));
    }
    if (spec.writeAttributes != null) {
      b.writeAttributes(keepOrder(now.writeAttributes(), spec.writeAttributes));
    }
  }

  /** Token lifetimes compare as durations; when one changes, all three are written in minutes. */
  private void validities(UpdateUserPoolClientRequest.Builder b, UpdateUserPoolClientRequest now) {
    if (spec.accessTokenValidity == null && spec.idTokenValidity == null && spec.refreshTokenValidity == null) {
      return;
    }
    TokenValidityUnitsType units = now.tokenValidityUnits();
    Duration access = duration(now.accessTokenValidity(), units == null ? null : units.accessToken(),
        Duration.ofMinutes(60), ChronoUnit.HOURS);
    Duration id = duration(now.idTokenValidity(), units == null ? null : units.idToken(), Duration.ofMinutes(60),
        ChronoUnit.HOURS);
    Duration refresh = duration(now.refreshTokenValidity(), units == null ? null : units.refreshToken(),
        Duration.ofDays(30), ChronoUnit.DAYS);
    Duration wantAccess = spec.accessTokenValidity != null ? spec.accessTokenValidity : access;
    Duration wantId = spec.idTokenValidity != null ? spec.idTokenValidity : id;
    Duration wantRefresh = spec.refreshTokenValidity != null ? spec.refreshTokenValidity : refresh;
    if (wantAccess.equals(access) && wantId.equals(id) && wantRefresh.equals(refresh)) {
      return;
    }
    b.accessTokenValidity((int) wantAccess.toMinutes()).idTokenValidity((int) wantId.toMinutes())
        .refreshTokenValidity((int) wantRefresh.toMinutes())
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES)
            .refreshToken(TimeUnitsType.MINUTES));
  }

  private static Duration duration(Integer value, TimeUnitsType unit, Duration fallback, ChronoUnit defaultUnit) {
    if (value == null || value == 0) {
      return fallback;
    }
    ChronoUnit u = unit == null || unit == TimeUnitsType.UNKNOWN_TO_SDK_VERSION ? defaultUnit : switch (unit) {
      case SECONDS -> ChronoUnit.SECONDS;
      case MINUTES -> ChronoUnit.MINUTES;
      case HOURS -> ChronoUnit.HOURS;
      case DAYS -> ChronoUnit.DAYS;
      default -> defaultUnit;
    };
    return Duration.of(value, u);
  }

  private static List<String> keepOrder(List<String> current, List<String> desired) {
    return new LinkedHashSet<>(current).equals(new LinkedHashSet<>(desired)) ? current : desired;
  }
}
