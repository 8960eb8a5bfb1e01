package io.github.cognitokit.benchmarks;

import java.security.Signature;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread position in the token pool, and the floor's signature engine, created on first use by whichever
 * floor benchmark runs (JMH gives each benchmark its own instance).
 */
@State(Scope.Thread)
public class TokenCursor {
  int next;
  Signature engine;

  /**
   * Returns the next token index, cycling through the pool.
   *
   * @return the index
   */
  int next() {
    int i = next;
    next = i + 1 == Fixture.TOKENS ? 0 : i + 1;
    return i;
  }
}
