package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.LogEvents;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a pool's logs go, by event source; sources the spec does not name keep their current destination.
 *
 * @param poolId the pool id, or null for a pool only planned
 * @param resource the pool, for messages
 * @param destinations event source to destination ARN (a CloudWatch Logs group, an S3 bucket or a Firehose stream)
 * @param poolIsNew true if the pool is created in this run (it delivers no logs yet: nothing to read)
 */
public record LogDeliveryDesired(String poolId, String resource, Map<LogEvents, String> destinations,
    boolean poolIsNew) {
  /** Freezes the destinations. */
  public LogDeliveryDesired {
    destinations = Collections.unmodifiableMap(destinations.isEmpty() ? new EnumMap<>(LogEvents.class)
        : new EnumMap<>(destinations));
  }
}
