package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.IdentityProviderReconciler;
import io.github.cognitokit.admin.internal.Plan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

/**
 * {@link IdentityProviderSpec}'s settings, planned against identity providers as real Cognito describes them
 * ({@code contract/describe-identity-provider-*.json}): with the keys it discovered or computed, which a spec never
 * names and an update never sends back.
 */
class IdentityProviderSpecPlanTest {
  static final String PEM = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----";

  static Plan<IdentityProviderReconciler.Writes> plan(String fixture, IdentityProviderSpec spec) {
    return IdentityProviderReconciler.planProvider(RealCognito.identityProvider(fixture), spec.freeze());
  }

  static IdentityProviderSpec corporate() {
    return Specs.POOL.oidcProvider("Corporate").issuer("https://login.example.com").clientId("cognito-app")
        .clientSecret("provider-app-client-secret").scopes("openid", "email").attribute("email", "email")
        .identifiers("example.com");
  }

  @Test
  void oidc_asRealCognitoDescribesIt_plansNoWrite() {
    assertThat(plan("oidc", corporate()).change()).isEqualTo(Change.UNCHANGED);
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate")).change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void oidc_eachSetting_changed_isItsOwnField_andTheSecretIsHidden() {
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate").scopes("openid", "profile")).changes())
        .extracting(FieldChange::field).containsExactly("ProviderDetails.authorize_scopes");
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate").clientId("other")).changes())
        .extracting(FieldChange::field).containsExactly("ProviderDetails.client_id");
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate").attributesRequestByPost(true)).changes())
        .extracting(FieldChange::field).containsExactly("ProviderDetails.attributes_request_method");
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate").attribute("name", "name")).changes())
        .extracting(FieldChange::field).containsExactly("AttributeMapping.name");
    assertThat(plan("oidc", Specs.POOL.oidcProvider("Corporate").identifiers("example.org")).changes())
        .extracting(FieldChange::field).containsExactly("IdpIdentifiers");
    Plan<IdentityProviderReconciler.Writes> secret = plan("oidc", Specs.POOL.oidcProvider("Corporate")
        .clientSecret("rotated-secret"));
    assertThat(secret.changes()).containsExactly(new FieldChange("ProviderDetails.client_secret", "***", "***"));
    assertThat(secret.report("p", false).toString()).doesNotContain("rotated-secret")
        .doesNotContain("provider-app-client-secret");
  }

  @Test
  void oidc_update_sendsTheInputsBack_butNotTheDiscoveredEndpointsNorReadOnlyKeys() {
    Plan<IdentityProviderReconciler.Writes> plan = plan("oidc", Specs.POOL.oidcProvider("Corporate")
        .issuer("https://id.example.org"));

    Map<String, String> sent = plan.writes().update().providerDetails();
    assertThat(sent).containsEntry("oidc_issuer", "https://id.example.org").containsEntry("client_id", "cognito-app")
        .containsEntry("client_secret", "provider-app-client-secret").containsEntry("authorize_scopes", "openid email")
        .containsEntry("attributes_request_method", "GET")
        .as("rediscovered from the new issuer").doesNotContainKeys("authorize_url", "token_url", "attributes_url",
            "jwks_uri")
        .as("read-only").doesNotContainKey("attributes_url_add_attributes");
    assertThat(plan.writes().update().attributeMapping()).as("Cognito's own username mapping is kept")
        .containsEntry("username", "sub").containsEntry("email", "email");
    assertThat(plan.writes().update().idpIdentifiers()).containsExactly("example.com");

    Map<String, String> pinned = plan("oidc", Specs.POOL.oidcProvider("Corporate").endpoints(
        "https://login.example.com/authorize", "https://login.example.com/token2",
        "https://login.example.com/userinfo", "https://login.example.com/.well-known/jwks.json"))
        .writes().update().providerDetails();
    assertThat(pinned).containsEntry("token_url", "https://login.example.com/token2")
        .containsKeys("authorize_url", "attributes_url", "jwks_uri");
  }

  @Test
  void saml_asRealCognitoDescribesIt_plansNoWrite_andAnUpdateSendsOneKindOfMetadata() {
    IdentityProviderSpec okta = Specs.POOL.samlProvider("Okta")
        .metadataUrl("https://example.okta.com/app/exk1/sso/saml/metadata").signOut(true).signRequests()
        .attribute("email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
        .identifiers("example.com");
    assertThat(plan("saml", okta).change()).isEqualTo(Change.UNCHANGED);

    Plan<IdentityProviderReconciler.Writes> idpInit = plan("saml", Specs.POOL.samlProvider("Okta").idpInitiated(true));
    assertThat(idpInit.changes()).extracting(FieldChange::field).containsExactly("ProviderDetails.IDPInit");
    Map<String, String> sent = idpInit.writes().update().providerDetails();
    assertThat(sent).containsEntry("MetadataURL", "https://example.okta.com/app/exk1/sso/saml/metadata")
        .containsEntry("IDPSignout", "true").containsEntry("IDPInit", "true")
        .doesNotContainKeys("MetadataFile", "ActiveEncryptionCertificate", "SLORedirectBindingURI",
            "SSORedirectBindingURI");

    Map<String, String> toFile = plan("saml", Specs.POOL.samlProvider("Okta").metadataFile(
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"other\"/>"))
        .writes().update().providerDetails();
    assertThat(toFile).containsKey("MetadataFile").doesNotContainKey("MetadataURL");
  }

  @Test
  void apple_privateKeyThatCognitoDoesNotReturn_isNotAChange_aNewKeyIdIs() {
    IdentityProviderSpec same = Specs.POOL.socialProvider(ProviderType.SIGN_IN_WITH_APPLE)
        .clientId("com.example.cognito").appleKey("TEAM123456", "ABCDEFGHIJ", PEM).scopes("email", "name");
    assertThat(plan("apple", same).change()).isEqualTo(Change.UNCHANGED);

    Plan<IdentityProviderReconciler.Writes> rotated = plan("apple", Specs.POOL.socialProvider(
        ProviderType.SIGN_IN_WITH_APPLE).appleKey("TEAM123456", "KLMNOPQRST", PEM));
    assertThat(rotated.changes()).extracting(FieldChange::field).containsExactly("ProviderDetails.key_id");
    assertThat(rotated.writes().update().providerDetails()).containsEntry("private_key", PEM)
        .containsEntry("client_id", "com.example.cognito").doesNotContainKeys("token_request_method",
            "attributes_url_add_attributes", "authorize_url");
    assertThat(rotated.writes().toString()).doesNotContain("PRIVATE KEY");
  }

  @Test
  void type_isFixedAtCreation() {
    IdentityProviderType oidc = RealCognito.identityProvider("oidc");
    assertThatThrownBy(() -> IdentityProviderReconciler.planProvider(oidc, Specs.POOL.samlProvider("Corporate")
        .metadataUrl("https://example.okta.com/m").freeze())).isInstanceOfSatisfying(CognitoAdminException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE);
              assertThat(e.getMessage()).contains("type cannot change after creation: the provider has OIDC,"
                  + " the spec asks for SAML");
            });
  }

  @Test
  void newProvider_isCreatedWithItsSettings_secretsHiddenInTheReport() {
    Plan<IdentityProviderReconciler.Writes> plan = IdentityProviderReconciler.planProvider(null,
        corporate().freeze());

    assertThat(plan.change()).isEqualTo(Change.CREATED);
    assertThat(plan.writes().create().providerTypeAsString()).isEqualTo("OIDC");
    assertThat(plan.writes().create().providerDetails()).containsEntry("client_secret", "provider-app-client-secret");
    assertThat(plan.changes()).contains(new FieldChange("ProviderDetails.client_secret", null, "***"),
        new FieldChange("ProviderType", null, "OIDC"));
    assertThat(Specs.POOL.socialProvider(ProviderType.FACEBOOK).scopes("public_profile", "email").freeze()
        .details()).containsEntry("authorize_scopes", "public_profile,email");
  }
}
