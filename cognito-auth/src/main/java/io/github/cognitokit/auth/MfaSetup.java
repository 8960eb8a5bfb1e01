package io.github.cognitokit.auth;

import java.util.Map;

/**
 * {@code MFA_SETUP}: the pool requires MFA and the user has none yet. Set up an authenticator app:
 *
 * <pre>{@code
 * TotpSecret secret = setup.associateTotp();
 * showQrCode(secret.otpauthUri("MyApp", "alice"));
 * AuthResult next = setup.verifyTotp(secret, codeFromTheApp, "alice's phone");
 * }</pre>
 */
public final class MfaSetup extends AuthChallenge {
  MfaSetup(String username, Map<String, String> parameters, String session, ChallengeResponder responder) {
    super("MFA_SETUP", username, parameters, session, responder);
  }

  /**
   * Returns the factors the user can set up, as Cognito listed them in {@code MFAS_CAN_SETUP}.
   *
   * @return the raw list, for example {@code ["SOFTWARE_TOKEN_MFA"]}
   */
  public String mfasCanSetup() {
    return parameters().getOrDefault("MFAS_CAN_SETUP", "");
  }

  /**
   * Starts authenticator-app setup: Cognito returns a new TOTP secret.
   *
   * @return the secret to show the user
   * @throws CognitoAuthException if Cognito refuses
   */
  public TotpSecret associateTotp() {
    return responder.associate(this);
  }

  /**
   * Verifies the first code from the authenticator app and completes the challenge.
   *
   * @param secret the secret from {@link #associateTotp()}
   * @param code a current code from the app
   * @param deviceName a name for the authenticator, shown to the user later; may be null
   * @return the next result, usually tokens
   * @throws IllegalArgumentException if {@code secret} or {@code code} is null or empty
   * @throws CognitoAuthException if the code is wrong ({@link CognitoAuthException.Reason#CODE_MISMATCH}) or
   *     Cognito refuses
   */
  public AuthResult verifyTotp(TotpSecret secret, String code, String deviceName) {
    if (secret == null) {
      throw new IllegalArgumentException("secret must not be null");
    }
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException("code must not be null or empty");
    }
    return responder.verifyAndRespond(this, secret, code, deviceName);
  }
}
