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

  @Test
  void snippet_compiles() throws NoSuchMethodException {
    assertThat(ReadmeSnippetsTest.class.getDeclaredMethod("setUp", CognitoAdmin.class, String.class)).isNotNull();
  }
}
