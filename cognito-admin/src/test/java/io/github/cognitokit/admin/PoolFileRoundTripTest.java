package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.internal.BrandingReconciler;
import io.github.cognitokit.admin.internal.ClientReconciler;
import io.github.cognitokit.admin.internal.DomainReconciler;
import io.github.cognitokit.admin.internal.FileNode;
import io.github.cognitokit.admin.internal.GroupReconciler;
import io.github.cognitokit.admin.internal.IdentityProviderReconciler;
import io.github.cognitokit.admin.internal.LogDeliveryDesired;
import io.github.cognitokit.admin.internal.LogDeliveryReconciler;
import io.github.cognitokit.admin.internal.MfaDesired;
import io.github.cognitokit.admin.internal.MfaReconciler;
import io.github.cognitokit.admin.internal.Plan;
import io.github.cognitokit.admin.internal.PoolDesired;
import io.github.cognitokit.admin.internal.PoolReconciler;
import io.github.cognitokit.admin.internal.ResourceServerReconciler;
import io.github.cognitokit.admin.internal.RiskDesired;
import io.github.cognitokit.admin.internal.RiskReconciler;
import io.github.cognitokit.admin.internal.UiCustomizationReconciler;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Export then plan, against pools, clients and the other resources as real Cognito describes them (the fixtures in
 * {@code contract/}, whose README cites the API and CLI reference each follows): the exported file, read back and
 * bound to specs, plans no write for any kind. Pure: no emulator, no network.
 */
class PoolFileRoundTripTest {
  static final List<String> PROVIDERS = List.of("saml", "oidc", "apple");

  /**
   * The fixture pool on the Plus plan with threat protection in audit mode, as a pool with the risk configuration
   * fixture is (export reads the risk configuration only when threat protection is on).
   */
  static UserPoolType pool() {
    return RealCognito.pool().toBuilder().userPoolTier("PLUS").userPoolAddOns(a -> a.advancedSecurityMode("AUDIT"))
        .build();
  }

  static String exported() {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("pool", PoolFileExport.pool(pool(), RealCognito.mfa(), RealCognito.logDelivery(),
        RealCognito.risk()));
    file.put("domain", PoolFileExport.domain(RealCognito.domain(), RealCognito.uiCustomization()));
    file.put("resourceServers", List.of(PoolFileExport.resourceServer(RealCognito.resourceServer())));
    file.put("identityProviders", PROVIDERS.stream().map(k -> PoolFileExport.provider(RealCognito
        .identityProvider(k))).toList());
    file.put("clients", List.of(PoolFileExport.client(RealCognito.client(), RealCognito.branding())));
    file.put("groups", List.of(PoolFileExport.group(RealCognito.group())));
    return PoolFileExport.yaml(file);
  }

  /** The secrets the placeholders stand for, as their owner would set them. */
  static Map<String, String> secrets() {
    Map<String, String> v = new HashMap<>();
    for (String k : PROVIDERS) {
      IdentityProviderType p = RealCognito.identityProvider(k);
      String prefix = p.providerName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
      v.put(prefix + "_CLIENT_SECRET", p.providerDetails().getOrDefault("client_secret", "unused"));
      v.put(prefix + "_PRIVATE_KEY", p.providerDetails().getOrDefault("private_key",
          "-----BEGIN PRIVATE KEY-----\nMIGT\n-----END PRIVATE KEY-----"));
    }
    return v;
  }

  static PoolFileBinder binder(String yaml) {
    Map<String, String> secrets = secrets();
    return new PoolFileBinder(FileNode.parse(yaml, "exported.yaml", secrets::get), null);
  }

  static void noWrites(Plan<?> plan, String kind, String yaml) {
    assertThat(plan.hasWrites()).as(kind + " plans " + plan.changes() + " for\n" + yaml).isFalse();
  }

  @Test
  void export_ofRealShapedResources_plansNoWriteForAnyKind() {
    String yaml = exported();
    PoolFileBinder binder = binder(yaml);
    PoolDesired pool = binder.pool(Specs.ADMIN).freeze();
    noWrites(PoolReconciler.planPool(pool(), pool), "the pool", yaml);
    noWrites(MfaReconciler.planMfa(RealCognito.mfa(), new MfaDesired("us-east-1_EXAMPLE", "pool", pool.mfa(),
        pool.mfaFactors(), pool.smsMfaMessage(), RealCognito.pool().smsConfiguration(), false, pool.passkeys())),
        "MFA", yaml);
    PoolDesired.Risk risk = pool.risk();
    assertThat(risk).isNotNull();
    noWrites(RiskReconciler.planRisk(RealCognito.risk(), new RiskDesired("us-east-1_EXAMPLE", "pool",
        risk.blockCompromisedCredentials(), risk.adaptive(), risk.blockedIpRanges(), risk.skippedIpRanges(), false)),
        "risk configuration", yaml);
    assertThat(pool.logs()).isNotEmpty();
    noWrites(LogDeliveryReconciler.planLogs(RealCognito.logDelivery(), new LogDeliveryDesired("us-east-1_EXAMPLE",
        "pool", pool.logs(), false)), "log delivery", yaml);

    PoolFileBinder.Children c = binder.children(Specs.ADMIN, Specs.POOL);
    noWrites(DomainReconciler.planDomain(new DomainReconciler.Current(RealCognito.domain(), null),
        c.domain().freeze()), "the domain", yaml);
    var ui = RealCognito.uiCustomization();
    noWrites(UiCustomizationReconciler.planUi(new UiCustomizationReconciler.Current(ui.css(), ui.imageUrl(), null),
        c.domain().freezeUiCustomization()), "UI customization", yaml);
    noWrites(ResourceServerReconciler.planResourceServer(RealCognito.resourceServer(), c.servers().get(0).freeze()),
        "the resource server", yaml);
    assertThat(c.providers()).hasSize(PROVIDERS.size());
    for (int i = 0; i < PROVIDERS.size(); i++) {
      noWrites(IdentityProviderReconciler.planProvider(RealCognito.identityProvider(PROVIDERS.get(i)),
          c.providers().get(i).freeze()), PROVIDERS.get(i) + " provider", yaml);
    }
    PoolFileBinder.ClientEntry client = c.clients().get(0);
    noWrites(ClientReconciler.planClient(RealCognito.client(), client.spec().freeze()), "the app client", yaml);
    AppClient handle = new AppClient(Specs.ADMIN, Specs.POOL, RealCognito.client().clientId(), client.name(), null);
    noWrites(BrandingReconciler.planBranding(RealCognito.branding(), binder.branding(Specs.POOL, handle,
        client.branding()).freeze()), "branding", yaml);
    noWrites(GroupReconciler.planGroup(RealCognito.group(), c.groups().get(0).freeze()), "the group", yaml);
  }

  /**
   * A setting the file leaves out keeps what the pool has, so a plan alone cannot tell a forgotten setting from an
   * exported one: the fixtures set every setting the file has, and the export must name each.
   */
  @Test
  void export_namesEverySettingOfTheFile() {
    FileNode root = FileNode.parse(exported(), "exported.yaml", n -> "x");
    assertThat(root.entries().keySet()).containsExactly("pool", "domain", "resourceServers", "identityProviders",
        "clients", "groups");
    assertThat(root.get("pool").entries().keySet()).containsExactly(PoolFileBinder.POOL);
    assertThat(root.get("clients").items().get(0).entries().keySet()).containsExactly(PoolFileBinder.CLIENT);
    assertThat(root.get("clients").items().get(0).get("oauth").entries().keySet())
        .containsExactly(PoolFileBinder.OAUTH);
    assertThat(root.get("domain").entries().keySet()).containsExactlyInAnyOrder("custom", "certificateArn",
        "managedLoginVersion", "uiCustomization");
    assertThat(root.get("resourceServers").items().get(0).entries().keySet()).containsExactly(PoolFileBinder.SERVER);
    assertThat(root.get("groups").items().get(0).entries().keySet()).containsExactly(PoolFileBinder.GROUP);
    assertThat(root.get("identityProviders").items()).extracting(n -> n.get("type").text())
        .containsExactly("SAML", "OIDC", "SIGN_IN_WITH_APPLE");
  }

  @Test
  void export_leavesSecretsOut_withPlaceholders() {
    String yaml = exported();
    for (String k : PROVIDERS) {
      String secret = RealCognito.identityProvider(k).providerDetails().get("client_secret");
      if (secret != null) {
        assertThat(yaml).doesNotContain(secret);
      }
    }
    assertThat(RealCognito.client().clientSecret()).isNotNull();
    assertThat(yaml).doesNotContain(RealCognito.client().clientSecret()).contains("secret: true")
        .contains("${").contains("_CLIENT_SECRET}");
  }

  /**
   * Users of a pool whose user name is the e-mail address, as ListUsers describes them (the user name is the
   * internal id): exported by address, as provisioning keys them, then planned by provisioning's pure planner
   * against the same users: no action.
   */
  @Test
  void usersExport_ofAnEmailUsernamePool_plansNoAction() {
    List<software.amazon.awssdk.services.cognitoidentityprovider.model.UserType> users = RealCognito.users();
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("pool", Map.of("name", "MyUserPool"));
    file.put("users", List.of(PoolFileExport.user(users.get(0), List.of("staff"), "email"),
        PoolFileExport.user(users.get(1), List.of(), "email")));
    String yaml = PoolFileExport.yaml(file);
    assertThat(yaml).contains("username: mary@example.com", "username: john@example.com")
        .doesNotContain("sub:").doesNotContain(users.get(0).username());

    List<DesiredUser> desired = binder(yaml).children(Specs.ADMIN, Specs.POOL).users();
    Map<String, io.github.cognitokit.admin.internal.ProvisioningPlanner.Existing> existing = new HashMap<>();
    for (var u : users) {
      Map<String, String> attributes = new HashMap<>();
      u.attributes().forEach(a -> attributes.put(a.name(), a.value()));
      existing.put(attributes.get("email"), new io.github.cognitokit.admin.internal.ProvisioningPlanner.Existing(
          u.username(), attributes, u.enabled()));
    }
    var observed = new io.github.cognitokit.admin.internal.ProvisioningPlanner.Observed(existing, Set.of("staff"),
        Map.of(users.get(0).username(), Set.of("staff")));
    var planned = io.github.cognitokit.admin.internal.ProvisioningPlanner.plan(desired, Set.of(), observed,
        new io.github.cognitokit.admin.internal.ProvisioningPlanner.Settings(true, false,
            io.github.cognitokit.admin.internal.ProvisioningPlanner.Absent.KEEP));
    assertThat(planned.groupActions()).isEmpty();
    assertThat(planned.work()).allSatisfy(w -> assertThat(w.actions()).as(w.username() + "\n" + yaml).isEmpty());
    assertThat(planned.unchanged()).isEqualTo(2);
  }
}
