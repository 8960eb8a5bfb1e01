package io.github.cognitokit.spring.boot;

import io.github.cognitokit.spring.CognitoAuthoritiesConverter;
import io.github.cognitokit.spring.login.CognitoHostedUi;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.Loopback;
import io.github.cognitokit.tokens.TokenUse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Builds the verifier, the authorities converter and the hosted UI from {@link CognitoProperties}, turning every
 * refused value into an {@link InvalidConfigurationPropertyValueException} that names the property, so that a bad
 * setting stops start-up with a message Spring Boot prints plainly.
 */
final class PropertiesMapper {
  private PropertiesMapper() {}

  static CognitoJwtVerifier verifier(CognitoProperties p) {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder();
    boolean single = p.getUserPoolId() != null || p.getIssuer() != null || p.getJwksUri() != null
        || !p.getClientIds().isEmpty() || p.isAnyClient();
    if (p.getPools().isEmpty()) {
      if (p.getUserPoolId() == null || p.getUserPoolId().isBlank()) {
        throw new InvalidConfigurationPropertyValueException("cognito.user-pool-id", p.getUserPoolId(),
            "Set the user pool whose tokens are accepted, for example us-east-1_AbC123 (or list several under"
                + " cognito.pools, or set cognito.enabled=false).");
      }
      pool("cognito", p.getUserPoolId(), p.getClientIds(), p.isAnyClient(), p.getIssuer(),
          p.getJwksUri() == null ? null : p.getJwksUri().toString(), b::userPool);
    } else {
      if (single) {
        throw new InvalidConfigurationPropertyValueException("cognito.pools", "(" + p.getPools().size() + " pools)",
            "Set either cognito.user-pool-id (with client-ids, any-client, issuer, jwks-uri) or cognito.pools, not"
                + " both.");
      }
      for (int i = 0; i < p.getPools().size(); i++) {
        CognitoProperties.Pool pool = p.getPools().get(i);
        String prefix = "cognito.pools[" + i + "]";
        if (pool.getUserPoolId() == null || pool.getUserPoolId().isBlank()) {
          throw new InvalidConfigurationPropertyValueException(prefix + ".user-pool-id", pool.getUserPoolId(),
              "Each pool needs its user pool id.");
        }
        pool(prefix, pool.getUserPoolId(), pool.getClientIds(), pool.isAnyClient(), pool.getIssuer(),
            pool.getJwksUri() == null ? null : pool.getJwksUri().toString(), b::userPool);
      }
    }
    TokenUse use = p.getTokenUse();
    if (use == null) {
      throw new InvalidConfigurationPropertyValueException("cognito.token-use", null, "Set access, id or any.");
    }
    b.tokenUse(use);
    if (!p.getRequiredGroups().isEmpty()) {
      set("cognito.required-groups", p.getRequiredGroups(), () -> b.requireAnyGroup(array(p.getRequiredGroups())));
    }
    if (!p.getRequiredScopes().isEmpty()) {
      if (use == TokenUse.ID) {
        throw new InvalidConfigurationPropertyValueException("cognito.required-scopes", p.getRequiredScopes(),
            "ID tokens carry no scopes; require scopes only with cognito.token-use=access.");
      }
      set("cognito.required-scopes", p.getRequiredScopes(), () -> b.requireAnyScope(array(p.getRequiredScopes())));
    }
    CognitoProperties.KeyCache k = p.getKeyCache();
    duration("cognito.key-cache.time-to-live", k.getTimeToLive(), b::keySetTimeToLive);
    duration("cognito.key-cache.max-stale-age", k.getMaxStaleAge(), b::maxStaleAge);
    duration("cognito.key-cache.kid-miss-interval", k.getKidMissInterval(), b::kidMissInterval);
    duration("cognito.key-cache.connect-timeout", k.getConnectTimeout(), b::connectTimeout);
    duration("cognito.key-cache.response-timeout", k.getResponseTimeout(), b::responseTimeout);
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      String property = m.contains("maxStaleAge") ? "cognito.key-cache.max-stale-age"
          : m.contains("two user pools") ? "cognito.pools" : "cognito";
      throw new InvalidConfigurationPropertyValueException(property, null, m);
    }
  }

  private static void pool(String prefix, String poolId, List<String> clientIds, boolean anyClient, String issuer,
      String jwksUri, Consumer<Consumer<CognitoJwtVerifier.PoolBuilder>> add) {
    if (anyClient && clientIds != null && !clientIds.isEmpty()) {
      throw new InvalidConfigurationPropertyValueException(prefix + ".any-client", true,
          "Set either " + prefix + ".client-ids or " + prefix + ".any-client=true, not both.");
    }
    if (!anyClient && (clientIds == null || clientIds.isEmpty())) {
      throw new InvalidConfigurationPropertyValueException(prefix + ".client-ids", null,
          "Set the app client ids tokens must be issued to, or " + prefix + ".any-client=true to accept tokens of"
              + " every client of the pool.");
    }
    secure(prefix + ".jwks-uri", jwksUri);
    if (jwksUri == null) {
      secure(prefix + ".issuer", issuer);
    }
    add.accept(pb -> {
      set(prefix + ".user-pool-id", poolId, () -> pb.userPoolId(poolId));
      if (issuer != null) {
        set(prefix + ".issuer", issuer, () -> pb.issuer(issuer));
      }
      if (jwksUri != null) {
        set(prefix + ".jwks-uri", jwksUri, () -> pb.jwksUri(URI.create(jwksUri)));
      }
      if (anyClient) {
        pb.anyClientId();
      } else {
        set(prefix + ".client-ids", clientIds, () -> pb.clientIds(clientIds));
      }
    });
  }

  static Duration outageRetryAfter(CognitoProperties p) {
    Duration d = p.getOutageRetryAfter();
    if (d == null || d.isNegative()) {
      throw new InvalidConfigurationPropertyValueException("cognito.outage-retry-after", d,
          "The Retry-After delay must be zero or positive, for example 5s.");
    }
    return d;
  }

  static CognitoAuthoritiesConverter authorities(CognitoProperties p) {
    CognitoProperties.Authorities a = p.getAuthorities();
    CognitoAuthoritiesConverter.Builder b = CognitoAuthoritiesConverter.builder();
    set("cognito.authorities.group-prefix", a.getGroupPrefix(), () -> b.groupPrefix(a.getGroupPrefix()));
    set("cognito.authorities.scope-prefix", a.getScopePrefix(), () -> b.scopePrefix(a.getScopePrefix()));
    return get("cognito.authorities.scope-prefix", a.getScopePrefix(), b::build);
  }

  static CognitoHostedUi hostedUi(CognitoProperties p) {
    CognitoProperties.Login l = p.getLogin();
    String prefix = "cognito.login";
    CognitoHostedUi.Builder b = CognitoHostedUi.builder();
    set(prefix + ".client-id", l.getClientId(), () -> b.clientId(l.getClientId()));
    if (l.getClientSecret() != null) {
      // Never echo the secret, not even in the failure message.
      set(prefix + ".client-secret", "(hidden)", () -> b.clientSecret(l.getClientSecret()));
    }
    set(prefix + ".registration-id", l.getRegistrationId(), () -> b.registrationId(l.getRegistrationId()));
    set(prefix + ".scopes", l.getScopes(), () -> b.scopes(l.getScopes()));
    set(prefix + ".logout-redirect-uri", l.getLogoutRedirectUri(),
        () -> b.logoutRedirectUri(l.getLogoutRedirectUri()));
    if (l.getIssuer() != null) {
      set(prefix + ".issuer", l.getIssuer(), () -> b.issuer(l.getIssuer()));
    } else if (p.getUserPoolId() != null) {
      set("cognito.user-pool-id", p.getUserPoolId(), () -> b.userPoolId(p.getUserPoolId()));
      if (p.getIssuer() != null) {
        set("cognito.issuer", p.getIssuer(), () -> b.issuer(p.getIssuer()));
      }
    } else {
      throw new InvalidConfigurationPropertyValueException("cognito.user-pool-id", null,
          "The hosted UI needs the user pool (or cognito.login.issuer).");
    }
    if (l.getDomain() != null) {
      set(prefix + ".domain", l.getDomain(), () -> b.domain(l.getDomain()));
    }
    if (l.getAuthorizationUri() != null) {
      set(prefix + ".authorization-uri", l.getAuthorizationUri(), () -> b.authorizationUri(l.getAuthorizationUri()));
    }
    if (l.getTokenUri() != null) {
      set(prefix + ".token-uri", l.getTokenUri(), () -> b.tokenUri(l.getTokenUri()));
    }
    if (l.getUserInfoUri() != null) {
      set(prefix + ".user-info-uri", l.getUserInfoUri(), () -> b.userInfoUri(l.getUserInfoUri()));
    }
    if (l.getJwkSetUri() != null) {
      set(prefix + ".jwk-set-uri", l.getJwkSetUri(), () -> b.jwkSetUri(l.getJwkSetUri()));
    }
    if (l.getLogoutEndpoint() != null) {
      set(prefix + ".logout-endpoint", l.getLogoutEndpoint(), () -> b.logoutEndpoint(l.getLogoutEndpoint()));
    }
    return get(prefix + ".domain", l.getDomain(), b::build);
  }

  private static void secure(String name, String url) {
    if (url == null) {
      return;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationPropertyValueException(name, url, "Not a URL: " + e.getMessage());
    }
    if (!uri.isAbsolute() || !Loopback.isHttpsOrLoopbackHttp(uri)) {
      throw new InvalidConfigurationPropertyValueException(name, url,
          "Keys are fetched from here: it must be an https URL (http only on loopback, for an emulator).");
    }
  }

  private static String[] array(List<String> values) {
    return values.toArray(new String[0]);
  }

  private static void duration(String name, Duration value, Consumer<Duration> setter) {
    if (value != null) {
      set(name, value, () -> setter.accept(value));
    }
  }

  private static void set(String name, Object value, Runnable setter) {
    get(name, value, () -> {
      setter.run();
      return null;
    });
  }

  private static <T> T get(String name, Object value, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidConfigurationPropertyValueException(name, value, e.getMessage());
    }
  }
}
