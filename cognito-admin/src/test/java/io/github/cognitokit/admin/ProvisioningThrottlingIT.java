package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Cognito's quota, played by an interceptor: the sync is throttled, slows down, and finishes with no failure. */
@CognitoEmulatorTest
class ProvisioningThrottlingIT {
  @Test
  void syncAboveTheQuota_slowsDown_andEveryUserIsCreated(CognitoEmulator emulator) {
    RateCapInterceptor cap = new RateCapInterceptor("AdminCreateUser", 3, 45); // every third of the first 45
    try (CognitoIdentityProviderClient cognito = emulator.clientBuilder()
        .overrideConfiguration(c -> c.addExecutionInterceptor(cap)).build()) {
      UserPool pool = CognitoAdmin.using(cognito).userPool("throttled-" + UUID.randomUUID()).ensure();
      List<DesiredUser> users = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        users.add(DesiredUser.builder("t" + i).attribute("email", "t" + i + "@example.com").build());
      }

      ProvisioningReport report = pool.provisioning().users(users).concurrency(8)
          .rateLimits(RateLimits.builder().userCreation(200).build()).apply();

      assertThat(cap.throttled.get()).as("Cognito throttled the sync, and every throttled call was retried")
          .isEqualTo(15);
      assertThat(report.failures()).isEmpty();
      assertThat(report.created()).isEqualTo(60);
      assertThat(cap.passed.get()).isEqualTo(60);
      assertThat(pool.users().list()).hasSize(60);
    }
  }
}
