package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A null, empty or blank name for any resource is refused with an {@link IllegalArgumentException} before anything
 * is sent to Cognito.
 */
@CognitoEmulatorTest
class NamesIT {
  @Test
  void everyResourceName_isChecked_beforeAnyCall(CognitoEmulator emulator) {
    RequestRecorder recorder = new RequestRecorder();
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder);
        CognitoIdentityClient identity = CognitoIdentityClient.builder().endpointOverride(emulator.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("testing", "testing"))).build()) {
      CognitoAdmin admin = CognitoAdmin.using(cognito, identity);
      UserPool pool = admin.userPool("names-" + UUID.randomUUID()).ensure();
      recorder.clear();
      for (String bad : new String[] {null, "", "   "}) {
        assertThatThrownBy(() -> admin.userPool(bad)).as("userPool %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.userPoolById(bad)).as("userPoolById %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.findUserPool(bad)).as("findUserPool %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.identityPool(bad)).as("identityPool %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.client(bad)).as("client %s", bad).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.group(bad)).as("group %s", bad).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.user(bad)).as("user %s", bad).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.resourceServer(bad)).as("resource server %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.domain(bad)).as("domain %s", bad).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.findUser(bad)).as("findUser %s", bad)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(recorder.operations()).as("nothing was sent").isEmpty();
    }
  }
}
