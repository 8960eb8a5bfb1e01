package io.github.cognitokit.auth.testing;

import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.testkit.SrpServer;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** Users and sign-in helpers for the emulator tests that run SRP through the testkit's {@link SrpServer}. */
public final class EmulatorUsers {
  private EmulatorUsers() {}

  /**
   * Creates a confirmed user with a permanent password in the emulator and registers it with the SRP stand-in.
   *
   * @param cognito the SDK client
   * @param srp the stand-in
   * @param poolId the pool
   * @param prefix the user name's prefix; a random suffix follows
   * @param password the password
   * @return the user name
   */
  public static String create(CognitoIdentityProviderClient cognito, SrpServer srp, String poolId, String prefix,
      String password) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    cognito.adminCreateUser(b -> b.userPoolId(poolId).username(name).messageAction(MessageActionType.SUPPRESS));
    cognito.adminSetUserPassword(b -> b.userPoolId(poolId).username(name).password(password).permanent(true));
    srp.register(poolId, name, password);
    return name;
  }

  /**
   * Builds a {@link CognitoAuth} for an app client, with its secret when it has one.
   *
   * @param client the SDK client
   * @param poolId the pool
   * @param app the app client
   * @return the instance
   */
  public static CognitoAuth auth(CognitoIdentityProviderClient client, String poolId, UserPoolClientType app) {
    CognitoAuth.Builder b = CognitoAuth.builder().client(client).userPoolId(poolId).clientId(app.clientId());
    return app.clientSecret() == null ? b.build() : b.clientSecret(app.clientSecret()).build();
  }
}
