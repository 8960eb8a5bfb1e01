package io.github.cognitokit.admin;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Specs for planner tests: an admin whose client points at a closed loopback port, so a call made by mistake fails
 * at once; and the fixture pool's handle ({@code us-east-1_EXAMPLE}, as in {@code contract/}).
 */
final class Specs {
  static final CognitoIdentityProviderClient UNUSED = CognitoIdentityProviderClient.builder()
      .region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("unused", "unused"))).build();
  static final CognitoAdmin ADMIN = CognitoAdmin.builder().client(UNUSED).maxAttempts(1).build();
  static final UserPool POOL = new UserPool(ADMIN, "us-east-1_EXAMPLE", "MyUserPool", new ChangeReport(
      "user pool MyUserPool", ChangeReport.Change.UNCHANGED, java.util.List.of()));

  private Specs() {}
}
