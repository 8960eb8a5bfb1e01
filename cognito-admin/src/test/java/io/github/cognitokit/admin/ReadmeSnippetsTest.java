package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's admin example, compiled (and run against the emulator by ModelOpSetupIT's equivalent). */
class ReadmeSnippetsTest {

  // README: Administer a user pool
  static void setUp(CognitoAdmin admin, String temporaryPassword) {
    UserPool pool = admin.userPool("modelop")
        .signInWith(SignIn.USERNAME, SignIn.EMAIL)
        .requiredAttributes(StandardAttribute.NAME, StandardAttribute.GIVEN_NAME, StandardAttribute.FAMILY_NAME,
            StandardAttribute.EMAIL)
        .passwordPolicy(p -> p.minLength(12).requireSymbols(true))
        .mfa(Mfa.OFF).accountRecovery(AccountRecovery.EMAIL_ONLY).selfSignUp(false)
        .ensure();                                             // create, or converge what is named here
    Domain domain = pool.domain("modelop-auth").ensure();      // https://modelop-auth.auth.<region>.amazoncognito.com
    ResourceServer rs = pool.resourceServer("rs").name("ModelOp").scope("modelop_client", "M2M access").ensure();
    AppClient gateway = pool.client("gateway-service").confidential()
        .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls("https://mo.example.com/login/oauth2/code/gateway-service")
            .signOutUrls("https://mo.example.com/"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors()
        .ensure();
    pool.client("internal-client").confidential().authFlows(AuthFlow.USER_PASSWORD)
        .oauth(o -> o.clientCredentials().scopes(rs.scope("modelop_client")))
        .ensure();
    pool.user("alice").email("alice@example.com", true).attribute("name", "Alice")
        .temporaryPassword(temporaryPassword).suppressInvitation()
        .ensure();
    pool.group("admins").description("Administrators").precedence(1).ensure().addUser("alice");

    System.out.println(pool.report());                         // CREATED, UPDATED [field: before -> after], UNCHANGED
    System.out.println(gateway.report() + " " + domain.baseUrl());
    gateway.secret().ifPresent(secret -> { /* hand it to your app; never log it */ });
    pool.users().filter(Filter.emailStartsWith("a")).stream().forEach(u -> System.out.println(u.username()));
  }
  // end of README: Administer a user pool

  // README: Provision users from a directory
  static ProvisioningReport sync(UserPool pool, java.io.Reader csv) {
    Provisioning sync = pool.provisioning()
        .users(UserRows.csv(csv))                             // username,email,given_name,department,groups,enabled
        .absentUsers(Provisioning.AbsentUsers.DISABLE)         // KEEP (default), DISABLE or DELETE
        .progress(ProgressListener.logging(Duration.ofSeconds(5)));
    sync.dryRun(System.out);                                   // the plan, action by action; writes nothing
    ProvisioningReport report = sync.apply();                  // paced per Cognito quota; safe to run again
    report.skipped().forEach(row -> System.out.println("left out " + row));   // line number and reason
    return report;
  }
  // end of README: Provision users from a directory

  // README: Federate with SAML, OIDC and social sign-in
  static void federate(UserPool pool, String corporateSecret, String googleSecret) {
    pool.samlProvider("Okta")
        .metadataUrl("https://example.okta.com/app/exk1/sso/saml/metadata")
        .attribute("email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
        .identifiers("example.com")                            // hosted UI: name@example.com goes to Okta
        .signOut(true)
        .ensure();
    pool.oidcProvider("Corporate")
        .issuer("https://login.example.org")                   // endpoints discovered from the issuer
        .clientId("cognito").clientSecret(corporateSecret)     // reports show *** for secrets
        .scopes("openid", "email", "profile")
        .attribute("email", "email").attribute("name", "name")
        .ensure();
    pool.socialProvider(ProviderType.GOOGLE)
        .clientId("1234567890-abc.apps.googleusercontent.com").clientSecret(googleSecret)
        .scopes("openid", "email", "profile")
        .attribute("email", "email")
        .ensure();
    pool.client("web").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID, Scope.EMAIL)
        .callbackUrls("https://app.example.com/callback")
        .identityProviders("COGNITO", "Okta", "Corporate", "Google"))   // each must exist: checked first
        .ensure();
  }
  // end of README: Federate with SAML, OIDC and social sign-in

  @Test
  void readme_showsTheseSnippets_asTheyAreHere() throws Exception {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/test/java/io/github/cognitokit/admin/ReadmeSnippetsTest.java"));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("  // README: (.*?)\\n(.*?)  // end of README: \\1\\n",
        java.util.regex.Pattern.DOTALL).matcher(source);
    int found = 0;
    while (m.find()) {
      String dedented = m.group(2).replaceAll("(?m)^  ", "");
      assertThat(readme).as(m.group(1)).contains(dedented.strip());
      found++;
    }
    assertThat(found).isEqualTo(5);
  }

  // README: Describe a pool in a file
  static void fromFile(CognitoAdmin admin) {
    PoolFile file = PoolFile.read(java.nio.file.Path.of("pools/000-modelop.yaml"));   // checked: line and column
    file.plan(admin).forEach(System.out::println);             // what apply would change; writes nothing
    file.apply(admin);                                         // converge; a second run writes nothing
    file.planPrune(admin);                                     // what the file no longer names (prune deletes it)
    String yaml = PoolFile.export(admin, "console-made-pool"); // any pool as a file; secrets as ${NAME}
  }
  // end of README: Describe a pool in a file

  @Test
  void readme_showsTheSeed000PoolFile_asTheExampleIs() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    String example = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "pools",
        "000-modelop.yaml"));
    assertThat(readme).contains("```yaml\n" + example + "```\n");
  }

  // README: Import users in bulk
  static UserImport.Report load(UserPool pool, java.util.List<DesiredUser> newUsers) {
    UserImport.Report r = pool.importUsers(newUsers, "arn:aws:iam::123456789012:role/CognitoImportLogs")
        .progress(ProgressListener.logging(Duration.ofSeconds(30)))
        .waitUpTo(Duration.ofHours(1), Duration.ofSeconds(10))
        .run();                                                // GetCSVHeader, create, upload, start, follow
    System.out.println(r.status() + ": " + r.imported() + " imported, " + r.skipped() + " skipped, "
        + r.failed() + " failed (job " + r.jobId() + ")");
    return r;
  }
  // end of README: Import users in bulk

  @Test
  void snippet_compiles() throws NoSuchMethodException {
    assertThat(ReadmeSnippetsTest.class.getDeclaredMethod("setUp", CognitoAdmin.class, String.class)).isNotNull();
  }
}
