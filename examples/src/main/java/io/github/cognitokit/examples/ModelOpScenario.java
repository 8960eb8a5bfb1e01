package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AccountRecovery;
import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.Group;
import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.ResourceServer;
import io.github.cognitokit.admin.Scope;
import io.github.cognitokit.admin.SignIn;
import io.github.cognitokit.admin.StandardAttribute;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenUse;
import java.time.Duration;
import java.util.List;

/** A ModelOp Center-style set-up: the pool, three app clients, a resource server, a user in a group, and an API. */
final class ModelOpScenario {
  static final String TEMPORARY = "Quickstart-Temp-1!";
  static final String PERMANENT = "Quickstart-Final-1!";

  private ModelOpScenario() {}

  static void run(Run run) throws Exception {
    Console c = run.console;
    String base = run.baseUrl;
    c.step("modelop: user pool, domain, resource server, app clients, user and group");
    UserPool pool = run.pool(run.admin.userPool("modelop")
        .signInWith(SignIn.USERNAME, SignIn.EMAIL)
        .requiredAttributes(StandardAttribute.NAME, StandardAttribute.GIVEN_NAME, StandardAttribute.FAMILY_NAME,
            StandardAttribute.EMAIL)
        .passwordPolicy(p -> p.minLength(12).requireLowercase(true).requireUppercase(true).requireNumbers(true)
            .requireSymbols(true))
        .mfa(Mfa.OFF).accountRecovery(AccountRecovery.EMAIL_ONLY).selfSignUp(false)
        .autoVerify(StandardAttribute.EMAIL).emailFromCognito(null)
        .ensure());
    run.domain(pool, "modelop");
    ResourceServer rs = pool.resourceServer("rs").name("ModelOp").scope("modelop_client", "M2M access").ensure();
    c.report(rs.report());
    c.info("choice: gateway-service also allows ALLOW_ADMIN_USER_PASSWORD_AUTH, so that this quickstart can sign in"
        + " server-side; the guide's \"default values\" are the console's ALLOW_USER_SRP_AUTH and"
        + " ALLOW_REFRESH_TOKEN_AUTH; refresh tokens keep Cognito's 30 days (\"Any\")");
    AppClient gateway = pool.client("gateway-service").confidential()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN, AuthFlow.ADMIN_USER_PASSWORD)
        .oauth(o -> o.identityProviders("COGNITO").authorizationCodeGrant()
            .scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(base + "/login/oauth2/code/gateway-service").signOutUrls(base + "/"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    c.report(gateway.report());
    AppClient internal = pool.client("internal-client").confidential()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN, AuthFlow.USER_PASSWORD) // defaults + USER_PASSWORD
        .oauth(o -> o.clientCredentials().scopes(rs.scope("modelop_client")))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    c.report(internal.report());
    AppClient external = pool.client("external-integration-client").publicClient()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN)
        .oauth(o -> o.identityProviders("COGNITO").implicitGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(base + "/jupyterOauth2ImplicitGrant.html", base + "/modelOpWDC.html",
                "https://oauth.powerbi.com/views/oauthredirect.html"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors()
        .ensure();
    c.report(external.report());
    c.report(pool.user("modelop-admin").email("modelop-admin@example.com", true).attribute("name", "ModelOp Admin")
        .attribute("given_name", "ModelOp").attribute("family_name", "Admin")
        .temporaryPassword(TEMPORARY).suppressInvitation().ensure().report());
    Group admins = pool.group("admins").description("ModelOp administrators").precedence(1).ensure();
    c.report(admins.report());
    c.report(admins.addUser("modelop-admin"));

    c.step("modelop: check every setting the guide names by describing it");
    var described = pool.describe();
    c.check("sign-in with user name or e-mail, name/given_name/family_name/email required, admin-only sign-up",
        described.aliasAttributesAsStrings().contains("email")
            && described.schemaAttributes().stream().filter(a -> Boolean.TRUE.equals(a.required()))
                .map(a -> a.name()).toList().containsAll(List.of("name", "given_name", "family_name", "email"))
            && Boolean.TRUE.equals(described.adminCreateUserConfig().allowAdminCreateUserOnly()));
    c.check("resource server rs with scope modelop_client", rs.scope("modelop_client").value()
        .equals("rs/modelop_client"));
    for (AppClient app : List.of(gateway, internal, external)) {
      var d = app.describe();
      boolean common = Integer.valueOf(480).equals(d.accessTokenValidity())
          && Integer.valueOf(480).equals(d.idTokenValidity()) && Boolean.TRUE.equals(d.enableTokenRevocation())
          && "ENABLED".equals(d.preventUserExistenceErrorsAsString())
          && d.explicitAuthFlowsAsStrings().containsAll(List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
      boolean own = switch (app.name()) {
        case "gateway-service" -> d.clientSecret() != null && d.allowedOAuthFlowsAsStrings().equals(List.of("code"))
            && d.callbackURLs().equals(List.of(base + "/login/oauth2/code/gateway-service"))
            && d.logoutURLs().equals(List.of(base + "/")) && d.supportedIdentityProviders().contains("COGNITO");
        case "internal-client" -> d.clientSecret() != null
            && d.explicitAuthFlowsAsStrings().contains("ALLOW_USER_PASSWORD_AUTH")
            && d.allowedOAuthFlowsAsStrings().equals(List.of("client_credentials"))
            && d.allowedOAuthScopes().equals(List.of("rs/modelop_client"));
        default -> d.clientSecret() == null && d.allowedOAuthFlowsAsStrings().equals(List.of("implicit"))
            && d.callbackURLs().size() == 3 && d.supportedIdentityProviders().contains("COGNITO");
      };
      c.check(app.name() + ": 480-minute access and ID tokens, revocation, hidden user-existence errors, "
          + d.explicitAuthFlowsAsStrings() + ", " + d.allowedOAuthFlowsAsStrings(), common && own);
    }

    c.step("modelop: sign in, verify the tokens, call the protected API");
    String secret = gateway.secret().orElseThrow();
    try (CognitoAuth auth = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
        .clientId(gateway.clientId()).clientSecret(secret).build()) {
      AuthTokens tokens = run.signIn(auth, pool, "modelop-admin", TEMPORARY, PERMANENT);
      CognitoToken id = run.verifier(pool, TokenUse.ID, gateway.clientId()).build().verify(tokens.idToken());
      var accessVerifier = run.verifier(pool, TokenUse.ACCESS, gateway.clientId()).requireAnyGroup("admins").build();
      CognitoToken access = accessVerifier.verify(tokens.accessToken());
      c.check("ID token verified: iss " + id.issuer() + ", aud " + id.clientId() + ", cognito:username "
          + id.username().orElse("?"), true);
      c.check("access token verified: client_id " + access.clientId() + ", username " + access.username().orElse("?")
          + ", groups " + access.groups() + ", scope " + access.scopes(), access.groups().contains("admins"));
      c.info("claims: sub " + access.subject() + ", token_use " + access.tokenUse() + ", expires " + access.expiresAt());
      try (ProtectedApi api = new ProtectedApi(accessVerifier, "/api/ops/*", "ops")) {
        var ok = api.get("/api/models", tokens.accessToken());
        c.check("GET /api/models with the token: " + ok.statusCode() + " \"" + ok.body() + "\"",
            ok.statusCode() == 200);
        var none = api.get("/api/models", null);
        c.check("GET /api/models without a token: " + none.statusCode() + " "
            + none.headers().firstValue("WWW-Authenticate").orElse(""), none.statusCode() == 401);
        var forbidden = api.get("/api/ops/deploy", tokens.accessToken());
        c.check("GET /api/ops/deploy without group ops: " + forbidden.statusCode(), forbidden.statusCode() == 403);
      }
    }
  }
}
