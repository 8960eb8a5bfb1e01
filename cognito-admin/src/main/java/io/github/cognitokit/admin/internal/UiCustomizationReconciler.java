package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;

/**
 * The classic hosted UI's CSS and logo: {@code GetUICustomization}, plus the current logo read back from its
 * CloudFront address when it has to be compared or kept ({@code SetUICustomization} replaces CSS and logo
 * together); set only when the CSS (ignoring surrounding white space) or the logo's bytes differ.
 */
public final class UiCustomizationReconciler extends Reconciler<UiCustomizationDesired,
    UiCustomizationReconciler.Current, UiCustomizationReconciler.Writes, Outcome> {

  /**
   * What Cognito holds.
   *
   * @param css the CSS, or null
   * @param imageUrl where the logo is served, or null if there is none
   * @param logo the logo's bytes, or null if there is none or it was not needed
   */
  public record Current(String css, String imageUrl, byte[] logo) {}

  /**
   * The customization to set, whole.
   *
   * @param css the CSS
   * @param logo the logo, or null
   */
  public record Writes(String css, byte[] logo) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public UiCustomizationReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected Current observe(UiCustomizationDesired d) {
    UICustomizationType now = gateway.getUiCustomization(d.resource(), d.poolId());
    String css = now == null ? null : now.css();
    String imageUrl = now == null || now.imageUrl() == null || now.imageUrl().isEmpty() ? null : now.imageUrl();
    byte[] logo = null;
    if (imageUrl != null && (d.logo() != null || !sameCss(d.css(), css))) {
      logo = currentLogo(imageUrl, d.resource(), d.logo() == null);
    }
    return new Current(css, imageUrl, logo);
  }

  private static boolean sameCss(String want, String have) {
    return want == null || want.strip().equals(have == null ? null : have.strip());
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
  protected Plan<Writes> plan(Current current, UiCustomizationDesired desired) {
    return planUi(current, desired);
  }

  /**
   * Plans the customization: pure, reads only its arguments.
   *
   * @param current what Cognito holds
   * @param d the desired customization
   * @return the plan
   */
  public static Plan<Writes> planUi(Current current, UiCustomizationDesired d) {
    byte[] logo = d.logo();
    boolean cssSame = sameCss(d.css(), current.css());
    boolean logoSame = logo == null || current.logo() != null && Arrays.equals(current.logo(), logo);
    List<FieldChange> changes = new ArrayList<>();
    if (!cssSame) {
      changes.add(new FieldChange("UICustomization.CSS", current.css() == null ? null : current.css().length()
          + " characters", d.css().length() + " characters"));
    }
    if (!logoSame) {
      changes.add(new FieldChange("UICustomization.ImageFile", current.logo() == null ? (current.imageUrl() == null
          ? null : "another image") : current.logo().length + " bytes", logo.length + " bytes"));
    }
    return Plan.update(changes, new Writes(d.css() != null ? d.css() : current.css(),
        logo != null ? logo : current.logo()));
  }

  @Override
  protected Outcome apply(UiCustomizationDesired d, Current current, Plan<Writes> plan) {
    gateway.setUiCustomization(d.resource(), d.poolId(), plan.writes().css(), plan.writes().logo());
    return new Outcome(d.poolId(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(UiCustomizationDesired d, Current current, Plan<Writes> plan, boolean applied) {
    return new Outcome(d.poolId(), plan.report(d.resource(), applied));
  }
}
