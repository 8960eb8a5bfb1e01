package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.IdentityPool;
import io.github.cognitokit.admin.SignIn;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Seed 002 (MemVerge): a user pool for a single-page app, an identity pool with an authenticated role, self sign-up
 * switched off, the first four auth flows, and a bearer token from admin-initiate-auth, as the guide's CLI call.
 */
final class ApiBearerScenario {
  static final String USER = "api-user@example.com";
  static final String PASSWORD = "Api-Quickstart-1!";
  static final String ROLE_NAME = "cognito-kit-api-authenticated";

  private ApiBearerScenario() {}

  static void run(Run run, String roleArnOption) throws Exception {
    Console c = run.console;
    c.step("api-bearer: a pool for a single-page app, its public client, a user, an identity pool");
    c.info("choice: users sign in with their e-mail address as user name (the guide's CLI call passes one);"
        + " self sign-up off, as the guide ends");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-api").signInWith(SignIn.EMAIL).selfSignUp(false)
        .ensure());
    // "Click Edit and enable the first four auth methods", on the public client a single-page app gets.
    AppClient client = pool.client("api-spa").publicClient()
        .authFlows(AuthFlow.ADMIN_USER_PASSWORD, AuthFlow.CUSTOM, AuthFlow.USER_PASSWORD, AuthFlow.USER_SRP,
            AuthFlow.REFRESH_TOKEN)
        .ensure();
    c.report(client.report());
    c.report(pool.user(USER).email(USER, true).permanentPassword(PASSWORD).ensure().report());
    IdentityPool identities = run.admin.identityPool("cognito_kit_api_identities").trust(pool, client).ensure();
    c.report(identities.report());
    if (identities.report().change() == ChangeReport.Change.CREATED) {
      run.createdIdentityPools.add(identities.id());
    }
    String roleArn = roleArnOption != null ? roleArnOption : authenticatedRole(run, identities.id());
    IdentityPool withRole = run.admin.identityPool("cognito_kit_api_identities").trust(pool, client)
        .authenticatedRole(roleArn).ensure();
    c.report(withRole.report());

    c.step("api-bearer: check the settings by describing them");
    UserPoolType described = pool.describe();
    c.check("self sign-up off, e-mail as user name", Boolean.TRUE.equals(described.adminCreateUserConfig()
        .allowAdminCreateUserOnly()) && described.usernameAttributesAsStrings().equals(List.of("email")));
    UserPoolClientType app = client.describe();
    c.check("public client (no secret) with " + app.explicitAuthFlowsAsStrings(), app.clientSecret() == null
        && app.explicitAuthFlowsAsStrings().containsAll(List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH",
            "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH")));
    var trusted = run.target.identity.describeIdentityPool(b -> b.identityPoolId(identities.id()))
        .cognitoIdentityProviders();
    Map<String, String> roles = run.target.identity.getIdentityPoolRoles(b -> b.identityPoolId(identities.id()))
        .roles();
    c.check("identity pool trusts " + client.clientId() + ", authenticated role " + roles.get("authenticated"),
        trusted.stream().anyMatch(p -> p.clientId().equals(client.clientId()))
            && roleArn.equals(roles.get("authenticated")));

    c.step("api-bearer: the guide's bearer token: admin-initiate-auth --auth-flow ADMIN_USER_PASSWORD_AUTH"
        + " --auth-parameters USERNAME=...,PASSWORD=... (public client: no SECRET_HASH)");
    try (CognitoAuth auth = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
        .clientId(client.clientId()).build()) {
      AuthTokens tokens = auth.adminPasswordAuth(USER, PASSWORD).tokens();
      c.check("AuthenticationResult: TokenType " + tokens.tokenType() + ", ExpiresIn "
          + tokens.expiresIn().toSeconds() + ", AccessToken, IdToken and RefreshToken present",
          "Bearer".equals(tokens.tokenType()) && tokens.refreshToken().isPresent());
      CognitoJwtVerifier verifier = run.verifier(pool, TokenUse.ACCESS, client.clientId()).build();
      try (ProtectedApi api = new ProtectedApi(verifier, "/api/admin/*", "admins")) {
        var ok = api.get("/api/v1/config", tokens.accessToken());
        c.check("GET /api/v1/config with the bearer token: " + ok.statusCode() + " \"" + ok.body() + "\"",
            ok.statusCode() == 200);
        var none = api.get("/api/v1/config", "not-a-token");
        c.check("GET /api/v1/config with a bad token: " + none.statusCode(), none.statusCode() == 401);
      }
    }
  }

  /**
   * The identity pool's role for signed-in users, created with the IAM API (the emulator serves IAM too): trusted
   * by Cognito identity for this identity pool's authenticated identities only. An existing role of that name is
   * kept and its trust policy converged.
   */
  static String authenticatedRole(Run run, String identityPoolId) {
    String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
        + "\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{"
        + "\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"" + identityPoolId + "\"},"
        + "\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\"authenticated\"}}}]}";
    try {
      var role = run.target.iam.getRole(b -> b.roleName(ROLE_NAME)).role();
      String current = java.net.URLDecoder.decode(role.assumeRolePolicyDocument(),
          java.nio.charset.StandardCharsets.UTF_8);
      if (!current.replaceAll("\\s", "").equals(trust)) {
        run.target.iam.updateAssumeRolePolicy(b -> b.roleName(ROLE_NAME).policyDocument(trust));
        run.console.report(new ChangeReport("IAM role " + ROLE_NAME, ChangeReport.Change.UPDATED, List.of()));
      } else {
        run.console.report(new ChangeReport("IAM role " + ROLE_NAME, ChangeReport.Change.UNCHANGED, List.of()));
      }
      return role.arn();
    } catch (NoSuchEntityException e) {
      String arn = run.target.iam.createRole(b -> b.roleName(ROLE_NAME).assumeRolePolicyDocument(trust)
          .description("Cognito Kit quickstart: signed-in users of cognito_kit_api_identities")).role().arn();
      run.console.report(new ChangeReport("IAM role " + ROLE_NAME, ChangeReport.Change.CREATED, List.of()));
      run.createdRoles.add(ROLE_NAME);
      return arn;
    }
  }
}
