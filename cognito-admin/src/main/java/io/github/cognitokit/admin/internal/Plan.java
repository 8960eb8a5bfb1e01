package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.List;

/**
 * What a planner decided for one resource: created, updated or unchanged, the field changes a report lists, and the
 * writes that bring Cognito there (null when nothing is to be written).
 *
 * @param <W> the resource kind's writes
 * @param change created, updated or unchanged
 * @param changes the field changes, before and after
 * @param writes the requests to send, or null if none
 */
public record Plan<W>(Change change, List<FieldChange> changes, W writes) {
  /**
   * Makes a plan.
   *
   * @param change created, updated or unchanged
   * @param changes the field changes
   * @param writes the requests to send, or null if none
   */
  public Plan {
    changes = List.copyOf(changes);
    if ((writes == null) != (change == Change.UNCHANGED)) {
      throw new IllegalStateException("a plan writes exactly when it changes something: " + change);
    }
  }

  /**
   * A plan that writes nothing.
   *
   * @param <W> the writes
   * @return the plan
   */
  public static <W> Plan<W> unchanged() {
    return new Plan<>(Change.UNCHANGED, List.of(), null);
  }

  /**
   * A plan that creates the resource.
   *
   * @param <W> the writes
   * @param fields the settings it will have, for a dry run's report
   * @param writes the requests
   * @return the plan
   */
  public static <W> Plan<W> create(List<FieldChange> fields, W writes) {
    return new Plan<>(Change.CREATED, fields, writes);
  }

  /**
   * A plan that updates the fields that differ, or writes nothing if none does.
   *
   * @param <W> the writes
   * @param changes the fields that differ
   * @param writes the requests, used only if a field differs
   * @return the plan
   */
  public static <W> Plan<W> update(List<FieldChange> changes, W writes) {
    return changes.isEmpty() ? unchanged() : new Plan<>(Change.UPDATED, changes, writes);
  }

  /**
   * Tells whether the plan writes.
   *
   * @return true if it creates or updates
   */
  public boolean hasWrites() {
    return writes != null;
  }

  /**
   * The report of this plan: after a real creation it lists no fields (the resource is new as a whole); in a dry
   * run, and for updates, it lists the fields.
   *
   * @param resource the resource, for the report
   * @param applied true once the writes were sent
   * @return the report
   */
  public ChangeReport report(String resource, boolean applied) {
    return new ChangeReport(resource, change, change == Change.CREATED && applied ? List.of() : changes);
  }
}
