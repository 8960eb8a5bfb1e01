package io.github.cognitokit.examples;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.RequestRecorder;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;

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
  final IamClient iam;
  private final CognitoEmulator emulator;
  private static final Map<String, Map<String, String>> STAND_IN_ROLES = new ConcurrentHashMap<>();

  private Target(String description, URI endpoint, Region region, boolean aws, CognitoIdentityProviderClient cognito,
      CognitoIdentityClient identity, IamClient iam, CognitoEmulator emulator) {
    this.description = description;
    this.endpoint = endpoint;
    this.region = region;
    this.aws = aws;
    this.cognito = cognito;
    this.identity = identity;
    this.iam = iam;
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
        .credentialsProvider(credentials)
        .overrideConfiguration(c -> c.addExecutionInterceptor(identityPoolRolesStandIn())).build();
    IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).build();
    return new Target((owned != null ? "local emulator at " : "emulator at ") + endpoint, endpoint, region, false,
        cognito, identity, iam, owned);
  }

  /**
   * The emulator (moto 5) has no {@code SetIdentityPoolRoles} or {@code GetIdentityPoolRoles}: this stand-in keeps
   * each identity pool's roles and answers both calls in the documented shapes (Amazon Cognito Identity API
   * reference, SetIdentityPoolRoles and GetIdentityPoolRoles: an empty body, and {@code IdentityPoolId} with a
   * {@code Roles} map). On AWS the real calls run. The roles live as long as this JVM, keyed by the identity pool
   * id (which the emulator makes unique), so a second run in the same JVM sees what the first set; a second
   * quickstart process against the same running emulator sees none and sets them again.
   */
  static RequestRecorder identityPoolRolesStandIn() {
    Map<String, Map<String, String>> roles = STAND_IN_ROLES;
    return new RequestRecorder()
        .answerWith("SetIdentityPoolRoles", r -> {
          SetIdentityPoolRolesRequest set = (SetIdentityPoolRolesRequest) r;
          roles.put(set.identityPoolId(), Map.copyOf(set.roles()));
          return RequestRecorder.Reply.of(200, "{}");
        })
        .answerWith("GetIdentityPoolRoles", r -> {
          String id = ((GetIdentityPoolRolesRequest) r).identityPoolId();
          String map = roles.getOrDefault(id, Map.of()).entrySet().stream()
              .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(","));
          return RequestRecorder.Reply.of(200, "{\"IdentityPoolId\":\"" + id + "\",\"Roles\":{" + map + "}}");
        });
  }

  static Target aws() {
    Region region = new DefaultAwsRegionProviderChain().getRegion();
    DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().region(region)
        .credentialsProvider(credentials).build();
    CognitoIdentityClient identity = CognitoIdentityClient.builder().region(region).credentialsProvider(credentials)
        .build();
    IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL).credentialsProvider(credentials).build();
    return new Target("AWS account of the default credentials, region " + region, null, region, true, cognito,
        identity, iam, null);
  }

  /**
   * A new Cognito client to this target with interceptors, for example a {@link RequestRecorder} that lists the
   * calls a job makes; the caller closes it.
   */
  CognitoIdentityProviderClient newCognito(ExecutionInterceptor... interceptors) {
    var b = CognitoIdentityProviderClient.builder().region(region)
        .overrideConfiguration(c -> java.util.Arrays.stream(interceptors).forEach(c::addExecutionInterceptor));
    if (endpoint != null) {
      b.endpointOverride(endpoint).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
          "testing", "testing")));
    } else {
      b.credentialsProvider(DefaultCredentialsProvider.builder().build());
    }
    return b.build();
  }

  /** The key set of a pool: the emulator serves it at its own address; on AWS the verifier derives it. */
  URI jwksUri(String poolId) {
    return endpoint == null ? null : endpoint.resolve("/" + poolId + "/.well-known/jwks.json");
  }

  @Override
  public void close() {
    cognito.close();
    identity.close();
    iam.close();
    if (emulator != null) {
      emulator.close();
    }
  }
}
