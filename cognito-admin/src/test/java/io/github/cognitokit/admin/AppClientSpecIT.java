package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

@CognitoEmulatorTest
class AppClientSpecIT {
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAdmin admin;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    admin = CognitoAdmin.using(cognito);
    pool = admin.userPool("clients-" + UUID.randomUUID()).ensure();
    pool.resourceServer("rs").scope("read", "Read").scope("write", "Write").ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  @Test
  void clientLookups_listThePoolsClientsOnce_yetSeeClientsMadeOrDeletedElsewhere() {
    pool.client("web").publicClient().ensure();
    recorder.clear();
    assertThat(pool.client("web").publicClient().ensure().report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("ListUserPoolClients");

    String theirs = cognito.createUserPoolClient(b -> b.userPoolId(pool.id()).clientName("batch")).userPoolClient()
        .clientId();
    recorder.clear();
    AppClient found = pool.client("batch").publicClient().ensure();
    assertThat(found.clientId()).isEqualTo(theirs);
    assertThat(recorder.operations()).doesNotContain("CreateUserPoolClient");

    cognito.deleteUserPoolClient(b -> b.userPoolId(pool.id()).clientId(theirs));
    AppClient again = pool.client("batch").publicClient().ensure();
    assertThat(again.report().change()).isEqualTo(Change.CREATED);
    assertThat(again.clientId()).isNotEqualTo(theirs);
  }

  @Test
  void changingOneSetting_keepsEveryOtherSettingOfTheClient() {
    String id = cognito.createUserPoolClient(b -> b.userPoolId(pool.id()).clientName("legacy").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
        .allowedOAuthFlowsWithStrings("code").allowedOAuthScopes("openid", "rs/read")
        .allowedOAuthFlowsUserPoolClient(true).callbackURLs("https://app.example.com/cb")
        .supportedIdentityProviders("COGNITO").readAttributes("email", "name").refreshTokenValidity(10)
        .tokenValidityUnits(u -> u.refreshToken(TimeUnitsType.DAYS))).userPoolClient().clientId();

    AppClient client = pool.client("legacy").preventUserExistenceErrors().ensure();

    assertThat(client.clientId()).isEqualTo(id);
    assertThat(client.report().fields()).extracting(ChangeReport.FieldChange::field)
        .containsExactly("PreventUserExistenceErrors");
    UserPoolClientType after = client.describe();
    assertThat(after.preventUserExistenceErrorsAsString()).isEqualTo("ENABLED");
    assertThat(after.explicitAuthFlowsAsStrings()).containsExactly("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
    assertThat(after.allowedOAuthScopes()).containsExactly("openid", "rs/read");
    assertThat(after.callbackURLs()).containsExactly("https://app.example.com/cb");
    assertThat(after.readAttributes()).containsExactly("email", "name");
    assertThat(after.refreshTokenValidity()).isEqualTo(10);
    assertThat(after.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
  }

  @Test
  void tokenValidity_isComparedAsDurations_andWrittenInMinutes() {
    AppClient c = pool.client("ttl").accessTokenValidity(Duration.ofHours(8)).ensure();
    assertThat(c.describe().accessTokenValidity()).isEqualTo(480);
    assertThat(c.describe().tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
    assertThat(pool.client("ttl").accessTokenValidity(Duration.ofMinutes(480)).ensure().report().change())
        .isEqualTo(Change.UNCHANGED);
    AppClient longer = pool.client("ttl").refreshTokenValidity(Duration.ofDays(60)).ensure();
    assertThat(longer.report().change()).isEqualTo(Change.UPDATED);
    assertThat(longer.describe().accessTokenValidity()).isEqualTo(480);
    assertThat(longer.describe().refreshTokenValidity()).isEqualTo(60 * 24 * 60);
  }

  @Test
  void secret_isReadLazily_andNeverPrinted() {
    AppClient c = pool.client("secretive").confidential().ensure();
    String secret = c.secret().orElseThrow();
    assertThat(secret).isNotBlank();
    assertThat(c.toString()).doesNotContain(secret);
    assertThat(c.report().toString()).doesNotContain(secret);
    assertThat(pool.client("public").publicClient().ensure().secret()).isEmpty();
  }

  @Test
  void secretSetting_isFixedAtCreation() {
    pool.client("fixed").publicClient().ensure();
    assertThatThrownBy(() -> pool.client("fixed").confidential().ensure())
        .isInstanceOfSatisfying(CognitoAdminException.class,
            e -> assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.IMMUTABLE));
  }

  @Test
  void clientCredentials_onAPublicClient_isRefused() {
    assertThatThrownBy(() -> pool.client("m2m").publicClient()
        .oauth(o -> o.clientCredentials().scopes(Scope.of("rs", "read"))).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidential");
  }

  @Test
  void unknownResourceServerScopes_areRefused_beforeAnyWrite() {
    recorder.clear();
    assertThatThrownBy(() -> pool.client("m2m").confidential()
        .oauth(o -> o.clientCredentials().scopes(Scope.of("rs", "delete"), Scope.of("other", "x"))).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rs/delete").hasMessageContaining("other/x");
    assertThat(recorder.operations()).noneMatch(op -> op.startsWith("Create") || op.startsWith("Update"));
  }

  @Test
  void oauthValidation_namesWhatIsWrong() {
    AppClientSpec spec = pool.client("bad");
    assertThatThrownBy(() -> spec.oauth(o -> o.authorizationCodeGrant().clientCredentials()
        .scopes(Scope.of("rs", "read")).callbackUrls("https://a.example.com")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixed");
    assertThatThrownBy(() -> spec.oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callbackUrls");
    assertThatThrownBy(() -> spec.oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
        .callbackUrls("http://app.example.com/cb")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    assertThatThrownBy(() -> spec.oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
        .callbackUrls("https://a.example.com/cb#frag")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fragment");
    assertThatThrownBy(() -> spec.oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
        .callbackUrls("https://a.example.com/cb").defaultRedirectUrl("https://b.example.com")))
            .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultRedirectUrl");
    assertThatThrownBy(() -> spec.oauth(o -> o.clientCredentials().scopes(Scope.OPENID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("custom scopes");
    assertThatThrownBy(() -> spec.oauth(o -> o.scopes(Scope.OPENID)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grant");
    assertThatThrownBy(() -> spec.accessTokenValidity(Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessToken");
    assertThatThrownBy(() -> spec.idTokenValidity(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idToken");
    assertThatThrownBy(() -> spec.authSessionValidity(Duration.ofMinutes(20)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authSession");
    assertThatThrownBy(() -> spec.refreshTokenValidity(Duration.ofSeconds(90)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshToken");
    assertThatThrownBy(() -> pool.client("ttl-mix").accessTokenValidity(Duration.ofHours(20))
        .refreshTokenValidity(Duration.ofHours(2)).ensure())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed");
  }

  @Test
  void localhostCallbacks_andOpenidAreHandled() {
    AppClient c = pool.client("spa").publicClient()
        .oauth(o -> o.authorizationCodeGrant().scopes(Scope.EMAIL).callbackUrls("http://localhost:8585/callback"))
        .ensure();
    assertThat(c.describe().allowedOAuthScopes()).containsExactly("openid", "email");
    assertThat(c.describe().callbackURLs()).containsExactly("http://localhost:8585/callback");
  }

  @Test
  void delete_isIdempotent() {
    AppClient c = pool.client("temp").ensure();
    assertThat(c.delete().change()).isEqualTo(Change.DELETED);
    assertThat(c.delete().change()).isEqualTo(Change.ABSENT);
  }
}
