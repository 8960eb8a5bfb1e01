package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

/**
 * A user: {@code AdminGetUser}; created (then given a permanent password or disabled if the spec says so), or
 * updated: the attributes that differ, enabled or disabled, and the invitation sent again while the user still has
 * to change the temporary password. Attributes the spec does not name are kept.
 */
public final class UserReconciler
    extends Reconciler<UserDesired, AdminGetUserResponse, UserReconciler.Writes, Outcome> {

  /**
   * The writes of a user plan.
   *
   * @param create the creation, or null
   * @param permanentPassword the password to set after creation, or null
   * @param attributes the attributes to update
   * @param enabled the enabled state to set, or null to leave it
   * @param resend true to send the invitation again
   */
  public record Writes(AdminCreateUserRequest create, String permanentPassword, List<AttributeType> attributes,
      Boolean enabled, boolean resend) {
    @Override
    public String toString() {
      return "Writes{create=" + (create != null) + ", attributes=" + attributes.size() + ", enabled=" + enabled
          + ", resend=" + resend + "}";
    }
  }

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public UserReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected AdminGetUserResponse observe(UserDesired d) {
    return gateway.adminGetUser(d.resource(), d.poolId(), d.username()).orElse(null);
  }

  @Override
  protected Plan<Writes> plan(AdminGetUserResponse current, UserDesired desired) {
    return planUser(current, desired);
  }

  /**
   * Plans a user: pure, reads only its arguments.
   *
   * @param current the user, or null if there is none
   * @param d the desired user
   * @return the plan
   */
  public static Plan<Writes> planUser(AdminGetUserResponse current, UserDesired d) {
    if (current == null) {
      List<FieldChange> fields = new ArrayList<>();
      List<AttributeType> attributes = new ArrayList<>();
      d.attributes().forEach((k, v) -> {
        fields.add(new FieldChange(k, null, v));
        attributes.add(AttributeType.builder().name(k).value(v).build());
      });
      AdminCreateUserRequest.Builder create = AdminCreateUserRequest.builder().userPoolId(d.poolId())
          .username(d.username()).userAttributes(attributes).temporaryPassword(d.temporaryPassword());
      if (d.suppressInvitation()) {
        create.messageAction("SUPPRESS");
      }
      if (!d.deliveryMediums().isEmpty()) {
        create.desiredDeliveryMediums(d.deliveryMediums().stream().map(DeliveryMediumType::fromValue).toList());
      }
      if (Boolean.FALSE.equals(d.enabled())) {
        fields.add(new FieldChange("Enabled", null, "false"));
      }
      return Plan.create(fields, new Writes(create.build(), d.permanentPassword(), List.of(),
          Boolean.FALSE.equals(d.enabled()) ? Boolean.FALSE : null, false));
    }
    Map<String, String> have = new LinkedHashMap<>();
    current.userAttributes().forEach(a -> have.put(a.name(), a.value()));
    List<FieldChange> changes = new ArrayList<>();
    List<AttributeType> update = new ArrayList<>();
    d.attributes().forEach((k, v) -> {
      if (!Objects.equals(have.get(k), v)) {
        changes.add(new FieldChange(k, have.get(k), v));
        update.add(AttributeType.builder().name(k).value(v).build());
      }
    });
    boolean isEnabled = current.enabled() == null || current.enabled();
    Boolean toggle = d.enabled() != null && d.enabled() != isEnabled ? d.enabled() : null;
    if (toggle != null) {
      changes.add(new FieldChange("Enabled", String.valueOf(isEnabled), String.valueOf(toggle)));
    }
    boolean resend = d.resendInvitation() && "FORCE_CHANGE_PASSWORD".equals(current.userStatusAsString());
    if (resend) {
      changes.add(new FieldChange("Invitation", null, "resent"));
    }
    return Plan.update(changes, new Writes(null, null, update, toggle, resend));
  }

  @Override
  protected Outcome apply(UserDesired d, AdminGetUserResponse current, Plan<Writes> plan) {
    Writes w = plan.writes();
    String resource = d.resource();
    if (w.create() != null) {
      gateway.adminCreateUser(resource, w.create());
      if (w.permanentPassword() != null) {
        gateway.adminSetUserPassword(resource, d.poolId(), d.username(), w.permanentPassword(), true);
      }
    }
    if (!w.attributes().isEmpty()) {
      gateway.adminUpdateUserAttributes(resource, d.poolId(), d.username(), w.attributes());
    }
    if (w.enabled() != null) {
      gateway.adminSetEnabled(resource, d.poolId(), d.username(), w.enabled());
    }
    if (w.resend()) {
      gateway.adminCreateUser(resource, AdminCreateUserRequest.builder().userPoolId(d.poolId())
          .username(d.username()).messageAction("RESEND").build());
    }
    return new Outcome(d.username(), plan.report(resource, true));
  }

  @Override
  protected Outcome result(UserDesired d, AdminGetUserResponse current, Plan<Writes> plan, boolean applied) {
    return new Outcome(d.username(), plan.report(d.resource(), applied));
  }
}
