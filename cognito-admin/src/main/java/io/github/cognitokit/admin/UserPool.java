package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Gateway;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * A user pool that exists (or, from {@code plan()}, would exist), with the way to everything inside it: domains,
 * resource servers, app clients, groups and users.
 *
 * <p>A handle: immutable, cheap, and thread-safe; it holds the pool id and the report of the {@code ensure()} that
 * returned it, and reads Cognito only when asked.
 */
public final class UserPool {
  private final CognitoAdmin admin;
  private final String id;
  private final String name;
  private final ChangeReport report;

  UserPool(CognitoAdmin admin, String id, String name, ChangeReport report) {
    this.admin = admin;
    this.id = id;
    this.name = name;
    this.report = report;
  }

  /**
   * Returns the pool id.
   *
   * @return for example {@code us-east-1_AbC123}
   * @throws IllegalStateException for a pool that {@code plan()} says would be created
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("user pool " + name + " does not exist yet (this handle comes from plan())");
    }
    return id;
  }

  /**
   * Returns the pool name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the pool's region, from its id.
   *
   * @return for example {@code us-east-1}
   */
  public String region() {
    return id().substring(0, id().indexOf('_'));
  }

  /**
   * Returns the issuer of the pool's tokens.
   *
   * @return {@code https://cognito-idp.{region}.amazonaws.com/{id}}
   */
  public String issuer() {
    String region = region();
    return "https://cognito-idp." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn/" : ".amazonaws.com/")
        + id();
  }

  /**
   * Returns what the {@code ensure()} that returned this handle did.
   *
   * @return the report
   */
  public ChangeReport report() {
    return report;
  }

  /**
   * Reads the pool's full current configuration, as the SDK describes it.
   *
   * @return the description
   * @throws CognitoAdminException if it cannot be read
   */
  public UserPoolType describe() {
    return admin.gateway().describeUserPool("user pool " + name, id());
  }

  /**
   * Starts the settings of the pool's prefix domain: {@code https://{prefix}.auth.{region}.amazoncognito.com}.
   *
   * @param prefix the domain prefix
   * @return a spec; call {@link DomainSpec#ensure()}
   * @throws IllegalArgumentException if the prefix is not valid
   */
  public DomainSpec domain(String prefix) {
    return new DomainSpec(admin, this, Args.domainPrefix(prefix), null);
  }

  /**
   * Starts the settings of a custom domain with an ACM certificate (in us-east-1).
   *
   * @param domainName for example {@code auth.example.com}
   * @param certificateArn the ACM certificate ARN
   * @return a spec; call {@link DomainSpec#ensure()}
   * @throws IllegalArgumentException if the domain or ARN is not valid
   */
  public DomainSpec customDomain(String domainName, String certificateArn) {
    Args.text(domainName, "domainName");
    if (!domainName.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
      throw new IllegalArgumentException("domainName must be a DNS name such as auth.example.com, was '" + domainName
          + "'");
    }
    Args.text(certificateArn, "certificateArn");
    if (!certificateArn.startsWith("arn:") || !certificateArn.contains(":acm:")) {
      throw new IllegalArgumentException("certificateArn must be an ACM certificate ARN, was '" + certificateArn
          + "'");
    }
    return new DomainSpec(admin, this, domainName, certificateArn);
  }

  /**
   * Starts the settings of a resource server (an API with custom scopes).
   *
   * @param identifier the identifier, for example {@code rs} or {@code https://api.example.com}
   * @return a spec; call {@link ResourceServerSpec#ensure()}
   * @throws IllegalArgumentException if the identifier is blank or has spaces
   */
  public ResourceServerSpec resourceServer(String identifier) {
    return new ResourceServerSpec(admin, this, identifier);
  }

  /**
   * Starts the spec of a SAML identity provider of this pool.
   *
   * @param name the provider's name, 1-32 characters
   * @return the spec; nothing is sent until {@code ensure()}
   * @throws IllegalArgumentException if the name is invalid or a social provider's
   */
  public IdentityProviderSpec samlProvider(String name) {
    return new IdentityProviderSpec(admin, this, name, ProviderType.SAML);
  }

  /**
   * Starts the spec of an OpenID Connect identity provider of this pool.
   *
   * @param name the provider's name, 1-32 characters
   * @return the spec; nothing is sent until {@code ensure()}
   * @throws IllegalArgumentException if the name is invalid or a social provider's
   */
  public IdentityProviderSpec oidcProvider(String name) {
    return new IdentityProviderSpec(admin, this, name, ProviderType.OIDC);
  }

  /**
   * Starts the spec of a social identity provider of this pool; it is named after its type ({@code Google} ...).
   *
   * @param type the social provider
   * @return the spec; nothing is sent until {@code ensure()}
   * @throws IllegalArgumentException if the type is SAML or OIDC (use {@link #samlProvider(String)} or
   *     {@link #oidcProvider(String)})
   */
  public IdentityProviderSpec socialProvider(ProviderType type) {
    Args.notNull(type, "type");
    if (!type.social()) {
      throw new IllegalArgumentException(type + " providers are named: use samlProvider(name) or oidcProvider(name)");
    }
    return new IdentityProviderSpec(admin, this, type.apiValue(), type);
  }

  /**
   * Starts the spec of an app client's managed login branding (the style of the managed login pages that domains
   * with {@code managedLoginVersion(2)} show).
   *
   * @param client the app client
   * @return the spec; nothing is sent until {@code ensure()}
   * @throws IllegalArgumentException if the client is null
   */
  public BrandingSpec managedLoginBranding(AppClient client) {
    return new BrandingSpec(admin, this, client);
  }

  /**
   * Starts the settings of an app client found by name in this pool.
   *
   * @param name the client name
   * @return a spec; call {@link AppClientSpec#ensure()}
   * @throws IllegalArgumentException if the name is blank
   */
  public AppClientSpec client(String name) {
    return new AppClientSpec(admin, this, name);
  }

  /**
   * Starts the settings of a group.
   *
   * @param name the group name
   * @return a spec; call {@link GroupSpec#ensure()}
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public GroupSpec group(String name) {
    return new GroupSpec(admin, this, name);
  }

  /**
   * Starts the settings of a user.
   *
   * @param username the user name (or, in e-mail-as-username pools, the e-mail)
   * @return a spec; call {@link UserSpec#ensure()}
   * @throws IllegalArgumentException if the name is blank
   */
  public UserSpec user(String username) {
    return new UserSpec(admin, this, username);
  }

  /**
   * Finds a user.
   *
   * @param username the user name or an alias
   * @return the user, or empty
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public Optional<User> findUser(String username) {
    return User.find(admin, this, Args.text(username, "username"));
  }

  /**
   * Lists users, with an optional filter; pages are fetched as the stream is read.
   *
   * @return a query
   */
  public UserQuery users() {
    return new UserQuery(admin, this);
  }

  /**
   * Starts a bulk import of new users through Cognito's import jobs (see {@link UserImport}).
   *
   * @param users the users; no passwords, groups or enabled states
   * @param cloudWatchLogsRoleArn the IAM role Cognito writes the job's logs with
   * @return the import; nothing is sent until {@link UserImport#run()}
   * @throws IllegalArgumentException if an argument is null or the ARN is not an IAM role's
   */
  public UserImport importUsers(java.util.List<DesiredUser> users, String cloudWatchLogsRoleArn) {
    id();
    return new UserImport(admin, this, users, cloudWatchLogsRoleArn);
  }

  /**
   * Stops a running import job.
   *
   * @param jobId the job id (from a report or an exception)
   * @return the job's status after the request, usually {@code Stopping}
   * @throws CognitoAdminException if Cognito refuses (the job has ended, for example)
   */
  public String stopImport(String jobId) {
    Args.text(jobId, "jobId");
    return admin.gateway().stopUserImportJob("user import into " + name, id(), jobId).statusAsString();
  }

  /**
   * Starts a user sync from a directory into this pool.
   *
   * @return the provisioning settings; call {@link Provisioning#plan()} or {@link Provisioning#apply()}
   */
  public Provisioning provisioning() {
    id();
    return new Provisioning(admin, this);
  }

  /**
   * Deletes the pool and everything in it. Deleting a pool that is gone is not an error.
   *
   * @return DELETED, or ABSENT if it did not exist
   * @throws CognitoAdminException if Cognito refuses (for example with deletion protection on)
   */
  public ChangeReport delete() {
    String resource = "user pool " + name + " (" + id() + ")";
    return Deletion.idempotent(resource, () -> {
      Gateway gateway = admin.gateway();
      UserPoolType pool = describe();
      for (String domain : new String[] {pool.domain(), pool.customDomain()}) {
        if (domain != null && !domain.isEmpty()) {
          gateway.deleteUserPoolDomain(resource, id, domain);
        }
      }
      gateway.deleteUserPool(resource, name, id);
    });
  }

  @Override
  public String toString() {
    return "UserPool{" + name + (id == null ? "" : ", " + id) + "}";
  }
}
