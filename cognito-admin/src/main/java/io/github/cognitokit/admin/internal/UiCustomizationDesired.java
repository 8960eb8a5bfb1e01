package io.github.cognitokit.admin.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The classic hosted UI's customization for every client of a pool ({@code ALL}): CSS and a logo, each null when
 * the spec leaves it as it is.
 *
 * @param poolId the pool id
 * @param resource the domain, for messages
 * @param css the CSS, or null
 * @param logo the logo image, or null (the record keeps its own copy)
 */
public record UiCustomizationDesired(String poolId, String resource, String css, byte[] logo) {
  /** Copies the logo. */
  public UiCustomizationDesired {
    logo = logo == null ? null : logo.clone();
  }

  @Override
  public byte[] logo() {
    return logo == null ? null : logo.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UiCustomizationDesired u && Objects.equals(poolId, u.poolId)
        && Objects.equals(resource, u.resource) && Objects.equals(css, u.css) && Arrays.equals(logo, u.logo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(poolId, resource, css) * 31 + Arrays.hashCode(logo);
  }

  @Override
  public String toString() {
    return "UiCustomizationDesired{" + resource + ", css=" + (css == null ? null : css.length() + " characters")
        + ", logo=" + (logo == null ? null : logo.length + " bytes") + "}";
  }
}
