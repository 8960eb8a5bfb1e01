package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * A user pool domain: {@code DescribeUserPoolDomain} (and, when the domain is new, the pool's own domains, since a
 * pool has at most one prefix and one custom domain); created, or updated when the certificate or managed login
 * version differs. The domain name itself is the identity: another name is another domain.
 */
public final class DomainReconciler
    extends Reconciler<DomainDesired, DomainReconciler.Current, DomainReconciler.Writes, DomainReconciler.Result> {

  /**
   * What Cognito holds.
   *
   * @param description the domain's description, or null if no pool has it
   * @param poolDomain the pool's current domain of the same kind (prefix or custom), read only when the domain is
   *     new; null if none
   */
  public record Current(DomainDescriptionType description, String poolDomain) {}

  /**
   * The writes of a domain plan.
   *
   * @param create the creation, or null
   * @param update the update, or null
   */
  public record Writes(CreateUserPoolDomainRequest create, UpdateUserPoolDomainRequest update) {}

  /**
   * A domain reconcile run's result.
   *
   * @param report the report
   * @param cloudFront the CloudFront distribution a custom domain's DNS alias points at, or null
   */
  public record Result(ChangeReport report, String cloudFront) {}

  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public DomainReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected Current observe(DomainDesired d) {
    DomainDescriptionType description = gateway.describeUserPoolDomain(d.resource(), d.domain()).orElse(null);
    if (description != null) {
      return new Current(description, null);
    }
    UserPoolType pool = gateway.describeUserPool(d.resource(), d.poolId());
    String other = d.custom() ? pool.customDomain() : pool.domain();
    return new Current(null, other == null || other.isEmpty() ? null : other);
  }

  @Override
  protected Plan<Writes> plan(Current current, DomainDesired desired) {
    return planDomain(current, desired);
  }

  /**
   * Plans a domain: pure, reads only its arguments.
   *
   * @param current what Cognito holds
   * @param d the desired domain
   * @return the plan
   * @throws CognitoAdminException ALREADY_EXISTS if another pool has the domain; IMMUTABLE if the pool has another
   *     domain of the same kind
   */
  public static Plan<Writes> planDomain(Current current, DomainDesired d) {
    DomainDescriptionType have = current.description();
    if (have == null) {
      if (current.poolDomain() != null && !current.poolDomain().equals(d.domain())) {
        throw new CognitoAdminException(Reason.IMMUTABLE, "ensure", d.resource(), "the pool already has the "
            + (d.custom() ? "custom" : "prefix") + " domain " + current.poolDomain() + "; delete it first", null,
            null, null);
      }
      CreateUserPoolDomainRequest.Builder b = CreateUserPoolDomainRequest.builder().userPoolId(d.poolId())
          .domain(d.domain()).managedLoginVersion(d.managedLoginVersion());
      List<FieldChange> fields = new ArrayList<>();
      if (d.custom()) {
        b.customDomainConfig(c -> c.certificateArn(d.certificateArn()));
        fields.add(new FieldChange("CertificateArn", null, d.certificateArn()));
      }
      if (d.managedLoginVersion() != null) {
        fields.add(new FieldChange("ManagedLoginVersion", null, String.valueOf(d.managedLoginVersion())));
      }
      return Plan.create(fields, new Writes(b.build(), null));
    }
    if (!d.poolId().equals(have.userPoolId())) {
      throw new CognitoAdminException(Reason.ALREADY_EXISTS, "ensure", d.resource(), "the domain belongs to another"
          + " pool, " + have.userPoolId(), null, null, null);
    }
    List<FieldChange> changes = new ArrayList<>();
    String haveCert = have.customDomainConfig() == null ? null : have.customDomainConfig().certificateArn();
    if (d.custom() && !Objects.equals(haveCert, d.certificateArn())) {
      changes.add(new FieldChange("CertificateArn", haveCert, d.certificateArn()));
    }
    if (d.managedLoginVersion() != null && !Objects.equals(have.managedLoginVersion(), d.managedLoginVersion())) {
      changes.add(new FieldChange("ManagedLoginVersion", String.valueOf(have.managedLoginVersion()),
          String.valueOf(d.managedLoginVersion())));
    }
    // The update is whole: what the spec leaves unset keeps its current value.
    String cert = d.custom() ? d.certificateArn() : haveCert;
    Integer version = d.managedLoginVersion() != null ? d.managedLoginVersion() : have.managedLoginVersion();
    UpdateUserPoolDomainRequest.Builder u = UpdateUserPoolDomainRequest.builder().userPoolId(d.poolId())
        .domain(d.domain()).managedLoginVersion(version);
    if (cert != null) {
      u.customDomainConfig(c -> c.certificateArn(cert));
    }
    return Plan.update(changes, new Writes(null, u.build()));
  }

  @Override
  protected Result apply(DomainDesired d, Current current, Plan<Writes> plan) {
    if (plan.writes().create() != null) {
      String cloudFront = gateway.createUserPoolDomain(d.resource(), plan.writes().create());
      return new Result(plan.report(d.resource(), true), cloudFront);
    }
    gateway.updateUserPoolDomain(d.resource(), plan.writes().update());
    return new Result(plan.report(d.resource(), true), current.description().cloudFrontDistribution());
  }

  @Override
  protected Result result(DomainDesired d, Current current, Plan<Writes> plan, boolean applied) {
    String cloudFront = current.description() == null ? null : current.description().cloudFrontDistribution();
    return new Result(plan.report(d.resource(), applied), cloudFront);
  }

  /**
   * Adds a second plan's report (the hosted UI's customization) to a domain's.
   *
   * @param domain the domain's report
   * @param more the other report
   * @param dryRun true if nothing was written (a created domain's report then lists its fields)
   * @return one report
   */
  public static ChangeReport merge(ChangeReport domain, ChangeReport more, boolean dryRun) {
    if (more.change() == Change.UNCHANGED) {
      return domain;
    }
    List<FieldChange> fields = new ArrayList<>(domain.fields());
    if (domain.change() != Change.CREATED || dryRun) {
      fields.addAll(more.fields());
    }
    return new ChangeReport(domain.resource(), domain.change() == Change.UNCHANGED ? Change.UPDATED : domain.change(),
        fields);
  }
}
