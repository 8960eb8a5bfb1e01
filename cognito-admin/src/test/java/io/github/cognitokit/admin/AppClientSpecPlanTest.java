package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.ClientReconciler;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.SdkCopy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Every setting of {@link AppClientSpec}, planned against the app client real Cognito describes with every field
 * set ({@code contract/describe-user-pool-client.json}): unchanged, changed (only its fields; the update sends
 * every other field back, analytics and context data included), and the secret, fixed at creation.
 */
class AppClientSpecPlanTest {
  static AppClientSpec spec() {
    return Specs.POOL.client("MyAppClient");
  }

  static Plan<ClientReconciler.Writes> plan(AppClientSpec spec) {
    return ClientReconciler.planClient(RealCognito.client(), spec.freeze());
  }

  static List<String> fields(Plan<?> plan) {
    return plan.changes().stream().map(FieldChange::field).toList();
  }

  static Consumer<AppClientSpec.OAuth> sameOAuth() {
    return o -> o.authorizationCodeGrant().scopes(Scope.PROFILE, Scope.OPENID, Scope.EMAIL, Scope.PHONE)
        .callbackUrls("http://localhost:8080", "https://example.com").signOutUrls("https://example.com/logout")
        .defaultRedirectUrl("https://example.com");
  }


  static SettingCase<AppClientSpec> setting(String name, Consumer<AppClientSpec> same, Consumer<AppClientSpec> other,
      List<String> changes) {
    return new SettingCase<>(name, same, other, changes);
  }

  static Stream<SettingCase<AppClientSpec>> settings() {
    List<String> validity = List.of("RefreshTokenValidity", "TokenValidityUnits");
    return Stream.of(
        setting("authFlows", s -> s.authFlows(AuthFlow.USER_SRP, AuthFlow.CUSTOM),
            s -> s.authFlows(AuthFlow.USER_SRP), List.of("ExplicitAuthFlows")),
        setting("oauth scopes", s -> s.oauth(sameOAuth()), s -> s.oauth(o -> o.authorizationCodeGrant()
            .scopes(Scope.OPENID, Scope.EMAIL).callbackUrls("http://localhost:8080", "https://example.com")
            .signOutUrls("https://example.com/logout").defaultRedirectUrl("https://example.com")),
            List.of("AllowedOAuthScopes")),
        setting("oauth callbackUrls", s -> s.oauth(sameOAuth()), s -> s.oauth(o -> o.authorizationCodeGrant()
            .scopes(Scope.PROFILE, Scope.OPENID, Scope.EMAIL, Scope.PHONE).callbackUrls("https://example.com")
            .signOutUrls("https://example.com/logout").defaultRedirectUrl("https://example.com")),
            List.of("CallbackURLs")),
        setting("oauth signOutUrls", s -> s.oauth(sameOAuth()), s -> s.oauth(sameOAuth()
            .andThen(o -> o.signOutUrls("https://example.com/bye"))), List.of("LogoutURLs")),
        setting("oauth defaultRedirectUrl", s -> s.oauth(sameOAuth()), s -> s.oauth(o -> o.authorizationCodeGrant()
            .scopes(Scope.PROFILE, Scope.OPENID, Scope.EMAIL, Scope.PHONE)
            .callbackUrls("http://localhost:8080", "https://example.com").signOutUrls("https://example.com/logout")
            .defaultRedirectUrl("http://localhost:8080")), List.of("DefaultRedirectURI")),
        setting("oauth grants", s -> s.oauth(sameOAuth()), s -> s.oauth(sameOAuth()
            .andThen(AppClientSpec.OAuth::implicitGrant)), List.of("AllowedOAuthFlows")),
        setting("oauth identityProviders", s -> s.oauth(sameOAuth().andThen(o -> o.identityProviders("COGNITO"))),
            s -> s.oauth(sameOAuth().andThen(o -> o.identityProviders("COGNITO", "Google"))),
            List.of("SupportedIdentityProviders")),
        setting("accessTokenValidity", s -> s.accessTokenValidity(Duration.ofHours(1)),
            s -> s.accessTokenValidity(Duration.ofMinutes(30)),
            List.of("AccessTokenValidity", "RefreshTokenValidity", "TokenValidityUnits")),
        setting("idTokenValidity", s -> s.idTokenValidity(Duration.ofMinutes(60)),
            s -> s.idTokenValidity(Duration.ofHours(8)),
            List.of("IdTokenValidity", "RefreshTokenValidity", "TokenValidityUnits")),
        setting("refreshTokenValidity", s -> s.refreshTokenValidity(Duration.ofDays(30)),
            s -> s.refreshTokenValidity(Duration.ofDays(10)), validity),
        setting("authSessionValidity", s -> s.authSessionValidity(Duration.ofMinutes(3)),
            s -> s.authSessionValidity(Duration.ofMinutes(5)), List.of("AuthSessionValidity")),
        setting("tokenRevocation", AppClientSpec::enableTokenRevocation, s -> s.tokenRevocation(false),
            List.of("EnableTokenRevocation")),
        setting("preventUserExistenceErrors", AppClientSpec::preventUserExistenceErrors,
            s -> s.preventUserExistenceErrors(false), List.of("PreventUserExistenceErrors")),
        setting("readAttributes", s -> s.readAttributes("name", "email", "custom:tenant", "address", "birthdate",
            "email_verified", "family_name"), s -> s.readAttributes("email"), List.of("ReadAttributes")),
        setting("writeAttributes", s -> s.writeAttributes("custom:tenant", "name", "family_name", "email",
            "birthdate", "address"), s -> s.writeAttributes("email", "name"), List.of("WriteAttributes")),
        setting("refreshTokenRotation", AppClientSpec::noRefreshTokenRotation,
            s -> s.refreshTokenRotation(Duration.ofSeconds(10)), List.of("RefreshTokenRotation")),
        setting("confidential", AppClientSpec::confidential, AppClientSpec::confidential, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void setting_asRealCognitoHasIt_plansNoWrite(SettingCase<AppClientSpec> setting) {
    AppClientSpec spec = spec();
    setting.same().accept(spec);

    Plan<ClientReconciler.Writes> plan = plan(spec);

    assertThat(plan.change()).as(plan.changes().toString()).isEqualTo(Change.UNCHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void setting_changed_changesOnlyItsFields_andSendsEveryOtherFieldBack(SettingCase<AppClientSpec> setting) {
    AppClientSpec spec = spec();
    setting.other().accept(spec);

    Plan<ClientReconciler.Writes> plan = plan(spec);

    assertThat(fields(plan)).containsExactlyInAnyOrderElementsOf(setting.changes());
    if (setting.changes().isEmpty()) {
      return;
    }
    UpdateUserPoolClientRequest update = plan.writes().update();
    assertThat(SdkCopy.diff(ClientReconciler.baseline(RealCognito.client()), update, Set.of()).stream()
        .map(FieldChange::field)).containsExactlyInAnyOrderElementsOf(setting.changes());
    assertThat(update.analyticsConfiguration().applicationArn()).endsWith("apps/abcd1234");
    assertThat(update.enablePropagateAdditionalUserContextData()).isFalse();
    assertThat(update.clientName()).isEqualTo("MyAppClient");
  }

  @Test
  void tokenValidities_compareAsDurations_whateverTheUnitsCognitoReports() {
    UserPoolClientType inHours = RealCognito.client().toBuilder().accessTokenValidity(1).idTokenValidity(1)
        .tokenValidityUnits(u -> u.accessToken("hours").idToken("hours").refreshToken("days")).build();

    assertThat(ClientReconciler.planClient(inHours, spec().accessTokenValidity(Duration.ofMinutes(60))
        .idTokenValidity(Duration.ofHours(1)).refreshTokenValidity(Duration.ofDays(30)).freeze()).change())
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void secret_isFixedAtCreation() {
    assertThatThrownBy(() -> plan(spec().publicClient())).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE);
      assertThat(e.getMessage()).contains("secret cannot change after creation: the client has a secret"
          + " (confidential), the spec asks for no secret (public)").contains("a secret can only be chosen at creation")
          .doesNotContain(RealCognito.client().clientSecret());
    });
    UserPoolClientType publicOne = RealCognito.client().toBuilder().clientSecret(null).build();
    assertThatThrownBy(() -> ClientReconciler.planClient(publicOne, spec().confidential().freeze()))
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE));
    assertThatThrownBy(() -> ClientReconciler.planClient(publicOne, spec().oauth(o -> o.clientCredentials()
        .scopes(Scope.of("https://example.com", "read"))).freeze()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a confidential client");
  }

  @Test
  void nothingSet_plansNoWrite() {
    assertThat(plan(spec()).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void newClient_isCreatedWithEverySettingTheSpecNames() {
    AppClientSpec spec = spec().confidential().authFlows(AuthFlow.USER_SRP).oauth(sameOAuth())
        .accessTokenValidity(Duration.ofHours(8)).idTokenValidity(Duration.ofHours(8)).enableTokenRevocation()
        .preventUserExistenceErrors().authSessionValidity(Duration.ofMinutes(5)).readAttributes("email");

    Plan<ClientReconciler.Writes> plan = ClientReconciler.planClient(null, spec.freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    CreateUserPoolClientRequest create = plan.writes().create();
    assertThat(create.generateSecret()).isTrue();
    assertThat(create.explicitAuthFlowsAsStrings()).containsExactly("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
    assertThat(create.allowedOAuthFlowsAsStrings()).containsExactly("code");
    assertThat(create.allowedOAuthScopes()).containsExactlyInAnyOrder("openid", "email", "phone", "profile");
    assertThat(create.accessTokenValidity()).isEqualTo(480);
    assertThat(create.tokenValidityUnits().accessTokenAsString()).isEqualTo("minutes");
    assertThat(create.enableTokenRevocation()).isTrue();
    assertThat(create.preventUserExistenceErrorsAsString()).isEqualTo("ENABLED");
    assertThat(create.authSessionValidity()).isEqualTo(5);
    assertThat(create.supportedIdentityProviders()).containsExactly("COGNITO");
    assertThat(fields(plan)).startsWith("GenerateSecret");
  }

  @Test
  void refreshTokenRotation_enabled_isNotAChangeWhenTheGracePeriodIsTheSame() {
    UserPoolClientType rotating = RealCognito.client().toBuilder().refreshTokenRotation(r -> r.feature("ENABLED")
        .retryGracePeriodSeconds(10)).build();

    assertThat(ClientReconciler.planClient(rotating, spec().refreshTokenRotation(Duration.ofSeconds(10)).freeze())
        .change()).isEqualTo(Change.UNCHANGED);
    Plan<ClientReconciler.Writes> off = ClientReconciler.planClient(rotating, spec().noRefreshTokenRotation()
        .freeze());
    assertThat(off.writes().update().refreshTokenRotation().featureAsString()).isEqualTo("DISABLED");
    assertThatThrownBy(() -> spec().refreshTokenRotation(Duration.ofSeconds(61)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..60");
  }
}
