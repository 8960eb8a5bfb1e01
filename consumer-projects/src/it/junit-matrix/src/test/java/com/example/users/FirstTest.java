package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.auth.NewPasswordRequired;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenUse;
import org.junit.jupiter.api.Test;

/** What a new user writes first: set up a pool, sign in, verify the access token, and set up again. */
@CognitoEmulatorTest
class FirstTest {
  CognitoEmulator emulator;

  @Test
  void ensureSignInVerify_thenEnsureAgainChangesNothing() {
    CognitoAdmin admin = CognitoAdmin.using(emulator.client());
    UserPool pool = admin.userPool("users").ensure();
    AppClient client = pool.client("web").confidential().authFlows(AuthFlow.ADMIN_USER_PASSWORD).ensure();
    pool.user("alice").email("alice@example.com", true).temporaryPassword("Temp-Passw0rd-1!").suppressInvitation()
        .ensure();

    AuthTokens tokens;
    try (CognitoAuth auth = CognitoAuth.builder().client(emulator.client()).userPoolId(pool.id())
        .clientId(client.clientId()).clientSecret(client.secret().orElseThrow()).build()) {
      tokens = assertInstanceOf(NewPasswordRequired.class, auth.adminPasswordAuth("alice", "Temp-Passw0rd-1!"))
          .answer("Final-Passw0rd-2!").tokens();
    }
    CognitoToken access = CognitoJwtVerifier.builder().userPoolId(pool.id()).jwksUri(emulator.jwksUri(pool.id()))
        .clientId(client.clientId()).tokenUse(TokenUse.ACCESS).build().verify(tokens.accessToken());
    assertEquals("alice", access.username().orElseThrow());

    assertEquals(Change.UNCHANGED, admin.userPool("users").ensure().report().change());
    assertEquals(Change.UNCHANGED, pool.client("web").confidential().authFlows(AuthFlow.ADMIN_USER_PASSWORD).ensure()
        .report().change());
    assertTrue(emulator.isRunning());
  }
}
