package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The IAM policies in docs/iam list every action the code calls, and only real actions. */
@CognitoEmulatorTest
class IamPolicyIT {
  static Set<String> actions(String file, String prefix) throws Exception {
    String json = Files.readString(Path.of("..", "docs", "iam", file));
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\"" + Pattern.quote(prefix) + ":([A-Za-z]+)\"").matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static Set<String> called(RequestRecorder recorder) {
    return new TreeSet<>(recorder.operations());
  }

  static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void policies_coverWhatTheCodeCalls_andNameOnlyRealActions(CognitoEmulator emulator) throws Exception {
    RequestRecorder reads = new RequestRecorder();
    RequestRecorder provisioning = new RequestRecorder();
    RequestRecorder everything = new RequestRecorder();
    reads.answer("UpdateResourceServer", 200, "{\"ResourceServer\":{}}");
    reads.answer("GetUICustomization", 200, "{\"UICustomization\":{}}");
    everything.answer("UpdateResourceServer", 200, "{\"ResourceServer\":{}}");
    everything.answer("SetUICustomization", 200, "{\"UICustomization\":{}}");
    everything.answer("GetUICustomization", 200, "{\"UICustomization\":{}}");
    everything.answer("SetIdentityPoolRoles", 200, "{}");
    everything.answer("DeleteResourceServer", 200, "{}"); // the emulator lacks it; the API answers an empty body
    everything.answer("GetIdentityPoolRoles", 200, "{\"Roles\":{}}");
    // The emulator lacks log delivery: answers in the API Reference's shapes.
    String noLogs = "{\"LogDeliveryConfiguration\":{\"LogConfigurations\":[]}}";
    everything.answerWith("GetLogDeliveryConfiguration", r -> Reply.of(200, noLogs));
    everything.answerWith("SetLogDeliveryConfiguration", r -> Reply.of(200, noLogs));
    reads.answerWith("GetLogDeliveryConfiguration", r -> Reply.of(200, noLogs));
    everything.answerWith("DescribeRiskConfiguration", r -> Reply.of(200, "{\"RiskConfiguration\":{}}"));
    everything.answerWith("SetRiskConfiguration", r -> Reply.of(200, "{\"RiskConfiguration\":{}}"));
    reads.answerWith("DescribeRiskConfiguration", r -> Reply.of(200, "{\"RiskConfiguration\":{}}"));
    String branding = "{\"ManagedLoginBranding\":{\"ManagedLoginBrandingId\":\"b-1\","
        + "\"UseCognitoProvidedValues\":true}}";
    String noBranding = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"none\"}";
    everything.answerInTurn("DescribeManagedLoginBrandingByClient", Reply.of(400, noBranding),
        Reply.of(200, branding));
    everything.answerWith("CreateManagedLoginBranding", r -> Reply.of(200, branding));
    everything.answerWith("UpdateManagedLoginBranding", r -> Reply.of(200, branding));
    everything.answerWith("DeleteManagedLoginBranding", r -> Reply.of(200, "{}"));
    reads.answerWith("DescribeManagedLoginBrandingByClient", r -> Reply.of(400, noBranding));
    // Import jobs: canned job answers, and a loopback server for the pre-signed upload URL.
    UploadServer s3 = new UploadServer();
    String job = "{\"UserImportJob\":{\"JobId\":\"import-1\",\"Status\":\"Succeeded\",\"PreSignedUrl\":"
        + "\"" + s3.url() + "\"}}";
    everything.answer("GetCSVHeader", 200, "{\"CSVHeader\":[\"email\",\"cognito:username\"]}");
    everything.answerWith("CreateUserImportJob", r -> Reply.of(200, job));
    everything.answerWith("StartUserImportJob", r -> Reply.of(200, job));
    everything.answerWith("DescribeUserImportJob", r -> Reply.of(200, job));
    everything.answerWith("StopUserImportJob", r -> Reply.of(200, job));
    String name = "iam-" + UUID.randomUUID();
    try (CognitoIdentityProviderClient all = client(emulator, everything);
        CognitoIdentityClient identity = CognitoIdentityClient.builder().endpointOverride(emulator.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("testing", "testing")))
            .overrideConfiguration(c -> c.addExecutionInterceptor(everything)).build();
        CognitoIdentityProviderClient readOnly = client(emulator, reads);
        CognitoIdentityProviderClient sync = client(emulator, provisioning)) {
      // Full admin: every ensure and delete.
      CognitoAdmin admin = CognitoAdmin.using(all, identity);
      UserPool pool = admin.userPool(name).mfa(Mfa.OPTIONAL).customAttributes(CustomAttribute.string("dept"))
          .ensure();
      admin.userPool(name).passwordPolicy(p -> p.minLength(10)).mfa(Mfa.OPTIONAL)
          .customAttributes(CustomAttribute.string("team"))
          .ensure();
      String logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-errors";
      admin.userPool(name).logs(LogEvents.NOTIFICATION_ERRORS, logGroup).ensure();
      admin.userPool(name).featurePlan(FeaturePlan.PLUS).threatProtection(ThreatProtection.AUDIT)
          .compromisedCredentials(true).ensure();
      ResourceServer rs = pool.resourceServer("rs").scope("read", "Read").ensure();
      pool.resourceServer("rs").scope("write", "Write").ensure();
      AppClient client = pool.client("app").confidential().oauth(o -> o.clientCredentials().scopes(rs.scope("read")))
          .ensure();
      pool.client("app").accessTokenValidity(Duration.ofMinutes(30)).ensure();
      Domain domain = pool.domain("iam-" + UUID.randomUUID().toString().substring(0, 8))
          .uiCustomization(".x{}", null).ensure();
      String customName = "auth-" + UUID.randomUUID().toString().substring(0, 6) + ".example.com";
      pool.customDomain(customName,
          "arn:aws:acm:us-east-1:123456789012:certificate/11111111-1111-1111-1111-111111111111").ensure();
      Domain custom = pool.customDomain(customName,
          "arn:aws:acm:us-east-1:123456789012:certificate/22222222-2222-2222-2222-222222222222").ensure();
      IdentityProvider idp = pool.oidcProvider("Corporate").issuer("https://login.example.com").clientId("app")
          .clientSecret("idp-secret").scopes("openid", "email").ensure();
      pool.oidcProvider("Corporate").scopes("openid", "email", "profile").ensure();
      pool.samlProvider("Partner").metadataFile("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
          + " entityID=\"partner\"/>").ensure();
      pool.client("federated").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
          .callbackUrls("https://app.example.com/cb").identityProviders("COGNITO", "Corporate")).ensure().delete();
      ManagedLoginBranding brand = pool.managedLoginBranding(client).cognitoDefaults().ensure();
      pool.managedLoginBranding(client).settings("{\"categories\":{}}").ensure();
      brand.delete();
      pool.importUsers(List.of(DesiredUser.builder("imported").attribute("email", "i@example.com").build()),
          "arn:aws:iam::123456789012:role/ImportLogs").run();
      pool.stopImport("import-1");
      s3.close();
      Group group = pool.group("g").ensure();
      pool.group("g").description("changed").ensure();
      User user = pool.user("u").email("u@example.com", true).permanentPassword("Passw0rd-Long-1!").ensure();
      group.addUser("u");
      group.members();
      group.removeUser("u");
      user.updateAttributes(java.util.Map.of("given_name", "U"));
      user.deleteAttributes("given_name");
      user.disable();
      user.enable();
      user.resetPassword();
      user.groups();
      user.globalSignOut();
      String identityPoolName = "iam_" + UUID.randomUUID().toString().substring(0, 8);
      admin.identityPool(identityPoolName).trust(pool, client).authenticatedRole("arn:aws:iam::123456789012:role/a")
          .ensure();
      admin.identityPool(identityPoolName).trust(pool, client).serverSideTokenCheck(true)
          .authenticatedRole("arn:aws:iam::123456789012:role/b").ensure();
      pool.users().list();
      CognitoIdentityProviderClient confirmer = all;
      confirmer.signUp(b -> b.clientId(pool.client("selfservice").ensure().clientId()).username("self")
          .password("Passw0rd-Long-2!"));
      pool.findUser("self").orElseThrow().confirmSignUp();
      user.delete();
      group.delete();
      domain.delete();
      custom.delete();
      client.delete();
      idp.delete();
      admin.userPool(name + "-scratch").ensure().delete();

      // Provisioning: plan, then apply with every kind of change (create, attributes, groups, passwords, disable,
      // enable, delete).
      pool.user("gone").email("gone@example.com", true).ensure();
      UserPool syncPool = CognitoAdmin.using(sync).userPoolById(pool.id());
      syncPool.provisioning().users(List.of(DesiredUser.builder("p0").groups("new-group").build())).plan();
      syncPool.provisioning().users(List.of(
          DesiredUser.builder("p1").attribute("email", "p1@example.com").groups("new-group").password("Passw0rd-Long-3!")
              .build(),
          DesiredUser.builder("self").enabled(false).build()))
          .syncPasswords(true).absentUsers(Provisioning.AbsentUsers.DELETE).apply();
      syncPool.provisioning().users(List.of(DesiredUser.builder("p1").attribute("email", "p2@example.com")
          .groups().enabled(true).build(), DesiredUser.builder("self").enabled(true).groups("new-group").build()))
          .apply();
      assertThat(pool.findUser("gone")).isEmpty();

      pool.client("planned").confidential().oauth(o -> o.clientCredentials().scopes(rs.scope("read"))).ensure();

      // Read-only: plans and reads of everything, an existing client's plan included.
      CognitoAdmin reader = CognitoAdmin.using(readOnly);
      UserPool readPool = reader.findUserPool(name).orElseThrow();
      reader.userPool(name).passwordPolicy(p -> p.minLength(20)).mfa(Mfa.OFF).plan();
      reader.userPool(name).logs(LogEvents.NOTIFICATION_ERRORS, "arn:aws:logs:us-east-1:123456789012:log-group:x")
          .plan();
      reader.userPool(name).compromisedCredentials(false).plan();
      readPool.managedLoginBranding(readPool.client("planned").ensure()).cognitoDefaults().plan();
      readPool.client("app2").plan();
      readPool.client("sso").oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
          .callbackUrls("https://app.example.com/cb").identityProviders("COGNITO", "Partner")).plan();
      readPool.client("planned").confidential().oauth(o -> o.clientCredentials().scopes(rs.scope("read")))
          .accessTokenValidity(Duration.ofMinutes(45)).plan();
      readPool.resourceServer("rs").scope("delete", "Delete").plan();
      readPool.domain("plan-" + UUID.randomUUID().toString().substring(0, 8)).plan();
      readPool.oidcProvider("Corporate").issuer("https://login.example.com").clientId("app").scopes("openid").plan();
      readPool.group("g2").plan();
      readPool.user("p1").plan();
      readPool.users().list();
      readPool.describe();
      readPool.findUser("p1").orElseThrow().groups();
      readPool.provisioning().users(List.of(DesiredUser.builder("x").groups("new-group").build())).plan();
      readPool.group("new-group").ensure().members();
      // Pool files: export (users too), plan and plan-prune are reads; prune deletes.
      admin.findUserPool(name).orElseThrow().domain("exp-" + UUID.randomUUID().toString().substring(0, 8)).ensure();
      String exported = PoolFile.export(reader, name, true);
      PoolFile file = PoolFile.parse(exported, "exported.yaml", java.util.Map.of());
      file.plan(reader);
      file.planPrune(reader);
      assertThat(PoolFile.parse("pool:\n  name: " + name + "\n", "bare.yaml", java.util.Map.of()).prune(admin))
          .extracting(ChangeReport::resource).anyMatch(r -> r.startsWith("resource server rs"))
          .anyMatch(r -> r.startsWith("group new-group")).anyMatch(r -> r.startsWith("identity provider Partner"))
          .anyMatch(r -> r.startsWith("app client planned"));
    }
    // Both ways, for each policy: it grants every action its documented use calls, and nothing else.
    assertThat(actions("cognito-kit-read-only.json", "cognito-idp")).as("read-only policy")
        .isEqualTo(called(reads));
    assertThat(actions("cognito-kit-provisioning.json", "cognito-idp")).as("provisioning policy")
        .isEqualTo(called(provisioning));
    Set<String> identityOps = Set.of("ListIdentityPools", "DescribeIdentityPool", "CreateIdentityPool",
        "UpdateIdentityPool", "GetIdentityPoolRoles", "SetIdentityPoolRoles");
    // SignUp is the test's own call (a user to confirm), not the library's.
    Set<String> idpCalls = called(everything).stream().filter(op -> !identityOps.contains(op))
        .filter(op -> !op.equals("SignUp")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(actions("cognito-kit-admin.json", "cognito-idp")).as("admin policy").isEqualTo(idpCalls);
    assertThat(actions("cognito-kit-admin.json", "cognito-identity")).as("admin policy, identity pools")
        .isEqualTo(called(everything).stream().filter(identityOps::contains)
            .collect(Collectors.toCollection(TreeSet::new)));
    assertThat(actions("cognito-kit-read-only.json", "cognito-idp"))
        .allSatisfy(a -> assertThat(a).matches("(Describe|List|Get|AdminGet|AdminList).*"));

    Set<String> sdkMethods = Arrays.stream(CognitoIdentityProviderClient.class.getMethods()).map(m -> m.getName())
        .collect(Collectors.toSet());
    for (String file : List.of("cognito-kit-read-only.json", "cognito-kit-provisioning.json", "cognito-kit-admin.json")) {
      assertThat(actions(file, "cognito-idp")).allSatisfy(a -> assertThat(sdkMethods).as(file + " " + a)
          .contains(lowerFirst(a)));
    }
    Set<String> identityMethods = Arrays.stream(CognitoIdentityClient.class.getMethods()).map(m -> m.getName())
        .collect(Collectors.toSet());
    assertThat(actions("cognito-kit-admin.json", "cognito-identity")).allSatisfy(a ->
        assertThat(identityMethods).contains(lowerFirst(a)));
  }

  static CognitoIdentityProviderClient client(CognitoEmulator emulator, RequestRecorder recorder) {
    return emulator.newClient(recorder);
  }
}
