package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.internal.PoolReconciler;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

@CognitoEmulatorTest
class UserPoolSpecIT {
  static final String TRIGGER = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
  static final String MIGRATION = "arn:aws:lambda:us-east-1:123456789012:function:migrate";
  final RequestRecorder recorder = new RequestRecorder();
  CognitoIdentityProviderClient cognito;
  CognitoAdmin admin;

  @BeforeEach
  void setUp(CognitoEmulator emulator) {
    cognito = emulator.newClient(recorder);
    admin = CognitoAdmin.using(cognito);
  }

  @AfterEach
  void tearDown() {
    cognito.close();
  }

  static String name() {
    return "pool-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A pool set up outside the library, with settings the library's spec below never names. */
  String poolWithManySettings(String name) {
    return cognito.createUserPool(b -> b.poolName(name)
        .lambdaConfig(l -> l.preSignUp(TRIGGER).userMigration(MIGRATION))
        .userPoolTags(Map.of("team", "identity", "cost-center", "42"))
        .autoVerifiedAttributesWithStrings("email")
        .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8).requireUppercase(true).requireSymbols(false)))
        .emailVerificationSubject("Your code").emailVerificationMessage("Code: {####}")
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true))
        .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true))).userPool().id();
  }

  @Test
  void naiveUpdate_resetsOmittedFields_inTheEmulatorToo() {
    String id = poolWithManySettings(name());
    cognito.updateUserPool(b -> b.userPoolId(id).deletionProtection("INACTIVE"));
    UserPoolType after = cognito.describeUserPool(b -> b.userPoolId(id)).userPool();
    assertThat(after.lambdaConfig() == null || after.lambdaConfig().preSignUp() == null).isTrue();
  }

  @Test
  void ensure_changingOneSetting_leavesEveryOtherSettingAsItWas() {
    String name = name();
    String id = poolWithManySettings(name);
    UpdateUserPoolRequest before = PoolReconciler.baseline(cognito.describeUserPool(b -> b.userPoolId(id)).userPool());

    UserPool pool = admin.userPool(name).passwordPolicy(p -> p.minLength(14)).ensure();

    assertThat(pool.report().change()).isEqualTo(Change.UPDATED);
    assertThat(pool.report().fields()).extracting(ChangeReport.FieldChange::field).containsExactly("Policies");
    UserPoolType described = cognito.describeUserPool(b -> b.userPoolId(id)).userPool();
    UpdateUserPoolRequest after = PoolReconciler.baseline(described);
    assertThat(described.policies().passwordPolicy().minimumLength()).isEqualTo(14);
    assertThat(described.policies().passwordPolicy().requireUppercase()).isTrue();
    assertThat(described.lambdaConfig().preSignUp()).isEqualTo(TRIGGER);
    assertThat(described.lambdaConfig().userMigration()).isEqualTo(MIGRATION);
    assertThat(described.userPoolTags()).containsEntry("team", "identity").containsEntry("cost-center", "42");
    assertThat(after.toBuilder().policies(before.policies()).build()).isEqualTo(before);
  }

  @Test
  void ensure_triggerAdded_keepsTheOtherTriggers_andRemovalIsExplicit() {
    String name = name();
    String id = poolWithManySettings(name);
    String post = "arn:aws:lambda:us-east-1:123456789012:function:post-confirm";

    admin.userPool(name).trigger(LambdaTrigger.POST_CONFIRMATION, post).ensure();
    var lambda = cognito.describeUserPool(b -> b.userPoolId(id)).userPool().lambdaConfig();
    assertThat(lambda.postConfirmation()).isEqualTo(post);
    assertThat(lambda.preSignUp()).isEqualTo(TRIGGER);

    admin.userPool(name).removeTrigger(LambdaTrigger.PRE_SIGN_UP).ensure();
    lambda = cognito.describeUserPool(b -> b.userPoolId(id)).userPool().lambdaConfig();
    assertThat(lambda.preSignUp()).isNull();
    assertThat(lambda.userMigration()).isEqualTo(MIGRATION);
    assertThat(lambda.postConfirmation()).isEqualTo(post);
  }

  @Test
  void ensure_sameSettingsAgain_isUnchanged_andSendsNoUpdate() {
    String name = name();
    admin.userPool(name).passwordPolicy(p -> p.minLength(10)).tag("a", "b").accountRecovery(AccountRecovery.EMAIL_ONLY)
        .deviceTracking(true, false).ensure();
    recorder.clear();

    UserPool again = admin.userPool(name).passwordPolicy(p -> p.minLength(10)).tag("a", "b")
        .accountRecovery(AccountRecovery.EMAIL_ONLY).deviceTracking(true, false).ensure();

    assertThat(again.report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("UpdateUserPool");
  }

  @Test
  void noDeviceTracking_switchesRememberedDevicesBackOff_thenIsUnchanged() {
    String name = name();
    UserPool pool = admin.userPool(name).deviceTracking(true, true).ensure();
    assertThat(pool.describe().deviceConfiguration()).isNotNull();

    UserPool off = admin.userPool(name).noDeviceTracking().ensure();

    assertThat(off.report().change()).isEqualTo(Change.UPDATED);
    assertThat(off.report().fields()).extracting(ChangeReport.FieldChange::field).contains("DeviceConfiguration");
    assertThat(off.describe().deviceConfiguration()).isNull();
    assertThat(admin.userPool(name).noDeviceTracking().ensure().report().change()).isEqualTo(Change.UNCHANGED);
  }

  @Test
  void poolLookups_listOnce_yetSeePoolsMadeOrDeletedElsewhere() {
    String mine = name();
    String theirs = name();
    admin.userPool(mine).ensure();
    assertThat(admin.findUserPool(theirs)).isEmpty();

    // Made elsewhere after this admin listed: found, not created a second time.
    String theirId = cognito.createUserPool(b -> b.poolName(theirs)).userPool().id();
    recorder.clear();
    UserPool found = admin.userPool(theirs).ensure();
    assertThat(found.id()).isEqualTo(theirId);
    assertThat(found.report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("CreateUserPool");

    // Known names cost no listing.
    recorder.clear();
    assertThat(admin.userPool(mine).ensure().report().change()).isEqualTo(Change.UNCHANGED);
    assertThat(admin.findUserPool(theirs)).isPresent();
    assertThat(recorder.operations()).doesNotContain("ListUserPools");

    // Deleted elsewhere after this admin remembered it: created again, not a NOT_FOUND failure.
    cognito.deleteUserPool(b -> b.userPoolId(theirId));
    UserPool again = admin.userPool(theirs).ensure();
    assertThat(again.report().change()).isEqualTo(Change.CREATED);
    assertThat(again.id()).isNotEqualTo(theirId);
  }

  @Test
  void plan_listsTheFieldChanges_andWritesNothing() {
    String name = name();
    poolWithManySettings(name);
    recorder.clear();

    ChangeReport plan = admin.userPool(name).passwordPolicy(p -> p.minLength(20)).deletionProtection(true).plan();

    assertThat(plan.change()).isEqualTo(Change.UPDATED);
    assertThat(plan.fields()).extracting(ChangeReport.FieldChange::field)
        .containsExactlyInAnyOrder("Policies", "DeletionProtection");
    assertThat(plan.fields()).anySatisfy(f -> {
      assertThat(f.field()).isEqualTo("Policies");
      assertThat(f.before()).contains("MinimumLength=8");
      assertThat(f.after()).contains("MinimumLength=20");
    });
    assertThat(recorder.operations()).allSatisfy(op -> assertThat(op).matches("(Describe|List|Get).*"));
    assertThat(admin.userPool("never-" + name).passwordPolicy(p -> p.minLength(9)).plan().change())
        .isEqualTo(Change.CREATED);
  }

  @Test
  void customAttributes_areAdded_neverRemoved_andChangesAreImmutable() {
    String name = name();
    UserPool pool = admin.userPool(name).customAttributes(CustomAttribute.string("department").maxLength(64))
        .ensure();
    admin.userPool(name).customAttributes(CustomAttribute.number("level").min(0).max(10)).ensure();

    Set<String> names = cognito.describeUserPool(b -> b.userPoolId(pool.id())).userPool().schemaAttributes().stream()
        .map(SchemaAttributeType::name).collect(java.util.stream.Collectors.toSet());
    assertThat(names).contains("custom:department", "custom:level");
    SchemaAttributeType level = cognito.describeUserPool(b -> b.userPoolId(pool.id())).userPool().schemaAttributes()
        .stream().filter(a -> a.name().equals("custom:level")).findFirst().orElseThrow();
    assertThat(level.attributeDataType()).isEqualTo(AttributeDataType.NUMBER);

    assertThatThrownBy(() -> admin.userPool(name).customAttributes(CustomAttribute.bool("department")).ensure())
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.IMMUTABLE);
          assertThat(e.getMessage()).contains("custom:department");
        });
  }

  @Test
  void signInSettings_areFixedAtCreation() {
    String name = name();
    admin.userPool(name).signInWith(SignIn.EMAIL).caseSensitive(false).ensure();
    assertThat(admin.userPool(name).signInWith(SignIn.EMAIL).caseSensitive(false).ensure().report().change())
        .isEqualTo(Change.UNCHANGED);
    assertThatThrownBy(() -> admin.userPool(name).signInWith(SignIn.USERNAME, SignIn.EMAIL).ensure())
        .isInstanceOfSatisfying(CognitoAdminException.class, e -> {
          assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.IMMUTABLE);
          assertThat(e.getMessage()).contains("signInWith");
        });
  }

  @Test
  void requiredAttributes_differingOnAnExistingPool_areImmutable() {
    String name = name();
    admin.userPool(name).requiredAttributes(StandardAttribute.EMAIL).ensure();
    assertThatThrownBy(() -> admin.userPool(name).requiredAttributes(StandardAttribute.EMAIL, StandardAttribute.NAME)
        .ensure()).isInstanceOfSatisfying(CognitoAdminException.class,
            e -> assertThat(e.getMessage()).contains("requiredAttributes"));
  }

  @Test
  void twoPoolsWithOneName_areAmbiguous_namingBothIds() {
    String name = name();
    String a = cognito.createUserPool(b -> b.poolName(name)).userPool().id();
    String b2 = cognito.createUserPool(b -> b.poolName(name)).userPool().id();
    assertThatThrownBy(() -> admin.userPool(name).ensure()).isInstanceOfSatisfying(CognitoAdminException.class, e -> {
      assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.AMBIGUOUS);
      assertThat(e.getMessage()).contains(a).contains(b2);
    });
    assertThat(admin.userPoolById(a).name()).isEqualTo(name);
  }

  @Test
  void mfa_goesThroughSetUserPoolMfaConfig() {
    String name = name();
    UserPool pool = admin.userPool(name).mfa(Mfa.OPTIONAL).mfaFactors(MfaFactor.TOTP).ensure();
    SetUserPoolMfaConfigRequest sent = recorder.last(SetUserPoolMfaConfigRequest.class);
    assertThat(sent.mfaConfigurationAsString()).isEqualTo("OPTIONAL");
    assertThat(sent.softwareTokenMfaConfiguration().enabled()).isTrue();
    assertThat(cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool.id())).mfaConfigurationAsString())
        .isEqualTo("OPTIONAL");

    recorder.clear();
    assertThat(admin.userPool(name).mfa(Mfa.OPTIONAL).mfaFactors(MfaFactor.TOTP).ensure().report().change())
        .isEqualTo(Change.UNCHANGED);
    assertThat(recorder.operations()).doesNotContain("SetUserPoolMfaConfig");

    admin.userPool(name).mfa(Mfa.OFF).ensure();
    assertThat(cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool.id())).mfaConfigurationAsString())
        .isEqualTo("OFF");
  }

  @Test
  void newPools_areAdminOnlySignUp_byDefault() {
    UserPool pool = admin.userPool(name()).ensure();
    assertThat(pool.describe().adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
    assertThat(pool.issuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool.id());
  }

  @Test
  void delete_isIdempotent() {
    UserPool pool = admin.userPool(name()).ensure();
    assertThat(pool.delete().change()).isEqualTo(Change.DELETED);
    assertThat(pool.delete().change()).isEqualTo(Change.ABSENT);
  }

  @Test
  void validation_namesTheField_beforeAnyCall() {
    UserPoolSpec spec = admin.userPool(name());
    assertThatThrownBy(() -> spec.passwordPolicy(p -> p.minLength(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minLength");
    assertThatThrownBy(() -> spec.verificationByCode("s", "no code here", "{####}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{####}");
    assertThatThrownBy(() -> spec.verificationByLink("s", "no link"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{##");
    assertThatThrownBy(() -> spec.invitation("s", "{####}", "{####} {username}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{username}");
    assertThatThrownBy(() -> spec.signInWith(SignIn.PREFERRED_USERNAME))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USERNAME");
    assertThatThrownBy(() -> spec.trigger(LambdaTrigger.PRE_SIGN_UP, "not-an-arn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lambda");
    assertThatThrownBy(() -> spec.autoVerify(StandardAttribute.NAME))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("autoVerify");
    assertThatThrownBy(() -> spec.emailFromSes("arn:aws:iam::1:role/x", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SES");
    assertThatThrownBy(() -> spec.preTokenGeneration(TRIGGER, "V9"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> CustomAttribute.string("this-name-is-far-too-long"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-20");
    assertThatThrownBy(() -> CustomAttribute.bool("flag").max(3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no limits");
    assertThatThrownBy(() -> admin.userPool(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool name");
    recorder.clear();
    assertThatThrownBy(() -> admin.userPool(name()).trigger(LambdaTrigger.CUSTOM_EMAIL_SENDER, TRIGGER).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customSenderKmsKey");
    assertThatThrownBy(() -> admin.userPool(name()).mfa(Mfa.OFF).mfaFactors(MfaFactor.TOTP).ensure())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mfaFactors");
    assertThat(recorder.operations()).isEmpty();
  }
}
