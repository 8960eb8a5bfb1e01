package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
@CognitoEmulatorTest
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
    List<ChangeReport> reports = new ArrayList<>();
    UserPool pool = admin.userPool("modelop")
        .signInWith(SignIn.USERNAME, SignIn.EMAIL)
        .requiredAttributes(StandardAttribute.NAME, StandardAttribute.GIVEN_NAME, StandardAttribute.FAMILY_NAME,
            StandardAttribute.EMAIL)
        .passwordPolicy(p -> p.minLength(12).requireSymbols(true).requireNumbers(true))
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
        .authFlows(AuthFlow.ADMIN_USER_PASSWORD)
        .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(BASE + "/login/oauth2/code/gateway-service").signOutUrls(BASE + "/"))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    reports.add(gateway.report());
    AppClient internal = pool.client("internal-client").confidential().authFlows(AuthFlow.USER_PASSWORD)
        .oauth(o -> o.clientCredentials().scopes(rs.scope("modelop_client")))
        .accessTokenValidity(Duration.ofMinutes(480)).idTokenValidity(Duration.ofMinutes(480))
        .enableTokenRevocation().preventUserExistenceErrors().ensure();
    reports.add(internal.report());
    AppClient external = pool.client("external-integration-client").publicClient()
        .oauth(o -> o.implicitGrant().scopes(Scope.OPENID, Scope.EMAIL, Scope.PROFILE)
            .callbackUrls(BASE + "/jupyterOauth2ImplicitGrant.html", BASE + "/modelOpWDC.html",
                "https://oauth.powerbi.com/views/oauthredirect.html"))
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
    assertThat(internal.explicitAuthFlowsAsStrings()).containsExactlyInAnyOrder("ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH");
    UserPoolClientType external = pool.client("external-integration-client").ensure().describe();
    assertThat(external.clientSecret()).isNull();
    assertThat(external.callbackURLs()).hasSize(3);
    assertThat(pool.findUser("alice").orElseThrow().groups()).containsExactly("admins");
    assertThat(pool.findUser("alice").orElseThrow().attributes()).containsEntry("email_verified", "true");
  }
}
