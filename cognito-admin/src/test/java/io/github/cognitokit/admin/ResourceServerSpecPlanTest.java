package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.ResourceServerReconciler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;

/**
 * {@link ResourceServerSpec}'s settings, planned against the resource server real Cognito describes
 * ({@code contract/describe-resource-server.json}): the update always carries every scope kept, since Cognito drops
 * the ones omitted.
 */
class ResourceServerSpecPlanTest {
  static ResourceServerSpec spec() {
    return Specs.POOL.resourceServer("https://example.com");
  }

  static Plan<ResourceServerReconciler.Writes> plan(ResourceServerSpec spec) {
    return ResourceServerReconciler.planResourceServer(RealCognito.resourceServer(), spec.freeze());
  }

  @Test
  void settings_asRealCognitoHasThem_planNoWrite() {
    assertThat(plan(spec()).change()).isEqualTo(Change.UNCHANGED);
    assertThat(plan(spec().name("Example").scope("write", "Write access").scope("read", "Read access")).change())
        .isEqualTo(Change.UNCHANGED);
    assertThat(plan(spec().scope("read", "Read access")).change()).as("scopes not named are kept")
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void name_changed_isUpdated_withEveryScope() {
    Plan<ResourceServerReconciler.Writes> plan = plan(spec().name("Orders API"));

    assertThat(plan.changes()).extracting(FieldChange::field).containsExactly("Name");
    assertThat(plan.writes().scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read",
        "write");
  }

  @Test
  void scopes_addedDescribedAnewOrRemoved_areUpdated_withEveryScopeKept() {
    assertThat(plan(spec().scope("admin", "Everything")).writes().scopes())
        .extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write", "admin");
    assertThat(plan(spec().scope("read", "Reads orders")).changes()).extracting(FieldChange::field)
        .containsExactly("Scopes");
    Plan<ResourceServerReconciler.Writes> removed = plan(spec().removeScope("write"));
    assertThat(removed.changes()).extracting(FieldChange::field).containsExactly("Scopes");
    assertThat(removed.writes().scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read");
    assertThat(removed.writes().name()).isEqualTo("Example");
  }

  @Test
  void newServer_isCreated_namedAfterItsIdentifierUnlessNamed() {
    Plan<ResourceServerReconciler.Writes> plan = ResourceServerReconciler.planResourceServer(null,
        spec().scope("read", "Read").freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    assertThat(plan.writes().name()).isEqualTo("https://example.com");
    assertThat(plan.writes().create()).isTrue();
  }
}
