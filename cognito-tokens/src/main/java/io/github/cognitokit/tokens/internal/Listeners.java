package io.github.cognitokit.tokens.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a user's {@code KeySetListener} so that a listener that throws never breaks verification. */
public final class Listeners {

  private Listeners() {}

  /**
   * Runs one listener event; what it throws is logged at DEBUG and dropped.
   *
   * @param event the call
   */
  public static void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      Log.LOG.debug("A KeySetListener threw; ignored", e);
    }
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
  }
}
