package io.github.cognitokit.examples;

import io.github.cognitokit.testkit.CognitoEmulator;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Where the quickstart runs: a local emulator it starts, an emulator already running at an endpoint, or AWS.
 */
final class Target implements AutoCloseable {
  final String description;
  final URI endpoint;
  final Region region;
  final boolean aws;
  final CognitoIdentityProviderClient cognito;
  final CognitoIdentityClient identity;
  private final CognitoEmulator emulator;

  private Target(String description, URI endpoint, Region region, boolean aws, CognitoIdentityProviderClient cognito,
      CognitoIdentityClient identity, CognitoEmulator emulator) {
    this.description = description;
    this.endpoint = endpoint;
    this.region = region;
    this.aws = aws;
    this.cognito = cognito;
    this.identity = identity;
    this.emulator = emulator;
  }

  static Target emulator() {
    CognitoEmulator emulator = CognitoEmulator.start();
    Target t = endpoint(emulator.endpoint(), Region.of(emulator.region()), emulator);
    return t;
  }

  static Target endpoint(URI endpoint, Region region, CognitoEmulator owned) {
    AwsCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing",
        "testing"));
    CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().endpointOverride(endpoint)
        .region(region).credentialsProvider(credentials).build();
    CognitoIdentityClient identity = CognitoIdentityClient.builder().endpointOverride(endpoint).region(region)
        .credentialsProvider(credentials).build();
    return new Target((owned != null ? "local emulator at " : "emulator at ") + endpoint, endpoint, region, false,
        cognito, identity, owned);
  }

  static Target aws() {
    Region region = new DefaultAwsRegionProviderChain().getRegion();
    DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().region(region)
        .credentialsProvider(credentials).build();
    CognitoIdentityClient identity = CognitoIdentityClient.builder().region(region).credentialsProvider(credentials)
        .build();
    return new Target("AWS account of the default credentials, region " + region, null, region, true, cognito,
        identity, null);
  }

  /** The key set of a pool: the emulator serves it at its own address; on AWS the verifier derives it. */
  URI jwksUri(String poolId) {
    return endpoint == null ? null : endpoint.resolve("/" + poolId + "/.well-known/jwks.json");
  }

  @Override
  public void close() {
    cognito.close();
    identity.close();
    if (emulator != null) {
      emulator.close();
    }
  }
}
