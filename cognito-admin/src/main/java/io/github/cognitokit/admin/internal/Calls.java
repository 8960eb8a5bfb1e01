package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.CognitoAdminException.Reason;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs Cognito calls: retries throttling and concurrent modification with jittered exponential back-off (on top of
 * the SDK's own retries), never retries limit errors, and maps failures to {@link CognitoAdminException}.
 */
public final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);
  private static final Set<String> RETRIED = Set.of("TooManyRequestsException", "ConcurrentModificationException",
      "ThrottlingException", "Throttling");
  private static final Set<String> SENSITIVE = Set.of("AdminCreateUser", "AdminSetUserPassword",
      "DescribeUserPoolClient", "CreateUserPoolClient", "AdminInitiateAuth", "ChangePassword");

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;

  /**
   * Creates a runner.
   *
   * @param maxAttempts attempts in all, at least 1
   * @param baseDelay the first back-off
   * @param maxDelay the longest back-off
   */
  public Calls(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    this.maxAttempts = Math.max(1, maxAttempts);
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * Returns the default runner: 6 attempts, back-off from 200 ms doubling to 5 s, full jitter.
   *
   * @return the runner
   */
  public static Calls defaults() {
    return new Calls(6, Duration.ofMillis(200), Duration.ofSeconds(5));
  }

  /**
   * Runs one call.
   *
   * @param <T> the response type
   * @param operation the Cognito operation name
   * @param resource the resource, for messages
   * @param call the call
   * @return the response
   * @throws CognitoAdminException if it fails, after retries where they make sense
   */
  public <T> T run(String operation, String resource, Supplier<T> call) {
    return run(operation, resource, call, null);
  }

  /**
   * Runs one call, telling a listener each time Cognito throttles it (so a rate limiter can slow down).
   *
   * @param <T> the response type
   * @param operation the Cognito operation name
   * @param resource the resource, for messages
   * @param call the call
   * @param onThrottle called on each throttling answer, or null
   * @return the response
   * @throws CognitoAdminException if it fails, after retries where they make sense
   */
  public <T> T run(String operation, String resource, Supplier<T> call, Runnable onThrottle) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (SdkException e) {
        // The SDK may wrap a throttling answer in a client exception when its own retry budget runs out.
        AwsServiceException service = serviceCause(e);
        if (service == null) {
          throw new CognitoAdminException(Reason.UNAVAILABLE, operation, resource, "Cognito could not be reached ("
              + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", null, null, e);
        }
        String code = code(service);
        boolean throttling = RETRIED.contains(code) && !"ConcurrentModificationException".equals(code);
        if (throttling && onThrottle != null) {
          onThrottle.run();
        }
        if (RETRIED.contains(code) && attempt < maxAttempts) {
          long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, attempt - 1));
          long sleep = ThreadLocalRandom.current().nextLong(Math.max(1, cap) + 1);
          LOG.debug("{} of {} got {}; retry {} in {} ms", operation, resource, code, attempt, sleep);
          pause(operation, resource, sleep);
          continue;
        }
        throw map(operation, resource, service);
      }
    }
  }

  private static AwsServiceException serviceCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AwsServiceException) {
        return (AwsServiceException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static void pause(String operation, String resource, long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CognitoAdminException(Reason.OTHER, operation, resource, "interrupted while backing off", null, null,
          e);
    }
  }

  /**
   * Tells whether a failure is Cognito saying the resource does not exist.
   *
   * @param e the failure
   * @return true for not-found errors
   */
  public static boolean notFound(CognitoAdminException e) {
    return e.reason() == Reason.NOT_FOUND;
  }

  /**
   * Maps a service exception.
   *
   * @param operation the operation
   * @param resource the resource
   * @param e the exception
   * @return ours
   */
  public static CognitoAdminException map(String operation, String resource, AwsServiceException e) {
    String code = code(e);
    Reason reason = switch (code) {
      case "ResourceNotFoundException", "UserNotFoundException", "GroupNotFoundException" -> Reason.NOT_FOUND;
      case "UsernameExistsException", "GroupExistsException", "AliasExistsException", "DuplicateProviderException"
          -> Reason.ALREADY_EXISTS;
      case "InvalidParameterException", "InvalidPasswordException", "InvalidLambdaResponseException",
          "InvalidSmsRoleAccessPolicyException", "InvalidSmsRoleTrustRelationshipException",
          "InvalidEmailRoleAccessPolicyException", "UserPoolTaggingException", "UnsupportedUserStateException",
          "FeatureUnavailableInTierException", "ValidationException", "SerializationException"
          -> Reason.INVALID;
      case "LimitExceededException", "TierChangeNotAllowedException" -> Reason.LIMIT_EXCEEDED;
      case "TooManyRequestsException", "ThrottlingException", "Throttling" -> Reason.THROTTLED;
      case "ConcurrentModificationException" -> Reason.CONFLICT;
      case "NotAuthorizedException", "AccessDeniedException", "UnrecognizedClientException" -> Reason.FORBIDDEN;
      default -> e.statusCode() >= 500 ? Reason.UNAVAILABLE : Reason.OTHER;
    };
    String detail = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    String message = SENSITIVE.contains(operation) || detail == null ? describe(reason) : detail;
    return new CognitoAdminException(reason, operation, resource, message, code, e.requestId(), null);
  }

  private static String describe(Reason reason) {
    return switch (reason) {
      case NOT_FOUND -> "it does not exist";
      case ALREADY_EXISTS -> "it exists already";
      case INVALID -> "Cognito rejected a parameter";
      case LIMIT_EXCEEDED -> "a Cognito limit was reached";
      case THROTTLED -> "throttled by Cognito";
      case CONFLICT -> "changed concurrently";
      case FORBIDDEN -> "not allowed";
      case UNAVAILABLE -> "Cognito failed";
      default -> "Cognito refused the request";
    };
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
        : e.awsErrorDetails().errorCode();
  }
}
