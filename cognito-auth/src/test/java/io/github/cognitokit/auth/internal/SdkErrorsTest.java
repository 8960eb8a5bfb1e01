package io.github.cognitokit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.auth.CognitoAuthException;
import io.github.cognitokit.auth.CognitoAuthException.Reason;
import java.net.ConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/** Cognito's documented error codes and messages (Cognito API reference), mapped to reasons. */
class SdkErrorsTest {
  static CognitoIdentityProviderException error(String code, String message, int status) {
    return (CognitoIdentityProviderException) CognitoIdentityProviderException.builder()
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
        .statusCode(status).requestId("req-123").message(message).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NotAuthorizedException|Incorrect username or password.|false|NOT_AUTHORIZED",
      "NotAuthorizedException|Unable to verify secret hash for client 1example23456789|false|SECRET_HASH_MISMATCH",
      "NotAuthorizedException|Unable to verify secret hash for client 1example23456789|true|SECRET_HASH_MISMATCH",
      "NotAuthorizedException|User is disabled.|false|USER_DISABLED",
      "NotAuthorizedException|Invalid session for the user, session is expired.|false|SESSION_EXPIRED",
      "NotAuthorizedException|Refresh Token has been revoked|true|REFRESH_TOKEN_INVALID",
      "NotAuthorizedException|Invalid Refresh Token|false|REFRESH_TOKEN_INVALID",
      "UserNotConfirmedException|User is not confirmed.|false|USER_NOT_CONFIRMED",
      "PasswordResetRequiredException|Password reset required for the user|false|PASSWORD_RESET_REQUIRED",
      "UserNotFoundException|User does not exist.|false|USER_NOT_FOUND",
      "InvalidPasswordException|Password did not conform with policy|false|INVALID_PASSWORD",
      "CodeMismatchException|Invalid code received for user|false|CODE_MISMATCH",
      "ExpiredCodeException|Invalid code provided, please request a code again.|false|CODE_EXPIRED",
      "TooManyRequestsException|Rate exceeded|false|TOO_MANY_REQUESTS",
      "TooManyFailedAttemptsException|Too many failed attempts.|false|LIMIT_EXCEEDED",
      "LimitExceededException|Attempt limit exceeded, please try after some time.|false|LIMIT_EXCEEDED",
      "ResourceNotFoundException|User pool client abc does not exist.|false|RESOURCE_NOT_FOUND",
      "InvalidParameterException|USER_PASSWORD_AUTH flow not enabled for this client|false|FLOW_NOT_ENABLED",
      "InvalidParameterException|Missing required parameter USERNAME|false|INVALID_PARAMETER",
      "SomethingNewException|whatever|false|OTHER",
  })
  void map_documentedErrors(String code, String message, boolean refresh, Reason expected) {
    CognitoAuthException e = SdkErrors.map("InitiateAuth", refresh, error(code, message, 400));
    assertThat(e.reason()).isEqualTo(expected);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.requestId()).isEqualTo("req-123");
    assertThat(e.getMessage()).startsWith("InitiateAuth failed: ").contains(code).contains("req-123")
        .doesNotContain(message);
    assertThat(e.getCause()).isNull();
  }

  @Test
  void map_serverErrors_areUnavailable() {
    assertThat(SdkErrors.map("InitiateAuth", false, error("InternalErrorException", "boom", 500)).reason())
        .isEqualTo(Reason.UNAVAILABLE);
  }

  @Test
  void map_clientSideFailures_keepTheCause() {
    SdkClientException io = SdkClientException.builder().message("Unable to execute HTTP request")
        .cause(new ConnectException("Connection refused")).build();
    CognitoAuthException e = SdkErrors.map("InitiateAuth", false, io);
    assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
    assertThat(e.getCause()).isSameAs(io);
    assertThat(e.errorCode()).isNull();
  }

  @Test
  void map_neverCopiesCognitosMessage_whichCanEchoTheSecretHash() {
    String hash = "xT6jmEEwe4xrZq3aHlJsLsQ+HSU8IcBzsBzBqlMDmYI=";
    CognitoAuthException e = SdkErrors.map("InitiateAuth", true, error("NotAuthorizedException", hash, 400));
    assertThat(e.getMessage()).doesNotContain(hash);
  }
}
