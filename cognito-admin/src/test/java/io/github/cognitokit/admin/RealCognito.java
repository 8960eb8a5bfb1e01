package io.github.cognitokit.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * What real Cognito answers: the contract fixtures in {@code src/test/resources/contract} (their sources are in the
 * README beside them), parsed by the AWS SDK's own unmarshaller. The SDK clients here use an in-process HTTP client
 * that answers every request with the fixture asked for; nothing leaves the JVM.
 */
final class RealCognito {
  private static final Canned HTTP = new Canned();
  private static final CognitoIdentityProviderClient IDP = CognitoIdentityProviderClient.builder().httpClient(HTTP)
      .region(Region.US_EAST_1).endpointOverride(URI.create("http://fixtures.invalid"))
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fixture", "fixture")))
      .build();
  private static final CognitoIdentityClient IDENTITY = CognitoIdentityClient.builder().httpClient(HTTP)
      .region(Region.US_EAST_1).endpointOverride(URI.create("http://fixtures.invalid"))
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fixture", "fixture")))
      .build();

  private RealCognito() {}

  /** DescribeUserPool's {@code UserPool}. */
  static UserPoolType pool() {
    return idp("describe-user-pool.json", c -> c.describeUserPool(b -> b.userPoolId("us-east-1_EXAMPLE")).userPool());
  }

  /** GetUserPoolMfaConfig. */
  static GetUserPoolMfaConfigResponse mfa() {
    return idp("get-user-pool-mfa-config.json", c -> c.getUserPoolMfaConfig(b -> b.userPoolId("us-east-1_EXAMPLE")));
  }

  /** DescribeUserPoolClient's {@code UserPoolClient}. */
  static UserPoolClientType client() {
    return idp("describe-user-pool-client.json", c -> c.describeUserPoolClient(b -> b.userPoolId("us-east-1_EXAMPLE")
        .clientId("1example23456789")).userPoolClient());
  }

  /** DescribeUserPoolDomain's {@code DomainDescription}. */
  static DomainDescriptionType domain() {
    return idp("describe-user-pool-domain.json", c -> c.describeUserPoolDomain(b -> b.domain("auth.example.com"))
        .domainDescription());
  }

  /** DescribeResourceServer's {@code ResourceServer}. */
  static ResourceServerType resourceServer() {
    return idp("describe-resource-server.json", c -> c.describeResourceServer(b -> b.userPoolId("us-east-1_EXAMPLE")
        .identifier("https://example.com")).resourceServer());
  }

  /** GetGroup's {@code Group}. */
  static GroupType group() {
    return idp("get-group.json", c -> c.getGroup(b -> b.userPoolId("us-east-1_EXAMPLE").groupName("MyGroup"))
        .group());
  }

  /** AdminGetUser. */
  static AdminGetUserResponse user() {
    return idp("admin-get-user.json", c -> c.adminGetUser(b -> b.userPoolId("us-east-1_EXAMPLE")
        .username("johndoe")));
  }

  /** ListUsers' users. */
  static java.util.List<software.amazon.awssdk.services.cognitoidentityprovider.model.UserType> users() {
    return idp("list-users.json", c -> c.listUsers(b -> b.userPoolId("us-east-1_EXAMPLE")).users());
  }

  /** DescribeIdentityProvider's {@code IdentityProvider}, from a {@code describe-identity-provider-*} fixture. */
  static software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType identityProvider(
      String kind) {
    return idp("describe-identity-provider-" + kind + ".json", c -> c.describeIdentityProvider(b -> b
        .userPoolId("us-east-1_EXAMPLE").providerName("x")).identityProvider());
  }

  /** GetLogDeliveryConfiguration's {@code LogDeliveryConfiguration}. */
  static software.amazon.awssdk.services.cognitoidentityprovider.model.LogDeliveryConfigurationType logDelivery() {
    return idp("get-log-delivery-configuration.json", c -> c.getLogDeliveryConfiguration(b -> b
        .userPoolId("us-east-1_EXAMPLE")).logDeliveryConfiguration());
  }

  /** DescribeRiskConfiguration's {@code RiskConfiguration}. */
  static software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType risk() {
    return idp("describe-risk-configuration.json", c -> c.describeRiskConfiguration(b -> b
        .userPoolId("us-east-1_EXAMPLE")).riskConfiguration());
  }

  /** DescribeManagedLoginBrandingByClient's {@code ManagedLoginBranding}. */
  static software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType branding() {
    return idp("describe-managed-login-branding.json", c -> c.describeManagedLoginBrandingByClient(b -> b
        .userPoolId("us-east-1_EXAMPLE").clientId("1example23456789")).managedLoginBranding());
  }

  /** GetUICustomization's {@code UICustomization}. */
  static UICustomizationType uiCustomization() {
    return idp("get-ui-customization.json", c -> c.getUICustomization(b -> b.userPoolId("us-east-1_EXAMPLE"))
        .uiCustomization());
  }

  /** DescribeIdentityPool. */
  static DescribeIdentityPoolResponse identityPool() {
    return identity("describe-identity-pool.json", c -> c.describeIdentityPool(b -> b
        .identityPoolId("us-east-1:1a234b56-7890-1cd2-345e-6f7890a1b234")));
  }

  /** GetIdentityPoolRoles' {@code Roles}. */
  static java.util.Map<String, String> identityPoolRoles() {
    return identity("get-identity-pool-roles.json", c -> c.getIdentityPoolRoles(b -> b
        .identityPoolId("us-east-1:1a234b56-7890-1cd2-345e-6f7890a1b234")).roles());
  }

  static synchronized <T> T idp(String fixture, Function<CognitoIdentityProviderClient, T> call) {
    HTTP.body = read(fixture);
    return call.apply(IDP);
  }

  static synchronized <T> T identity(String fixture, Function<CognitoIdentityClient, T> call) {
    HTTP.body = read(fixture);
    return call.apply(IDENTITY);
  }

  static byte[] read(String fixture) {
    try (InputStream in = RealCognito.class.getResourceAsStream("/contract/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers every request with the body set last, as Cognito's JSON 1.1 protocol does. */
  private static final class Canned implements SdkHttpClient {
    volatile byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      byte[] bytes = body;
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder()
              .response(SdkHttpResponse.builder().statusCode(200)
                  .putHeader("Content-Type", "application/x-amz-json-1.1")
                  .putHeader("Content-Length", String.valueOf(bytes.length)).build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
        }

        @Override
        public void abort() {}
      };
    }

    @Override
    public void close() {}
  }
}
