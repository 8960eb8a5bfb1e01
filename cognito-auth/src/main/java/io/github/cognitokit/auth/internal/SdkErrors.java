package io.github.cognitokit.auth.internal;

import io.github.cognitokit.auth.CognitoAuthException;
import io.github.cognitokit.auth.CognitoAuthException.Reason;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Maps SDK exceptions to {@link CognitoAuthException}. Cognito's own message is read to tell cases apart but never
 * copied: it can echo request values such as a SECRET_HASH.
 */
public final class SdkErrors {
  private SdkErrors() {}

  /**
   * Maps a failure of one operation.
   *
   * @param operation the Cognito operation, for example {@code AdminInitiateAuth}
   * @param refresh true if the call used a refresh token
   * @param e the SDK exception
   * @return the exception to throw
   */
  public static CognitoAuthException map(String operation, boolean refresh, SdkException e) {
    if (!(e instanceof AwsServiceException)) {
      return new CognitoAuthException(Reason.UNAVAILABLE, operation + " failed: Cognito could not be reached ("
          + e.getClass().getSimpleName() + ")", null, null, e);
    }
    AwsServiceException service = (AwsServiceException) e;
    String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
    String text = service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null ? ""
        : service.awsErrorDetails().errorMessage().toLowerCase(Locale.ROOT);
    Reason reason = reason(code == null ? "" : code, text, refresh, service.statusCode());
    return new CognitoAuthException(reason, operation + " failed: " + describe(reason) + " (" + code
        + ", request id " + service.requestId() + ")", code, service.requestId(), null);
  }

  private static Reason reason(String code, String text, boolean refresh, int status) {
    switch (code) {
      case "NotAuthorizedException":
        if (text.contains("secret hash")) {
          return Reason.SECRET_HASH_MISMATCH;
        }
        if (text.contains("disabled")) {
          return Reason.USER_DISABLED;
        }
        if (text.contains("session") && text.contains("expired")) {
          return Reason.SESSION_EXPIRED;
        }
        if (refresh || text.contains("refresh token")) {
          return Reason.REFRESH_TOKEN_INVALID;
        }
        return Reason.NOT_AUTHORIZED;
      case "UserNotConfirmedException":
        return Reason.USER_NOT_CONFIRMED;
      case "PasswordResetRequiredException":
        return Reason.PASSWORD_RESET_REQUIRED;
      case "UserNotFoundException":
        return Reason.USER_NOT_FOUND;
      case "UsernameExistsException":
      case "AliasExistsException":
        return Reason.USERNAME_EXISTS;
      case "InvalidPasswordException":
        return Reason.INVALID_PASSWORD;
      case "CodeMismatchException":
      case "EnableSoftwareTokenMFAException":
        return Reason.CODE_MISMATCH;
      case "ExpiredCodeException":
        return Reason.CODE_EXPIRED;
      case "TooManyRequestsException":
        return Reason.TOO_MANY_REQUESTS;
      case "TooManyFailedAttemptsException":
      case "LimitExceededException":
        return Reason.LIMIT_EXCEEDED;
      case "ResourceNotFoundException":
        return Reason.RESOURCE_NOT_FOUND;
      case "InvalidParameterException":
        return text.contains("flow") && text.contains("not enabled") ? Reason.FLOW_NOT_ENABLED
            : Reason.INVALID_PARAMETER;
      case "UnsupportedOperationException":
      case "InvalidUserPoolConfigurationException":
        return Reason.FLOW_NOT_ENABLED;
      default:
        return status >= 500 ? Reason.UNAVAILABLE : Reason.OTHER;
    }
  }

  private static String describe(Reason reason) {
    switch (reason) {
      case NOT_AUTHORIZED: return "incorrect user name or password, or not allowed";
      case USER_DISABLED: return "the user is disabled";
      case SECRET_HASH_MISMATCH: return "the SECRET_HASH does not match (wrong client secret or user name)";
      case REFRESH_TOKEN_INVALID: return "the refresh token is invalid, expired or revoked";
      case SESSION_EXPIRED: return "the challenge session expired; sign in again";
      case USER_NOT_CONFIRMED: return "the user is not confirmed";
      case PASSWORD_RESET_REQUIRED: return "a password reset is required";
      case USER_NOT_FOUND: return "the user does not exist";
      case USERNAME_EXISTS: return "the user name or alias is taken";
      case INVALID_PASSWORD: return "the password does not meet the password policy";
      case CODE_MISMATCH: return "the code is wrong";
      case CODE_EXPIRED: return "the code has expired";
      case FLOW_NOT_ENABLED: return "the app client does not allow this flow";
      case INVALID_PARAMETER: return "Cognito rejected a parameter";
      case TOO_MANY_REQUESTS: return "throttled by Cognito; retry later";
      case LIMIT_EXCEEDED: return "a Cognito limit was exceeded";
      case RESOURCE_NOT_FOUND: return "the user pool, app client or session does not exist";
      case UNAVAILABLE: return "Cognito failed or could not be reached";
      default: return "Cognito refused the request";
    }
  }
}
