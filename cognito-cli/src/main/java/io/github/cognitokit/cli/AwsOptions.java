package io.github.cognitokit.cli;

import io.github.cognitokit.admin.CognitoAdmin;
import java.net.URI;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/** The AWS SDK's usual options: region, profile and endpoint; everything else from the SDK's default chains. */
final class AwsOptions {
  @Option(names = "--region", paramLabel = "REGION",
      description = "The AWS region (default: the SDK's chain: AWS_REGION, the profile's region, ...).")
  String region;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "A profile of ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE, else default).")
  String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "Send Cognito calls here instead of AWS (a local emulator, a VPC endpoint).")
  URI endpoint;

  CognitoAdmin admin() {
    CognitoAdmin.Builder b = CognitoAdmin.builder();
    String r = region;
    if (r == null && profile != null) {
      Region fromProfile = new AwsProfileRegionProvider(null, profile).getRegion();
      r = fromProfile == null ? null : fromProfile.id();
    }
    if (r != null) {
      b.region(Region.of(r));
    }
    if (profile != null) {
      b.credentials(ProfileCredentialsProvider.create(profile));
    }
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    return b.build();
  }
}
