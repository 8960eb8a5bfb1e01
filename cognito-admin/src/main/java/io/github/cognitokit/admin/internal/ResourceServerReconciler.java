package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

/**
 * A resource server: {@code DescribeResourceServer}; created, or updated with every scope it keeps (Cognito drops
 * the scopes {@code UpdateResourceServer} omits) when the name or a scope differs.
 */
public final class ResourceServerReconciler extends Reconciler<ResourceServerDesired, ResourceServerType,
    ResourceServerReconciler.Writes, ResourceServerReconciler.Result> {

  /**
   * The resource server to send, whole.
   *
   * @param create true to create, false to update
   * @param name the name
   * @param scopes every scope
   */
  public record Writes(boolean create, String name, List<ResourceServerScopeType> scopes) {}

  /**
   * A run's result.
   *
   * @param outcome the identifier and report
   * @param scopes the scope names the server has (or will have)
   */
  public record Result(Outcome outcome, List<String> scopes) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public ResourceServerReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected ResourceServerType observe(ResourceServerDesired d) {
    return gateway.describeResourceServer(d.resource(), d.poolId(), d.identifier()).orElse(null);
  }

  @Override
  protected Plan<Writes> plan(ResourceServerType current, ResourceServerDesired desired) {
    return planResourceServer(current, desired);
  }

  private static Map<String, String> merged(ResourceServerType current, ResourceServerDesired d) {
    Map<String, String> merged = new LinkedHashMap<>();
    if (current != null) {
      current.scopes().forEach(s -> merged.put(s.scopeName(), s.scopeDescription()));
    }
    merged.putAll(d.scopes());
    d.removed().forEach(merged::remove);
    return merged;
  }

  /**
   * Plans a resource server: pure, reads only its arguments.
   *
   * @param current the server, or null if there is none
   * @param d the desired server
   * @return the plan
   */
  public static Plan<Writes> planResourceServer(ResourceServerType current, ResourceServerDesired d) {
    String name = d.name() != null ? d.name() : current != null && current.name() != null ? current.name()
        : d.identifier();
    Map<String, String> merged = merged(current, d);
    List<ResourceServerScopeType> scopes = new ArrayList<>();
    merged.forEach((k, v) -> scopes.add(ResourceServerScopeType.builder().scopeName(k).scopeDescription(v).build()));
    if (current == null) {
      return Plan.create(List.of(new FieldChange("Scopes", null, merged.keySet().toString())),
          new Writes(true, name, scopes));
    }
    List<FieldChange> changes = new ArrayList<>();
    if (!Objects.equals(current.name(), name)) {
      changes.add(new FieldChange("Name", current.name(), name));
    }
    Map<String, String> have = new LinkedHashMap<>();
    current.scopes().forEach(s -> have.put(s.scopeName(), s.scopeDescription()));
    if (!have.equals(merged)) {
      changes.add(new FieldChange("Scopes", have.toString(), merged.toString()));
    }
    return Plan.update(changes, new Writes(false, name, scopes));
  }

  @Override
  protected Result apply(ResourceServerDesired d, ResourceServerType current, Plan<Writes> plan) {
    Writes w = plan.writes();
    if (w.create()) {
      gateway.createResourceServer(d.resource(), d.poolId(), d.identifier(), w.name(), w.scopes());
    } else {
      gateway.updateResourceServer(d.resource(), d.poolId(), d.identifier(), w.name(), w.scopes());
    }
    return new Result(new Outcome(d.identifier(), plan.report(d.resource(), true)), names(w.scopes()));
  }

  @Override
  protected Result result(ResourceServerDesired d, ResourceServerType current, Plan<Writes> plan, boolean applied) {
    return new Result(new Outcome(d.identifier(), plan.report(d.resource(), applied)),
        List.copyOf(merged(current, d).keySet()));
  }

  private static List<String> names(List<ResourceServerScopeType> scopes) {
    return scopes.stream().map(ResourceServerScopeType::scopeName).toList();
  }
}
