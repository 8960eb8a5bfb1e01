package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.DomainReconciler;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.UiCustomizationReconciler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;

/**
 * {@link DomainSpec}'s settings (certificate, managed login version, the hosted UI's CSS and logo), planned against
 * the domain and customization real Cognito describes ({@code contract/describe-user-pool-domain.json},
 * {@code get-ui-customization.json}).
 */
class DomainSpecPlanTest {
  static final String CERT = "arn:aws:acm:us-east-1:123456789012:certificate/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
  static final byte[] LOGO = "a PNG, say".getBytes(StandardCharsets.UTF_8);

  static DomainSpec custom(String cert) {
    return Specs.POOL.customDomain("auth.example.com", cert);
  }

  static Plan<DomainReconciler.Writes> plan(DomainSpec spec) {
    return DomainReconciler.planDomain(new DomainReconciler.Current(RealCognito.domain(), null), spec.freeze());
  }

  static List<String> fields(Plan<?> plan) {
    return plan.changes().stream().map(FieldChange::field).toList();
  }

  @Test
  void certificateAndVersion_asRealCognitoHasThem_planNoWrite() {
    assertThat(plan(custom(CERT)).change()).isEqualTo(Change.UNCHANGED);
    assertThat(plan(custom(CERT).managedLoginVersion(2)).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void certificate_changed_updatesIt_keepingTheVersion() {
    Plan<DomainReconciler.Writes> plan = plan(custom(CERT.replace("11111", "22222")));

    assertThat(fields(plan)).containsExactly("CertificateArn");
    assertThat(plan.writes().update().customDomainConfig().certificateArn()).endsWith("22222");
    assertThat(plan.writes().update().managedLoginVersion()).isEqualTo(2);
  }

  @Test
  void managedLoginVersion_changed_updatesIt_keepingTheCertificate() {
    Plan<DomainReconciler.Writes> plan = plan(custom(CERT).managedLoginVersion(1));

    assertThat(fields(plan)).containsExactly("ManagedLoginVersion");
    assertThat(plan.writes().update().customDomainConfig().certificateArn()).isEqualTo(CERT);
  }

  @Test
  void domainOfAnotherPool_isAlreadyTaken() {
    DomainDescriptionType other = RealCognito.domain().toBuilder().userPoolId("us-east-1_OTHER").build();

    assertThatThrownBy(() -> DomainReconciler.planDomain(new DomainReconciler.Current(other, null),
        custom(CERT).freeze())).isInstanceOfSatisfying(CognitoAdminException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
  }

  @Test
  void newDomain_whileThePoolHasAnotherOfTheSameKind_isImmutable() {
    assertThatThrownBy(() -> DomainReconciler.planDomain(new DomainReconciler.Current(null, "mydomainname"),
        Specs.POOL.domain("another-prefix").freeze())).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE);
          assertThat(e.getMessage()).contains("prefix domain mydomainname");
        });
  }

  @Test
  void newDomain_isCreated() {
    Plan<DomainReconciler.Writes> prefix = DomainReconciler.planDomain(new DomainReconciler.Current(null, null),
        Specs.POOL.domain("mydomainname").managedLoginVersion(2).freeze());
    assertThat(prefix.change()).isEqualTo(Change.CREATED);
    assertThat(prefix.writes().create().domain()).isEqualTo("mydomainname");
    assertThat(prefix.writes().create().customDomainConfig()).isNull();
    assertThat(prefix.writes().create().managedLoginVersion()).isEqualTo(2);

    Plan<DomainReconciler.Writes> custom = DomainReconciler.planDomain(new DomainReconciler.Current(null, null),
        custom(CERT).freeze());
    assertThat(custom.writes().create().customDomainConfig().certificateArn()).isEqualTo(CERT);
  }

  static UiCustomizationReconciler.Current ui(byte[] logo) {
    UICustomizationType t = RealCognito.uiCustomization();
    return new UiCustomizationReconciler.Current(t.css(), t.imageUrl(), logo);
  }

  @Test
  void uiCustomization_asRealCognitoHasIt_plansNoWrite() {
    String css = "\n" + RealCognito.uiCustomization().css().strip() + "\n\n";

    assertThat(UiCustomizationReconciler.planUi(ui(LOGO), custom(CERT).uiCustomization(css, LOGO)
        .freezeUiCustomization()).change()).isEqualTo(Change.UNCHANGED);
    assertThat(UiCustomizationReconciler.planUi(ui(null), custom(CERT).uiCustomization(css, null)
        .freezeUiCustomization()).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void uiCustomization_changed_setsCssAndLogoTogether() {
    Plan<UiCustomizationReconciler.Writes> css = UiCustomizationReconciler.planUi(ui(LOGO),
        custom(CERT).uiCustomization(".banner-customizable { background: #000; }", null).freezeUiCustomization());
    assertThat(fields(css)).containsExactly("UICustomization.CSS");
    assertThat(css.writes().logo()).as("SetUICustomization drops a logo it is not sent").isEqualTo(LOGO);

    Plan<UiCustomizationReconciler.Writes> logo = UiCustomizationReconciler.planUi(ui(LOGO),
        custom(CERT).uiCustomization(null, "another PNG".getBytes(StandardCharsets.UTF_8)).freezeUiCustomization());
    assertThat(fields(logo)).containsExactly("UICustomization.ImageFile");
    assertThat(logo.writes().css()).isEqualTo(RealCognito.uiCustomization().css());
    assertThat(logo.changes().get(0).before()).isEqualTo(LOGO.length + " bytes");
  }
}
