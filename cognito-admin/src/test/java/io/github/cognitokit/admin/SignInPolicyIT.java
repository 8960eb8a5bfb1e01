package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Choice-based sign-in factors, threat protection and refresh-token rotation reach Cognito and converge. (Passkeys'
 * relying party travels with the MFA configuration, which the emulator does not keep: UserPoolSpecPlanTest covers
 * it against real Cognito's answer.)
 */
@CognitoEmulatorTest
class SignInPolicyIT {
  @Test
  void factorsThreatProtectionAndRotation_areSet_thenUnchanged(CognitoEmulator emulator) {
    try (CognitoIdentityProviderClient cognito = emulator.newClient()) {
      CognitoAdmin admin = CognitoAdmin.using(cognito);
      String name = "signin-" + UUID.randomUUID();
      UserPool pool = admin.userPool(name).featurePlan(FeaturePlan.PLUS)
          .signInFactors(SignInFactor.PASSWORD, SignInFactor.EMAIL_OTP, SignInFactor.WEB_AUTHN)
          .threatProtection(ThreatProtection.AUDIT).ensure();
      UserPoolType described = pool.describe();
      assertThat(described.policies().signInPolicy().allowedFirstAuthFactorsAsStrings())
          .containsExactlyInAnyOrder("PASSWORD", "EMAIL_OTP", "WEB_AUTHN");
      assertThat(described.userPoolAddOns().advancedSecurityModeAsString()).isEqualTo("AUDIT");
      assertThat(admin.userPool(name).featurePlan(FeaturePlan.PLUS)
          .signInFactors(SignInFactor.WEB_AUTHN, SignInFactor.PASSWORD, SignInFactor.EMAIL_OTP)
          .threatProtection(ThreatProtection.AUDIT).ensure().report().change()).isEqualTo(Change.UNCHANGED);
      assertThat(admin.userPool(name).threatProtection(ThreatProtection.ENFORCED).ensure().report().fields())
          .extracting(ChangeReport.FieldChange::field).containsExactly("UserPoolAddOns");

      AppClient web = pool.client("web").refreshTokenRotation(Duration.ofSeconds(10)).ensure();
      UserPoolClientType client = web.describe();
      assertThat(client.refreshTokenRotation().featureAsString()).isEqualTo("ENABLED");
      assertThat(client.refreshTokenRotation().retryGracePeriodSeconds()).isEqualTo(10);
      assertThat(pool.client("web").refreshTokenRotation(Duration.ofSeconds(10)).ensure().report().change())
          .isEqualTo(Change.UNCHANGED);
      assertThat(pool.client("web").noRefreshTokenRotation().ensure().report().change()).isEqualTo(Change.UPDATED);
      assertThat(web.describe().refreshTokenRotation().featureAsString()).isEqualTo("DISABLED");
    }
  }
}
