package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenRotationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * An app client: found by name and described; planned as a creation or one whole {@code UpdateUserPoolClient}
 * (every current field with the spec's settings merged in: Cognito resets what an update omits).
 */
public final class ClientReconciler
    extends Reconciler<ClientDesired, UserPoolClientType, ClientReconciler.Writes, Outcome> {
  private static final Logger LOG = LoggerFactory.getLogger(ClientReconciler.class);

  /** Identity providers and scopes an earlier step of the same dry run would create. */
  private final Set<String> planned;

  /**
   * The writes of a client plan.
   *
   * @param create the creation, or null
   * @param update the update, or null
   */
  public record Writes(CreateUserPoolClientRequest create, UpdateUserPoolClientRequest update) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public ClientReconciler(Gateway gateway) {
    this(gateway, Set.of());
  }

  /**
   * Creates the reconciler for a dry run in which earlier steps would create identity providers or resource-server
   * scopes: the client may name those although Cognito does not have them yet.
   *
   * @param gateway the gateway
   * @param planned identity provider names and {@code identifier/scope} values an earlier step would create
   */
  public ClientReconciler(Gateway gateway, Set<String> planned) {
    super(gateway);
    this.planned = Set.copyOf(planned);
  }

  @Override
  protected void check(ClientDesired d) {
    if (d.oauth() != null && d.oauth().clientCredentials() && Boolean.FALSE.equals(d.secret())) {
      throw new IllegalArgumentException("oauth clientCredentials() needs a confidential client, not publicClient()");
    }
    Duration refresh = d.refreshTokenValidity();
    if (refresh != null) {
      for (Duration t : new Duration[] {d.accessTokenValidity(), d.idTokenValidity()}) {
        if (t != null && t.compareTo(refresh) > 0) {
          throw new IllegalArgumentException("accessTokenValidity and idTokenValidity must not exceed"
              + " refreshTokenValidity (" + refresh + ")");
        }
      }
    }
    if (d.oauth() != null) {
      Set<String> providers = new LinkedHashSet<>(d.oauth().identityProviders());
      providers.remove("COGNITO");
      if (!providers.isEmpty()) {
        providers.removeAll(planned);
      }
      if (!providers.isEmpty()) {
        providers.removeAll(gateway.listIdentityProviders(d.resource(), d.poolId()));
        if (!providers.isEmpty()) {
          throw new IllegalArgumentException("oauth identityProviders " + providers + " are not identity providers"
              + " of " + d.poolName() + "; ensure them first (samlProvider, oidcProvider, socialProvider)");
        }
      }
      Set<String> custom = new LinkedHashSet<>();
      d.oauth().scopes().stream().filter(s -> s.contains("/")).forEach(custom::add);
      custom.removeAll(planned);
      if (!custom.isEmpty()) {
        Set<String> known = new HashSet<>();
        for (ResourceServerType rs : gateway.listResourceServers(d.resource(), d.poolId())) {
          rs.scopes().forEach(sc -> known.add(rs.identifier() + "/" + sc.scopeName()));
        }
        custom.removeAll(known);
        if (!custom.isEmpty()) {
          throw new IllegalArgumentException("oauth scopes " + custom + " are not scopes of a resource server of "
              + d.poolName() + "; ensure the resource server first");
        }
      }
    }
  }

  @Override
  protected UserPoolClientType observe(ClientDesired d) {
    for (int attempt = 1; ; attempt++) {
      String clientId = gateway.findClientId(d.resource(), d.poolId(), d.name()).orElse(null);
      if (clientId == null) {
        return null;
      }
      try {
        return gateway.describeUserPoolClient(d.resource(), d.poolId(), clientId);
      } catch (CognitoAdminException e) {
        if (e.reason() != Reason.NOT_FOUND || attempt > 1) {
          throw e;
        }
        // Deleted elsewhere since the clients were listed: forget it and look again in a fresh listing.
        gateway.forgetClient(d.poolId(), d.name(), clientId);
      }
    }
  }

  /** The settings Cognito fixes when a client is created, declared once. */
  static final List<CreationOnly<UserPoolClientType, ClientDesired>> CREATION_ONLY = List.of(
      CreationOnly.of("secret", d -> d.secret() == null ? null : secret(d.secret()), c -> secret(hasSecret(c))));

  private static boolean hasSecret(UserPoolClientType client) {
    return client.clientSecret() != null && !client.clientSecret().isEmpty();
  }

  /** Never the secret itself: only whether there is one. */
  private static String secret(boolean confidential) {
    return confidential ? "a secret (confidential)" : "no secret (public)";
  }

  @Override
  protected Plan<Writes> plan(UserPoolClientType current, ClientDesired desired) {
    return planClient(current, desired);
  }

  /**
   * Plans a client: pure, reads only its arguments.
   *
   * @param current the client as described, or null if there is none
   * @param d the desired client
   * @return the plan
   * @throws CognitoAdminException IMMUTABLE if the secret differs
   */
  public static Plan<Writes> planClient(UserPoolClientType current, ClientDesired d) {
    if (current == null) {
      UpdateUserPoolClientRequest.Builder settings = UpdateUserPoolClientRequest.builder();
      applySettings(settings, d);
      UpdateUserPoolClientRequest desired = settings.build();
      List<FieldChange> fields = new ArrayList<>(SdkCopy.diff(UpdateUserPoolClientRequest.builder().build(),
          desired, Set.of()));
      boolean secret = Boolean.TRUE.equals(d.secret());
      fields.add(0, new FieldChange("GenerateSecret", null, String.valueOf(secret)));
      CreateUserPoolClientRequest.Builder create = CreateUserPoolClientRequest.builder().userPoolId(d.poolId())
          .clientName(d.name()).generateSecret(secret);
      SdkCopy.copy(desired, create, Map.of(), Set.of("UserPoolId", "ClientId", "ClientName"));
      return Plan.create(fields, new Writes(create.build(), null));
    }
    CreationOnly.requireSame(CREATION_ONLY, current, d, d.resource(), "client",
        "a secret can only be chosen at creation: create a new client");
    boolean hasSecret = hasSecret(current);
    if (d.oauth() != null && d.oauth().clientCredentials() && !hasSecret) {
      throw new IllegalArgumentException("oauth clientCredentials() needs a confidential client; " + d.resource()
          + " has no secret");
    }
    UpdateUserPoolClientRequest baseline = baseline(current);
    UpdateUserPoolClientRequest.Builder b = baseline.toBuilder();
    applySettings(b, d);
    UpdateUserPoolClientRequest update = b.build();
    List<FieldChange> changes = SdkCopy.diff(baseline, update, Set.of("UserPoolId", "ClientId"));
    return Plan.update(changes, new Writes(null, update));
  }

  @Override
  protected Outcome apply(ClientDesired d, UserPoolClientType current, Plan<Writes> plan) {
    if (plan.writes().create() != null) {
      String id = gateway.createUserPoolClient(d.resource(), plan.writes().create()).clientId();
      LOG.debug("Created {} ({})", d.resource(), id);
      return new Outcome(id, plan.report(d.resource() + " (" + id + ")", true));
    }
    LOG.debug("Updating {} ({}): {}", d.resource(), current.clientId(), plan.changes());
    gateway.updateUserPoolClient(d.resource(), plan.writes().update());
    return new Outcome(current.clientId(), plan.report(d.resource() + " (" + current.clientId() + ")", true));
  }

  @Override
  protected Outcome result(ClientDesired d, UserPoolClientType current, Plan<Writes> plan, boolean applied) {
    return current == null ? new Outcome(null, plan.report(d.resource(), applied))
        : new Outcome(current.clientId(), plan.report(d.resource() + " (" + current.clientId() + ")", applied));
  }

  /**
   * The update request that would change nothing: every field of the current client.
   *
   * @param current the client as described
   * @return the request
   */
  public static UpdateUserPoolClientRequest baseline(UserPoolClientType current) {
    UpdateUserPoolClientRequest.Builder b = UpdateUserPoolClientRequest.builder();
    SdkCopy.copy(current, b, Map.of(), Set.of());
    return b.build();
  }

  /**
   * The explicit auth flows in Cognito's words, in the enum's order.
   *
   * @param flows the flows
   * @return their API values
   */
  public static List<String> flowNames(Set<AuthFlow> flows) {
    return Arrays.stream(AuthFlow.values()).filter(flows::contains).map(AuthFlow::apiValue).toList();
  }

  private static void applySettings(UpdateUserPoolClientRequest.Builder b, ClientDesired d) {
    UpdateUserPoolClientRequest now = b.build();
    if (d.authFlows() != null) {
      b.explicitAuthFlowsWithStrings(keepOrder(now.explicitAuthFlowsAsStrings(), flowNames(d.authFlows())));
    }
    if (d.oauth() != null) {
      ClientDesired.OAuth o = d.oauth();
      b.allowedOAuthFlowsUserPoolClient(true);
      b.allowedOAuthFlowsWithStrings(keepOrder(now.allowedOAuthFlowsAsStrings(), o.flows()));
      b.allowedOAuthScopes(keepOrder(now.allowedOAuthScopes(), o.scopes()));
      b.callbackURLs(o.callbackUrls().isEmpty() ? null : keepOrder(now.callbackURLs(), o.callbackUrls()));
      b.logoutURLs(o.signOutUrls().isEmpty() ? null : keepOrder(now.logoutURLs(), o.signOutUrls()));
      b.defaultRedirectURI(o.defaultRedirectUrl());
      List<String> providers = o.identityProviders().isEmpty() ? List.of("COGNITO") : o.identityProviders();
      b.supportedIdentityProviders(keepOrder(now.supportedIdentityProviders(), providers));
    }
    validities(b, now, d);
    if (d.authSessionValidity() != null) {
      b.authSessionValidity((int) d.authSessionValidity().toMinutes());
    }
    if (d.tokenRevocation() != null) {
      b.enableTokenRevocation(d.tokenRevocation());
    }
    if (d.preventUserExistenceErrors() != null) {
      b.preventUserExistenceErrors(d.preventUserExistenceErrors() ? "ENABLED" : "LEGACY");
    }
    if (d.readAttributes() != null) {
      b.readAttributes(keepOrder(now.readAttributes(), d.readAttributes()));
    }
    if (d.writeAttributes() != null) {
      b.writeAttributes(keepOrder(now.writeAttributes(), d.writeAttributes()));
    }
    if (d.refreshTokenRotation() != null) {
      boolean on = !d.refreshTokenRotation().isNegative();
      RefreshTokenRotationType have = now.refreshTokenRotation();
      boolean haveOn = have != null && "ENABLED".equals(have.featureAsString());
      int seconds = on ? (int) d.refreshTokenRotation().getSeconds() : 0;
      boolean same = on ? haveOn && have.retryGracePeriodSeconds() != null && have.retryGracePeriodSeconds() == seconds
          : !haveOn;
      if (!same) {
        b.refreshTokenRotation(r -> r.feature(on ? "ENABLED" : "DISABLED").retryGracePeriodSeconds(seconds));
      }
    }
  }

  /**
   * Token lifetimes: compared as durations whatever the units Cognito reports them in, and sent in minutes (with
   * the units) only when one differs.
   */
  private static void validities(UpdateUserPoolClientRequest.Builder b, UpdateUserPoolClientRequest now,
      ClientDesired d) {
    if (d.accessTokenValidity() == null && d.idTokenValidity() == null && d.refreshTokenValidity() == null) {
      return;
    }
    TokenValidityUnitsType units = now.tokenValidityUnits();
    Duration access = duration(now.accessTokenValidity(), units == null ? null : units.accessToken(),
        Duration.ofMinutes(60), ChronoUnit.HOURS);
    Duration id = duration(now.idTokenValidity(), units == null ? null : units.idToken(), Duration.ofMinutes(60),
        ChronoUnit.HOURS);
    Duration refresh = duration(now.refreshTokenValidity(), units == null ? null : units.refreshToken(),
        Duration.ofDays(30), ChronoUnit.DAYS);
    Duration wantAccess = d.accessTokenValidity() != null ? d.accessTokenValidity() : access;
    Duration wantId = d.idTokenValidity() != null ? d.idTokenValidity() : id;
    Duration wantRefresh = d.refreshTokenValidity() != null ? d.refreshTokenValidity() : refresh;
    if (wantAccess.equals(access) && wantId.equals(id) && wantRefresh.equals(refresh)) {
      return;
    }
    b.accessTokenValidity((int) wantAccess.toMinutes()).idTokenValidity((int) wantId.toMinutes())
        .refreshTokenValidity((int) wantRefresh.toMinutes())
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES)
            .refreshToken(TimeUnitsType.MINUTES));
  }

  /**
   * A token lifetime as Cognito describes it: a value in its unit, or the default when there is none.
   *
   * @param value the value, or null or 0 for the default
   * @param unit its unit, or null for the default unit
   * @param fallback the lifetime when no value is set
   * @param defaultUnit the unit when none is set
   * @return the lifetime
   */
  public static Duration duration(Integer value, TimeUnitsType unit, Duration fallback, ChronoUnit defaultUnit) {
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
    return PoolReconciler.keepOrder(current, desired);
  }
}
