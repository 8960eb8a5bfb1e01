package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A setting Cognito fixes when a resource is created. Each resource kind declares its list once; the planner checks
 * them all before planning an update, and a difference is {@code IMMUTABLE} (naming the setting, what the resource
 * has and what the spec asks for) rather than an update Cognito would refuse or ignore.
 *
 * @param <C> what Cognito holds
 * @param <D> the desired state
 */
@FunctionalInterface
public interface CreationOnly<C, D> {
  /**
   * A difference in a creation-only setting.
   *
   * @param setting the setting, as the spec names it
   * @param have what the resource has
   * @param want what the spec asks for
   */
  record Mismatch(String setting, String have, String want) {}

  /**
   * Compares the setting.
   *
   * @param current what Cognito holds
   * @param desired the desired state
   * @return the difference, or empty if there is none or the spec leaves the setting unset
   */
  Optional<Mismatch> check(C current, D desired);

  /**
   * A setting compared by equality of one value on each side; unset (null) in the spec means "any".
   *
   * @param <C> what Cognito holds
   * @param <D> the desired state
   * @param setting the setting's name
   * @param want the spec's value, or null if unset
   * @param have the resource's value
   * @return the check
   */
  static <C, D> CreationOnly<C, D> of(String setting, Function<D, Object> want, Function<C, Object> have) {
    return (current, desired) -> {
      Object w = want.apply(desired);
      if (w == null) {
        return Optional.empty();
      }
      Object h = have.apply(current);
      return Objects.equals(w, h) ? Optional.empty()
          : Optional.of(new Mismatch(setting, String.valueOf(h), String.valueOf(w)));
    };
  }

  /**
   * Runs every check of a list.
   *
   * @param <C> what Cognito holds
   * @param <D> the desired state
   * @param checks the resource kind's creation-only settings
   * @param current what Cognito holds
   * @param desired the desired state
   * @param resource the resource, for the message
   * @param noun what the resource is called in the message ("pool", "client")
   * @param remedy what to do instead, for the message
   * @throws CognitoAdminException IMMUTABLE at the first difference
   */
  static <C, D> void requireSame(List<CreationOnly<C, D>> checks, C current, D desired, String resource,
      String noun, String remedy) {
    for (CreationOnly<C, D> check : checks) {
      Optional<Mismatch> m = check.check(current, desired);
      if (m.isPresent()) {
        throw new CognitoAdminException(Reason.IMMUTABLE, "ensure", resource, m.get().setting() + " cannot change"
            + " after creation: the " + noun + " has "
            + m.get().have() + ", the spec asks for " + m.get().want() + "; " + remedy, null, null, null);
      }
    }
  }
}
