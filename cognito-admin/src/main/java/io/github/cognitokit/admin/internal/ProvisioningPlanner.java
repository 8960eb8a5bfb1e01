package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.DesiredUser;
import io.github.cognitokit.admin.ProvisioningPlan.Action;
import io.github.cognitokit.admin.ProvisioningPlan.ActionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pure half of a provisioning sync: from the users a source wants and what the pool holds (read beforehand),
 * the actions that converge them. No calls, no clock, no threads; {@code Provisioning} reads the pool, runs this,
 * and then runs the actions.
 */
public final class ProvisioningPlanner {
  private ProvisioningPlanner() {}

  /**
   * A user the pool holds.
   *
   * @param username the internal user name
   * @param attributes the attributes, by name
   * @param enabled whether the user is enabled
   */
  public record Existing(String username, Map<String, String> attributes, boolean enabled) {}

  /** What to do with users the pool holds and the source does not name. */
  public enum Absent {
    /** Leave them. */
    KEEP,
    /** Disable them. */
    DISABLE,
    /** Delete them. */
    DELETE
  }

  /**
   * The sync's settings that change the plan.
   *
   * @param markEmailVerified add {@code email_verified=true} where a row sets an e-mail address and says nothing
   * @param syncPasswords set each row's password as permanent
   * @param absent what to do with users the source does not name
   */
  public record Settings(boolean markEmailVerified, boolean syncPasswords, Absent absent) {}

  /**
   * What the pool holds.
   *
   * @param users the users, keyed as the source names them (the user name, or the e-mail address or phone number
   *     in pools that sign in with it)
   * @param groups the group names
   * @param membership each user's groups among the source's groups, by internal user name
   */
  public record Observed(Map<String, Existing> users, Set<String> groups, Map<String, Set<String>> membership) {}

  /**
   * One user's actions.
   *
   * @param username the user as the source names them
   * @param actions the actions, in order
   * @param desired the source's row; null for a user the source does not name
   * @param absent true for a user the source does not name
   * @param changed the attributes to write (all of them for a new user)
   * @param imported true if an import job created the user and these are its other actions
   */
  public record Work(String username, List<Action> actions, DesiredUser desired, boolean absent,
      Map<String, String> changed, boolean imported) {
    /**
     * A user's work as planned (not created by an import job).
     *
     * @param username the user
     * @param actions the actions, in order
     * @param desired what the source says
     * @param absent true if the source lacks the user
     * @param changed the attributes that change
     */
    public Work(String username, List<Action> actions, DesiredUser desired, boolean absent,
        Map<String, String> changed) {
      this(username, actions, desired, absent, changed, false);
    }
  }

  /**
   * The plan.
   *
   * @param groupActions groups to create first
   * @param work each user's actions
   * @param unchanged how many named users need nothing
   */
  public record Planned(List<Action> groupActions, List<Work> work, long unchanged) {}

  /**
   * Returns the groups the source manages: every group some row names. Membership in other groups is left alone.
   *
   * @param desired the rows
   * @return the group names, sorted
   */
  public static Set<String> managedGroups(List<DesiredUser> desired) {
    Set<String> managed = new TreeSet<>();
    desired.forEach(u -> u.groups().ifPresent(managed::addAll));
    return managed;
  }

  /**
   * Plans the sync.
   *
   * @param desired the rows to converge (rows with errors already left out)
   * @param skipped user names of rows left out: never disabled or deleted as absent
   * @param observed what the pool holds
   * @param settings the settings
   * @return the plan
   */
  public static Planned plan(List<DesiredUser> desired, Set<String> skipped, Observed observed, Settings settings) {
    Set<String> managed = managedGroups(desired);
    List<Action> groupActions = new ArrayList<>();
    for (String g : managed) {
      if (!observed.groups().contains(g)) {
        groupActions.add(new Action(ActionType.CREATE_GROUP, g, "named by the source"));
      }
    }
    List<Work> work = new ArrayList<>();
    long unchanged = 0;
    Set<String> seen = new TreeSet<>();
    for (DesiredUser u : desired) {
      seen.add(u.username());
      Existing have = observed.users().get(u.username());
      List<Action> actions = new ArrayList<>();
      Map<String, String> attrs = new LinkedHashMap<>(u.attributes());
      if (settings.markEmailVerified() && attrs.containsKey("email") && !attrs.containsKey("email_verified")) {
        attrs.put("email_verified", "true");
      }
      Map<String, String> changedAttributes = new LinkedHashMap<>(attrs);
      if (have == null) {
        actions.add(new Action(ActionType.CREATE, u.username(), "attributes " + attrs.keySet()));
        u.groups().ifPresent(gs -> gs.forEach(g -> actions.add(new Action(ActionType.ADD_TO_GROUP, u.username(), g))));
        if (u.enabled().isPresent() && !u.enabled().get()) {
          actions.add(new Action(ActionType.DISABLE, u.username(), "disabled in the source"));
        }
      } else {
        Map<String, String> changed = new LinkedHashMap<>();
        attrs.forEach((k, v) -> {
          if (!Objects.equals(have.attributes().get(k), v)) {
            changed.put(k, v);
          }
        });
        changedAttributes = changed;
        if (!changed.isEmpty()) {
          StringBuilder detail = new StringBuilder();
          changed.forEach((k, v) -> detail.append(detail.length() == 0 ? "" : ", ").append(k).append(": ")
              .append(have.attributes().get(k)).append(" -> ").append(v));
          actions.add(new Action(ActionType.UPDATE_ATTRIBUTES, u.username(), detail.toString()));
        }
        if (u.enabled().isPresent() && u.enabled().get() != have.enabled()) {
          actions.add(new Action(u.enabled().get() ? ActionType.ENABLE : ActionType.DISABLE, u.username(), ""));
        }
        if (u.groups().isPresent()) {
          Set<String> current = observed.membership().getOrDefault(have.username(), Set.of());
          for (String g : u.groups().get()) {
            if (!current.contains(g)) {
              actions.add(new Action(ActionType.ADD_TO_GROUP, u.username(), g));
            }
          }
          for (String g : current) {
            if (managed.contains(g) && !u.groups().get().contains(g)) {
              actions.add(new Action(ActionType.REMOVE_FROM_GROUP, u.username(), g));
            }
          }
        }
      }
      if (settings.syncPasswords() && u.password().isPresent()) {
        actions.add(new Action(ActionType.SET_PASSWORD, u.username(), "permanent"));
      }
      if (actions.isEmpty()) {
        unchanged++;
      } else {
        work.add(new Work(u.username(), actions, u, false, changedAttributes));
      }
    }
    if (settings.absent() != Absent.KEEP) {
      for (Map.Entry<String, Existing> e : observed.users().entrySet()) {
        if (seen.contains(e.getKey()) || skipped.contains(e.getKey())) {
          continue;
        }
        if (settings.absent() == Absent.DELETE) {
          work.add(new Work(e.getKey(), List.of(new Action(ActionType.DELETE, e.getKey(), "absent from the source")),
              null, true, Map.of()));
        } else if (e.getValue().enabled()) {
          work.add(new Work(e.getKey(), List.of(new Action(ActionType.DISABLE, e.getKey(), "absent from the source")),
              null, true, Map.of()));
        }
      }
    }
    return new Planned(groupActions, work, unchanged);
  }
}
