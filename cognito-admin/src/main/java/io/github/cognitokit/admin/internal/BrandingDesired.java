package io.github.cognitokit.admin.internal;

import java.util.List;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;

/**
 * An app client's managed login branding as a spec wants it: Cognito's default style, or style settings and assets.
 *
 * @param poolId the pool id
 * @param clientId the app client id
 * @param resource the branding, for messages
 * @param cognitoDefaults true for Cognito's default style
 * @param settings the style settings, or null to keep the current ones
 * @param assets the assets, or null to keep the current ones
 */
public record BrandingDesired(String poolId, String clientId, String resource, boolean cognitoDefaults,
    Document settings, List<AssetType> assets) {
  /** Freezes the assets. */
  public BrandingDesired {
    assets = assets == null ? null : List.copyOf(assets);
  }
}
