package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The ModelOp set-up (seed 000) run again while the pool and its clients are described as real Cognito describes
 * them, not as moto does: every standard attribute with {@code sub} required, the password policy's and the admin
 * settings' extra fields, the sign-in policy, the tier, default message template, and clients with their session
 * validity, token units, refresh-token validity and lists in another order. The run must plan no write.
 *
 * <p>The responses follow the response syntax of {@code DescribeUserPool} and {@code DescribeUserPoolClient} in the
 * Amazon Cognito API Reference (docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference), with the values
 * Cognito reports for a pool and clients created with these settings through the API (the CLI reference's
 * {@code describe-user-pool} and {@code describe-user-pool-client} example outputs show the same fields).
 */
@CognitoEmulatorTest
class ModelOpRealResponsesIT {
  static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String list(List<String> values) {
    return values.stream().map(ModelOpRealResponsesIT::json).collect(Collectors.joining(",", "[", "]"));
  }

  static List<String> reversed(List<String> values) {
    List<String> r = new ArrayList<>(values);
    Collections.reverse(r);
    return r;
  }

  static String attribute(String name, boolean required, boolean mutable, String type) {
    String constraints = type.equals("String") ? ",\"StringAttributeConstraints\":{\"MinLength\":\""
        + (name.equals("sub") ? "1" : "0") + "\",\"MaxLength\":\"2048\"}"
        : type.equals("Number") ? ",\"NumberAttributeConstraints\":{\"MinValue\":\"0\"}" : "";
    return "{\"Name\":" + json(name) + ",\"AttributeDataType\":" + json(type) + ",\"DeveloperOnlyAttribute\":false,"
        + "\"Mutable\":" + mutable + ",\"Required\":" + required + constraints + "}";
  }

  static String realPool(String id) {
    List<String> schema = new ArrayList<>();
    schema.add(attribute("sub", true, false, "String"));
    for (String n : List.of("name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
        "profile", "picture", "website", "email")) {
      schema.add(attribute(n, List.of("name", "given_name", "family_name", "email").contains(n), true, "String"));
    }
    schema.add(attribute("email_verified", false, true, "Boolean"));
    for (String n : List.of("gender", "birthdate", "zoneinfo", "locale", "phone_number")) {
      schema.add(attribute(n, false, true, "String"));
    }
    schema.add(attribute("phone_number_verified", false, true, "Boolean"));
    schema.add(attribute("address", false, true, "String"));
    schema.add(attribute("updated_at", false, true, "Number"));
    schema.add(attribute("identities", false, true, "String"));
    return "{\"UserPool\":{\"Id\":" + json(id) + ",\"Name\":\"modelop\","
        + "\"Arn\":\"arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + id + "\","
        + "\"Policies\":{\"PasswordPolicy\":{\"MinimumLength\":12,\"RequireUppercase\":true,"
        + "\"RequireLowercase\":true,\"RequireNumbers\":true,\"RequireSymbols\":true,\"PasswordHistorySize\":0,"
        + "\"TemporaryPasswordValidityDays\":7},\"SignInPolicy\":{\"AllowedFirstAuthFactors\":[\"PASSWORD\"]}},"
        + "\"DeletionProtection\":\"INACTIVE\",\"LambdaConfig\":{},"
        + "\"LastModifiedDate\":1.7645184E9,\"CreationDate\":1.7645184E9,"
        + "\"SchemaAttributes\":[" + String.join(",", schema) + "],"
        + "\"AutoVerifiedAttributes\":[\"email\"],\"AliasAttributes\":[\"email\"],"
        + "\"VerificationMessageTemplate\":{\"DefaultEmailOption\":\"CONFIRM_WITH_CODE\"},"
        + "\"UserAttributeUpdateSettings\":{\"AttributesRequireVerificationBeforeUpdate\":[]},"
        + "\"MfaConfiguration\":\"OFF\",\"EstimatedNumberOfUsers\":1,"
        + "\"EmailConfiguration\":{\"EmailSendingAccount\":\"COGNITO_DEFAULT\"},\"UserPoolTags\":{},"
        + "\"Domain\":\"modelop-auth\","
        + "\"AdminCreateUserConfig\":{\"AllowAdminCreateUserOnly\":true,\"UnusedAccountValidityDays\":7},"
        + "\"AccountRecoverySetting\":{\"RecoveryMechanisms\":[{\"Priority\":1,\"Name\":\"verified_email\"}]},"
        + "\"UserPoolTier\":\"ESSENTIALS\"}}";
  }

  static String realClient(UserPoolClientType c) {
    StringBuilder b = new StringBuilder("{\"UserPoolClient\":{\"UserPoolId\":" + json(c.userPoolId())
        + ",\"ClientName\":" + json(c.clientName()) + ",\"ClientId\":" + json(c.clientId()));
    if (c.clientSecret() != null) {
      b.append(",\"ClientSecret\":").append(json(c.clientSecret()));
    }
    b.append(",\"LastModifiedDate\":1.7645184E9,\"CreationDate\":1.7645184E9,\"RefreshTokenValidity\":30");
    if (c.accessTokenValidity() != null) {
      b.append(",\"AccessTokenValidity\":").append(c.accessTokenValidity());
    }
    if (c.idTokenValidity() != null) {
      b.append(",\"IdTokenValidity\":").append(c.idTokenValidity());
    }
    b.append(",\"TokenValidityUnits\":{\"AccessToken\":\"minutes\",\"IdToken\":\"minutes\",\"RefreshToken\":\"days\"}");
    b.append(",\"ExplicitAuthFlows\":").append(list(reversed(c.explicitAuthFlowsAsStrings())));
    if (c.hasSupportedIdentityProviders()) {
      b.append(",\"SupportedIdentityProviders\":").append(list(c.supportedIdentityProviders()));
    }
    if (c.hasCallbackURLs()) {
      b.append(",\"CallbackURLs\":").append(list(reversed(c.callbackURLs())));
    }
    if (c.hasLogoutURLs()) {
      b.append(",\"LogoutURLs\":").append(list(c.logoutURLs()));
    }
    if (c.hasAllowedOAuthFlows() && !c.allowedOAuthFlows().isEmpty()) {
      b.append(",\"AllowedOAuthFlows\":").append(list(c.allowedOAuthFlowsAsStrings()))
          .append(",\"AllowedOAuthScopes\":").append(list(reversed(c.allowedOAuthScopes())))
          .append(",\"AllowedOAuthFlowsUserPoolClient\":true");
    }
    b.append(",\"PreventUserExistenceErrors\":")
        .append(json(c.preventUserExistenceErrors() == null ? "LEGACY" : c.preventUserExistenceErrorsAsString()))
        .append(",\"EnableTokenRevocation\":").append(!Boolean.FALSE.equals(c.enableTokenRevocation()))
        .append(",\"EnablePropagateAdditionalUserContextData\":false,\"AuthSessionValidity\":3}}");
    return b.toString();
  }

  @Test
  void twoRuns_againstRealCognitoDescriptions_planNoWrite(CognitoEmulator emulator) {
    try (CognitoIdentityProviderClient plain = emulator.newClient();
        CognitoAdmin first = CognitoAdmin.using(plain)) {
      ModelOpSetupIT.setUpModelOp(first, 12);
    }
    RequestRecorder real = new RequestRecorder();
    try (CognitoIdentityProviderClient moto = emulator.newClient();
        CognitoIdentityProviderClient described = emulator.newClient(real);
        CognitoAdmin admin = CognitoAdmin.using(described)) {
      String poolId = admin.findUserPool("modelop").orElseThrow().id();
      real.answer("DescribeUserPool", 200, realPool(poolId));
      real.answerWith("DescribeUserPoolClient", request -> Reply.of(200, realClient(moto.describeUserPoolClient(
          b -> b.userPoolId(poolId).clientId(((DescribeUserPoolClientRequest) request).clientId()))
          .userPoolClient())));
      real.clear();

      for (int run = 1; run <= 2; run++) {
        List<ChangeReport> reports = ModelOpSetupIT.setUpModelOp(admin, 12);

        assertThat(reports).as("run " + run)
            .allSatisfy(r -> assertThat(r.change()).as(r.toString()).isEqualTo(Change.UNCHANGED));
        assertThat(real.operations()).as("run " + run).contains("DescribeUserPool", "DescribeUserPoolClient")
            .allSatisfy(op -> assertThat(op).matches("(Describe|List|Get|AdminGet|AdminList).*"));
        real.clear();
      }
    }
  }
}
