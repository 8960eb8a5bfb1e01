package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.ResetPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The whole ModelOp-style set-up, run twice against the emulator: the first run creates everything, the second
 * reports UNCHANGED for every resource and sends no write call.
 */
@CognitoEmulatorTest(reset = ResetPolicy.BEFORE_EACH)
class ModelOpSetupIT {
  static final String BASE = "https://mo.example.com";
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static CognitoAdmin admin;

  @BeforeAll
  static void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    admin = CognitoAdmin.using(cognito);
  }

  @AfterAll
  static void tearDown() {
    admin.close();
    cognito.close();
  }

  /** The set-up, as a user would write it; returns every report. */
  static List<ChangeReport> setUpModelOp() {
    return setUpModelOp(admin, 12);
  }

  /**
   * Every setting seed 000 (ModelOp) names: sign-in with user name or e-mail, four required attributes, the password
   * policy, MFA off, e-mail-only recovery, admin-only sign-up, e-mail verified by Cognito's own mail, the domain, the
   * resource server and scope, the three clients (480-minute access and ID tokens, revocation and hidden
   * user-existence errors on each; the console's default flows USER_SRP and REFRESH_TOKEN kept, plus
   * ADMIN_USER_PASSWORD on gateway-service and USER_PASSWORD on internal-client), the user and the admins group.
   */
  static List<ChangeReport> setUpModelOp(CognitoAdmin admin, int minPasswordLength) {
    List<ChangeReport> reports = new ArrayList<>();
    UserPool pool = admin.userPool("modelop")
        .signInWith(SignIn.USERNAME, SignIn.EMAIL)
        .requiredAttributes(StandardAttribute.NAME, StandardAttribute.GIVEN_NAME, StandardAttribute.FAMILY_NAME,
            StandardAttribute.EMAIL)
        .passwordPolicy(p -> p.minLength(minPasswordLength).requireLowercase(true).requireUppercase(true)
            .requireSymbols(true).requireNumbers(true))
        .mfa(Mfa.OFF).accountRecovery(AccountRecovery.EMAIL_ONLY).selfSignUp(false)
        .autoVerify(StandardAttribute.EMAIL)
        .emailFromCognito(null)
        .ensure();
    reports.add(pool.report());
    Domain domain = pool.domain("modelop-auth").ensure();
    reports.add(domain.report());
    ResourceServer rs = pool.resourceServer("rs").name("ModelOp").scope("modelop_client", "M2M access").ensure();
    reports.add(rs.report());
    AppClient gateway = pool.client("gateway-service").confidential()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN, AuthFlow.ADMIN_USER_PASSWORD)
        .oauth(o -> o.identityProviders("COGNITO").authorizationCodeGrant()
            .scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(BASE + "/login/oauth2/code/gateway-service").signOutUrls(BASE + "/"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    reports.add(gateway.report());
    AppClient internal = pool.client("internal-client").confidential()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN, AuthFlow.USER_PASSWORD)
        .oauth(o -> o.clientCredentials().scopes(rs.scope("modelop_client")))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    reports.add(internal.report());
    AppClient external = pool.client("external-integration-client").publicClient()
        .authFlows(AuthFlow.USER_SRP, AuthFlow.REFRESH_TOKEN)
        .oauth(o -> o.identityProviders("COGNITO").implicitGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(BASE + "/jupyterOauth2ImplicitGrant.html", BASE + "/modelOpWDC.html",
                "https://oauth.powerbi.com/views/oauthredirect.html"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors()
        .ensure();
    reports.add(external.report());
    User alice = pool.user("alice").email("alice@example.com", true).attribute("name", "Alice Example")
        .attribute("given_name", "Alice").attribute("family_name", "Example")
        .temporaryPassword("Temp-Passw0rd-1!").suppressInvitation().ensure();
    reports.add(alice.report());
    Group admins = pool.group("admins").description("ModelOp administrators").precedence(1).ensure();
    reports.add(admins.report());
    reports.add(admins.addUser("alice"));
    return reports;
  }

  @Test
  void setUp_twice_createsThenChangesNothing_andTheSecondRunWritesNothing() {
    List<ChangeReport> first = setUpModelOp();
    assertThat(first.subList(0, first.size() - 1)).allSatisfy(r -> assertThat(r.change()).as(r.toString())
        .isEqualTo(Change.CREATED));
    assertThat(first.get(first.size() - 1).change()).isEqualTo(Change.UPDATED);

    recorder.clear();
    List<ChangeReport> second = setUpModelOp();

    assertThat(second).allSatisfy(r -> assertThat(r.change()).as(r.toString()).isEqualTo(Change.UNCHANGED));
    assertThat(recorder.operations()).isNotEmpty().allSatisfy(op -> assertThat(op)
        .matches("(Describe|List|Get|AdminGet|AdminList).*"));

    UserPool pool = admin.findUserPool("modelop").orElseThrow();
    UserPoolType described = pool.describe();
    assertThat(described.policies().passwordPolicy().minimumLength()).isEqualTo(12);
    assertThat(described.adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
    assertThat(described.aliasAttributesAsStrings()).containsExactly("email");
    UserPoolClientType gateway = pool.client("gateway-service").ensure().describe();
    assertThat(gateway.clientSecret()).isNotBlank();
    assertThat(gateway.allowedOAuthFlowsAsStrings()).containsExactly("code");
    assertThat(gateway.allowedOAuthScopes()).containsExactlyInAnyOrder("openid", "email", "profile");
    assertThat(gateway.callbackURLs()).containsExactly(BASE + "/login/oauth2/code/gateway-service");
    assertThat(gateway.accessTokenValidity()).isEqualTo(480);
    assertThat(gateway.tokenValidityUnits().accessTokenAsString()).isEqualTo("minutes");
    assertThat(gateway.enableTokenRevocation()).isTrue();
    assertThat(gateway.preventUserExistenceErrorsAsString()).isEqualTo("ENABLED");
    UserPoolClientType internal = pool.client("internal-client").ensure().describe();
    assertThat(internal.allowedOAuthFlowsAsStrings()).containsExactly("client_credentials");
    assertThat(internal.allowedOAuthScopes()).containsExactly("rs/modelop_client");
    assertThat(internal.explicitAuthFlowsAsStrings()).containsExactlyInAnyOrder("ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH");
    assertThat(gateway.explicitAuthFlowsAsStrings()).containsExactlyInAnyOrder("ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH");
    assertThat(gateway.supportedIdentityProviders()).containsExactly("COGNITO");
    assertThat(gateway.logoutURLs()).containsExactly(BASE + "/");
    assertThat(gateway.idTokenValidity()).isEqualTo(480);
    for (UserPoolClientType c : List.of(internal, gateway)) {
      assertThat(c.accessTokenValidity()).as(c.clientName()).isEqualTo(480);
      assertThat(c.idTokenValidity()).as(c.clientName()).isEqualTo(480);
      assertThat(c.enableTokenRevocation()).as(c.clientName()).isTrue();
      assertThat(c.preventUserExistenceErrorsAsString()).as(c.clientName()).isEqualTo("ENABLED");
    }
    UserPoolClientType external = pool.client("external-integration-client").ensure().describe();
    assertThat(external.clientSecret()).isNull();
    assertThat(external.callbackURLs()).hasSize(3);
    assertThat(external.allowedOAuthFlowsAsStrings()).containsExactly("implicit");
    assertThat(external.explicitAuthFlowsAsStrings()).containsExactlyInAnyOrder("ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH");
    assertThat(external.accessTokenValidity()).isEqualTo(480);
    assertThat(external.idTokenValidity()).isEqualTo(480);
    assertThat(external.tokenValidityUnits().idTokenAsString()).isEqualTo("minutes");
    assertThat(external.enableTokenRevocation()).isTrue();
    assertThat(external.preventUserExistenceErrorsAsString()).isEqualTo("ENABLED");
    assertThat(described.policies().passwordPolicy().requireLowercase()).isTrue();
    assertThat(described.policies().passwordPolicy().requireUppercase()).isTrue();
    assertThat(described.policies().passwordPolicy().requireNumbers()).isTrue();
    assertThat(described.policies().passwordPolicy().requireSymbols()).isTrue();
    assertThat(described.accountRecoverySetting().recoveryMechanisms()).extracting(m -> m.nameAsString())
        .containsExactly("verified_email");
    assertThat(described.autoVerifiedAttributesAsStrings()).containsExactly("email");
    assertThat(described.emailConfiguration().emailSendingAccountAsString()).isEqualTo("COGNITO_DEFAULT");
    assertThat(described.schemaAttributes().stream().filter(a -> Boolean.TRUE.equals(a.required()))
        .map(a -> a.name())).contains("name", "given_name", "family_name", "email");
    assertThat(cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool.id())).mfaConfigurationAsString())
        .isEqualTo("OFF");
    assertThat(described.domain()).isEqualTo("modelop-auth");
    assertThat(pool.findUser("alice").orElseThrow().groups()).containsExactly("admins");
    assertThat(pool.findUser("alice").orElseThrow().attributes()).containsEntry("email_verified", "true");
  }

  /**
   * The calls a converged set-up costs, from a fresh admin as a new process would have: describes and lists only,
   * one ListUserPools paging for all the name lookups, and for one changed setting exactly one write. The counts go
   * to docs/BENCHMARKS.md ("Call economy").
   */
  @Test
  void convergedRun_costsOnlyItsReads_andOneListingOfThePools(CognitoEmulator emulator) {
    setUpModelOp();
    RequestRecorder counting = new RequestRecorder();
    try (CognitoIdentityProviderClient client = emulator.newClient(counting);
        CognitoAdmin fresh = CognitoAdmin.using(client)) {
      setUpModelOp(fresh, 12);
      Map<String, Long> unchanged = counts(counting.operations());
      System.out.println("Call economy, second ModelOp run: " + unchanged + " = " + counting.operations().size());
      assertThat(unchanged).containsEntry("ListUserPools", 1L).containsEntry("ListUserPoolClients", 1L);
      assertThat(unchanged.keySet()).allSatisfy(op -> assertThat(op).matches("(Describe|List|Get|AdminGet|AdminList).*"));

      counting.clear();
      fresh.userPoolById(fresh.findUserPool("modelop").orElseThrow().id()).describe();
      assertThat(counting.operations()).containsExactly("DescribeUserPool", "DescribeUserPool");

      counting.clear();
      setUpModelOp(fresh, 14);
      Map<String, Long> changed = counts(counting.operations());
      System.out.println("Call economy, one changed setting (password length): " + changed + " = "
          + counting.operations().size());
      assertThat(changed).doesNotContainKeys("ListUserPools", "ListUserPoolClients")
          .containsEntry("UpdateUserPool", 1L);
      assertThat(changed.keySet().stream().filter(op -> !op.matches("(Describe|List|Get|AdminGet|AdminList).*")))
          .containsExactly("UpdateUserPool");
      // No third run here: moto drops the pool's alias attributes on UpdateUserPool, which Cognito keeps
      // (docs/COGNITO-FIDELITY.md), so the next ensure() would see a different sign-in setting.
    }
  }

  static Map<String, Long> counts(List<String> operations) {
    return operations.stream().collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
  }
}
