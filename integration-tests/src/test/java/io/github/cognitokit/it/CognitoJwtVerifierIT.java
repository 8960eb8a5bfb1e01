package io.github.cognitokit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.InvalidClientException;
import io.github.cognitokit.tokens.InvalidTokenUseException;
import io.github.cognitokit.tokens.MissingGroupException;
import io.github.cognitokit.tokens.TokenUse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/** Tokens minted by the emulator, signed with its keys, verified with the key set it serves. */
@CognitoEmulatorTest
class CognitoJwtVerifierIT {
  static CognitoEmulator emulator;
  static String poolId;
  static String clientId;
  static AuthenticationResultType tokens;

  @BeforeAll
  static void signIn() {
    CognitoIdentityProviderClient cognito = emulator.client();
    poolId = cognito.createUserPool(b -> b.poolName("verifier-it")).userPool().id();
    clientId = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username("alice").temporaryPassword("Temp-Passw0rd!")
        .messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username("alice").password("Final-Passw0rd!")
        .permanent(true));
    cognito.createGroup(b -> b.userPoolId(poolId).groupName("admins"));
    cognito.adminAddUserToGroup(b -> b.userPoolId(poolId).username("alice").groupName("admins"));
    tokens = cognito.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(java.util.Map.of("USERNAME", "alice", "PASSWORD", "Final-Passw0rd!")))
        .authenticationResult();
  }

  CognitoJwtVerifier.Builder verifier(TokenUse use) {
    return CognitoJwtVerifier.builder().userPoolId(poolId).jwksUri(emulator.jwksUri(poolId)).tokenUse(use)
        .clientId(clientId);
  }

  @Test
  void accessToken_fromTheEmulator_verifies() {
    CognitoToken token = verifier(TokenUse.ACCESS).requireAnyGroup("admins").build().verify(tokens.accessToken());

    assertThat(token.tokenUse()).isEqualTo(TokenUse.ACCESS);
    assertThat(token.username()).contains("alice");
    assertThat(token.clientId()).isEqualTo(clientId);
    assertThat(token.issuer()).isEqualTo(emulator.issuer(poolId));
    assertThat(token.groups()).contains("admins");
  }

  @Test
  void idToken_fromTheEmulator_verifies() {
    CognitoToken token = verifier(TokenUse.ID).build().verify(tokens.idToken());

    assertThat(token.tokenUse()).isEqualTo(TokenUse.ID);
    assertThat(token.username()).contains("alice");
    assertThat(token.clientId()).isEqualTo(clientId);
  }

  @Test
  void emulatorTokens_withTheWrongExpectations_areRejected() {
    assertThatThrownBy(() -> verifier(TokenUse.ACCESS).build().verify(tokens.idToken()))
        .isInstanceOf(InvalidTokenUseException.class);
    assertThatThrownBy(() -> CognitoJwtVerifier.builder().userPoolId(poolId).jwksUri(emulator.jwksUri(poolId))
        .tokenUse(TokenUse.ACCESS).clientId("another-client").build().verify(tokens.accessToken()))
        .isInstanceOf(InvalidClientException.class);
    assertThatThrownBy(() -> verifier(TokenUse.ACCESS).requireAnyGroup("auditors").build()
        .verify(tokens.accessToken())).isInstanceOf(MissingGroupException.class);
  }

  @Test
  void hydrate_readsTheEmulatorsKeySet() {
    CognitoJwtVerifier v = verifier(TokenUse.ANY).build();
    v.hydrate();
    assertThat(v.keySets().get(0).kids()).isNotEmpty();
  }
}
