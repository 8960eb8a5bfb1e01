package io.github.cognitokit.tokens.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * {@link ForkJoinPool#commonPool()}, looked up when the first task runs rather than when a verifier is built (a
 * verifier whose keys never need a background refresh never starts the pool). One instance, so that verifiers left
 * on the default compare equal.
 */
public final class CommonPool implements Executor {
  /** The one instance. */
  public static final CommonPool INSTANCE = new CommonPool();

  private CommonPool() {}

  @Override
  public void execute(Runnable task) {
    ForkJoinPool.commonPool().execute(task);
  }

  @Override
  public String toString() {
    return "ForkJoinPool.commonPool()";
  }
}
