package io.github.cognitokit.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A pool's domain, with the URLs of its sign-in pages and OAuth endpoints. Immutable. */
public final class Domain {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String domain;
  private final boolean custom;
  private final String cloudFront;
  private final ChangeReport report;

  Domain(CognitoAdmin admin, UserPool pool, String domain, boolean custom, String cloudFront, ChangeReport report) {
    this.admin = admin;
    this.pool = pool;
    this.domain = domain;
    this.custom = custom;
    this.cloudFront = cloudFront;
    this.report = report;
  }

  /**
   * Returns the prefix or custom domain name.
   *
   * @return the domain as created
   */
  public String domain() {
    return domain;
  }

  /**
   * Returns the base URL of the hosted UI and OAuth endpoints.
   *
   * @return {@code https://{prefix}.auth.{region}.amazoncognito.com} or {@code https://{custom domain}}
   */
  public String baseUrl() {
    return custom ? "https://" + domain : "https://" + domain + ".auth." + pool.region() + ".amazoncognito.com";
  }

  /**
   * Returns the token endpoint, for the client-credentials grant.
   *
   * @return {@code {baseUrl}/oauth2/token}
   */
  public String tokenEndpoint() {
    return baseUrl() + "/oauth2/token";
  }

  /**
   * Returns the URL that starts a sign-in with the authorization code grant.
   *
   * @param client the app client
   * @param redirectUri one of the client's callback URLs
   * @param scopes the scopes to request, for example {@code openid email}
   * @return {@code {baseUrl}/oauth2/authorize?...}
   * @throws IllegalArgumentException if an argument is null
   */
  public String signInUrl(AppClient client, String redirectUri, String scopes) {
    if (client == null || redirectUri == null || scopes == null) {
      throw new IllegalArgumentException("client, redirectUri and scopes must not be null");
    }
    return baseUrl() + "/oauth2/authorize?client_id=" + encode(client.clientId()) + "&response_type=code&scope="
        + encode(scopes) + "&redirect_uri=" + encode(redirectUri);
  }

  /**
   * Returns the sign-out URL.
   *
   * @param client the app client
   * @param logoutUri one of the client's sign-out URLs
   * @return {@code {baseUrl}/logout?...}
   * @throws IllegalArgumentException if an argument is null
   */
  public String signOutUrl(AppClient client, String logoutUri) {
    if (client == null || logoutUri == null) {
      throw new IllegalArgumentException("client and logoutUri must not be null");
    }
    return baseUrl() + "/logout?client_id=" + encode(client.clientId()) + "&logout_uri=" + encode(logoutUri);
  }

  /**
   * Returns the CloudFront name a custom domain's DNS alias must point at.
   *
   * @return the CloudFront domain; empty for prefix domains or when Cognito did not say
   */
  public Optional<String> cloudFrontTarget() {
    return custom ? Optional.ofNullable(cloudFront) : Optional.empty();
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
   * Deletes the domain. Deleting a domain that is gone is not an error.
   *
   * @return DELETED or ABSENT
   * @throws CognitoAdminException if Cognito refuses
   */
  public ChangeReport delete() {
    String resource = "domain " + domain;
    if (admin.gateway().describeUserPoolDomain(resource, domain).isEmpty()) {
      return new ChangeReport(resource, ChangeReport.Change.ABSENT, List.of());
    }
    admin.gateway().deleteUserPoolDomain(resource, pool.id(), domain);
    return new ChangeReport(resource, ChangeReport.Change.DELETED, List.of());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Domain{" + baseUrl() + "}";
  }
}
