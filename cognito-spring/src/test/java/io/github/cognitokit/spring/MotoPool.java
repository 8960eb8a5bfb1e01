package io.github.cognitokit.spring;

import io.github.cognitokit.testkit.CognitoEmulator;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * A user pool on the emulator with two app clients ({@code app}, the one the services accept, and {@code other}) and
 * two users: alice in group {@code admins}, bob in no group. Tokens are minted by the emulator and signed with its
 * keys.
 */
public final class MotoPool {
  public final CognitoEmulator emulator;
  public final String poolId;
  public final String appClientId;
  public final String otherClientId;

  private MotoPool(CognitoEmulator emulator, String poolId, String appClientId, String otherClientId) {
    this.emulator = emulator;
    this.poolId = poolId;
    this.appClientId = appClientId;
    this.otherClientId = otherClientId;
  }

  public static MotoPool create(CognitoEmulator emulator, String name) {
    CognitoIdentityProviderClient cognito = emulator.client();
    String poolId = cognito.createUserPool(b -> b.poolName(name)).userPool().id();
    String app = client(cognito, poolId, "app");
    String other = client(cognito, poolId, "other");
    for (String user : new String[] {"alice", "bob"}) {
      cognito.adminCreateUser(b -> b.userPoolId(poolId).username(user).temporaryPassword("Temp-Passw0rd!")
          .messageAction("SUPPRESS"));
      cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username(user).password("Final-Passw0rd!")
          .permanent(true));
    }
    cognito.createGroup(b -> b.userPoolId(poolId).groupName("admins"));
    cognito.adminAddUserToGroup(b -> b.userPoolId(poolId).username("alice").groupName("admins"));
    return new MotoPool(emulator, poolId, app, other);
  }

  private static String client(CognitoIdentityProviderClient cognito, String poolId, String name) {
    return cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName(name)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
  }

  /** Signs a user in through a client and returns the emulator's tokens. */
  public AuthenticationResultType signIn(String user, String clientId) {
    return emulator.client().adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", user, "PASSWORD", "Final-Passw0rd!"))).authenticationResult();
  }

  public String issuer() {
    return emulator.issuer(poolId);
  }

  public String jwksUri() {
    return emulator.jwksUri(poolId).toString();
  }
}
