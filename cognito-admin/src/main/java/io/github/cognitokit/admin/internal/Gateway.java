package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogDeliveryConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Every Cognito operation the admin module sends, each named once: the request it builds, the runner that retries
 * throttling and maps failures ({@link Calls}), and the name-to-id index that keeps the low-quota listings down
 * ({@link NameIndex}). Reconcilers, handles and provisioning call these methods and never the SDK clients.
 *
 * <p>Each method takes the resource it acts for (such as "app client web in modelop") first, for messages.
 * Thread-safe when the SDK clients are. Not part of the public API.
 */
public final class Gateway {
  private static final String POOLS = "pools";

  private final CognitoIdentityProviderClient cognito;
  private final CognitoIdentityClient identity;
  private final Calls calls;
  private final NameIndex names;
  private final Runnable onThrottle;

  /**
   * Creates a gateway.
   *
   * @param cognito the user pool client
   * @param identity the identity pool client, or null if identity pools are not used
   * @param calls the runner: retries and error mapping
   */
  public Gateway(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity, Calls calls) {
    this(cognito, identity, calls, new NameIndex(), null);
  }

  private Gateway(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity, Calls calls,
      NameIndex names, Runnable onThrottle) {
    this.cognito = cognito;
    this.identity = identity;
    this.calls = calls;
    this.names = names;
    this.onThrottle = onThrottle;
  }

  /**
   * Returns a gateway on the same clients, runner and index that tells a listener each time Cognito throttles a call
   * (so a rate limiter can slow down).
   *
   * @param listener called on each throttling answer
   * @return the gateway
   */
  public Gateway onThrottle(Runnable listener) {
    return new Gateway(cognito, identity, calls, names, listener);
  }

  /**
   * Tells whether identity pool operations are available.
   *
   * @return true if an identity client was given
   */
  public boolean hasIdentityClient() {
    return identity != null;
  }

  private <T> T run(String operation, String resource, Supplier<T> call) {
    return calls.run(operation, resource, call, onThrottle);
  }

  /**
   * Runs a read that Cognito answers with not-found when the resource is absent.
   *
   * @return the response, or empty if the resource does not exist
   */
  private <T> Optional<T> find(String operation, String resource, Supplier<T> call) {
    try {
      return Optional.ofNullable(run(operation, resource, call));
    } catch (CognitoAdminException e) {
      if (e.reason() == Reason.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  // ---- user pools

  /**
   * Finds a user pool's id by name, listing the account's pools at most once per name seen (ListUserPools).
   *
   * @param name the pool name
   * @return the id, or empty if no pool has the name
   * @throws CognitoAdminException AMBIGUOUS if several pools have it
   */
  public Optional<String> findPoolId(String name) {
    String resource = "user pool " + name;
    List<String> ids = names.ids(POOLS, name, () -> {
      Map<String, List<String>> byName = new HashMap<>();
      run("ListUserPools", resource, () -> {
        byName.clear();
        cognito.listUserPoolsPaginator(b -> b.maxResults(60)).userPools().forEach(p ->
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.id()));
        return byName;
      });
      return byName;
    });
    if (ids.size() > 1) {
      throw new CognitoAdminException(Reason.AMBIGUOUS, "ListUserPools", resource, ids.size()
          + " pools have this name: " + ids + "; use userPoolById(...)", null, null, null);
    }
    return ids.stream().findFirst();
  }

  /**
   * Forgets a pool id found gone or deleted, so that the next lookup lists again.
   *
   * @param name the pool name
   * @param id the id
   */
  public void forgetPool(String name, String id) {
    names.forget(POOLS, name, id);
  }

  /**
   * DescribeUserPool.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the pool
   */
  public UserPoolType describeUserPool(String resource, String poolId) {
    return run("DescribeUserPool", resource, () -> cognito.describeUserPool(b -> b.userPoolId(poolId))).userPool();
  }

  /**
   * CreateUserPool; the new id is remembered under the pool's name.
   *
   * @param resource for messages
   * @param request the request
   * @return the new pool
   */
  public UserPoolType createUserPool(String resource, CreateUserPoolRequest request) {
    UserPoolType created = run("CreateUserPool", resource, () -> cognito.createUserPool(request)).userPool();
    names.remember(POOLS, request.poolName(), created.id());
    return created;
  }

  /**
   * UpdateUserPool.
   *
   * @param resource for messages
   * @param request the whole request: Cognito resets every field it omits
   */
  public void updateUserPool(String resource, UpdateUserPoolRequest request) {
    run("UpdateUserPool", resource, () -> cognito.updateUserPool(request));
  }

  /**
   * AddCustomAttributes.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param attributes the attributes to add
   */
  public void addCustomAttributes(String resource, String poolId, List<SchemaAttributeType> attributes) {
    run("AddCustomAttributes", resource, () -> cognito.addCustomAttributes(b -> b.userPoolId(poolId)
        .customAttributes(attributes)));
  }

  /**
   * GetUserPoolMfaConfig.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the MFA configuration
   */
  public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(String resource, String poolId) {
    return run("GetUserPoolMfaConfig", resource, () -> cognito.getUserPoolMfaConfig(b -> b.userPoolId(poolId)));
  }

  /**
   * SetUserPoolMfaConfig.
   *
   * @param resource for messages
   * @param request the request
   */
  public void setUserPoolMfaConfig(String resource, SetUserPoolMfaConfigRequest request) {
    run("SetUserPoolMfaConfig", resource, () -> cognito.setUserPoolMfaConfig(request));
  }

  /**
   * DeleteUserPool; the id is forgotten.
   *
   * @param resource for messages
   * @param name the pool name
   * @param poolId the pool id
   */
  public void deleteUserPool(String resource, String name, String poolId) {
    run("DeleteUserPool", resource, () -> cognito.deleteUserPool(b -> b.userPoolId(poolId)));
    names.forget(POOLS, name, poolId);
  }

  /**
   * GetLogDeliveryConfiguration.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the configuration (no log configurations if none is set)
   */
  public LogDeliveryConfigurationType getLogDeliveryConfiguration(String resource, String poolId) {
    LogDeliveryConfigurationType c = run("GetLogDeliveryConfiguration", resource, () -> cognito
        .getLogDeliveryConfiguration(b -> b.userPoolId(poolId))).logDeliveryConfiguration();
    return c == null ? LogDeliveryConfigurationType.builder().userPoolId(poolId).build() : c;
  }

  /**
   * SetLogDeliveryConfiguration.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param configurations every log configuration: Cognito drops the ones omitted
   */
  public void setLogDeliveryConfiguration(String resource, String poolId, List<LogConfigurationType> configurations) {
    run("SetLogDeliveryConfiguration", resource, () -> cognito.setLogDeliveryConfiguration(b -> b.userPoolId(poolId)
        .logConfigurations(configurations)));
  }

  /**
   * DescribeRiskConfiguration of the pool (not of an app client).
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the configuration (empty parts if none is set)
   */
  public RiskConfigurationType describeRiskConfiguration(String resource, String poolId) {
    RiskConfigurationType r = run("DescribeRiskConfiguration", resource, () -> cognito
        .describeRiskConfiguration(b -> b.userPoolId(poolId))).riskConfiguration();
    return r == null ? RiskConfigurationType.builder().userPoolId(poolId).build() : r;
  }

  /**
   * SetRiskConfiguration.
   *
   * @param resource for messages
   * @param request the whole configuration: Cognito drops what it omits
   */
  public void setRiskConfiguration(String resource, SetRiskConfigurationRequest request) {
    run("SetRiskConfiguration", resource, () -> cognito.setRiskConfiguration(request));
  }

  // ---- domains and the hosted UI

  /**
   * DescribeUserPoolDomain.
   *
   * @param resource for messages
   * @param domain the prefix or custom domain
   * @return the description, or empty if no pool has the domain
   */
  public Optional<DomainDescriptionType> describeUserPoolDomain(String resource, String domain) {
    DomainDescriptionType d = run("DescribeUserPoolDomain", resource, () -> cognito.describeUserPoolDomain(b -> b
        .domain(domain))).domainDescription();
    // Cognito answers an unknown domain with an empty description, not an error.
    return d == null || d.userPoolId() == null || d.userPoolId().isEmpty() ? Optional.empty() : Optional.of(d);
  }

  /**
   * CreateUserPoolDomain.
   *
   * @param resource for messages
   * @param request the request
   * @return the CloudFront distribution of a custom domain, or null
   */
  public String createUserPoolDomain(String resource, CreateUserPoolDomainRequest request) {
    return run("CreateUserPoolDomain", resource, () -> cognito.createUserPoolDomain(request)).cloudFrontDomain();
  }

  /**
   * UpdateUserPoolDomain.
   *
   * @param resource for messages
   * @param request the request
   */
  public void updateUserPoolDomain(String resource, UpdateUserPoolDomainRequest request) {
    run("UpdateUserPoolDomain", resource, () -> cognito.updateUserPoolDomain(request));
  }

  /**
   * DeleteUserPoolDomain.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param domain the domain
   */
  public void deleteUserPoolDomain(String resource, String poolId, String domain) {
    run("DeleteUserPoolDomain", resource, () -> cognito.deleteUserPoolDomain(b -> b.userPoolId(poolId)
        .domain(domain)));
  }

  /**
   * GetUICustomization for every client of a pool ({@code ALL}).
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the customization, or null if none is set
   */
  public UICustomizationType getUiCustomization(String resource, String poolId) {
    return run("GetUICustomization", resource, () -> cognito.getUICustomization(b -> b.userPoolId(poolId)
        .clientId("ALL"))).uiCustomization();
  }

  /**
   * SetUICustomization for every client of a pool ({@code ALL}).
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param css the CSS, or null
   * @param logo the logo, or null
   */
  public void setUiCustomization(String resource, String poolId, String css, byte[] logo) {
    run("SetUICustomization", resource, () -> cognito.setUICustomization(b -> {
      b.userPoolId(poolId).clientId("ALL").css(css);
      if (logo != null) {
        b.imageFile(SdkBytes.fromByteArray(logo));
      }
    }));
  }

  /**
   * DescribeManagedLoginBrandingByClient, without Cognito's merged defaults.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param clientId the app client id
   * @return the branding, or empty if the client has none
   */
  public Optional<ManagedLoginBrandingType> describeManagedLoginBrandingByClient(String resource, String poolId,
      String clientId) {
    return find("DescribeManagedLoginBrandingByClient", resource, () -> cognito.describeManagedLoginBrandingByClient(
        b -> b.userPoolId(poolId).clientId(clientId).returnMergedResources(false)).managedLoginBranding());
  }

  /**
   * CreateManagedLoginBranding.
   *
   * @param resource for messages
   * @param request the request
   * @return the new branding's id
   */
  public String createManagedLoginBranding(String resource, CreateManagedLoginBrandingRequest request) {
    return run("CreateManagedLoginBranding", resource, () -> cognito.createManagedLoginBranding(request))
        .managedLoginBranding().managedLoginBrandingId();
  }

  /**
   * UpdateManagedLoginBranding.
   *
   * @param resource for messages
   * @param request the whole branding
   */
  public void updateManagedLoginBranding(String resource, UpdateManagedLoginBrandingRequest request) {
    run("UpdateManagedLoginBranding", resource, () -> cognito.updateManagedLoginBranding(request));
  }

  /**
   * DeleteManagedLoginBranding.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param brandingId the branding id
   */
  public void deleteManagedLoginBranding(String resource, String poolId, String brandingId) {
    run("DeleteManagedLoginBranding", resource, () -> cognito.deleteManagedLoginBranding(b -> b.userPoolId(poolId)
        .managedLoginBrandingId(brandingId)));
  }

  // ---- app clients

  private static String clientScope(String poolId) {
    return "clients:" + poolId;
  }

  /**
   * Finds an app client's id by name, listing the pool's clients at most once per name seen (ListUserPoolClients).
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the client name
   * @return the id, or empty if no client has the name
   * @throws CognitoAdminException AMBIGUOUS if several clients have it
   */
  public Optional<String> findClientId(String resource, String poolId, String name) {
    List<String> ids = names.ids(clientScope(poolId), name, () -> listClients(resource, poolId));
    if (ids.size() > 1) {
      throw new CognitoAdminException(Reason.AMBIGUOUS, "ListUserPoolClients", resource, ids.size()
          + " clients have this name: " + ids, null, null, null);
    }
    return ids.stream().findFirst();
  }

  /**
   * Lists the pool's app clients (ListUserPoolClients, every page).
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return client name to ids (more than one id when names repeat), sorted by name
   */
  public Map<String, List<String>> listClients(String resource, String poolId) {
    Map<String, List<String>> byName = new java.util.TreeMap<>();
    run("ListUserPoolClients", resource, () -> {
      byName.clear();
      cognito.listUserPoolClientsPaginator(b -> b.userPoolId(poolId).maxResults(60)).userPoolClients()
          .forEach((UserPoolClientDescription c) ->
              byName.computeIfAbsent(c.clientName(), n -> new ArrayList<>()).add(c.clientId()));
      return byName;
    });
    return byName;
  }

  /**
   * Forgets a client id found gone or deleted.
   *
   * @param poolId the pool id
   * @param name the client name
   * @param clientId the id
   */
  public void forgetClient(String poolId, String name, String clientId) {
    names.forget(clientScope(poolId), name, clientId);
  }

  /**
   * DescribeUserPoolClient.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param clientId the client id
   * @return the client, secret included
   */
  public UserPoolClientType describeUserPoolClient(String resource, String poolId, String clientId) {
    return run("DescribeUserPoolClient", resource, () -> cognito.describeUserPoolClient(b -> b.userPoolId(poolId)
        .clientId(clientId))).userPoolClient();
  }

  /**
   * CreateUserPoolClient; the new id is remembered under the client's name.
   *
   * @param resource for messages
   * @param request the request
   * @return the new client
   */
  public UserPoolClientType createUserPoolClient(String resource, CreateUserPoolClientRequest request) {
    UserPoolClientType created = run("CreateUserPoolClient", resource, () -> cognito.createUserPoolClient(request))
        .userPoolClient();
    names.remember(clientScope(request.userPoolId()), request.clientName(), created.clientId());
    return created;
  }

  /**
   * UpdateUserPoolClient.
   *
   * @param resource for messages
   * @param request the whole request: Cognito resets every field it omits
   */
  public void updateUserPoolClient(String resource, UpdateUserPoolClientRequest request) {
    run("UpdateUserPoolClient", resource, () -> cognito.updateUserPoolClient(request));
  }

  /**
   * DeleteUserPoolClient; the id is forgotten.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the client name
   * @param clientId the client id
   */
  public void deleteUserPoolClient(String resource, String poolId, String name, String clientId) {
    run("DeleteUserPoolClient", resource, () -> cognito.deleteUserPoolClient(b -> b.userPoolId(poolId)
        .clientId(clientId)));
    forgetClient(poolId, name, clientId);
  }

  // ---- resource servers

  /**
   * ListResourceServers, every page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the pool's resource servers
   */
  public List<ResourceServerType> listResourceServers(String resource, String poolId) {
    List<ResourceServerType> all = new ArrayList<>();
    run("ListResourceServers", resource, () -> {
      all.clear();
      cognito.listResourceServersPaginator(r -> r.userPoolId(poolId).maxResults(50)).resourceServers()
          .forEach(all::add);
      return all;
    });
    return all;
  }

  /**
   * DescribeResourceServer.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param identifier the identifier
   * @return the resource server, or empty if there is none
   */
  public Optional<ResourceServerType> describeResourceServer(String resource, String poolId, String identifier) {
    return find("DescribeResourceServer", resource, () -> cognito.describeResourceServer(b -> b.userPoolId(poolId)
        .identifier(identifier)).resourceServer());
  }

  /**
   * CreateResourceServer.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param identifier the identifier
   * @param name the name
   * @param scopes the scopes
   */
  public void createResourceServer(String resource, String poolId, String identifier, String name,
      List<ResourceServerScopeType> scopes) {
    run("CreateResourceServer", resource, () -> cognito.createResourceServer(b -> b.userPoolId(poolId)
        .identifier(identifier).name(name).scopes(scopes)));
  }

  /**
   * UpdateResourceServer.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param identifier the identifier
   * @param name the name
   * @param scopes every scope: Cognito drops the ones omitted
   */
  public void updateResourceServer(String resource, String poolId, String identifier, String name,
      List<ResourceServerScopeType> scopes) {
    run("UpdateResourceServer", resource, () -> cognito.updateResourceServer(b -> b.userPoolId(poolId)
        .identifier(identifier).name(name).scopes(scopes)));
  }

  // ---- identity providers

  /**
   * DeleteResourceServer.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param identifier the identifier
   */
  public void deleteResourceServer(String resource, String poolId, String identifier) {
    run("DeleteResourceServer", resource, () -> cognito.deleteResourceServer(b -> b.userPoolId(poolId)
        .identifier(identifier)));
  }

  /**
   * DescribeIdentityProvider.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the provider name
   * @return the provider, or empty if the pool has none of that name
   */
  public Optional<IdentityProviderType> describeIdentityProvider(String resource, String poolId, String name) {
    return find("DescribeIdentityProvider", resource, () -> cognito.describeIdentityProvider(b -> b
        .userPoolId(poolId).providerName(name)).identityProvider());
  }

  /**
   * CreateIdentityProvider.
   *
   * @param resource for messages
   * @param request the request (may hold a client secret: never logged)
   */
  public void createIdentityProvider(String resource, CreateIdentityProviderRequest request) {
    run("CreateIdentityProvider", resource, () -> cognito.createIdentityProvider(request));
  }

  /**
   * UpdateIdentityProvider.
   *
   * @param resource for messages
   * @param request the request (may hold a client secret: never logged)
   */
  public void updateIdentityProvider(String resource, UpdateIdentityProviderRequest request) {
    run("UpdateIdentityProvider", resource, () -> cognito.updateIdentityProvider(request));
  }

  /**
   * DeleteIdentityProvider.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the provider name
   */
  public void deleteIdentityProvider(String resource, String poolId, String name) {
    run("DeleteIdentityProvider", resource, () -> cognito.deleteIdentityProvider(b -> b.userPoolId(poolId)
        .providerName(name)));
  }

  /**
   * ListIdentityProviders, every page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the names of the pool's identity providers
   */
  public List<String> listIdentityProviders(String resource, String poolId) {
    List<String> names = new ArrayList<>();
    run("ListIdentityProviders", resource, () -> {
      names.clear();
      cognito.listIdentityProvidersPaginator(b -> b.userPoolId(poolId).maxResults(60)).providers()
          .forEach(p -> names.add(p.providerName()));
      return names;
    });
    return names;
  }

  // ---- groups

  /**
   * GetGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the group name
   * @return the group, or empty if there is none
   */
  public Optional<GroupType> getGroup(String resource, String poolId, String name) {
    return find("GetGroup", resource, () -> cognito.getGroup(b -> b.userPoolId(poolId).groupName(name)).group());
  }

  /**
   * CreateGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the group name
   * @param description the description, or null
   * @param precedence the precedence, or null
   * @param roleArn the IAM role, or null
   */
  public void createGroup(String resource, String poolId, String name, String description, Integer precedence,
      String roleArn) {
    run("CreateGroup", resource, () -> cognito.createGroup(b -> b.userPoolId(poolId).groupName(name)
        .description(description).precedence(precedence).roleArn(roleArn)));
  }

  /**
   * UpdateGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the group name
   * @param description the description: Cognito clears it if null
   * @param precedence the precedence: Cognito clears it if null
   * @param roleArn the IAM role: Cognito clears it if null
   */
  public void updateGroup(String resource, String poolId, String name, String description, Integer precedence,
      String roleArn) {
    run("UpdateGroup", resource, () -> cognito.updateGroup(b -> b.userPoolId(poolId).groupName(name)
        .description(description).precedence(precedence).roleArn(roleArn)));
  }

  /**
   * DeleteGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param name the group name
   */
  public void deleteGroup(String resource, String poolId, String name) {
    run("DeleteGroup", resource, () -> cognito.deleteGroup(b -> b.userPoolId(poolId).groupName(name)));
  }

  /**
   * ListGroups, every page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the group names
   */
  public List<String> listGroups(String resource, String poolId) {
    List<String> groups = new ArrayList<>();
    run("ListGroups", resource, () -> {
      groups.clear();
      cognito.listGroupsPaginator(b -> b.userPoolId(poolId).limit(60)).groups().forEach(g -> groups.add(
          g.groupName()));
      return groups;
    });
    return groups;
  }

  /**
   * ListUsersInGroup, one page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param group the group name
   * @param nextToken the page token, or null for the first page
   * @return the page
   */
  public ListUsersInGroupResponse listUsersInGroup(String resource, String poolId, String group, String nextToken) {
    return run("ListUsersInGroup", resource, () -> cognito.listUsersInGroup(b -> b.userPoolId(poolId)
        .groupName(group).limit(60).nextToken(nextToken)));
  }

  /**
   * ListUsersInGroup, every page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param group the group name
   * @return the members' user names
   */
  public List<String> listGroupMembers(String resource, String poolId, String group) {
    List<String> names = new ArrayList<>();
    String token = null;
    do {
      ListUsersInGroupResponse page = listUsersInGroup(resource, poolId, group, token);
      page.users().forEach(u -> names.add(u.username()));
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return names;
  }

  /**
   * AdminListGroupsForUser, every page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   * @return the user's group names
   */
  public List<String> adminListGroupsForUser(String resource, String poolId, String username) {
    List<String> groups = new ArrayList<>();
    run("AdminListGroupsForUser", resource, () -> {
      groups.clear();
      cognito.adminListGroupsForUserPaginator(b -> b.userPoolId(poolId).username(username).limit(60)).groups()
          .forEach(g -> groups.add(g.groupName()));
      return groups;
    });
    return groups;
  }

  /**
   * AdminAddUserToGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param group the group
   * @param username the user
   */
  public void adminAddUserToGroup(String resource, String poolId, String group, String username) {
    run("AdminAddUserToGroup", resource, () -> cognito.adminAddUserToGroup(b -> b.userPoolId(poolId)
        .groupName(group).username(username)));
  }

  /**
   * AdminRemoveUserFromGroup.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param group the group
   * @param username the user
   */
  public void adminRemoveUserFromGroup(String resource, String poolId, String group, String username) {
    run("AdminRemoveUserFromGroup", resource, () -> cognito.adminRemoveUserFromGroup(b -> b.userPoolId(poolId)
        .groupName(group).username(username)));
  }

  // ---- users

  /**
   * AdminGetUser.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user name or an alias
   * @return the user, or empty if there is none
   */
  public Optional<AdminGetUserResponse> adminGetUser(String resource, String poolId, String username) {
    return find("AdminGetUser", resource, () -> cognito.adminGetUser(b -> b.userPoolId(poolId).username(username)));
  }

  /**
   * ListUsers, one page.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param filter the filter expression, or null
   * @param paginationToken the page token, or null for the first page
   * @return the page
   */
  public ListUsersResponse listUsers(String resource, String poolId, String filter, String paginationToken) {
    return run("ListUsers", resource, () -> cognito.listUsers(b -> b.userPoolId(poolId).limit(60).filter(filter)
        .paginationToken(paginationToken)));
  }

  /**
   * AdminCreateUser.
   *
   * @param resource for messages
   * @param request the request (may hold a temporary password: never logged)
   */
  public void adminCreateUser(String resource, AdminCreateUserRequest request) {
    run("AdminCreateUser", resource, () -> cognito.adminCreateUser(request));
  }

  /**
   * AdminSetUserPassword.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   * @param password the password (never logged)
   * @param permanent false for a temporary password
   */
  public void adminSetUserPassword(String resource, String poolId, String username, String password,
      boolean permanent) {
    run("AdminSetUserPassword", resource, () -> cognito.adminSetUserPassword(b -> b.userPoolId(poolId)
        .username(username).password(password).permanent(permanent)));
  }

  /**
   * AdminUpdateUserAttributes.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   * @param attributes the attributes to set
   */
  public void adminUpdateUserAttributes(String resource, String poolId, String username,
      List<AttributeType> attributes) {
    run("AdminUpdateUserAttributes", resource, () -> cognito.adminUpdateUserAttributes(b -> b.userPoolId(poolId)
        .username(username).userAttributes(attributes)));
  }

  /**
   * AdminDeleteUserAttributes.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   * @param attributeNames the attributes to remove
   */
  public void adminDeleteUserAttributes(String resource, String poolId, String username,
      List<String> attributeNames) {
    run("AdminDeleteUserAttributes", resource, () -> cognito.adminDeleteUserAttributes(b -> b.userPoolId(poolId)
        .username(username).userAttributeNames(attributeNames)));
  }

  /**
   * AdminEnableUser or AdminDisableUser.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   * @param enabled true to enable, false to disable
   */
  public void adminSetEnabled(String resource, String poolId, String username, boolean enabled) {
    if (enabled) {
      run("AdminEnableUser", resource, () -> cognito.adminEnableUser(b -> b.userPoolId(poolId).username(username)));
    } else {
      run("AdminDisableUser", resource, () -> cognito.adminDisableUser(b -> b.userPoolId(poolId)
          .username(username)));
    }
  }

  /**
   * AdminResetUserPassword.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   */
  public void adminResetUserPassword(String resource, String poolId, String username) {
    run("AdminResetUserPassword", resource, () -> cognito.adminResetUserPassword(b -> b.userPoolId(poolId)
        .username(username)));
  }

  /**
   * AdminConfirmSignUp.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   */
  public void adminConfirmSignUp(String resource, String poolId, String username) {
    run("AdminConfirmSignUp", resource, () -> cognito.adminConfirmSignUp(b -> b.userPoolId(poolId)
        .username(username)));
  }

  /**
   * AdminUserGlobalSignOut.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   */
  public void adminUserGlobalSignOut(String resource, String poolId, String username) {
    run("AdminUserGlobalSignOut", resource, () -> cognito.adminUserGlobalSignOut(b -> b.userPoolId(poolId)
        .username(username)));
  }

  /**
   * AdminDeleteUser.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param username the user
   */
  public void adminDeleteUser(String resource, String poolId, String username) {
    run("AdminDeleteUser", resource, () -> cognito.adminDeleteUser(b -> b.userPoolId(poolId).username(username)));
  }

  // ---- user import jobs

  /**
   * GetCSVHeader: the columns an import file for this pool must have.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @return the column names
   */
  public List<String> getCsvHeader(String resource, String poolId) {
    return run("GetCSVHeader", resource, () -> cognito.getCSVHeader(b -> b.userPoolId(poolId))).csvHeader();
  }

  /**
   * CreateUserImportJob.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param jobName the job's name
   * @param cloudWatchLogsRoleArn the role Cognito writes the job's logs with
   * @return the job, with its pre-signed upload URL
   */
  public UserImportJobType createUserImportJob(String resource, String poolId, String jobName,
      String cloudWatchLogsRoleArn) {
    return run("CreateUserImportJob", resource, () -> cognito.createUserImportJob(b -> b.userPoolId(poolId)
        .jobName(jobName).cloudWatchLogsRoleArn(cloudWatchLogsRoleArn))).userImportJob();
  }

  /**
   * StartUserImportJob.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param jobId the job id
   * @return the job
   */
  public UserImportJobType startUserImportJob(String resource, String poolId, String jobId) {
    return run("StartUserImportJob", resource, () -> cognito.startUserImportJob(b -> b.userPoolId(poolId)
        .jobId(jobId))).userImportJob();
  }

  /**
   * DescribeUserImportJob.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param jobId the job id
   * @return the job, with its status and counts
   */
  public UserImportJobType describeUserImportJob(String resource, String poolId, String jobId) {
    return run("DescribeUserImportJob", resource, () -> cognito.describeUserImportJob(b -> b.userPoolId(poolId)
        .jobId(jobId))).userImportJob();
  }

  /**
   * StopUserImportJob.
   *
   * @param resource for messages
   * @param poolId the pool id
   * @param jobId the job id
   * @return the job
   */
  public UserImportJobType stopUserImportJob(String resource, String poolId, String jobId) {
    return run("StopUserImportJob", resource, () -> cognito.stopUserImportJob(b -> b.userPoolId(poolId)
        .jobId(jobId))).userImportJob();
  }

  // ---- identity pools

  /**
   * Finds an identity pool's id by name (ListIdentityPools, every page).
   *
   * @param resource for messages
   * @param name the identity pool name
   * @return the id, or empty if none has the name
   * @throws CognitoAdminException AMBIGUOUS if several have it
   */
  public Optional<String> findIdentityPoolId(String resource, String name) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListIdentityPoolsResponse page = run("ListIdentityPools", resource, () -> identity.listIdentityPools(b -> b
          .maxResults(60).nextToken(t)));
      for (IdentityPoolShortDescription p : page.identityPools()) {
        if (name.equals(p.identityPoolName())) {
          ids.add(p.identityPoolId());
        }
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    if (ids.size() > 1) {
      throw new CognitoAdminException(Reason.AMBIGUOUS, "ListIdentityPools", resource, ids.size()
          + " identity pools have this name: " + ids, null, null, null);
    }
    return ids.stream().findFirst();
  }

  /**
   * DescribeIdentityPool.
   *
   * @param resource for messages
   * @param id the identity pool id
   * @return the identity pool
   */
  public DescribeIdentityPoolResponse describeIdentityPool(String resource, String id) {
    return run("DescribeIdentityPool", resource, () -> identity.describeIdentityPool(b -> b.identityPoolId(id)));
  }

  /**
   * CreateIdentityPool.
   *
   * @param resource for messages
   * @param request the request
   * @return the new id
   */
  public String createIdentityPool(String resource, CreateIdentityPoolRequest request) {
    return run("CreateIdentityPool", resource, () -> identity.createIdentityPool(request)).identityPoolId();
  }

  /**
   * UpdateIdentityPool.
   *
   * @param resource for messages
   * @param request the whole request: Cognito resets every field it omits
   */
  public void updateIdentityPool(String resource, UpdateIdentityPoolRequest request) {
    run("UpdateIdentityPool", resource, () -> identity.updateIdentityPool(request));
  }

  /**
   * GetIdentityPoolRoles.
   *
   * @param resource for messages
   * @param id the identity pool id
   * @return the roles by kind ({@code authenticated}, {@code unauthenticated})
   */
  public Map<String, String> getIdentityPoolRoles(String resource, String id) {
    return run("GetIdentityPoolRoles", resource, () -> identity.getIdentityPoolRoles(b -> b.identityPoolId(id)))
        .roles();
  }

  /**
   * SetIdentityPoolRoles.
   *
   * @param resource for messages
   * @param id the identity pool id
   * @param roles every role: Cognito drops the ones omitted
   */
  public void setIdentityPoolRoles(String resource, String id, Map<String, String> roles) {
    run("SetIdentityPoolRoles", resource, () -> identity.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(roles)));
  }
}
