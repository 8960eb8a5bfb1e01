package io.github.cognitokit.examples;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.Domain;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthResult;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.auth.NewPasswordRequired;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one scenario run needs: the target, the admin, the console, the options, and what to clean up. */
final class Run {
  final Target target;
  final CognitoAdmin admin;
  final Console console;
  final String baseUrl;
  final List<UserPool> createdPools = new ArrayList<>();
  final List<String> createdIdentityPools = new ArrayList<>();
  final List<String> createdRoles = new ArrayList<>();

  Run(Target target, Console console, String baseUrl) {
    this.target = target;
    this.admin = CognitoAdmin.using(target.cognito, target.identity);
    this.console = console;
    this.baseUrl = baseUrl;
  }

  UserPool pool(UserPool pool) {
    console.report(pool.report());
    if (pool.report().change() == ChangeReport.Change.CREATED) {
      createdPools.add(pool);
    }
    return pool;
  }

  /** A prefix domain that is stable for the pool and unique across AWS: the name plus the pool id's suffix. */
  Domain domain(UserPool pool, String name) {
    String suffix = pool.id().substring(pool.id().indexOf('_') + 1).toLowerCase(Locale.ROOT);
    String prefix = (name + "-" + suffix).replaceAll("[^a-z0-9-]", "");
    Domain domain = pool.domain(prefix.length() > 63 ? prefix.substring(0, 63) : prefix).ensure();
    console.report(domain.report());
    return domain;
  }

  /** Signs in, answering NEW_PASSWORD_REQUIRED the first time; later runs sign in with the new password. */
  AuthTokens signIn(CognitoAuth auth, UserPool pool, String username, String temporary, String permanent) {
    String status = pool.findUser(username).orElseThrow().status();
    if ("FORCE_CHANGE_PASSWORD".equals(status)) {
      AuthResult first = auth.adminPasswordAuth(username, temporary);
      console.check("ADMIN_USER_PASSWORD_AUTH with SECRET_HASH asks for " + (first instanceof NewPasswordRequired
          ? "NEW_PASSWORD_REQUIRED" : "nothing"), first instanceof NewPasswordRequired);
      AuthTokens tokens = ((NewPasswordRequired) first).answer(permanent).tokens();
      console.check("NEW_PASSWORD_REQUIRED answered; tokens issued for " + tokens.username(), true);
      return tokens;
    }
    AuthTokens tokens = auth.adminPasswordAuth(username, permanent).tokens();
    console.check("ADMIN_USER_PASSWORD_AUTH with SECRET_HASH (password set in an earlier run)", true);
    return tokens;
  }

  CognitoJwtVerifier.Builder verifier(UserPool pool, TokenUse use, String clientId) {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder().userPoolId(pool.id()).tokenUse(use).clientId(clientId);
    if (target.jwksUri(pool.id()) != null) {
      b.jwksUri(target.jwksUri(pool.id()));
    }
    return b;
  }
}
