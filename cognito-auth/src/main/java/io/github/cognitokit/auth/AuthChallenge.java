package io.github.cognitokit.auth;

import java.util.Map;

/**
 * A step Cognito asks for before it issues tokens. Each subtype has the answer methods that challenge needs; an
 * answer returns the next {@link AuthResult}. A challenge can be answered once, within the app client's
 * authentication session validity (3 to 15 minutes).
 *
 * <p>Answers carry the session and the user's internal user name (from the latest challenge parameters) forward and
 * add the SECRET_HASH of that name when the client has a secret. {@link #toString()} never shows the session.
 */
public abstract sealed class AuthChallenge implements AuthResult
    permits NewPasswordRequired, MfaCodeChallenge, SelectMfaType, MfaSetup, CustomChallenge, SelectChallenge,
        WebAuthnChallenge {
  private final String name;
  private final String username;
  private final Map<String, String> parameters;
  final String session;
  final ChallengeResponder responder;

  AuthChallenge(String name, String username, Map<String, String> parameters, String session,
      ChallengeResponder responder) {
    this.name = name;
    this.username = username;
    this.parameters = Map.copyOf(parameters);
    this.session = session;
    this.responder = responder;
  }

  /**
   * Returns Cognito's name for the challenge.
   *
   * @return for example {@code NEW_PASSWORD_REQUIRED}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the user's internal user name, which the answer uses.
   *
   * @return the internal user name
   */
  public String username() {
    return username;
  }

  /**
   * Returns the challenge parameters as Cognito sent them.
   *
   * @return the parameters; unmodifiable
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  AuthResult respond(Map<String, String> responses) {
    return responder.respond(this, responses);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{name=" + name + ", username=" + username + ", session=***}";
  }

  /** Sends answers; implemented by {@link CognitoAuth}. */
  interface ChallengeResponder {
    AuthResult respond(AuthChallenge challenge, Map<String, String> responses);

    TotpSecret associate(AuthChallenge challenge);

    AuthResult verifyAndRespond(AuthChallenge challenge, TotpSecret secret, String code, String deviceName);

    AuthResult select(AuthChallenge challenge, FirstFactor factor, String password);
  }
}
