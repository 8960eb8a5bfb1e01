package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

/** Identity providers (SAML, OIDC, social) converge against the emulator, and app clients may name only them. */
@CognitoEmulatorTest
class IdentityProvidersIT {
  static final String METADATA = "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
      + " entityID=\"http://www.okta.com/exk1\"><md:IDPSSODescriptor"
      + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:SingleSignOnService"
      + " Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
      + " Location=\"https://example.okta.com/app/exk1/sso/saml\"/></md:IDPSSODescriptor></md:EntityDescriptor>";
  static final String SECRET = "oidc-client-secret-" + UUID.randomUUID();

  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    pool = CognitoAdmin.using(cognito).userPool("idp-" + UUID.randomUUID()).ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  IdentityProviderSpec corporate() {
    return pool.oidcProvider("Corporate").issuer("https://login.example.com").clientId("cognito-app")
        .clientSecret(SECRET).scopes("openid", "email").attribute("email", "email");
  }

  @Test
  void oidcProvider_isCreated_thenUnchanged_thenUpdatesOnlyWhatDiffers_withTheSecretHidden() {
    IdentityProvider created = corporate().ensure();
    assertThat(created.report().change()).isEqualTo(Change.CREATED);
    IdentityProviderType described = describe("Corporate");
    assertThat(described.providerTypeAsString()).isEqualTo("OIDC");
    assertThat(described.providerDetails()).containsEntry("oidc_issuer", "https://login.example.com")
        .containsEntry("authorize_scopes", "openid email").containsEntry("client_secret", SECRET);
    assertThat(described.attributeMapping()).containsEntry("email", "email");

    recorder.clear();
    assertThat(corporate().ensure().report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).containsExactly("DescribeIdentityProvider");

    ChangeReport rotated = pool.oidcProvider("Corporate").clientSecret(SECRET + "-2").scopes("openid", "email",
        "profile").ensure().report();
    assertThat(rotated.change()).isEqualTo(Change.UPDATED);
    assertThat(rotated.fields()).extracting(FieldChange::field)
        .containsExactlyInAnyOrder("ProviderDetails.client_secret", "ProviderDetails.authorize_scopes");
    assertThat(rotated.toString()).doesNotContain(SECRET).contains("***");
    IdentityProviderType after = describe("Corporate");
    assertThat(after.providerDetails()).containsEntry("client_secret", SECRET + "-2")
        .containsEntry("authorize_scopes", "openid email profile")
        .as("settings the spec left out are sent back").containsEntry("oidc_issuer", "https://login.example.com")
        .containsEntry("client_id", "cognito-app");
    assertThat(after.attributeMapping()).as("mappings the spec left out stay").containsEntry("email", "email");
  }

  @Test
  void samlProvider_fromMetadata_withIdentifiersAndOptions() {
    IdentityProvider okta = pool.samlProvider("Okta").metadataFile(METADATA).signOut(true).signRequests()
        .attribute("email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
        .identifiers("example.com").ensure();

    assertThat(okta.report().change()).isEqualTo(Change.CREATED);
    IdentityProviderType described = describe("Okta");
    assertThat(described.providerDetails()).containsEntry("IDPSignout", "true")
        .containsEntry("RequestSigningAlgorithm", "rsa-sha256");
    assertThat(described.idpIdentifiers()).containsExactly("example.com");
    assertThat(pool.samlProvider("Okta").identifiers("example.com").ensure().report().change())
        .isEqualTo(Change.UNCHANGED);
    assertThat(pool.samlProvider("Okta").identifiers("example.com", "example.org").ensure().report().fields())
        .extracting(FieldChange::field).containsExactly("IdpIdentifiers");
  }

  @Test
  void socialProvider_isNamedAfterItsType() {
    IdentityProvider google = pool.socialProvider(ProviderType.GOOGLE).clientId("123.apps.googleusercontent.com")
        .clientSecret("google-secret").scopes("openid", "email", "profile").attribute("email", "email").ensure();

    assertThat(google.name()).isEqualTo("Google");
    assertThat(describe("Google").providerTypeAsString()).isEqualTo("Google");
    assertThat(pool.socialProvider(ProviderType.GOOGLE).scopes("openid", "email", "profile").plan().change())
        .isEqualTo(Change.UNCHANGED);
  }

  @Test
  void appClients_mayNameOnlyProvidersThePoolHas_checkedBeforeAnyWrite() {
    corporate().ensure();
    AppClient web = pool.client("web").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
        .callbackUrls("https://app.example.com/cb").identityProviders("COGNITO", "Corporate")).ensure();
    assertThat(web.describe().supportedIdentityProviders()).containsExactlyInAnyOrder("COGNITO", "Corporate");

    recorder.clear();
    assertThatThrownBy(() -> pool.client("web2").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
        .callbackUrls("https://app.example.com/cb").identityProviders("COGNITO", "Okta")).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[Okta]")
        .hasMessageContaining("ensure them first");
    assertThat(recorder.operations()).allSatisfy(op -> assertThat(op).matches("(Describe|List).*"));
  }

  @Test
  void anotherTypeUnderTheSameName_isImmutable() {
    pool.samlProvider("Corp").metadataFile(METADATA).ensure();

    assertThatThrownBy(() -> pool.oidcProvider("Corp").issuer("https://login.example.com").clientId("x")
        .scopes("openid").ensure()).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.IMMUTABLE);
          assertThat(e.getMessage()).contains("type cannot change after creation: the provider has SAML");
        });
  }

  @Test
  void newProvider_missingWhatItsTypeNeeds_isRefusedBeforeAnyWrite() {
    recorder.clear();
    assertThatThrownBy(() -> pool.oidcProvider("Half").clientId("x").ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oidc_issuer")
        .hasMessageContaining("authorize_scopes");
    assertThatThrownBy(() -> pool.samlProvider("NoMetadata").signOut(true).ensure())
        .hasMessageContaining("MetadataURL or MetadataFile");
    assertThat(recorder.operations()).containsOnly("DescribeIdentityProvider");
  }

  @Test
  void delete_isIdempotent() {
    IdentityProvider corp = corporate().ensure();

    assertThat(corp.delete().change()).isEqualTo(Change.DELETED);
    assertThat(corp.delete().change()).isEqualTo(Change.ABSENT);
    assertThat(corporate().plan().change()).isEqualTo(Change.CREATED);
  }

  @Test
  void settings_ofAnotherType_areRefusedAtOnce() {
    assertThatThrownBy(() -> pool.samlProvider("S").clientId("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientId applies to");
    assertThatThrownBy(() -> pool.oidcProvider("O").metadataUrl("https://x.example.com/m"))
        .hasMessageContaining("not OIDC");
    assertThatThrownBy(() -> pool.oidcProvider("Google")).hasMessageContaining("reserved");
    assertThatThrownBy(() -> pool.socialProvider(ProviderType.OIDC)).hasMessageContaining("oidcProvider");
    assertThatThrownBy(() -> pool.oidcProvider("O").scopes("email")).hasMessageContaining("openid");
    assertThat(pool.oidcProvider("O").clientSecret("very-secret").toString()).doesNotContain("very-secret");
  }

  IdentityProviderType describe(String name) {
    return cognito.describeIdentityProvider(b -> b.userPoolId(pool.id()).providerName(name)).identityProvider();
  }
}
