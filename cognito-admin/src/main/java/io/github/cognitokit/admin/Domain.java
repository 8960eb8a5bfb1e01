package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Poll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;

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
   * Reads the domain's status now ({@code DescribeUserPoolDomain}): {@code CREATING}, {@code UPDATING},
   * {@code DELETING}, {@code ACTIVE} or {@code FAILED}. A new custom domain stays {@code CREATING} while Cognito
   * sets up its CloudFront distribution, up to about an hour.
   *
   * @return the status
   * @throws CognitoAdminException NOT_FOUND if the pool has no such domain, or if Cognito cannot be read
   */
  public String status() {
    return describe().statusAsString();
  }

  private DomainDescriptionType describe() {
    String resource = "domain " + domain;
    return admin.gateway().describeUserPoolDomain(resource, domain).orElseThrow(() -> new CognitoAdminException(
        CognitoAdminException.Reason.NOT_FOUND, "DescribeUserPoolDomain", resource, "the domain does not exist",
        null, null, null));
  }

  /**
   * Waits until the domain is {@code ACTIVE}, reading its status every 5 seconds, and returns it with its
   * CloudFront target (the value of the DNS alias record of a custom domain).
   *
   * <pre>{@code
   * Domain auth = pool.customDomain("auth.example.com", certificateArn).ensure()
   *     .awaitActive(Duration.ofMinutes(60));
   * // DNS: auth.example.com ALIAS (or CNAME) -> auth.cloudFrontTarget().orElseThrow()
   * }</pre>
   *
   * @param timeout how long to wait at most, 1 second to 2 hours
   * @return the active domain
   * @throws IllegalArgumentException if the timeout is out of range
   * @throws CognitoAdminException INVALID if Cognito reports the domain FAILED (check that the certificate is in
   *     us-east-1 and validated, and that the parent domain resolves), UNAVAILABLE if it is not active in time,
   *     NOT_FOUND if it does not exist, OTHER if the thread is interrupted (its interrupt flag stays set)
   */
  public Domain awaitActive(Duration timeout) {
    return awaitActive(timeout, Duration.ofSeconds(5));
  }

  /** As {@link #awaitActive(Duration)}, reading the status at this interval (tests use milliseconds). */
  Domain awaitActive(Duration timeout, Duration every) {
    Args.notNull(timeout, "timeout");
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofHours(2)) > 0) {
      throw new IllegalArgumentException("timeout must be within 1 s..2 h, was " + timeout);
    }
    String resource = "domain " + domain;
    DomainDescriptionType d = Poll.until(this::describe, x -> "ACTIVE".equals(x.statusAsString())
        || "FAILED".equals(x.statusAsString()), timeout, every, "awaitActive", resource,
        x -> "the domain is still " + x.statusAsString());
    if ("FAILED".equals(d.statusAsString())) {
      throw new CognitoAdminException(CognitoAdminException.Reason.INVALID, "awaitActive", resource, "Cognito"
          + " reports the domain FAILED; for a custom domain check that the certificate is in us-east-1 and"
          + " validated and that the parent domain resolves, then delete and create it again", null, null, null);
    }
    return new Domain(admin, pool, domain, custom, d.cloudFrontDistribution(), report);
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
