package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.LogEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogDeliveryConfigurationType;

/**
 * A pool's log delivery: {@code GetLogDeliveryConfiguration}; set whole ({@code SetLogDeliveryConfiguration}
 * replaces every log configuration) when a named source's destination differs, with the other sources sent back as
 * they are.
 */
public final class LogDeliveryReconciler extends Reconciler<LogDeliveryDesired, LogDeliveryConfigurationType,
    List<LogConfigurationType>, Outcome> {
  /**
   * Creates the reconciler.
   *
   * @param gateway the gateway
   */
  public LogDeliveryReconciler(Gateway gateway) {
    super(gateway);
  }

  @Override
  protected LogDeliveryConfigurationType observe(LogDeliveryDesired d) {
    return d.poolIsNew() || d.poolId() == null ? LogDeliveryConfigurationType.builder().build()
        : gateway.getLogDeliveryConfiguration(d.resource(), d.poolId());
  }

  @Override
  protected Plan<List<LogConfigurationType>> plan(LogDeliveryConfigurationType current, LogDeliveryDesired desired) {
    return planLogs(current, desired);
  }

  /**
   * The destination of a log configuration: whichever of CloudWatch Logs, S3 or Firehose it names.
   *
   * @param c the configuration
   * @return the destination ARN, or null
   */
  static String destination(LogConfigurationType c) {
    if (c.cloudWatchLogsConfiguration() != null) {
      return c.cloudWatchLogsConfiguration().logGroupArn();
    }
    if (c.s3Configuration() != null) {
      return c.s3Configuration().bucketArn();
    }
    return c.firehoseConfiguration() == null ? null : c.firehoseConfiguration().streamArn();
  }

  static LogConfigurationType configuration(LogEvents events, String arn) {
    LogConfigurationType.Builder b = LogConfigurationType.builder().eventSource(events.eventSource())
        .logLevel(events.level());
    if (arn.startsWith("arn:aws:logs:") || arn.contains(":logs:")) {
      b.cloudWatchLogsConfiguration(c -> c.logGroupArn(arn));
    } else if (arn.contains(":s3:::")) {
      b.s3Configuration(c -> c.bucketArn(arn));
    } else {
      b.firehoseConfiguration(c -> c.streamArn(arn));
    }
    return b.build();
  }

  /**
   * Plans log delivery: pure, reads only its arguments.
   *
   * @param current the configuration as read
   * @param d the desired destinations
   * @return the plan; its writes are every log configuration to set
   */
  public static Plan<List<LogConfigurationType>> planLogs(LogDeliveryConfigurationType current, LogDeliveryDesired d) {
    Map<String, LogConfigurationType> bySource = new LinkedHashMap<>();
    for (LogConfigurationType c : current.logConfigurations()) {
      bySource.put(c.eventSourceAsString(), c);
    }
    List<FieldChange> changes = new ArrayList<>();
    d.destinations().forEach((events, arn) -> {
      LogConfigurationType have = bySource.get(events.eventSource());
      String before = have == null ? null : destination(have);
      if (!Objects.equals(before, arn) || have != null && !events.level().equals(have.logLevelAsString())) {
        changes.add(new FieldChange("LogConfigurations." + events.eventSource(), before, arn));
        bySource.put(events.eventSource(), configuration(events, arn));
      }
    });
    return Plan.update(changes, List.copyOf(bySource.values()));
  }

  @Override
  protected Outcome apply(LogDeliveryDesired d, LogDeliveryConfigurationType current,
      Plan<List<LogConfigurationType>> plan) {
    gateway.setLogDeliveryConfiguration(d.resource(), d.poolId(), plan.writes());
    return new Outcome(d.poolId(), plan.report(d.resource(), true));
  }

  @Override
  protected Outcome result(LogDeliveryDesired d, LogDeliveryConfigurationType current,
      Plan<List<LogConfigurationType>> plan, boolean applied) {
    return new Outcome(d.poolId(), plan.report(d.resource(), applied));
  }
}
