package io.github.cognitokit.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code SELECT_MFA_TYPE}: the user has several second factors and must choose one for this sign-in. */
public final class SelectMfaType extends AuthChallenge {
  private final Set<MfaType> options;

  SelectMfaType(String username, Map<String, String> parameters, String session, ChallengeResponder responder,
      Set<MfaType> options) {
    super("SELECT_MFA_TYPE", username, parameters, session, responder);
    this.options = Collections.unmodifiableSet(options.isEmpty() ? EnumSet.noneOf(MfaType.class)
        : EnumSet.copyOf(options));
  }

  /**
   * Returns the factors the user may choose from.
   *
   * @return the options Cognito listed in {@code MFAS_CAN_CHOOSE}
   */
  public Set<MfaType> options() {
    return options;
  }

  /**
   * Chooses a factor.
   *
   * @param type the factor
   * @return the next result: the code challenge of that factor
   * @throws IllegalArgumentException if {@code type} is null or not among the options
   * @throws CognitoAuthException if Cognito refuses the choice
   */
  public AuthResult choose(MfaType type) {
    if (type == null || (!options.isEmpty() && !options.contains(type))) {
      throw new IllegalArgumentException("type must be one of " + options + ", was " + type);
    }
    return respond(Map.of("ANSWER", type.name()));
  }
}
