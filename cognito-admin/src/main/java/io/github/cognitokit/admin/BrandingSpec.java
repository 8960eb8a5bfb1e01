package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.BrandingDesired;
import io.github.cognitokit.admin.internal.BrandingReconciler;
import io.github.cognitokit.admin.internal.JsonDocuments;
import io.github.cognitokit.admin.internal.Outcome;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetCategoryType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetExtensionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ColorSchemeModeType;

/**
 * The managed login branding of one app client (managed login, the domain's {@code managedLoginVersion(2)}): either
 * Cognito's default style, or your style settings (the JSON the branding editor exports) and image assets. Get one
 * from {@link UserPool#managedLoginBranding(AppClient)}.
 *
 * <pre>{@code
 * pool.managedLoginBranding(web).cognitoDefaults().ensure();
 * pool.managedLoginBranding(web).settings(Files.readString(Path.of("branding.json")))
 *     .asset("PAGE_HEADER_LOGO", "LIGHT", "PNG", Files.readAllBytes(Path.of("logo.png")))
 *     .ensure();
 * }</pre>
 *
 * <p>Settings are compared as JSON values (key order and spacing do not count), assets by category, color mode,
 * extension and bytes. Unset settings or assets keep the current ones.
 */
public final class BrandingSpec {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private final AppClient client;
  private boolean cognitoDefaults;
  private Document settings;
  private List<AssetType> assets;

  BrandingSpec(CognitoAdmin admin, UserPool pool, AppClient client) {
    this.admin = admin;
    this.pool = pool;
    this.client = Args.notNull(client, "client");
  }

  /**
   * Uses Cognito's default style (and drops settings and assets set here before).
   *
   * @return this spec
   */
  public BrandingSpec cognitoDefaults() {
    this.cognitoDefaults = true;
    this.settings = null;
    this.assets = null;
    return this;
  }

  /**
   * Sets the style settings: the JSON document of the branding editor (its export, or the {@code Settings} of a
   * {@code DescribeManagedLoginBranding}).
   *
   * @param json a JSON object
   * @return this spec
   * @throws IllegalArgumentException if it is not one JSON object (naming the line and column)
   */
  public BrandingSpec settings(String json) {
    Args.text(json, "settings");
    this.settings = JsonDocuments.parseObject(json, "settings");
    this.cognitoDefaults = false;
    return this;
  }

  /**
   * Adds an image asset; the assets given here replace the current ones as a whole.
   *
   * @param category where it shows, such as {@code PAGE_HEADER_LOGO}, {@code FORM_LOGO}, {@code FAVICON_ICO}
   * @param colorMode {@code LIGHT}, {@code DARK} or {@code DYNAMIC}
   * @param extension {@code PNG}, {@code JPEG}, {@code SVG}, {@code ICO} or {@code WEBP}
   * @param bytes the image, at most 2 MB
   * @return this spec
   * @throws IllegalArgumentException if a name is not one Cognito knows, or the image is empty or too large
   */
  public BrandingSpec asset(String category, String colorMode, String extension, byte[] bytes) {
    known(category, "category", AssetCategoryType.knownValues());
    known(colorMode, "colorMode", ColorSchemeModeType.knownValues());
    known(extension, "extension", AssetExtensionType.knownValues());
    Args.notNull(bytes, "bytes");
    if (bytes.length == 0 || bytes.length > 2 * 1024 * 1024) {
      throw new IllegalArgumentException("asset bytes must be 1 byte to 2 MB, was " + bytes.length);
    }
    if (assets == null) {
      assets = new ArrayList<>();
    }
    assets.add(AssetType.builder().category(category).colorMode(colorMode).extension(extension)
        .bytes(SdkBytes.fromByteArray(bytes)).build());
    this.cognitoDefaults = false;
    return this;
  }

  private static void known(String value, String name, java.util.Set<?> values) {
    Args.text(value, name);
    if (values.stream().noneMatch(v -> v.toString().equals(value))) {
      throw new IllegalArgumentException(name + " must be one of " + values + ", was '" + value + "'");
    }
  }

  /**
   * Creates the branding or converges it to this spec.
   *
   * @return the branding, with its report
   * @throws IllegalArgumentException if neither the default style nor settings were given for a new branding
   * @throws CognitoAdminException if Cognito refuses
   */
  public ManagedLoginBranding ensure() {
    return reconcile(false);
  }

  /**
   * Computes what {@link #ensure()} would change, without changing anything.
   *
   * @return the report
   */
  public ChangeReport plan() {
    return reconcile(true).report();
  }

  private ManagedLoginBranding reconcile(boolean dryRun) {
    BrandingDesired desired = freeze();
    if (!cognitoDefaults && settings == null && assets == null) {
      throw new IllegalArgumentException(desired.resource() + " needs cognitoDefaults() or settings(...)");
    }
    Outcome r = new BrandingReconciler(admin.gateway()).ensure(desired, dryRun);
    return new ManagedLoginBranding(admin, pool, client, r.id(), r.report());
  }

  /** The spec as an immutable desired state. */
  BrandingDesired freeze() {
    return new BrandingDesired(pool.id(), client.clientId(), "managed login branding of app client " + client.name()
        + " in " + pool.name(), cognitoDefaults, settings, assets);
  }

  @Override
  public String toString() {
    return "BrandingSpec{" + client.name() + (cognitoDefaults ? ", Cognito defaults" : "") + "}";
  }
}
