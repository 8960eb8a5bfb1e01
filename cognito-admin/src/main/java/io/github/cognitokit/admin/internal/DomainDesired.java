package io.github.cognitokit.admin.internal;

/**
 * A user pool domain as a spec wants it: a prefix on Cognito's domain, or a custom domain with its certificate.
 *
 * @param poolId the pool id
 * @param poolName the pool name, for messages
 * @param domain the prefix or custom domain name
 * @param certificateArn the ACM certificate of a custom domain, or null for a prefix
 * @param managedLoginVersion 1 (classic hosted UI) or 2 (managed login), or null to leave it
 */
public record DomainDesired(String poolId, String poolName, String domain, String certificateArn,
    Integer managedLoginVersion) {
  /**
   * The resource, for messages.
   *
   * @return "domain D of POOL"
   */
  public String resource() {
    return "domain " + domain + " of " + poolName;
  }

  /**
   * Tells whether this is a custom domain.
   *
   * @return true if it has a certificate
   */
  public boolean custom() {
    return certificateArn != null;
  }
}
