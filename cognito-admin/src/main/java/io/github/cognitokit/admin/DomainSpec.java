package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.admin.internal.HostedImages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

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
    String poolId = pool.id();
    String resource = "domain " + domain + " of " + pool.name();
    DomainDescriptionType d = admin.calls().run("DescribeUserPoolDomain", resource, () -> admin.cognito()
        .describeUserPoolDomain(b -> b.domain(domain))).domainDescription();
    boolean exists = d != null && d.userPoolId() != null && !d.userPoolId().isEmpty();
    if (exists && !poolId.equals(d.userPoolId())) {
      throw new CognitoAdminException(Reason.ALREADY_EXISTS, "ensure", resource, "the domain belongs to another"
          + " pool, " + d.userPoolId(), null, null, null);
    }
    List<FieldChange> changes = new ArrayList<>();
    Change change;
    String cloudFront = exists ? d.cloudFrontDistribution() : null;
    if (!exists) {
      UserPoolType current = admin.describePool(poolId);
      String other = certificateArn == null ? current.domain() : current.customDomain();
      if (other != null && !other.isEmpty() && !other.equals(domain)) {
        throw new CognitoAdminException(Reason.IMMUTABLE, "ensure", resource, "the pool already has the "
            + (certificateArn == null ? "prefix" : "custom") + " domain " + other + "; delete it first", null, null,
            null);
      }
      change = Change.CREATED;
      if (!dryRun) {
        cloudFront = admin.calls().run("CreateUserPoolDomain", resource, () -> admin.cognito()
            .createUserPoolDomain(b -> {
              b.userPoolId(poolId).domain(domain);
              if (certificateArn != null) {
                b.customDomainConfig(c -> c.certificateArn(certificateArn));
              }
              if (managedLoginVersion != null) {
                b.managedLoginVersion(managedLoginVersion);
              }
            })).cloudFrontDomain();
      }
    } else {
      String haveCert = d.customDomainConfig() == null ? null : d.customDomainConfig().certificateArn();
      if (certificateArn != null && !Objects.equals(haveCert, certificateArn)) {
        changes.add(new FieldChange("CertificateArn", haveCert, certificateArn));
      }
      if (managedLoginVersion != null && !Objects.equals(d.managedLoginVersion(), managedLoginVersion)) {
        changes.add(new FieldChange("ManagedLoginVersion", String.valueOf(d.managedLoginVersion()),
            String.valueOf(managedLoginVersion)));
      }
      change = changes.isEmpty() ? Change.UNCHANGED : Change.UPDATED;
      if (!dryRun && !changes.isEmpty()) {
        String cert = certificateArn != null ? certificateArn : haveCert;
        Integer version = managedLoginVersion != null ? managedLoginVersion : d.managedLoginVersion();
        admin.calls().run("UpdateUserPoolDomain", resource, () -> admin.cognito().updateUserPoolDomain(b -> {
          b.userPoolId(poolId).domain(domain);
          if (cert != null) {
            b.customDomainConfig(c -> c.certificateArn(cert));
          }
          if (version != null) {
            b.managedLoginVersion(version);
          }
        }));
      }
    }
    if (css != null || logo != null) {
      List<FieldChange> ui = convergeUiCustomization(poolId, resource, dryRun);
      changes.addAll(ui);
      if (!ui.isEmpty() && change == Change.UNCHANGED) {
        change = Change.UPDATED;
      }
    }
    return new Domain(admin, pool, domain, certificateArn != null, cloudFront,
        new ChangeReport(resource, change, change == Change.CREATED && !dryRun ? List.of() : changes));
  }

  /**
   * Compares the hosted UI's CSS and logo with the spec's and sends {@code SetUICustomization} only if they differ.
   * That call replaces both, so the side the spec does not name is sent as it is now (the logo read back from its
   * address), never dropped.
   */
  private List<FieldChange> convergeUiCustomization(String poolId, String resource, boolean dryRun) {
    UICustomizationType now = admin.calls().run("GetUICustomization", resource,
        () -> admin.cognito().getUICustomization(b -> b.userPoolId(poolId).clientId("ALL"))).uiCustomization();
    String haveCss = now == null ? null : now.css();
    String imageUrl = now == null || now.imageUrl() == null || now.imageUrl().isEmpty() ? null : now.imageUrl();
    boolean cssSame = css == null || css.strip().equals(haveCss == null ? null : haveCss.strip());
    byte[] haveLogo = null;
    if (imageUrl != null && (logo != null || !cssSame)) {
      haveLogo = currentLogo(imageUrl, resource, logo == null);
    }
    boolean logoSame = logo == null || (haveLogo != null && Arrays.equals(haveLogo, logo));
    List<FieldChange> changes = new ArrayList<>();
    if (!cssSame) {
      changes.add(new FieldChange("UICustomization.CSS", haveCss == null ? null : haveCss.length() + " characters",
          css.length() + " characters"));
    }
    if (!logoSame) {
      changes.add(new FieldChange("UICustomization.ImageFile", haveLogo == null ? (imageUrl == null ? null
          : "another image") : haveLogo.length + " bytes", logo.length + " bytes"));
    }
    if (!changes.isEmpty() && !dryRun) {
      String sendCss = css != null ? css : haveCss;
      byte[] sendLogo = logo != null ? logo : haveLogo;
      admin.calls().run("SetUICustomization", resource, () -> admin.cognito().setUICustomization(b -> {
        b.userPoolId(poolId).clientId("ALL").css(sendCss);
        if (sendLogo != null) {
          b.imageFile(SdkBytes.fromByteArray(sendLogo));
        }
      }));
    }
    return changes;
  }

  private static byte[] currentLogo(String imageUrl, String resource, boolean mustKeep) {
    try {
      Optional<byte[]> bytes = HostedImages.fetch(imageUrl);
      if (bytes.isPresent() || !mustKeep) {
        return bytes.orElse(null);
      }
    } catch (IOException e) {
      if (!mustKeep) {
        return null;
      }
    }
    // Only the CSS changes, and SetUICustomization would drop a logo it is not sent: refuse rather than lose it.
    throw new CognitoAdminException(Reason.INVALID, "ensure", resource, "the hosted UI's current logo could not be"
        + " read back from " + imageUrl + ", and changing only the CSS would remove it; pass the logo to"
        + " uiCustomization(css, logo) as well", null, null, null);
  }

  @Override
  public String toString() {
    return "DomainSpec{" + domain + "}";
  }
}
