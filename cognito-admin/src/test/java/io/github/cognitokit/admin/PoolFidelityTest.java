package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.PoolReconciler;
import io.github.cognitokit.admin.internal.SdkCopy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The pool's immutable-settings check and update planning against what real Cognito returns and does, without an
 * emulator: moto returns only the attributes given at creation, where Cognito lists every standard attribute with
 * sub required. Nothing is sent: the client points at a closed loopback port and is never called.
 */
class PoolFidelityTest {
  static final CognitoIdentityProviderClient UNUSED = CognitoIdentityProviderClient.builder()
      .region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("unused", "unused"))).build();
  static final CognitoAdmin ADMIN = CognitoAdmin.using(UNUSED);

  @AfterAll
  static void close() {
    UNUSED.close();
  }

  static SchemaAttributeType string(String name, boolean mutable, boolean required, String min) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING)
        .developerOnlyAttribute(false).mutable(mutable).required(required)
        .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength(min).maxLength("2048").build())
        .build();
  }

  static SchemaAttributeType bool(String name) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.BOOLEAN)
        .developerOnlyAttribute(false).mutable(true).required(false).build();
  }

  /**
   * {@code SchemaAttributes} as real {@code DescribeUserPool} returns them: every standard attribute, with {@code sub}
   * immutable and required. Source: AWS CLI Command Reference, {@code aws cognito-idp describe-user-pool}, example
   * "To describe a user pool" (output), and the API Reference's {@code SchemaAttributeType}; the required flags of
   * the standard attributes follow the pool's creation.
   */
  static UserPoolType describedByRealCognito(Set<String> requiredStandard) {
    List<SchemaAttributeType> schema = new ArrayList<>();
    schema.add(string("sub", false, true, "1"));
    for (String name : List.of("name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
        "profile", "picture", "website", "email")) {
      schema.add(string(name, true, requiredStandard.contains(name), "0"));
    }
    schema.add(bool("email_verified"));
    for (String name : List.of("gender", "birthdate", "zoneinfo", "locale", "phone_number")) {
      schema.add(string(name, true, requiredStandard.contains(name), name.equals("birthdate") ? "10" : "0"));
    }
    schema.add(bool("phone_number_verified"));
    schema.add(string("address", true, requiredStandard.contains("address"), "0"));
    schema.add(SchemaAttributeType.builder().name("updated_at").attributeDataType(AttributeDataType.NUMBER)
        .developerOnlyAttribute(false).mutable(true).required(requiredStandard.contains("updated_at"))
        .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").build()).build());
    schema.add(string("identities", true, false, "0"));
    return UserPoolType.builder().id("us-east-1_AbC123").name("modelop").schemaAttributes(schema).build();
  }

  static void check(UserPoolSpec spec, UserPoolType current) {
    PoolReconciler.planPool(current, spec.freeze());
  }

  @Test
  void requiredEmail_onAPoolThatRequiresEmailAndSub_isUnchanged() {
    UserPoolSpec spec = ADMIN.userPool("modelop").requiredAttributes(StandardAttribute.EMAIL);

    assertThatCode(() -> check(spec, describedByRealCognito(Set.of("email")))).doesNotThrowAnyException();
  }

  @Test
  void requiredAttributes_thatReallyDiffer_areImmutable() {
    UserPoolSpec spec = ADMIN.userPool("modelop").requiredAttributes(StandardAttribute.EMAIL);

    assertThatThrownBy(() -> check(spec, describedByRealCognito(Set.of("email", "name"))))
        .isInstanceOf(CognitoAdminException.class).hasMessageContaining("requiredAttributes")
        .hasMessageContaining("[email, name]").hasMessageNotContaining("sub");
    assertThatThrownBy(() -> check(ADMIN.userPool("modelop").requiredAttributes(StandardAttribute.EMAIL,
        StandardAttribute.NAME), describedByRealCognito(Set.of("email"))))
        .isInstanceOf(CognitoAdminException.class)
        .satisfies(e -> assertThat(((CognitoAdminException) e).reason())
            .isEqualTo(CognitoAdminException.Reason.IMMUTABLE));
  }

  @Test
  void noRequiredAttributes_onAPoolThatRequiresOnlySub_isUnchanged() {
    UserPoolSpec spec = ADMIN.userPool("modelop").requiredAttributes();

    assertThatCode(() -> check(spec, describedByRealCognito(Set.of()))).doesNotThrowAnyException();
  }

  static UserPoolType withDevices(DeviceConfigurationType devices) {
    return describedByRealCognito(Set.of()).toBuilder().deviceConfiguration(devices).build();
  }

  static List<String> changedFields(UserPoolSpec spec, UserPoolType current) {
    return SdkCopy.diff(PoolReconciler.baseline(current), PoolReconciler.desiredUpdate(current, spec.freeze()),
        Set.of("UserPoolId")).stream()
        .map(FieldChange::field).toList();
  }

  @Test
  void noDeviceTracking_dropsTheDeviceConfiguration_whichIsHowCognitoSwitchesItOff() {
    UserPoolType remembering = withDevices(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true)
        .deviceOnlyRememberedOnUserPrompt(true).build());
    UserPoolSpec off = ADMIN.userPool("modelop").noDeviceTracking();

    assertThat(PoolReconciler.desiredUpdate(remembering, off.freeze()).deviceConfiguration()).isNull();
    assertThat(changedFields(off, remembering)).containsExactly("DeviceConfiguration");
    assertThat(changedFields(off, withDevices(null))).isEmpty();
  }

  @Test
  void deviceTracking_on_isAChangeOnlyWhereItDiffers() {
    DeviceConfigurationType optIn = DeviceConfigurationType.builder().challengeRequiredOnNewDevice(false)
        .deviceOnlyRememberedOnUserPrompt(true).build();
    UserPoolSpec spec = ADMIN.userPool("modelop").deviceTracking(false, true);

    assertThat(changedFields(spec, withDevices(optIn))).isEmpty();
    assertThat(changedFields(spec, withDevices(null))).containsExactly("DeviceConfiguration");
    UserPoolSpec offLast = ADMIN.userPool("modelop").deviceTracking(true, true).noDeviceTracking();
    UserPoolSpec onLast = ADMIN.userPool("modelop").noDeviceTracking().deviceTracking(false, true);
    assertThat(PoolReconciler.desiredUpdate(withDevices(optIn), offLast.freeze()).deviceConfiguration()).isNull();
    assertThat(PoolReconciler.desiredUpdate(withDevices(null), onLast.freeze()).deviceConfiguration()).isEqualTo(optIn);
  }
}
