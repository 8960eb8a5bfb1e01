package io.github.cognitokit.tokens.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a user's {@code KeySetListener} so that a listener that throws never breaks verification. */
public final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

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
      LOG.debug("A KeySetListener threw; ignored", e);
    }
  }
}
