package io.github.cognitokit.auth.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log event of our packages at TRACE, with the messages of attached exceptions. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logger = context.getLogger("io.github.cognitokit");
    previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
  }

  /** Every captured line: the formatted message, then each throwable's class and message. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : appender.list) {
      lines.add(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add("  " + t.getClassName() + ": " + t.getMessage());
      }
    }
    return lines;
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }
}
