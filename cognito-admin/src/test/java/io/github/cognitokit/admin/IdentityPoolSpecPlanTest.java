package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.IdentityPoolReconciler;
import io.github.cognitokit.admin.internal.Plan;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest;

/**
 * {@link IdentityPoolSpec}'s settings, planned against the identity pool and roles real Cognito describes
 * ({@code contract/describe-identity-pool.json}, {@code get-identity-pool-roles.json}); an update sends back the
 * login providers, SAML providers and tags the spec does not manage.
 */
class IdentityPoolSpecPlanTest {
  static final String PROVIDER = "cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE";
  static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/authenticated-role";
  static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/unauthenticated-role";
  static final CognitoIdentityClient UNUSED = CognitoIdentityClient.builder().region(Region.US_EAST_1)
      .endpointOverride(URI.create("http://127.0.0.1:9"))
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("unused", "unused"))).build();
  static final CognitoAdmin ADMIN = CognitoAdmin.using(Specs.UNUSED, UNUSED);

  @AfterAll
  static void close() {
    UNUSED.close();
  }

  static IdentityPoolSpec spec() {
    return ADMIN.identityPool("MyIdentityPool");
  }

  static Plan<IdentityPoolReconciler.Writes> plan(IdentityPoolSpec spec) {
    return IdentityPoolReconciler.planIdentityPool(new IdentityPoolReconciler.Current(RealCognito.identityPool(),
        RealCognito.identityPoolRoles()), spec.freeze());
  }

  @Test
  void settings_asRealCognitoHasThem_planNoWrite() {
    IdentityPoolSpec same = spec().trust(PROVIDER, "1example23456789").serverSideTokenCheck(false)
        .allowUnauthenticated(false).allowClassicFlow(false).authenticatedRole(AUTH_ROLE)
        .unauthenticatedRole(GUEST_ROLE);

    assertThat(plan(same).change()).isEqualTo(Change.UNCHANGED);
    assertThat(plan(spec()).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void eachSetting_changed_isUpdated_andUnmanagedProvidersAndTagsAreSentBack() {
    assertThat(plan(spec().allowClassicFlow(true)).changes()).extracting(FieldChange::field)
        .containsExactly("AllowClassicFlow");
    assertThat(plan(spec().allowUnauthenticated(true).unauthenticatedRole(GUEST_ROLE)).changes())
        .extracting(FieldChange::field).containsExactly("AllowUnauthenticatedIdentities");
    assertThat(plan(spec().trust(PROVIDER, "1example23456789").serverSideTokenCheck(true)).changes())
        .extracting(FieldChange::field).containsExactly("CognitoIdentityProviders");
    Plan<IdentityPoolReconciler.Writes> added = plan(spec().trust(PROVIDER, "2another34567890"));
    assertThat(added.changes()).extracting(FieldChange::field).containsExactly("CognitoIdentityProviders");

    UpdateIdentityPoolRequest update = added.writes().update();
    assertThat(update.cognitoIdentityProviders()).extracting(p -> p.clientId())
        .containsExactly("1example23456789", "2another34567890");
    assertThat(update.supportedLoginProviders()).containsKey("accounts.google.com");
    assertThat(update.samlProviderARNs()).containsExactly("arn:aws:iam::123456789012:saml-provider/example");
    assertThat(update.identityPoolTags()).containsEntry("team", "identity");
    assertThat(added.writes().roles()).as("roles not touched").isNull();
  }

  @Test
  void roles_changed_areSetWhole() {
    Plan<IdentityPoolReconciler.Writes> plan = plan(spec().authenticatedRole("arn:aws:iam::123456789012:role/other"));

    assertThat(plan.changes()).extracting(FieldChange::field).containsExactly("Roles");
    assertThat(plan.writes().update()).isNull();
    assertThat(plan.writes().roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/other")
        .containsEntry("unauthenticated", GUEST_ROLE);
  }

  @Test
  void newIdentityPool_isCreatedWithItsProvidersAndRoles() {
    Plan<IdentityPoolReconciler.Writes> plan = IdentityPoolReconciler.planIdentityPool(null,
        spec().trust(PROVIDER, "1example23456789").authenticatedRole(AUTH_ROLE).freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    assertThat(plan.writes().create().allowUnauthenticatedIdentities()).isFalse();
    assertThat(plan.writes().create().cognitoIdentityProviders()).singleElement()
        .satisfies(p -> assertThat(p.serverSideTokenCheck()).isFalse());
    assertThat(plan.writes().roles()).containsOnlyKeys("authenticated");
  }

  @Test
  void guestsWithoutAGuestRole_areRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> spec().allowUnauthenticated(true).plan()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unauthenticatedRole");
  }
}
