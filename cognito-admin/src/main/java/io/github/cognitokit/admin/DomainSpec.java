package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.DomainDesired;
import io.github.cognitokit.admin.internal.DomainReconciler;
import io.github.cognitokit.admin.internal.Gateway;
import io.github.cognitokit.admin.internal.UiCustomizationDesired;
import io.github.cognitokit.admin.internal.UiCustomizationReconciler;

/**
 * The desired domain of a pool: a prefix domain ({@code https://{prefix}.auth.{region}.amazoncognito.com}) or a
 * custom domain with an ACM certificate. The certificate and the managed login version change in place; a pool
 * that already has another domain of the same kind is an error (delete that one first).
 */
public final class DomainSpec {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final String domain;
  private final String certificateArn;
  private Integer managedLoginVersion;
  private String css;
  private byte[] logo;

  DomainSpec(CognitoAdmin admin, UserPool pool, String domain, String certificateArn) {
    this.admin = admin;
    this.pool = pool;
    this.domain = domain;
    this.certificateArn = certificateArn;
  }

  /**
   * Chooses the sign-in pages: 1 for the classic hosted UI, 2 for managed login.
   *
   * @param version 1 or 2
   * @return this spec
   * @throws IllegalArgumentException otherwise
   */
  public DomainSpec managedLoginVersion(int version) {
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("managedLoginVersion must be 1 or 2, was " + version);
    }
    this.managedLoginVersion = version;
    return this;
  }

  /**
   * Customizes the classic hosted UI for all clients ({@code SetUICustomization}). {@code ensure()} reads the current
   * customization first and sends nothing when the CSS (ignoring surrounding white space) and the logo (read back
   * from the address Cognito serves it at, and compared byte for byte) already match. A null side keeps what the pool
   * has: Cognito's call replaces both, so the current logo is read and sent again with new CSS.
   *
   * @param css the CSS, or null
   * @param logo the logo image (PNG or JPEG, up to 100 KB), or null
   * @return this spec
   * @throws IllegalArgumentException if both are null or the logo is too large
   */
  public DomainSpec uiCustomization(String css, byte[] logo) {
    if (css == null && logo == null) {
      throw new IllegalArgumentException("uiCustomization needs css or a logo");
    }
    if (logo != null && logo.length > 100 * 1024) {
      throw new IllegalArgumentException("uiCustomization logo must be at most 100 KB, was " + logo.length
          + " bytes");
    }
    this.css = css;
    this.logo = logo == null ? null : logo.clone();
    return this;
  }

  /**
   * Creates the domain, or converges the existing one.
   *
   * @return the domain
   * @throws CognitoAdminException if the domain belongs to another pool, the pool has another domain, or Cognito
   *     refuses
   */
  public Domain ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would do, without writing.
   *
   * @return the planned change
   * @throws CognitoAdminException if Cognito cannot be read or the domain is taken
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private Domain reconcile(boolean dryRun) {
    Gateway gateway = admin.gateway();
    DomainReconciler.Result r = new DomainReconciler(gateway).ensure(freeze(), dryRun);
    ChangeReport report = r.report();
    UiCustomizationDesired ui = freezeUiCustomization();
    if (ui != null) {
      report = DomainReconciler.merge(report, new UiCustomizationReconciler(gateway).ensure(ui, dryRun).report(),
          dryRun);
    }
    return new Domain(admin, pool, domain, certificateArn != null, r.cloudFront(), report);
  }

  /** The domain part of the spec as an immutable desired state. */
  DomainDesired freeze() {
    return new DomainDesired(pool.id(), pool.name(), domain, certificateArn, managedLoginVersion);
  }

  /** The hosted UI part of the spec as an immutable desired state, or null if the spec sets none. */
  UiCustomizationDesired freezeUiCustomization() {
    return css == null && logo == null ? null : new UiCustomizationDesired(pool.id(), freeze().resource(), css,
        logo);
  }

  @Override
  public String toString() {
    return "DomainSpec{" + domain + "}";
  }
}
