package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.auth.testing.EmulatorUsers;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.SrpServer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/**
 * USER_SRP_AUTH end to end: the emulator holds users and issues tokens, and the testkit's {@link SrpServer} (the
 * server half of SRP, written from RFC 5054) checks every proof, so a wrong password, a hash of the alias, a wrong
 * secret or a skewed timestamp fails here as on Cognito. Our math is checked against AWS's JavaScript client
 * separately ({@code SrpVectorsTest}).
 */
@CognitoEmulatorTest
class SrpIT {
  static final String PASSWORD = "Srp-Passw0rd-ÄÖ!";
  static CognitoEmulator emulator;
  static final RequestRecorder recorder = new RequestRecorder();
  static CognitoIdentityProviderClient cognito;
  static SrpServer srp;
  static String poolId;
  static UserPoolClientType app;
  static String emailPoolId;
  static UserPoolClientType emailApp;

  @BeforeAll
  static void setUp() {
    cognito = emulator.newClient(recorder);
    srp = SrpServer.install(emulator, recorder);
    poolId = cognito.createUserPool(b -> b.poolName("srp-users")).userPool().id();
    app = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("spa").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient();
    emailPoolId = cognito.createUserPool(b -> b.poolName("srp-email")
        .usernameAttributes(UsernameAttributeType.EMAIL)).userPool().id();
    emailApp = cognito.createUserPoolClient(b -> b.userPoolId(emailPoolId).clientName("spa").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient();
  }

  @AfterAll
  static void tearDown() {
    recorder.stopAnswering();
    cognito.close();
  }

  @BeforeEach
  void clear() {
    recorder.clear();
  }

  static CognitoAuth auth(CognitoIdentityProviderClient client, String pool, UserPoolClientType c) {
    return EmulatorUsers.auth(client, pool, c);
  }

  static String user(String pool) {
    return EmulatorUsers.create(cognito, srp, pool, "srp", PASSWORD);
  }

  static CognitoAuthException.Reason reasonOf(Runnable call) {
    try {
      call.run();
    } catch (CognitoAuthException e) {
      return e.reason();
    }
    throw new AssertionError("no CognitoAuthException");
  }

  @Test
  void signsInWithTheProofAndHashesTheInternalName() {
    String name = user(poolId);
    AuthTokens tokens = auth(cognito, poolId, app).srpAuth(name, PASSWORD).tokens();

    assertThat(tokens.username()).isEqualTo(name);
    InitiateAuthRequest start = recorder.last(InitiateAuthRequest.class);
    assertThat(start.authFlowAsString()).isEqualTo("USER_SRP_AUTH");
    assertThat(start.authParameters()).containsOnlyKeys("USERNAME", "SRP_A", "SECRET_HASH")
        .containsEntry("SECRET_HASH", SecretHash.of(name, app.clientId(), app.clientSecret()));
    RespondToAuthChallengeRequest answer = recorder.last(RespondToAuthChallengeRequest.class);
    assertThat(answer.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
    assertThat(answer.challengeResponses()).containsOnlyKeys("USERNAME", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP",
        "PASSWORD_CLAIM_SIGNATURE", "SECRET_HASH");
    assertThat(answer.challengeResponses().get("TIMESTAMP"))
        .matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [1-9]\\d? \\d\\d:\\d\\d:\\d\\d UTC \\d{4}");
    assertThat(auth(cognito, poolId, app).refresh(tokens).username()).isEqualTo(name);
  }

  @Test
  void aWrongPasswordFailsTheProof() {
    String name = user(poolId);
    CognitoAuth auth = auth(cognito, poolId, app);

    assertThat(reasonOf(() -> auth.srpAuth(name, PASSWORD + "x"))).isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED);
    assertThat(reasonOf(() -> auth.srpAuth(name, "srp-passw0rd-äö!"))).isEqualTo(
        CognitoAuthException.Reason.NOT_AUTHORIZED);
    assertThat(recorder.operations()).contains("RespondToAuthChallenge");   // refused at the proof, not before
  }

  @Test
  void emailAliasSignsInAsTheInternalUser() {
    String email = "srp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String sub = cognito.adminCreateUser(b -> b.userPoolId(emailPoolId).username(email)
        .messageAction(MessageActionType.SUPPRESS)).user().username();
    cognito.adminSetUserPassword(b -> b.userPoolId(emailPoolId).username(email).password(PASSWORD).permanent(true));
    srp.register(emailPoolId, sub, PASSWORD);

    AuthTokens tokens = auth(cognito, emailPoolId, emailApp).srpAuth(email, PASSWORD).tokens();

    assertThat(sub).isNotEqualTo(email);
    assertThat(tokens.username()).isEqualTo(sub);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters()).containsEntry("SECRET_HASH",
        SecretHash.of(email, emailApp.clientId(), emailApp.clientSecret()));
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("USERNAME", sub)
        .containsEntry("SECRET_HASH", SecretHash.of(sub, emailApp.clientId(), emailApp.clientSecret()));
  }

  @Test
  void aClientThatHashesTheAliasInTheAnswerIsRefused() {
    String email = "srp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String sub = cognito.adminCreateUser(b -> b.userPoolId(emailPoolId).username(email)
        .messageAction(MessageActionType.SUPPRESS)).user().username();
    cognito.adminSetUserPassword(b -> b.userPoolId(emailPoolId).username(email).password(PASSWORD).permanent(true));
    srp.register(emailPoolId, sub, PASSWORD);
    // The most-reported SRP bug: SECRET_HASH of the typed e-mail address on the PASSWORD_VERIFIER answer.
    ExecutionInterceptor aliasHasher = new ExecutionInterceptor() {
      @Override
      public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof RespondToAuthChallengeRequest r) {
          Map<String, String> responses = new HashMap<>(r.challengeResponses());
          responses.put("SECRET_HASH", SecretHash.of(email, emailApp.clientId(), emailApp.clientSecret()));
          return r.toBuilder().challengeResponses(responses).build();
        }
        return context.request();
      }
    };
    try (CognitoIdentityProviderClient buggy = emulator.newClient(aliasHasher, recorder)) {
      CognitoAuthException e = (CognitoAuthException) org.assertj.core.api.Assertions.catchThrowable(
          () -> auth(buggy, emailPoolId, emailApp).srpAuth(email, PASSWORD));
      assertThat(e.reason()).isEqualTo(CognitoAuthException.Reason.SECRET_HASH_MISMATCH);
    }
  }

  @Test
  void aWrongClientSecretIsRefusedAtTheStart() {
    String name = user(poolId);
    CognitoAuth wrong = CognitoAuth.builder().client(cognito).userPoolId(poolId).clientId(app.clientId())
        .clientSecret("not-the-secret").build();
    assertThat(reasonOf(() -> wrong.srpAuth(name, PASSWORD))).isEqualTo(
        CognitoAuthException.Reason.SECRET_HASH_MISMATCH);
  }

  @Test
  void withHiddenUserExistenceAnUnknownUserFailsLikeAWrongPassword() {
    UserPoolClientType hiding = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("hiding")
        .generateSecret(true).preventUserExistenceErrors("ENABLED")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)).userPoolClient();
    String name = user(poolId);
    CognitoAuth auth = auth(cognito, poolId, hiding);

    CognitoAuthException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> auth.srpAuth("nobody-" + name, PASSWORD), CognitoAuthException.class);
    CognitoAuthException wrong = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> auth.srpAuth(name, "x" + PASSWORD), CognitoAuthException.class);

    assertThat(unknown.reason()).isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED).isEqualTo(wrong.reason());
    assertThat(unknown.getMessage().replaceAll("request id \\S+", ""))
        .isEqualTo(wrong.getMessage().replaceAll("request id \\S+", ""));
    assertThat(unknown.getMessage()).doesNotContain("nobody-");
    CognitoAuth withoutSecret = CognitoAuth.builder().client(cognito).userPoolId(poolId)
        .clientId(hiding.clientId()).build();
    assertThat(reasonOf(() -> withoutSecret.srpAuth(name, PASSWORD)))
        .as("a client secret left out").isEqualTo(CognitoAuthException.Reason.SECRET_HASH_MISMATCH);
  }

  @Test
  void aClockFiveMinutesOffIsRefused() {
    String name = user(poolId);
    CognitoAuth skewed = CognitoAuth.builder().client(cognito).userPoolId(poolId).clientId(app.clientId())
        .clientSecret(app.clientSecret()).clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-7))).build();
    assertThat(reasonOf(() -> skewed.srpAuth(name, PASSWORD))).isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED);
  }

  @Test
  void theFlowMustBeEnabledOnTheClient() {
    UserPoolClientType passwordOnly = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("pw")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient();
    String name = user(poolId);
    assertThat(reasonOf(() -> auth(cognito, poolId, passwordOnly).srpAuth(name, PASSWORD)))
        .isEqualTo(CognitoAuthException.Reason.FLOW_NOT_ENABLED);
  }

  @Test
  void aTemporaryPasswordLeadsToTheNewPasswordChallenge() {
    String name = "srp-" + UUID.randomUUID().toString().substring(0, 8);
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username(name).temporaryPassword("Temp-Passw0rd!")
        .messageAction(MessageActionType.SUPPRESS));
    srp.register(poolId, name, "Temp-Passw0rd!");

    AuthResult first = auth(cognito, poolId, app).srpAuth(name, "Temp-Passw0rd!");

    assertThat(first).isInstanceOf(NewPasswordRequired.class);
    assertThat(((NewPasswordRequired) first).username()).isEqualTo(name);
    AuthTokens tokens = ((NewPasswordRequired) first).answer("Brand-N3w-Passw0rd!").tokens();
    assertThat(tokens.username()).isEqualTo(name);
    assertThat(recorder.last(RespondToAuthChallengeRequest.class).challengeResponses())
        .containsEntry("SECRET_HASH", SecretHash.of(name, app.clientId(), app.clientSecret()));
  }

  @Test
  void forgedOrBrokenChallengesAreTypedErrors() {
    String name = user(poolId);
    CognitoAuth auth = auth(cognito, poolId, app);
    String block = "c2VjcmV0LWJsb2Nr";
    String[][] cases = {
      // SRP_B = N: B mod N = 0 would make the session key predictable
      {srpB(io.github.cognitokit.auth.internal.Srp.N.toString(16)), "SRP_B is a multiple of N"},
      {srpB("0"), "SRP_B is a multiple of N"},
      {"{\"SALT\":\"zz\",\"SRP_B\":\"02\",\"SECRET_BLOCK\":\"" + block + "\",\"USER_ID_FOR_SRP\":\"u\"}",
          "SALT is not hexadecimal"},
      {"{\"SALT\":\"0a\",\"SRP_B\":\"02\",\"USER_ID_FOR_SRP\":\"u\"}", "SECRET_BLOCK is missing"},
      {"{\"SALT\":\"0a\",\"SRP_B\":\"02\",\"SECRET_BLOCK\":\"***\",\"USER_ID_FOR_SRP\":\"u\"}",
          "SECRET_BLOCK is not Base64"},
      {"{\"SALT\":\"0a\",\"SRP_B\":\"02\",\"SECRET_BLOCK\":\"" + block + "\"}", "USER_ID_FOR_SRP is missing"},
    };
    for (String[] c : cases) {
      recorder.answerInTurn("InitiateAuth", RequestRecorder.Reply.of(200,
          "{\"ChallengeName\":\"PASSWORD_VERIFIER\",\"Session\":\"s\",\"ChallengeParameters\":" + c[0] + "}"));
      assertThatThrownBy(() -> auth.srpAuth(name, PASSWORD)).isInstanceOf(CognitoAuthException.class)
          .hasMessage("Cognito's PASSWORD_VERIFIER challenge cannot be answered: " + c[1])
          .satisfies(e -> assertThat(((CognitoAuthException) e).reason())
              .isEqualTo(CognitoAuthException.Reason.INVALID_CHALLENGE));
    }
  }

  private static String srpB(String hex) {
    return "{\"SALT\":\"0a\",\"SRP_B\":\"" + hex + "\",\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\",\"USER_ID_FOR_SRP\":\"u\"}";
  }

  @Test
  void anExpiredSessionIsTyped() {
    String name = user(poolId);
    // The API Reference's NotAuthorizedException for a session past the client's AuthSessionValidity.
    recorder.answerInTurn("RespondToAuthChallenge", RequestRecorder.Reply.of(400, "{\"__type\":"
        + "\"NotAuthorizedException\",\"message\":\"Invalid session for the user, session is expired.\"}"));
    assertThat(reasonOf(() -> auth(cognito, poolId, app).srpAuth(name, PASSWORD)))
        .isEqualTo(CognitoAuthException.Reason.SESSION_EXPIRED);
  }

  @Test
  void aReplayedProofIsRefused() {
    String name = user(poolId);
    auth(cognito, poolId, app).srpAuth(name, PASSWORD);
    RespondToAuthChallengeRequest used = recorder.last(RespondToAuthChallengeRequest.class);
    assertThatThrownBy(() -> cognito.respondToAuthChallenge(used)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageContaining("session is expired");
  }

  @Test
  void customAuthCanStartWithTheSrpProof() {
    UserPoolClientType custom = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("custom")
        .generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
    String name = user(poolId);
    CognitoAuth auth = auth(cognito, poolId, custom);

    assertThat(auth.customAuthWithSrp(name, PASSWORD).tokens().username()).isEqualTo(name);
    assertThat(recorder.last(InitiateAuthRequest.class).authParameters())
        .containsEntry("CHALLENGE_NAME", "SRP_A").containsKey("SRP_A").doesNotContainKey("PASSWORD");
    assertThat(recorder.last(InitiateAuthRequest.class).authFlowAsString()).isEqualTo("CUSTOM_AUTH");
    assertThat(reasonOf(() -> auth.customAuthWithSrp(name, "x" + PASSWORD)))
        .isEqualTo(CognitoAuthException.Reason.NOT_AUTHORIZED);

    // What the define-auth-challenge trigger asks after the proof comes back typed (API Reference shape).
    recorder.answerInTurn("RespondToAuthChallenge", RequestRecorder.Reply.of(200, "{\"ChallengeName\":"
        + "\"CUSTOM_CHALLENGE\",\"Session\":\"s2\",\"ChallengeParameters\":{\"USERNAME\":\"" + name
        + "\",\"question\":\"favourite colour?\"}}"));
    AuthResult next = auth.customAuthWithSrp(name, PASSWORD);
    assertThat(next).isInstanceOf(CustomChallenge.class);
    assertThat(((CustomChallenge) next).parameters()).containsEntry("question", "favourite colour?");
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyCall() {
    CognitoAuth auth = auth(cognito, poolId, app);
    assertThatThrownBy(() -> auth.srpAuth(null, PASSWORD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username must not be null or blank");
    assertThatThrownBy(() -> auth.srpAuth("bob", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("password must not be null or empty");
    CognitoAuth noPool = CognitoAuth.builder().client(cognito).clientId(app.clientId()).build();
    assertThatThrownBy(() -> noPool.srpAuth("bob", PASSWORD)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("srpAuth needs the user pool id");
    assertThat(recorder.operations()).isEmpty();
  }
}
