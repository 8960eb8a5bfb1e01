package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.Domain;
import io.github.cognitokit.admin.Scope;
import io.github.cognitokit.admin.StandardAttribute;
import io.github.cognitokit.admin.UserPool;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Seed 003 (Collate / OpenMetadata SSO): a pool with e-mail as a required attribute, the hosted UI on a Cognito
 * domain, and a public client whose allowed callback is {@code http://localhost:8585/callback}.
 */
final class SsoAppScenario {
  static final String CALLBACK = "http://localhost:8585/callback";

  private SsoAppScenario() {}

  static void run(Run run) {
    Console c = run.console;
    c.step("sso-app: pool with e-mail required, hosted UI domain, public client for the OIDC application");
    c.info("choice: Cognito user pool sign-in with a user name; the console's default security requirements and"
        + " Cognito's own e-mail delivery (the guide leaves both to your organization); scopes openid, email, profile");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-sso").requiredAttributes(StandardAttribute.EMAIL)
        .selfSignUp(false).emailFromCognito(null).ensure());
    Domain domain = run.domain(pool, "sso");
    AppClient app = pool.client("sso-app").publicClient()
        .oauth(o -> o.identityProviders("COGNITO").authorizationCodeGrant()
            .scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE).callbackUrls(CALLBACK)
            .signOutUrls("http://localhost:8585/"))
        .ensure();
    c.report(app.report());

    c.step("sso-app: check the settings by describing them");
    c.check("e-mail is a required attribute", pool.describe().schemaAttributes().stream()
        .anyMatch(a -> a.name().equals("email") && Boolean.TRUE.equals(a.required())));
    c.check("the hosted UI has the domain " + domain.baseUrl(), pool.describe().domain() != null);
    UserPoolClientType described = app.describe();
    c.check("public client (no secret) with the code grant and callback " + CALLBACK,
        described.clientSecret() == null && described.callbackURLs().equals(List.of(CALLBACK))
            && described.allowedOAuthFlowsAsStrings().contains("code"));

    c.step("sso-app: what to share with the Collate team, and what an OIDC client library needs");
    c.info("User Pool ID       : " + pool.id());
    c.info("Client ID          : " + app.clientId() + " (public client: no secret; use PKCE)");
    c.info("issuer / authority : " + pool.issuer());
    c.info("discovery URL      : " + pool.issuer() + "/.well-known/openid-configuration");
    c.info("JWKS URL           : " + (run.target.jwksUri(pool.id()) != null ? run.target.jwksUri(pool.id())
        : pool.issuer() + "/.well-known/jwks.json"));
    c.info("callback URL       : " + CALLBACK + " (production: your own domain's)");
    c.info("hosted UI sign-in  : " + domain.signInUrl(app, CALLBACK, "openid email profile"));
  }
}
