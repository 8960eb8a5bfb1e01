package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;

/** Domains, resource servers and groups. */
@CognitoEmulatorTest
class ResourcesIT {
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAdmin admin;
  UserPool pool;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    admin = CognitoAdmin.using(cognito);
    pool = admin.userPool("res-" + UUID.randomUUID()).ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  static String prefix() {
    return "mo-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void prefixDomain_isCreatedOnce_withItsUrls() {
    String prefix = prefix();
    Domain d = pool.domain(prefix).ensure();
    assertThat(d.report().change()).isEqualTo(Change.CREATED);
    assertThat(d.baseUrl()).isEqualTo("https://" + prefix + ".auth.us-east-1.amazoncognito.com");
    assertThat(d.tokenEndpoint()).endsWith("/oauth2/token");
    AppClient client = pool.client("web").ensure();
    assertThat(d.signInUrl(client, "https://app.example.com/cb", "openid email")).startsWith(d.baseUrl()
        + "/oauth2/authorize?client_id=" + client.clientId() + "&response_type=code&scope=openid+email&redirect_uri=");
    assertThat(pool.domain(prefix).ensure().report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(d.cloudFrontTarget()).isEmpty();
  }

  @Test
  void domainOfAnotherPool_isAlreadyExists() {
    String prefix = prefix();
    pool.domain(prefix).ensure();
    UserPool other = admin.userPool("other-" + UUID.randomUUID()).ensure();
    assertThatThrownBy(() -> other.domain(prefix).ensure()).isInstanceOfSatisfying(CognitoAdminException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.ALREADY_EXISTS);
          assertThat(e.getMessage()).contains(pool.id());
        });
  }

  @Test
  void customDomain_certificateChangesInPlace() {
    String cert1 = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-1111-1111-1111-111111111111";
    String cert2 = "arn:aws:acm:us-east-1:123456789012:certificate/22222222-2222-2222-2222-222222222222";
    String name = "auth-" + UUID.randomUUID().toString().substring(0, 6) + ".example.com";
    Domain d = pool.customDomain(name, cert1).ensure();
    assertThat(d.baseUrl()).isEqualTo("https://" + name);
    assertThat(recorder.last(CreateUserPoolDomainRequest.class).customDomainConfig().certificateArn())
        .isEqualTo(cert1);
    Domain changed = pool.customDomain(name, cert2).ensure();
    assertThat(changed.report().change()).isEqualTo(Change.UPDATED);
    assertThat(changed.report().fields()).extracting(ChangeReport.FieldChange::field).containsExactly("CertificateArn");
    // The emulator does not describe a domain's certificate; the request sent is what Cognito documents.
    UpdateUserPoolDomainRequest sent = recorder.last(UpdateUserPoolDomainRequest.class);
    assertThat(sent.customDomainConfig().certificateArn()).isEqualTo(cert2);
    assertThat(sent.domain()).isEqualTo(name);
    assertThat(recorder.requests(CreateUserPoolDomainRequest.class)).hasSize(1);
  }

  @Test
  void domainValidation_andDeletion() {
    assertThatThrownBy(() -> pool.domain("Bad_Prefix"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
    assertThatThrownBy(() -> pool.domain("my-aws-login"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aws");
    assertThatThrownBy(() -> pool.customDomain("auth.example.com", "arn:aws:iam::1:role/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACM");
    String prefix = prefix();
    Domain d = pool.domain(prefix).ensure();
    assertThat(d.delete().change()).isEqualTo(Change.DELETED);
    assertThat(d.delete().change()).isEqualTo(Change.ABSENT);
  }

  /** A loopback stand-in for the CloudFront address Cognito serves the logo at. */
  static HttpServer imageServer(byte[] image) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/logo.png", exchange -> {
      exchange.sendResponseHeaders(200, image.length);
      exchange.getResponseBody().write(image);
      exchange.close();
    });
    server.start();
    return server;
  }

  /**
   * A {@code GetUICustomization} answer in the shape of the API Reference's response syntax
   * (docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUICustomization.html).
   */
  static String customization(String css, String imageUrl) {
    return "{\"UICustomization\":{\"UserPoolId\":\"us-east-1_x\",\"ClientId\":\"ALL\""
        + (css == null ? "" : ",\"CSS\":\"" + css + "\",\"CSSVersion\":\"20261130000000\"")
        + (imageUrl == null ? "" : ",\"ImageUrl\":\"" + imageUrl + "\"")
        + ",\"CreationDate\":1.7645e9,\"LastModifiedDate\":1.7645e9}}";
  }

  @Test
  void uiCustomization_sendsCssAndLogo() {
    recorder.answer("GetUICustomization", 200, customization(null, null));
    recorder.answer("SetUICustomization", 200, "{\"UICustomization\":{}}");
    Domain d = pool.domain(prefix()).uiCustomization(".banner { color: red; }", new byte[] {1, 2, 3}).ensure();
    SetUiCustomizationRequest sent = recorder.last(SetUiCustomizationRequest.class);
    assertThat(sent.css()).contains("banner");
    assertThat(sent.imageFile().asByteArray()).containsExactly(1, 2, 3);
    assertThat(sent.clientId()).isEqualTo("ALL");
    assertThat(d.report().change()).isEqualTo(Change.CREATED);
  }

  @Test
  void uiCustomization_alreadyInPlace_sendsNothing() throws IOException {
    byte[] logo = {9, 8, 7, 6};
    HttpServer images = imageServer(logo);
    try {
      String prefix = prefix();
      pool.domain(prefix).ensure();
      String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/logo.png";
      recorder.answer("GetUICustomization", 200, customization(".banner { color: red; }", url));
      recorder.clear();

      Domain d = pool.domain(prefix).uiCustomization(".banner { color: red; }\n", logo).ensure();

      assertThat(d.report().change()).isEqualTo(Change.UNCHANGED);
      assertThat(recorder.operations()).contains("GetUICustomization").doesNotContain("SetUICustomization");
    } finally {
      images.stop(0);
    }
  }

  @Test
  void uiCustomization_newCssOnly_keepsTheLogo_readBackFromItsAddress() throws IOException {
    byte[] logo = {1, 1, 2, 3, 5};
    HttpServer images = imageServer(logo);
    try {
      String prefix = prefix();
      pool.domain(prefix).ensure();
      String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/logo.png";
      recorder.answer("GetUICustomization", 200, customization(".banner { color: red; }", url));
      recorder.answer("SetUICustomization", 200, "{\"UICustomization\":{}}");

      Domain d = pool.domain(prefix).uiCustomization(".banner { color: blue; }", null).ensure();

      assertThat(d.report().change()).isEqualTo(Change.UPDATED);
      assertThat(d.report().fields()).extracting(ChangeReport.FieldChange::field)
          .containsExactly("UICustomization.CSS");
      SetUiCustomizationRequest sent = recorder.last(SetUiCustomizationRequest.class);
      assertThat(sent.css()).contains("blue");
      assertThat(sent.imageFile().asByteArray()).containsExactly(logo);

      recorder.clear();
      Domain other = pool.domain(prefix).uiCustomization(null, new byte[] {4, 2}).ensure();
      assertThat(other.report().fields()).extracting(ChangeReport.FieldChange::field)
          .containsExactly("UICustomization.ImageFile");
      assertThat(recorder.last(SetUiCustomizationRequest.class).css()).contains("red");
    } finally {
      images.stop(0);
    }
  }

  @Test
  void uiCustomization_newCssOnly_whenTheLogoCannotBeRead_refusesRatherThanDropIt() {
    String prefix = prefix();
    pool.domain(prefix).ensure();
    recorder.answer("GetUICustomization", 200, customization(".a { color: red; }",
        "http://images.example.com/logo.png"));
    recorder.clear();

    assertThatThrownBy(() -> pool.domain(prefix).uiCustomization(".a { color: blue; }", null).ensure())
        .isInstanceOf(CognitoAdminException.class).hasMessageContaining("logo")
        .satisfies(e -> assertThat(((CognitoAdminException) e).reason())
            .isEqualTo(CognitoAdminException.Reason.INVALID));
    assertThat(recorder.operations()).doesNotContain("SetUICustomization");
  }

  @Test
  void resourceServer_isCreated_thenUnchanged_andScopesMergeOnUpdate() {
    ResourceServer rs = pool.resourceServer("api").name("API").scope("read", "Read").ensure();
    assertThat(rs.report().change()).isEqualTo(Change.CREATED);
    assertThat(rs.scope("read").value()).isEqualTo("api/read");
    assertThatThrownBy(() -> rs.scope("write"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no scope 'write'");
    assertThat(pool.resourceServer("api").name("API").scope("read", "Read").ensure().report().change())
        .isEqualTo(Change.UNCHANGED);

    // The emulator lacks UpdateResourceServer: the interceptor answers it as the API reference documents.
    recorder.answer("UpdateResourceServer", 200, "{\"ResourceServer\":{}}");
    ResourceServer updated = pool.resourceServer("api").scope("write", "Write").removeScope("none").ensure();
    assertThat(updated.report().change()).isEqualTo(Change.UPDATED);
    UpdateResourceServerRequest sent = recorder.last(UpdateResourceServerRequest.class);
    assertThat(sent.name()).isEqualTo("API");
    assertThat(sent.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
    assertThat(updated.scopeNames()).containsExactlyInAnyOrder("read", "write");
  }

  @Test
  void groups_convergeAndTrackMembershipBothWays() {
    pool.user("bob").suppressInvitation().ensure();
    pool.user("carol").suppressInvitation().ensure();
    Group g = pool.group("ops").description("Operations").precedence(5).ensure();
    assertThat(g.report().change()).isEqualTo(Change.CREATED);
    Group updated = pool.group("ops").description("Ops team").ensure();
    assertThat(updated.report().fields()).extracting(ChangeReport.FieldChange::field).containsExactly("Description");
    assertThat(cognito.getGroup(b -> b.userPoolId(pool.id()).groupName("ops")).group().precedence()).isEqualTo(5);

    assertThat(g.addUser("bob", "carol").change()).isEqualTo(Change.UPDATED);
    recorder.clear();
    assertThat(g.addUser("bob").change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("AdminAddUserToGroup");
    assertThat(g.members()).containsExactlyInAnyOrder("bob", "carol");
    assertThat(pool.findUser("bob").orElseThrow().groups()).containsExactly("ops");
    assertThat(g.removeUser("carol").fields()).hasSize(1);
    assertThat(g.members()).containsExactly("bob");
    assertThat(g.delete().change()).isEqualTo(Change.DELETED);
    assertThat(g.delete().change()).isEqualTo(Change.ABSENT);
    assertThatThrownBy(() -> pool.group("x").roleArn("not-a-role"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roleArn");
    assertThat(List.of(g.name())).containsExactly("ops");
  }
}
