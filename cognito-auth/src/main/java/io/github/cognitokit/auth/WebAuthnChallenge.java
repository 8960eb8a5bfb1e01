package io.github.cognitokit.auth;

import java.util.Map;

/**
 * {@code WEB_AUTHN}: sign in with a passkey. Hand {@link #credentialRequestOptions()} to the browser
 * ({@code navigator.credentials.get}) or the platform authenticator, and pass the authenticator's response, as JSON,
 * to {@link #answer(String)}. The ceremony itself happens on the user's device.
 */
public final class WebAuthnChallenge extends AuthChallenge {
  WebAuthnChallenge(String username, Map<String, String> parameters, String session, ChallengeResponder responder) {
    super("WEB_AUTHN", username, parameters, session, responder);
  }

  /**
   * Returns the WebAuthn credential request options Cognito sent ({@code CREDENTIAL_REQUEST_OPTIONS}): a JSON object
   * with the challenge, the relying party id, the allowed credentials and the timeout.
   *
   * @return the options as JSON
   * @throws CognitoAuthException ({@code INVALID_CHALLENGE}) if Cognito sent none
   */
  public String credentialRequestOptions() {
    String options = parameters().get("CREDENTIAL_REQUEST_OPTIONS");
    if (options == null || options.isEmpty()) {
      throw new CognitoAuthException(CognitoAuthException.Reason.INVALID_CHALLENGE, "Cognito's WEB_AUTHN challenge"
          + " cannot be answered: CREDENTIAL_REQUEST_OPTIONS is missing", null, null, null);
    }
    return options;
  }

  /**
   * Answers with the authenticator's response ({@code CREDENTIAL}).
   *
   * @param credentialJson the {@code PublicKeyCredential} as JSON, as {@code toJSON()} in the browser gives it
   * @return the next result, usually tokens
   * @throws IllegalArgumentException if it is null, blank or not a JSON object
   * @throws CognitoAuthException if Cognito refuses it
   */
  public AuthResult answer(String credentialJson) {
    if (credentialJson == null || !credentialJson.strip().startsWith("{") || !credentialJson.strip().endsWith("}")) {
      throw new IllegalArgumentException("credentialJson must be the authenticator's response as a JSON object");
    }
    return respond(Map.of("CREDENTIAL", credentialJson));
  }
}
