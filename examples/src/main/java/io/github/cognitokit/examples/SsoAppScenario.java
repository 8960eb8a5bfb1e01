package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.Domain;
import io.github.cognitokit.admin.Scope;
import io.github.cognitokit.admin.UserPool;

/** The settings an OIDC application needs to use the pool for single sign-on. */
final class SsoAppScenario {
  static final String CALLBACK = "http://localhost:8585/callback";

  private SsoAppScenario() {}

  static void run(Run run) {
    Console c = run.console;
    c.step("sso-app: pool, domain and a public client for an OIDC application");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-sso").selfSignUp(false).ensure());
    Domain domain = run.domain(pool, "sso");
    AppClient app = pool.client("sso-app").publicClient()
        .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(CALLBACK).signOutUrls("http://localhost:8585/"))
        .ensure();
    c.report(app.report());

    c.step("sso-app: settings for your OIDC client library");
    c.info("issuer / authority : " + pool.issuer());
    c.info("discovery URL      : " + pool.issuer() + "/.well-known/openid-configuration");
    c.info("JWKS URL           : " + (run.target.jwksUri(pool.id()) != null ? run.target.jwksUri(pool.id())
        : pool.issuer() + "/.well-known/jwks.json"));
    c.info("client id          : " + app.clientId() + " (public client: no secret; use PKCE)");
    c.info("callback URL       : " + CALLBACK);
    c.info("hosted UI sign-in  : " + domain.signInUrl(app, CALLBACK, "openid email profile"));
    c.check("public client allows the code grant with callback " + CALLBACK,
        app.describe().callbackURLs().contains(CALLBACK) && app.secret().isEmpty());
  }
}
