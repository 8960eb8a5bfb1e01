package io.github.cognitokit.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code NEW_PASSWORD_REQUIRED}: the user signed in with a temporary password and must choose a new one, and
 * provide any required attributes that are still missing.
 */
public final class NewPasswordRequired extends AuthChallenge {
  private final List<String> requiredAttributes;

  NewPasswordRequired(String username, Map<String, String> parameters, String session, ChallengeResponder responder,
      List<String> requiredAttributes) {
    super("NEW_PASSWORD_REQUIRED", username, parameters, session, responder);
    this.requiredAttributes = Collections.unmodifiableList(new ArrayList<>(requiredAttributes));
  }

  /**
   * Returns the attributes Cognito requires with the new password, without the {@code userAttributes.} prefix.
   *
   * @return attribute names such as {@code given_name}; empty if none
   */
  public List<String> requiredAttributes() {
    return requiredAttributes;
  }

  /**
   * Sets the new password.
   *
   * @param newPassword the new password
   * @return the next result: tokens, or another challenge such as MFA setup
   * @throws IllegalArgumentException if the password is null or empty, or attributes are required
   * @throws CognitoAuthException if Cognito refuses it (for example {@link CognitoAuthException.Reason#INVALID_PASSWORD})
   */
  public AuthResult answer(String newPassword) {
    return answer(newPassword, Map.of());
  }

  /**
   * Sets the new password and the required attributes.
   *
   * @param newPassword the new password
   * @param attributes attribute values by name, such as {@code given_name}; must cover every required attribute
   * @return the next result
   * @throws IllegalArgumentException if the password is empty, or a required attribute is missing (named)
   * @throws CognitoAuthException if Cognito refuses the answer
   */
  public AuthResult answer(String newPassword, Map<String, String> attributes) {
    if (newPassword == null || newPassword.isEmpty()) {
      throw new IllegalArgumentException("newPassword must not be null or empty");
    }
    if (attributes == null) {
      throw new IllegalArgumentException("attributes must not be null");
    }
    List<String> missing = new ArrayList<>();
    for (String required : requiredAttributes) {
      String v = attributes.get(required);
      if (v == null || v.isEmpty()) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("NEW_PASSWORD_REQUIRED needs the attributes " + missing);
    }
    Map<String, String> responses = new HashMap<>();
    responses.put("NEW_PASSWORD", newPassword);
    attributes.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new IllegalArgumentException("attribute names and values must not be null");
      }
      responses.put("userAttributes." + k, v);
    });
    return respond(responses);
  }
}
