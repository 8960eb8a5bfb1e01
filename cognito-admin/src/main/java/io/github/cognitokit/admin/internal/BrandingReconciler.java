package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;

/**
 * An app client's managed login branding: {@code DescribeManagedLoginBrandingByClient}; created, or updated whole
 * when the default-style choice, the settings (compared as JSON values) or the assets (compared by category, color
 * mode, extension and bytes) differ.
 */
public final class BrandingReconciler extends Reconciler<BrandingDesired, ManagedLoginBrandingType,
    BrandingReconciler.Writes, Outcome> {

  /**
   * The writes of a branding plan.
   *
   * @param create the creation, or null
   * @param update the update, or null
   */
  public record Writes(CreateManagedLoginBrandingRequest create, UpdateManagedLoginBrandingRequest update) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public BrandingReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected ManagedLoginBrandingType observe(BrandingDesired d) {
    return gateway.describeManagedLoginBrandingByClient(d.resource(), d.poolId(), d.clientId()).orElse(null);
  }

  @Override
  protected Plan<Writes> plan(ManagedLoginBrandingType current, BrandingDesired desired) {
    return planBranding(current, desired);
  }

  private record AssetKey(String category, String colorMode, String extension, List<Byte> bytes) {}

  private static Set<AssetKey> keys(List<AssetType> assets) {
    Set<AssetKey> keys = new HashSet<>();
    for (AssetType a : assets) {
      List<Byte> bytes = new ArrayList<>();
      if (a.bytes() != null) {
        for (byte b : a.bytes().asByteArray()) {
          bytes.add(b);
        }
      }
      keys.add(new AssetKey(a.categoryAsString(), a.colorModeAsString(), a.extensionAsString(), bytes));
    }
    return keys;
  }

  /**
   * Plans branding: pure, reads only its arguments.
   *
   * @param current the branding as described, or null if the client has none
   * @param d the desired branding
   * @return the plan
   */
  public static Plan<Writes> planBranding(ManagedLoginBrandingType current, BrandingDesired d) {
    if (current == null) {
      List<FieldChange> fields = new ArrayList<>();
      fields.add(new FieldChange("UseCognitoProvidedValues", null, String.valueOf(d.cognitoDefaults())));
      if (d.settings() != null) {
        fields.add(new FieldChange("Settings", null, "set"));
      }
      if (d.assets() != null) {
        fields.add(new FieldChange("Assets", null, d.assets().size() + " assets"));
      }
      CreateManagedLoginBrandingRequest.Builder b = CreateManagedLoginBrandingRequest.builder().userPoolId(d.poolId())
          .clientId(d.clientId());
      if (d.cognitoDefaults()) {
        b.useCognitoProvidedValues(true);
      } else {
        b.settings(d.settings()).assets(d.assets() == null ? List.of() : d.assets());
      }
      return Plan.create(fields, new Writes(b.build(), null));
    }
    List<FieldChange> changes = new ArrayList<>();
    boolean haveDefaults = Boolean.TRUE.equals(current.useCognitoProvidedValues());
    if (haveDefaults != d.cognitoDefaults()) {
      changes.add(new FieldChange("UseCognitoProvidedValues", String.valueOf(haveDefaults),
          String.valueOf(d.cognitoDefaults())));
    }
    if (!d.cognitoDefaults() && d.settings() != null && !Objects.equals(d.settings(), current.settings())) {
      changes.add(new FieldChange("Settings", current.settings() == null ? null : "other settings", "set"));
    }
    if (!d.cognitoDefaults() && d.assets() != null && !keys(d.assets()).equals(keys(current.assets()))) {
      changes.add(new FieldChange("Assets", current.assets().size() + " assets", d.assets().size() + " assets"));
    }
    UpdateManagedLoginBrandingRequest.Builder u = UpdateManagedLoginBrandingRequest.builder().userPoolId(d.poolId())
        .managedLoginBrandingId(current.managedLoginBrandingId());
    if (d.cognitoDefaults()) {
      u.useCognitoProvidedValues(true);
    } else {
      u.useCognitoProvidedValues(false)
          .settings(d.settings() != null ? d.settings() : current.settings())
          .assets(d.assets() != null ? d.assets() : current.assets());
    }
    return Plan.update(changes, new Writes(null, u.build()));
  }

  @Override
  protected Outcome apply(BrandingDesired d, ManagedLoginBrandingType current, Plan<Writes> plan) {
    if (plan.writes().create() != null) {
      String id = gateway.createManagedLoginBranding(d.resource(), plan.writes().create());
      return new Outcome(id, plan.report(d.resource(), true));
    }
    gateway.updateManagedLoginBranding(d.resource(), plan.writes().update());
    return new Outcome(current.managedLoginBrandingId(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(BrandingDesired d, ManagedLoginBrandingType current, Plan<Writes> plan,
      boolean applied) {
    return new Outcome(current == null ? null : current.managedLoginBrandingId(), plan.report(d.resource(), applied));
  }
}
