package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.internal.Calls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

class CallsAndValuesTest {
  static CognitoIdentityProviderException error(String code, int status) {
    return (CognitoIdentityProviderException) CognitoIdentityProviderException.builder()
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("detail of " + code).build())
        .statusCode(status).requestId("rid").build();
  }

  @Test
  void map_givesEachDocumentedErrorItsReason() {
    assertThat(Calls.map("X", "r", error("ResourceNotFoundException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.NOT_FOUND);
    assertThat(Calls.map("X", "r", error("UsernameExistsException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.ALREADY_EXISTS);
    assertThat(Calls.map("X", "r", error("InvalidParameterException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.INVALID);
    assertThat(Calls.map("X", "r", error("LimitExceededException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.LIMIT_EXCEEDED);
    assertThat(Calls.map("X", "r", error("ConcurrentModificationException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.CONFLICT);
    assertThat(Calls.map("X", "r", error("NotAuthorizedException", 400)).reason())
        .isEqualTo(CognitoAdminException.Reason.FORBIDDEN);
    assertThat(Calls.map("X", "r", error("InternalErrorException", 500)).reason())
        .isEqualTo(CognitoAdminException.Reason.UNAVAILABLE);
    CognitoAdminException e = Calls.map("UpdateUserPool", "user pool p", error("InvalidParameterException", 400));
    assertThat(e.getMessage()).isEqualTo("UpdateUserPool of user pool p failed: detail of InvalidParameterException"
        + " (InvalidParameterException, request id rid)");
    assertThat(Calls.map("AdminSetUserPassword", "user u", error("InvalidPasswordException", 400)).getMessage())
        .doesNotContain("detail of");
  }

  @Test
  void run_retriesConflicts_thenGivesUp() {
    Calls calls = new Calls(3, Duration.ofMillis(1), Duration.ofMillis(2));
    int[] attempts = {0};
    assertThatThrownBy(() -> calls.run("UpdateUserPool", "p", () -> {
      attempts[0]++;
      throw error("ConcurrentModificationException", 400);
    })).isInstanceOfSatisfying(CognitoAdminException.class,
        e -> assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.CONFLICT));
    assertThat(attempts[0]).isEqualTo(3);
    attempts[0] = 0;
    assertThat(calls.run("UpdateUserPool", "p", () -> {
      if (++attempts[0] < 3) {
        throw error("TooManyRequestsException", 400);
      }
      return "ok";
    })).isEqualTo("ok");
  }

  @Test
  void scope_andPasswordPolicy_values() {
    assertThat(Scope.of("https://api.example.com", "read").value()).isEqualTo("https://api.example.com/read");
    assertThat(Scope.of("https://api.example.com", "read").resourceServer()).isEqualTo("https://api.example.com");
    assertThat(Scope.parse("openid")).isEqualTo(Scope.OPENID);
    assertThat(Scope.OPENID.resourceServer()).isNull();
    assertThatThrownBy(() -> Scope.of("rs", "a b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
    assertThat(PasswordPolicy.builder().minLength(10).build()).isEqualTo(PasswordPolicy.builder().minLength(10).build());
    assertThatThrownBy(() -> PasswordPolicy.builder().temporaryPasswordValidity(Duration.ofHours(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole days");
    assertThatThrownBy(() -> PasswordPolicy.builder().passwordHistorySize(30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..24");
    ChangeReport report = new ChangeReport("x", ChangeReport.Change.UPDATED,
        List.of(new ChangeReport.FieldChange("Policies", "a", "b")));
    assertThat(report.toString()).isEqualTo("x: UPDATED [Policies: a -> b]");
    assertThat(report.changed()).isTrue();
  }
}
