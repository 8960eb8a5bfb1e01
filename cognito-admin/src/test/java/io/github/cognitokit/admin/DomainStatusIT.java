package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.CognitoAdminException.Reason;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Waiting for a domain to become active. The emulator reports every domain ACTIVE at once; the CREATING and FAILED
 * answers are canned in the shape of the API Reference's {@code DescribeUserPoolDomain} response
 * ({@code DomainDescription} with {@code Status} and {@code CloudFrontDistribution}).
 */
@CognitoEmulatorTest
class DomainStatusIT {
  static final String CERT = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-1111-1111-1111-111111111111";

  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  UserPool pool;
  Domain domain;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    pool = CognitoAdmin.using(cognito).userPool("status-" + UUID.randomUUID()).ensure();
    domain = pool.customDomain("auth-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com", CERT)
        .ensure();
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  Reply described(String status) {
    return Reply.of(200, "{\"DomainDescription\":{\"UserPoolId\":\"" + pool.id() + "\",\"AWSAccountId\":"
        + "\"123456789012\",\"Domain\":\"" + domain.domain() + "\",\"CloudFrontDistribution\":"
        + "\"d111111abcdef8.cloudfront.net\",\"Status\":\"" + status + "\",\"CustomDomainConfig\":"
        + "{\"CertificateArn\":\"" + CERT + "\"}}}");
  }

  @Test
  void anActiveDomain_isReturnedAtOnce_withItsCloudFrontTarget() {
    assertThat(domain.status()).isEqualTo("ACTIVE");
    recorder.clear();

    Domain active = domain.awaitActive(Duration.ofSeconds(5));

    assertThat(active.cloudFrontTarget()).isPresent();
    assertThat(recorder.operations()).containsExactly("DescribeUserPoolDomain");
  }

  @Test
  void aCreatingDomain_isReadUntilActive() {
    recorder.answerInTurn("DescribeUserPoolDomain", described("CREATING"), described("CREATING"),
        described("ACTIVE"));
    recorder.clear();

    Domain active = domain.awaitActive(Duration.ofSeconds(5), Duration.ofMillis(5));

    assertThat(active.cloudFrontTarget()).contains("d111111abcdef8.cloudfront.net");
    assertThat(recorder.operations()).containsExactly("DescribeUserPoolDomain", "DescribeUserPoolDomain",
        "DescribeUserPoolDomain");
  }

  @Test
  void aFailedDomain_isAnError_sayingWhatToCheck() {
    recorder.answerInTurn("DescribeUserPoolDomain", described("CREATING"), described("FAILED"));

    assertThatThrownBy(() -> domain.awaitActive(Duration.ofSeconds(5), Duration.ofMillis(5)))
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID);
          assertThat(e.getMessage()).contains("FAILED").contains("certificate is in us-east-1");
        });
  }

  @Test
  void aDomainStillCreatingAfterTheTimeout_isUnavailable_notAHang() {
    Reply[] creating = new Reply[400];
    java.util.Arrays.fill(creating, described("CREATING"));
    recorder.answerInTurn("DescribeUserPoolDomain", creating);

    long start = System.nanoTime();
    assertThatThrownBy(() -> domain.awaitActive(Duration.ofSeconds(1), Duration.ofMillis(20)))
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
          assertThat(e.getMessage()).contains("still CREATING after PT1S");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThatThrownBy(() -> domain.awaitActive(Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
  }
}
