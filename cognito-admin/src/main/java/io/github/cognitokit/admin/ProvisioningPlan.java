package io.github.cognitokit.admin;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a provisioning run would do: one action per change, with counts, and the source rows left out.
 */
public final class ProvisioningPlan {
  /** A kind of action. */
  public enum ActionType {
    /** Create a group that rows name and the pool lacks. */
    CREATE_GROUP,
    /** Create a user. */
    CREATE,
    /** Change attributes of an existing user. */
    UPDATE_ATTRIBUTES,
    /** Enable a user. */
    ENABLE,
    /** Disable a user. */
    DISABLE,
    /** Delete a user absent from the source. */
    DELETE,
    /** Add a user to a group. */
    ADD_TO_GROUP,
    /** Remove a user from a group. */
    REMOVE_FROM_GROUP,
    /** Set a user's password. */
    SET_PASSWORD
  }

  /**
   * One action.
   *
   * @param type the kind
   * @param username the user (or group, for CREATE_GROUP)
   * @param detail what changes, without passwords
   */
  public record Action(ActionType type, String username, String detail) {
    @Override
    public String toString() {
      return type + " " + username + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
  }

  private final List<Action> actions;
  private final List<UserRows.RowError> skipped;
  private final long unchanged;

  ProvisioningPlan(List<Action> actions, List<UserRows.RowError> skipped, long unchanged) {
    this.actions = List.copyOf(actions);
    this.skipped = List.copyOf(skipped);
    this.unchanged = unchanged;
  }

  /**
   * Returns the actions, in the order they would run for each user.
   *
   * @return the actions
   */
  public List<Action> actions() {
    return actions;
  }

  /**
   * Counts the actions by kind.
   *
   * @return the counts; kinds without actions are left out
   */
  public Map<ActionType, Long> counts() {
    Map<ActionType, Long> counts = new EnumMap<>(ActionType.class);
    actions.forEach(a -> counts.merge(a.type(), 1L, Long::sum));
    return counts;
  }

  /**
   * Returns the source rows that were left out.
   *
   * @return the errors, by line
   */
  public List<UserRows.RowError> skipped() {
    return skipped;
  }

  /**
   * Returns how many users of the source already match.
   *
   * @return the count
   */
  public long unchanged() {
    return unchanged;
  }

  /**
   * Tells whether the run would change nothing.
   *
   * @return true if there are no actions
   */
  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /**
   * Prints the plan, one action per line, then the counts and the rows left out.
   *
   * @param out where to print
   */
  public void print(PrintStream out) {
    actions.forEach(a -> out.println("  " + a));
    out.println("Plan: " + counts() + ", unchanged " + unchanged + ", rows left out " + skipped.size());
    skipped.forEach(e -> out.println("  skipped " + e));
  }

  @Override
  public String toString() {
    return "ProvisioningPlan{" + counts() + ", unchanged=" + unchanged + ", skipped=" + skipped.size() + "}";
  }
}
