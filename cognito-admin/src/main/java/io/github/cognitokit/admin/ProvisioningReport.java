package io.github.cognitokit.admin;

import java.time.Duration;
import java.util.List;

/** What a provisioning run did. */
public final class ProvisioningReport {
  /**
   * A user whose actions failed; the rest of that user's actions were not attempted.
   *
   * @param username the user
   * @param action the action that failed
   * @param reason why, without secrets
   */
  public record Failure(String username, ProvisioningPlan.ActionType action, String reason) {}

  private final long created;
  private final long updated;
  private final long disabled;
  private final long deleted;
  private final long unchanged;
  private final List<Failure> failures;
  private final List<UserRows.RowError> skipped;
  private final boolean interrupted;
  private final Duration took;

  ProvisioningReport(long created, long updated, long disabled, long deleted, long unchanged, List<Failure> failures,
      List<UserRows.RowError> skipped, boolean interrupted, Duration took) {
    this.created = created;
    this.updated = updated;
    this.disabled = disabled;
    this.deleted = deleted;
    this.unchanged = unchanged;
    this.failures = List.copyOf(failures);
    this.skipped = List.copyOf(skipped);
    this.interrupted = interrupted;
    this.took = took;
  }

  /**
   * Returns how many users were created.
   *
   * @return the count
   */
  public long created() {
    return created;
  }

  /**
   * Returns how many existing users were changed (attributes, groups, enabled, password).
   *
   * @return the count
   */
  public long updated() {
    return updated;
  }

  /**
   * Returns how many users absent from the source were disabled.
   *
   * @return the count
   */
  public long disabled() {
    return disabled;
  }

  /**
   * Returns how many users absent from the source were deleted.
   *
   * @return the count
   */
  public long deleted() {
    return deleted;
  }

  /**
   * Returns how many users already matched.
   *
   * @return the count
   */
  public long unchanged() {
    return unchanged;
  }

  /**
   * Returns the users whose actions failed.
   *
   * @return the failures
   */
  public List<Failure> failures() {
    return failures;
  }

  /**
   * Returns the source rows that were left out.
   *
   * @return the errors
   */
  public List<UserRows.RowError> skipped() {
    return skipped;
  }

  /**
   * Tells whether the run was interrupted before it finished; run it again to converge.
   *
   * @return true if interrupted
   */
  public boolean interrupted() {
    return interrupted;
  }

  /**
   * Returns how long the run took.
   *
   * @return the duration
   */
  public Duration took() {
    return took;
  }

  @Override
  public String toString() {
    return "created " + created + ", updated " + updated + ", disabled " + disabled + ", deleted " + deleted
        + ", unchanged " + unchanged + ", failed " + failures.size() + ", rows left out " + skipped.size()
        + (interrupted ? ", INTERRUPTED" : "") + " in " + took.toMillis() + " ms";
  }
}
