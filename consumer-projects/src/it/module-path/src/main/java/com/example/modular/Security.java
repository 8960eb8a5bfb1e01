package com.example.modular;

import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.auth.SecretHash;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Uses a type of each module, so that the module graph has to resolve. */
public final class Security {
  private Security() {}

  /** A verifier for the pool's access tokens. */
  public static CognitoJwtVerifier verifier(String poolId, String clientId) {
    return CognitoJwtVerifier.builder().userPoolId(poolId).clientId(clientId).tokenUse(TokenUse.ACCESS).build();
  }

  /** A SECRET_HASH. */
  public static String secretHash(String user, String clientId, String secret) {
    return SecretHash.of(user, clientId, secret);
  }

  /** An admin over the given client. */
  public static CognitoAdmin admin(CognitoIdentityProviderClient client) {
    return CognitoAdmin.using(client);
  }
}
