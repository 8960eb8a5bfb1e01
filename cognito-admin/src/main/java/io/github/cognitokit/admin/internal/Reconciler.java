package io.github.cognitokit.admin.internal;

/**
 * The one reconcile loop every resource kind runs: check the desired state, observe what Cognito holds, plan the
 * difference with a pure function, and write only if the plan says so. A dry run stops after planning. Each kind
 * supplies the four steps; retries, throttling and error mapping stay in the {@link Gateway}.
 *
 * <p>Running it again after a failure is safe: it observes afresh and plans only what is still missing.
 *
 * @param <D> the desired state, an immutable value frozen from a spec
 * @param <C> what Cognito holds, or null when the resource is absent
 * @param <W> the writes a plan carries
 * @param <R> the result handed back to the spec
 */
public abstract class Reconciler<D, C, W, R> {
  /** The gateway every call goes through. */
  protected final Gateway gateway;

  /**
   * Creates a reconciler.
   *
   * @param gateway the gateway
   */
  protected Reconciler(Gateway gateway) {
    this.gateway = gateway;
  }

  /**
   * Converges one resource.
   *
   * @param desired the desired state
   * @param dryRun true to plan only
   * @return the result
   */
  public final R ensure(D desired, boolean dryRun) {
    check(desired);
    C current = observe(desired);
    Plan<W> plan = plan(current, desired);
    if (dryRun || !plan.hasWrites()) {
      return result(desired, current, plan, false);
    }
    return apply(desired, current, plan);
  }

  /**
   * Checks settings that depend on each other, before any call. Does nothing unless overridden.
   *
   * @param desired the desired state
   * @throws IllegalArgumentException if settings conflict
   */
  protected void check(D desired) {}

  /**
   * Reads what Cognito holds.
   *
   * @param desired the desired state (names and ids to look up)
   * @return the current state, or null if the resource does not exist
   */
  protected abstract C observe(D desired);

  /**
   * Plans the difference: pure, reads only its arguments.
   *
   * @param current the current state, or null
   * @param desired the desired state
   * @return the plan
   */
  protected abstract Plan<W> plan(C current, D desired);

  /**
   * Sends a plan's writes.
   *
   * @param desired the desired state
   * @param current the current state, or null
   * @param plan the plan, which writes
   * @return the result
   */
  protected abstract R apply(D desired, C current, Plan<W> plan);

  /**
   * The result when nothing was written (a dry run, or nothing to change).
   *
   * @param desired the desired state
   * @param current the current state, or null
   * @param plan the plan
   * @param applied whether the writes were sent (false here)
   * @return the result
   */
  protected abstract R result(D desired, C current, Plan<W> plan, boolean applied);
}
