package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.IdentityPool;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;

/** An API secured by Cognito: admin-only sign-up, a user, a bearer token, and an identity pool. */
final class ApiBearerScenario {
  static final String PASSWORD = "Api-Quickstart-1!";

  private ApiBearerScenario() {}

  static void run(Run run) throws Exception {
    Console c = run.console;
    c.step("api-bearer: pool with admin-only sign-up, app client, user, identity pool");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-api").selfSignUp(false).ensure());
    AppClient client = pool.client("api-client").confidential().authFlows(AuthFlow.ADMIN_USER_PASSWORD)
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    c.report(client.report());
    c.report(pool.user("api-user").email("api-user@example.com", true).permanentPassword(PASSWORD)
        .suppressInvitation().ensure().report());
    IdentityPool identities = run.admin.identityPool("cognito_kit_api_identities").trust(pool, client).ensure();
    c.report(identities.report());
    if (identities.report().change() == ChangeReport.Change.CREATED) {
      run.createdIdentityPools.add(identities.id());
    }

    c.step("api-bearer: get a bearer token and call the API with it");
    try (CognitoAuth auth = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
        .clientId(client.clientId()).clientSecret(client.secret().orElseThrow()).build()) {
      AuthTokens tokens = auth.adminPasswordAuth("api-user", PASSWORD).tokens();
      c.check("ADMIN_USER_PASSWORD_AUTH returned a bearer token for " + tokens.username(), true);
      CognitoJwtVerifier verifier = run.verifier(pool, TokenUse.ACCESS, client.clientId()).build();
      try (ProtectedApi api = new ProtectedApi(verifier, "/api/admin/*", "admins")) {
        var ok = api.get("/api/orders", tokens.accessToken());
        c.check("GET /api/orders with the bearer token: " + ok.statusCode() + " \"" + ok.body() + "\"",
            ok.statusCode() == 200);
        var none = api.get("/api/orders", "not-a-token");
        c.check("GET /api/orders with a bad token: " + none.statusCode(), none.statusCode() == 401);
      }
    }
  }
}
