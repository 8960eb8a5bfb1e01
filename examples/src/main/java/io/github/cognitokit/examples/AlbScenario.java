package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.Domain;
import io.github.cognitokit.admin.LambdaTrigger;
import io.github.cognitokit.admin.Mfa;
import io.github.cognitokit.admin.Scope;
import io.github.cognitokit.admin.SignIn;
import io.github.cognitokit.admin.StandardAttribute;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Seed 001: a user pool for Application Load Balancer authentication, every option of the console wizard as the
 * guide walks through it, then an app behind the ALB's headers.
 */
final class AlbScenario {
  static final String PASSWORD = "Alb-Quickstart-1!";
  static final String EMAIL_SUBJECT = "Your Cognito Kit verification code";
  static final String EMAIL_MESSAGE = "Welcome to Cognito Kit. Your verification code is {####}.";
  static final String SMS_MESSAGE = "Cognito Kit code: {####}";

  private AlbScenario() {}

  /**
   * A token lifetime as Cognito means it: the value in its unit (hours for access and ID tokens, days for refresh
   * tokens when no unit is given), or the default when the client has none (the console's 60 minutes and 30 days).
   */
  static Duration lifetime(Integer value, String unit, Duration dflt) {
    if (value == null || value == 0) {
      return dflt;
    }
    String u = unit != null ? unit : dflt.toDays() >= 1 ? "days" : "hours";
    return switch (u) {
      case "seconds" -> Duration.ofSeconds(value);
      case "minutes" -> Duration.ofMinutes(value);
      case "hours" -> Duration.ofHours(value);
      default -> Duration.ofDays(value);
    };
  }

  static String unit(UserPoolClientType app, String token) {
    var units = app.tokenValidityUnits();
    if (units == null) {
      return null;
    }
    var u = switch (token) {
      case "AccessToken" -> units.accessTokenAsString();
      case "IdToken" -> units.idTokenAsString();
      default -> units.refreshTokenAsString();
    };
    return u;
  }

  static void run(Run run, String albDns, Map<LambdaTrigger, String> triggers) throws Exception {
    Console c = run.console;
    String callback = "https://" + albDns + "/oauth2/idpresponse";
    c.step("alb: the wizard's pages: name, attributes, policies, MFA, messages, tags, devices, app client, triggers");
    c.info("choice: required attribute email (the guide leaves the list to you; verification needs it)");
    c.info("choice: the console's default password policy, written out; Cognito's own e-mail sender (SES needs a"
        + " verified identity); devices not remembered and MFA off, as the guide chose");
    var spec = run.admin.userPool("cognito-kit-alb")
        .signInWith(SignIn.USERNAME, SignIn.EMAIL)              // a user name, and the e-mail address later
        .caseSensitive(true)                                    // "case sensitive usernames"
        .requiredAttributes(StandardAttribute.EMAIL)
        .passwordPolicy(p -> p.minLength(8).requireLowercase(true).requireUppercase(true).requireNumbers(true)
            .requireSymbols(true).temporaryPasswordValidity(Duration.ofDays(7)))
        .mfa(Mfa.OFF)
        .autoVerify(StandardAttribute.EMAIL)
        .verificationByCode(EMAIL_SUBJECT, EMAIL_MESSAGE, SMS_MESSAGE)
        .emailFromCognito(null)
        .tag("project", "cognito-kit-quickstart").tag("purpose", "alb-authentication");
    triggers.forEach(spec::trigger);
    c.info(triggers.isEmpty() ? "choice: no Lambda triggers (the guide adds none; pass --triggers NAME=ARN,...)"
        : "triggers: " + triggers.keySet());
    UserPool pool = run.pool(spec.ensure());

    c.info("choice: OAuth scopes openid, email and profile; token lifetimes 60 min (access, ID) and 30 days"
        + " (refresh); reads email, email_verified and name, writes email and name");
    AppClient client = pool.client("alb-client").confidential()   // an ALB needs the client secret
        .refreshTokenValidity(Duration.ofDays(30)).accessTokenValidity(Duration.ofMinutes(60))
        .idTokenValidity(Duration.ofMinutes(60))
        // ALLOW_USER_PASSWORD_AUTH selected, the others left as the console sets them
        .authFlows(AuthFlow.USER_PASSWORD, AuthFlow.USER_SRP, AuthFlow.CUSTOM, AuthFlow.REFRESH_TOKEN)
        .preventUserExistenceErrors()                            // "Select recommended"
        .enableTokenRevocation()
        .readAttributes("email", "email_verified", "name").writeAttributes("email", "name")
        .oauth(o -> o.identityProviders("COGNITO").authorizationCodeGrant()
            .scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE).callbackUrls(callback)
            .signOutUrls("https://" + albDns + "/"))
        .ensure();
    c.report(client.report());
    Domain domain = run.domain(pool, "alb");
    c.info("choice: a prefix domain; a custom domain needs an ACM certificate and a DNS alias"
        + " (pool.customDomain(name, certificateArn), its CloudFront target from Domain.cloudFrontTarget())");
    c.info("choice: the hosted UI's default style (CSS and logo: DomainSpec.uiCustomization(css, logo))");
    c.report(pool.user("alb-user").email("alb-user@example.com", true).attribute("name", "ALB User")
        .permanentPassword(PASSWORD).ensure().report());

    c.step("alb: check every setting by describing the pool, the client and the domain");
    UserPoolType described = pool.describe();
    c.check("user names case-sensitive, e-mail as alias, e-mail required and verified by code",
        Boolean.TRUE.equals(described.usernameConfiguration().caseSensitive())
            && described.aliasAttributesAsStrings().contains("email")
            && described.schemaAttributes().stream().anyMatch(a -> a.name().equals("email")
                && Boolean.TRUE.equals(a.required()))
            && described.autoVerifiedAttributesAsStrings().contains("email")
            && EMAIL_SUBJECT.equals(described.verificationMessageTemplate().emailSubject()));
    c.check("password policy at least 8 with every character class; MFA off; no remembered devices",
        described.policies().passwordPolicy().minimumLength() == 8
            && Boolean.TRUE.equals(described.policies().passwordPolicy().requireSymbols())
            && "OFF".equals(described.mfaConfigurationAsString())
            && described.deviceConfiguration() == null);
    c.check("tags " + described.userPoolTags(), "alb-authentication".equals(described.userPoolTags().get("purpose")));
    c.check("triggers as given", triggers.isEmpty() || triggers.values().stream().allMatch(arn ->
        described.lambdaConfig() != null && described.lambdaConfig().toString().contains(arn)));
    UserPoolClientType app = client.describe();
    c.check("client " + app.clientName() + " has a secret, the code grant with openid and callback " + callback,
        app.clientSecret() != null && app.allowedOAuthFlowsAsStrings().equals(List.of("code"))
            && app.allowedOAuthScopes().contains("openid") && app.callbackURLs().equals(List.of(callback))
            && app.supportedIdentityProviders().contains("COGNITO"));
    c.check("client flows " + app.explicitAuthFlowsAsStrings() + ", generic errors, revocation, token lifetimes",
        app.explicitAuthFlowsAsStrings().containsAll(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
            && "ENABLED".equals(app.preventUserExistenceErrorsAsString())
            && Boolean.TRUE.equals(app.enableTokenRevocation())
            && lifetime(app.accessTokenValidity(), unit(app, "AccessToken"), Duration.ofHours(1))
                .equals(Duration.ofMinutes(60))
            && lifetime(app.idTokenValidity(), unit(app, "IdToken"), Duration.ofHours(1)).equals(Duration.ofMinutes(60))
            && lifetime(app.refreshTokenValidity(), unit(app, "RefreshToken"), Duration.ofDays(30))
                .equals(Duration.ofDays(30)));
    c.check("domain " + domain.baseUrl() + " for the hosted UI the ALB redirects to",
        pool.describe().domain() != null);
    c.info("for the ALB's authenticate-cognito action: user pool ARN " + described.arn() + ", client id "
        + client.clientId() + ", domain prefix " + domain.domain() + "; the client secret is in AppClient.secret()"
        + " (not printed)");

    c.step("alb: an app behind the load balancer: the filter trusts only the ALB's signed headers");
    String arn = "arn:aws:elasticloadbalancing:" + run.target.region.id() + ":123456789012:loadbalancer/app/"
        + "cognito-kit-alb/50dc6c495c0c9188";
    try (AlbStandIn alb = new AlbStandIn(arn);
        CognitoAuth auth = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
            .clientId(client.clientId()).clientSecret(client.secret().orElseThrow()).build()) {
      // What the ALB got from Cognito at /oauth2/token after the hosted UI; here from USER_PASSWORD_AUTH.
      AuthTokens tokens = auth.passwordAuth("alb-user", PASSWORD).tokens();
      CognitoJwtVerifier accessVerifier = run.verifier(pool, TokenUse.ACCESS, client.clientId()).build();
      String sub = accessVerifier.verify(tokens.accessToken()).subject();
      AlbJwtVerifier albVerifier = AlbJwtVerifier.builder().albArn(arn).clientId(client.clientId())
          .issuer(pool.issuer()).keyBaseUri(alb.keyBase()).build();
      CognitoAuthFilter filter = CognitoAuthFilter.alb(albVerifier).accessTokenVerifier(accessVerifier)
          .realm("alb").build();
      try (ProtectedApi api = new ProtectedApi(filter)) {
        String data = alb.oidcData(pool.issuer(), client.clientId(), sub, "alb-user", "alb-user@example.com");
        var ok = api.getWith("/api/profile", "x-amzn-oidc-data", data, "x-amzn-oidc-accesstoken",
            tokens.accessToken(), "x-amzn-oidc-identity", sub);
        c.check("GET /api/profile with the ALB's headers: " + ok.statusCode() + " \"" + ok.body() + "\"",
            ok.statusCode() == 200 && ok.body().equals("hello alb-user"));
        var identityOnly = api.getWith("/api/profile", "x-amzn-oidc-identity", sub);
        c.check("only the unsigned x-amzn-oidc-identity header: " + identityOnly.statusCode(),
            identityOnly.statusCode() == 401);
        try (AlbStandIn forger = new AlbStandIn(arn)) {
          String forged = forger.oidcData(pool.issuer(), client.clientId(), sub, "alb-user", "alb-user@example.com");
          var refused = api.getWith("/api/profile", "x-amzn-oidc-data", forged, "x-amzn-oidc-accesstoken",
              tokens.accessToken());
          c.check("x-amzn-oidc-data signed by another key: " + refused.statusCode(), refused.statusCode() == 401);
        }
      }
    }
  }
}
