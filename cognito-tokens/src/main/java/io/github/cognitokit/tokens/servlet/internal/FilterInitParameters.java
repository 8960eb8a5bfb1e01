package io.github.cognitokit.tokens.servlet.internal;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Builds a {@link CognitoAuthFilter} from {@code web.xml} init parameters (the filter's class comment lists them),
 * naming the parameter in every error.
 */
public final class FilterInitParameters {
  private final Function<String, String> source;

  private FilterInitParameters(Function<String, String> source) {
    this.source = source;
  }

  String get(String name, String fallback) {
    String v = source.apply(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  boolean flag(String name) {
    String v = get(name, "false").toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("init parameter " + name + " must be true or false, was '" + v + "'");
    }
    return v.equals("true");
  }

  List<String> list(String name, boolean required) {
    String v = get(name, null);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException("init parameter " + name + " is required");
      }
      return List.of();
    }
    return split(v);
  }

  static List<String> split(String v) {
    List<String> out = new ArrayList<>();
    for (String part : v.split("[,\\s]+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  CognitoJwtVerifier cognitoVerifier() {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder();
    String poolId = get("userPoolId", null);
    String issuer = get("issuer", null);
    String jwks = get("jwksUri", null);
    if (poolId == null && issuer == null) {
      throw new IllegalArgumentException("init parameter userPoolId (or issuer) is required");
    }
    if (poolId != null) {
      b.userPoolId(poolId);
    }
    if (issuer != null) {
      b.issuer(issuer);
    }
    if (jwks != null) {
      b.jwksUri(URI.create(jwks));
    }
    if (flag("anyClientId")) {
      b.anyClientId();
    } else {
      List<String> clients = list("clientIds", false);
      if (clients.isEmpty()) {
        throw new IllegalArgumentException("init parameter clientIds is required (or anyClientId=true)");
      }
      b.clientIds(clients);
    }
    String use = get("tokenUse", "access").toUpperCase(Locale.ROOT);
    try {
      b.tokenUse(TokenUse.valueOf(use));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("init parameter tokenUse must be id, access or any, was '" + use + "'");
    }
    List<String> groups = list("requireAnyGroup", false);
    if (!groups.isEmpty()) {
      b.requireAnyGroup(groups.toArray(String[]::new));
    }
    List<String> scopes = list("requireAnyScope", false);
    if (!scopes.isEmpty()) {
      b.requireAnyScope(scopes.toArray(String[]::new));
    }
    return b.build();
  }

  /**
   * Reads every setting.
   *
   * @param parameters returns the value of a parameter, or null
   * @return a builder with every setting read
   * @throws IllegalArgumentException if a parameter is missing or wrong; the message names it
   */
  public static CognitoAuthFilter.Builder read(Function<String, String> parameters) {
    FilterInitParameters p = new FilterInitParameters(parameters);

    String mode = p.get("mode", "bearer").toLowerCase(Locale.ROOT);
    CognitoAuthFilter.Builder builder;
    if (mode.equals("bearer")) {
      builder = CognitoAuthFilter.bearer(p.cognitoVerifier());
    } else if (mode.equals("alb")) {
      AlbJwtVerifier.Builder alb = AlbJwtVerifier.builder().albArn(p.list("albArns", true).toArray(String[]::new));
      if (p.flag("albAnyClientId")) {
        alb.anyClientId();
      } else {
        alb.clientId(p.list("albClientIds", true).toArray(String[]::new));
      }
      String albIssuer = p.get("albIssuer", null);
      if (albIssuer != null) {
        alb.issuer(albIssuer);
      }
      String base = p.get("albKeyBaseUri", null);
      if (base != null) {
        alb.keyBaseUri(URI.create(base));
      }
      builder = CognitoAuthFilter.alb(alb.build());
      if (p.flag("verifyAccessToken")) {
        builder.accessTokenVerifier(p.cognitoVerifier());
      }
    } else {
      throw new IllegalArgumentException("init parameter mode must be bearer or alb, was '" + mode + "'");
    }
    String realm = p.get("realm", null);
    if (realm != null) {
      builder.realm(realm);
    }
    if (p.flag("anonymous")) {
      builder.allowAnonymous();
    }
    List<String> excluded = p.list("excludedPaths", false);
    if (!excluded.isEmpty()) {
      builder.exclude(excluded.toArray(String[]::new));
    }
    String rules = p.get("rules", null);
    if (rules != null) {
      for (String rule : rules.split("[;\\n]")) {
        if (rule.isBlank()) {
          continue;
        }
        int eq = rule.indexOf('=');
        int colon = eq < 0 ? -1 : rule.indexOf(':', eq);
        if (eq < 0 || colon < 0) {
          throw new IllegalArgumentException("init parameter rules: each rule must be PATTERN=group:a,b or"
              + " PATTERN=scope:x,y, was '" + rule.trim() + "'");
        }
        String pattern = rule.substring(0, eq).trim();
        String kind = rule.substring(eq + 1, colon).trim().toLowerCase(Locale.ROOT);
        String[] values = split(rule.substring(colon + 1)).toArray(String[]::new);
        if (kind.equals("group")) {
          builder.requireGroup(pattern, values);
        } else if (kind.equals("scope")) {
          builder.requireScope(pattern, values);
        } else {
          throw new IllegalArgumentException("init parameter rules: kind must be group or scope, was '" + kind
              + "'");
        }
      }
    }
    return builder;
  }
}
