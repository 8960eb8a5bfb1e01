package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.BrandingReconciler;
import io.github.cognitokit.admin.internal.Plan;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link BrandingSpec}, planned against the branding real Cognito describes
 * ({@code contract/describe-managed-login-branding.json}).
 */
class BrandingSpecPlanTest {
  static final AppClient CLIENT = new AppClient(Specs.ADMIN, Specs.POOL, "1example23456789", "MyAppClient",
      new ChangeReport("app client MyAppClient", Change.UNCHANGED, java.util.List.of()));
  /** The fixture's settings, keys in another order and spaced otherwise: the same JSON value. */
  static final String SETTINGS = "{ \"components\": {\"primaryButton\": {\"lightMode\": {\"defaults\": {\"textColor\":"
      + " \"ffffffff\", \"backgroundColor\": \"0972d3ff\"}}}},\n  \"categories\": {\"global\": {\"pageFooter\":"
      + " {\"enabled\": false}, \"pageHeader\": {\"enabled\": true}, \"colorSchemeMode\": \"LIGHT\"}} }";
  static final byte[] LOGO = "\u0089PNG\r\n\u001a\nfake-logo".getBytes(StandardCharsets.ISO_8859_1);

  static BrandingSpec spec() {
    return Specs.POOL.managedLoginBranding(CLIENT);
  }

  static Plan<BrandingReconciler.Writes> plan(BrandingSpec spec) {
    return BrandingReconciler.planBranding(RealCognito.branding(), spec.freeze());
  }

  @Test
  void settingsAndAssets_asRealCognitoHasThem_planNoWrite() {
    assertThat(plan(spec().settings(SETTINGS).asset("PAGE_HEADER_LOGO", "LIGHT", "PNG", LOGO)).change())
        .isEqualTo(Change.UNCHANGED);
    assertThat(plan(spec().settings(SETTINGS)).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void eachPart_changed_isItsOwnField_andTheOtherIsSentBack() {
    Plan<BrandingReconciler.Writes> settings = plan(spec().settings(SETTINGS.replace("0972d3ff", "ff0000ff")));
    assertThat(settings.changes()).extracting(FieldChange::field).containsExactly("Settings");
    assertThat(settings.writes().update().assets()).as("assets kept").isEqualTo(RealCognito.branding().assets());
    assertThat(settings.writes().update().managedLoginBrandingId()).isEqualTo("a1b2c3d4-5678-90ab-cdef-EXAMPLE22222");

    Plan<BrandingReconciler.Writes> assets = plan(spec().asset("PAGE_HEADER_LOGO", "DARK", "PNG", LOGO));
    assertThat(assets.changes()).extracting(FieldChange::field).containsExactly("Assets");
    assertThat(assets.writes().update().settings()).as("settings kept").isEqualTo(RealCognito.branding().settings());

    Plan<BrandingReconciler.Writes> defaults = plan(spec().cognitoDefaults());
    assertThat(defaults.changes()).extracting(FieldChange::field).containsExactly("UseCognitoProvidedValues");
    assertThat(defaults.writes().update().useCognitoProvidedValues()).isTrue();
  }

  @Test
  void newBranding_isCreated_withTheDefaultStyleOrItsSettings() {
    Plan<BrandingReconciler.Writes> defaults = BrandingReconciler.planBranding(null, spec().cognitoDefaults()
        .freeze());
    assertThat(defaults.change()).isEqualTo(Change.CREATED);
    assertThat(defaults.writes().create().useCognitoProvidedValues()).isTrue();
    assertThat(defaults.writes().create().clientId()).isEqualTo("1example23456789");
    Plan<BrandingReconciler.Writes> styled = BrandingReconciler.planBranding(null, spec().settings(SETTINGS)
        .freeze());
    assertThat(styled.writes().create().settings()).isEqualTo(RealCognito.branding().settings());
  }

  @Test
  void badInput_isRefusedAtOnce_namingWhatIsWrong() {
    assertThatThrownBy(() -> spec().settings("{\"a\": 1,\n \"b\": }")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("settings is not valid JSON").hasMessageContaining("line 2");
    assertThatThrownBy(() -> spec().settings("[1]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> spec().asset("LOGO", "LIGHT", "PNG", LOGO))
        .hasMessageContaining("category must be one of");
    assertThatThrownBy(() -> spec().asset("FORM_LOGO", "LIGHT", "GIF", LOGO)).hasMessageContaining("extension");
    assertThatThrownBy(() -> spec().plan()).hasMessageContaining("needs cognitoDefaults() or settings(...)");
  }
}
