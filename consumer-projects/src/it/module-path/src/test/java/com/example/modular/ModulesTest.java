package com.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.auth.SecretHash;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.MalformedTokenException;
import org.junit.jupiter.api.Test;

class ModulesTest {
  @Test
  void ourModulesAreNamedModules_andWork() {
    assertEquals("com.example.modular", Security.class.getModule().getName());
    assertEquals("io.github.cognitokit.tokens", CognitoJwtVerifier.class.getModule().getName());
    assertEquals("io.github.cognitokit.auth", SecretHash.class.getModule().getName());
    assertEquals("io.github.cognitokit.admin", CognitoAdmin.class.getModule().getName());
    assertTrue(Security.class.getModule().canRead(CognitoJwtVerifier.class.getModule()));

    CognitoJwtVerifier verifier = Security.verifier("us-east-1_AbC123", "client");
    assertThrows(MalformedTokenException.class, () -> verifier.verify("not.a.token"));
    assertEquals(44, Security.secretHash("alice", "client", "secret").length());
  }
}
