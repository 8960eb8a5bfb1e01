package io.github.cognitokit.admin;

/**
 * The user-pool activity Cognito can export ({@code SetLogDeliveryConfiguration}), with the log level each takes.
 */
public enum LogEvents {
  /** Errors delivering e-mail and SMS messages ({@code userNotification}, level ERROR); CloudWatch Logs only. */
  NOTIFICATION_ERRORS("userNotification", "ERROR"),
  /**
   * Sign-in and other user activity with threat protection's risk assessment ({@code userAuthEvents}, level INFO);
   * needs the Plus feature plan.
   */
  USER_AUTH_EVENTS("userAuthEvents", "INFO");

  private final String eventSource;
  private final String level;

  LogEvents(String eventSource, String level) {
    this.eventSource = eventSource;
    this.level = level;
  }

  /**
   * Returns Cognito's event source name.
   *
   * @return {@code userNotification} or {@code userAuthEvents}
   */
  public String eventSource() {
    return eventSource;
  }

  /**
   * Returns the log level Cognito takes for this source.
   *
   * @return {@code ERROR} or {@code INFO}
   */
  public String level() {
    return level;
  }
}
