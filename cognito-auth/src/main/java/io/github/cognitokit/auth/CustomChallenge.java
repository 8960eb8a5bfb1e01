package io.github.cognitokit.auth;

import java.util.Map;

/**
 * A challenge without a typed answer here, such as {@code CUSTOM_CHALLENGE} from Lambda-defined auth. Answer it with
 * the response parameters the challenge needs; {@code USERNAME} and {@code SECRET_HASH} are added for you.
 */
public final class CustomChallenge extends AuthChallenge {
  CustomChallenge(String name, String username, Map<String, String> parameters, String session,
      ChallengeResponder responder) {
    super(name, username, parameters, session, responder);
  }

  /**
   * Answers with raw challenge responses.
   *
   * @param responses for example {@code ANSWER}
   * @return the next result
   * @throws IllegalArgumentException if {@code responses} is null
   * @throws CognitoAuthException if Cognito refuses the answer
   */
  public AuthResult answer(Map<String, String> responses) {
    if (responses == null) {
      throw new IllegalArgumentException("responses must not be null");
    }
    return respond(responses);
  }
}
