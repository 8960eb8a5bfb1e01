package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@CognitoEmulatorTest
class IdentityPoolIT {
  static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/authenticated";
  static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/guest";
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoIdentityClient identity;
  CognitoAdmin admin;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.client();
    identity = CognitoIdentityClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
    admin = CognitoAdmin.using(cognito, identity);
    // The emulator lacks the role calls; answer them as the Cognito Identity API reference documents.
    recorder.answer("SetIdentityPoolRoles", 200, "{}");
    recorder.answer("GetIdentityPoolRoles", 200, "{\"Roles\":{}}");
  }

  @AfterEach
  void tearDown() {
    identity.close();
  }

  @Test
  void identityPool_trustingAPoolClient_isCreatedThenConverged() {
    UserPool pool = admin.userPool("ids-" + UUID.randomUUID()).ensure();
    AppClient client = pool.client("web").ensure();
    String name = "ids_" + UUID.randomUUID().toString().substring(0, 8);

    IdentityPool created = admin.identityPool(name).trust(pool, client).authenticatedRole(AUTH_ROLE).ensure();

    assertThat(created.report().change()).isEqualTo(Change.CREATED);
    var described = identity.describeIdentityPool(b -> b.identityPoolId(created.id()));
    assertThat(described.cognitoIdentityProviders()).singleElement().satisfies(p -> {
      assertThat(p.providerName()).isEqualTo("cognito-idp.us-east-1.amazonaws.com/" + pool.id());
      assertThat(p.clientId()).isEqualTo(client.clientId());
      assertThat(p.serverSideTokenCheck()).as("off, as the console creates it").isFalse();
    });
    assertThat(recorder.last(SetIdentityPoolRolesRequest.class).roles()).containsEntry("authenticated", AUTH_ROLE);

    recorder.answer("GetIdentityPoolRoles", 200, "{\"Roles\":{\"authenticated\":\"" + AUTH_ROLE + "\"}}");
    assertThat(admin.identityPool(name).trust(pool, client).authenticatedRole(AUTH_ROLE).ensure().report().change())
        .isEqualTo(Change.UNCHANGED);

    IdentityPool guests = admin.identityPool(name).allowUnauthenticated(true).unauthenticatedRole(GUEST_ROLE).ensure();
    assertThat(guests.report().change()).isEqualTo(Change.UPDATED);
    assertThat(identity.describeIdentityPool(b -> b.identityPoolId(created.id())).allowUnauthenticatedIdentities())
        .isTrue();
    assertThat(recorder.last(SetIdentityPoolRolesRequest.class).roles()).containsEntry("unauthenticated", GUEST_ROLE)
        .containsEntry("authenticated", AUTH_ROLE);
  }

  @Test
  void serverSideTokenCheck_isASetting_andKeptWhenNotNamed() {
    UserPool pool = admin.userPool("ids-" + UUID.randomUUID()).ensure();
    AppClient client = pool.client("web").ensure();
    String name = "ids_" + UUID.randomUUID().toString().substring(0, 8);
    IdentityPool created = admin.identityPool(name).trust(pool, client).ensure();

    IdentityPool checked = admin.identityPool(name).trust(pool, client).serverSideTokenCheck(true).ensure();

    assertThat(checked.report().change()).isEqualTo(Change.UPDATED);
    assertThat(checked.report().fields()).extracting(ChangeReport.FieldChange::field)
        .containsExactly("CognitoIdentityProviders");
    assertThat(identity.describeIdentityPool(b -> b.identityPoolId(created.id())).cognitoIdentityProviders())
        .singleElement().satisfies(p -> assertThat(p.serverSideTokenCheck()).isTrue());
    assertThat(admin.identityPool(name).trust(pool, client).ensure().report().change())
        .as("not named: the pool keeps its setting").isEqualTo(Change.UNCHANGED);
    assertThat(admin.identityPool(name).trust(pool, client).serverSideTokenCheck(false).ensure().report().change())
        .isEqualTo(Change.UPDATED);
    assertThat(identity.describeIdentityPool(b -> b.identityPoolId(created.id())).cognitoIdentityProviders())
        .singleElement().satisfies(p -> assertThat(p.serverSideTokenCheck()).isFalse());
  }

  @Test
  void serverSideTokenCheck_readFromTheDocumentedResponseShape() {
    UserPool pool = admin.userPool("ids-" + UUID.randomUUID()).ensure();
    AppClient client = pool.client("web").ensure();
    String name = "ids_" + UUID.randomUUID().toString().substring(0, 8);
    IdentityPool created = admin.identityPool(name).trust(pool, client).ensure();
    String provider = "cognito-idp.us-east-1.amazonaws.com/" + pool.id();
    // DescribeIdentityPool as the AWS CLI Command Reference (cognito-identity describe-identity-pool, example
    // output) and the Amazon Cognito Identity API reference (DescribeIdentityPool, response elements) show it:
    // each provider with ProviderName, ClientId and ServerSideTokenCheck. Here the check is on, as set elsewhere.
    recorder.answer("DescribeIdentityPool", 200, "{\"IdentityPoolId\":\"" + created.id() + "\","
        + "\"IdentityPoolName\":\"" + name + "\",\"AllowUnauthenticatedIdentities\":false,"
        + "\"AllowClassicFlow\":false,\"CognitoIdentityProviders\":[{\"ProviderName\":\"" + provider + "\","
        + "\"ClientId\":\"" + client.clientId() + "\",\"ServerSideTokenCheck\":true}]}");
    recorder.clear();

    assertThat(admin.identityPool(name).trust(pool, client).ensure().report().change())
        .as("not named: the pool's setting is kept").isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("UpdateIdentityPool");

    IdentityPool off = admin.identityPool(name).trust(pool, client).serverSideTokenCheck(false).ensure();
    assertThat(off.report().change()).isEqualTo(Change.UPDATED);
    assertThat(recorder.last(software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest.class)
        .cognitoIdentityProviders()).singleElement().satisfies(p -> {
          assertThat(p.providerName()).isEqualTo(provider);
          assertThat(p.serverSideTokenCheck()).isFalse();
        });
  }

  @Test
  void guestsWithoutARole_areRefused() {
    assertThatThrownBy(() -> admin.identityPool("guests_only").allowUnauthenticated(true).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unauthenticatedRole");
    assertThatThrownBy(() -> CognitoAdmin.using(cognito).identityPool("x"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CognitoIdentityClient");
    assertThatThrownBy(() -> admin.identityPool("bad/name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity pool name");
  }
}
