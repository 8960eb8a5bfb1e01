package io.github.cognitokit.auth;

import java.util.Map;
import java.util.Optional;

/**
 * {@code SOFTWARE_TOKEN_MFA}, {@code SMS_MFA}, {@code EMAIL_OTP} or {@code SMS_OTP}: Cognito asks for a one-time
 * code (a second factor, or the passwordless first factor of {@link CognitoAuth#userAuth(String)}).
 */
public final class MfaCodeChallenge extends AuthChallenge {
  private final MfaType type;

  MfaCodeChallenge(MfaType type, String username, Map<String, String> parameters, String session,
      ChallengeResponder responder) {
    super(type.name(), username, parameters, session, responder);
    this.type = type;
  }

  /**
   * Returns which code is asked for.
   *
   * @return the MFA type
   */
  public MfaType type() {
    return type;
  }

  /**
   * Returns where Cognito sent the code, masked, for SMS and e-mail codes.
   *
   * @return for example {@code +*******0123}; empty for authenticator codes
   */
  public Optional<String> codeDeliveryDestination() {
    return Optional.ofNullable(parameters().get("CODE_DELIVERY_DESTINATION"));
  }

  /**
   * Answers with the code.
   *
   * @param code the one-time code
   * @return the next result, usually tokens
   * @throws IllegalArgumentException if the code is null or empty
   * @throws CognitoAuthException if Cognito refuses it ({@link CognitoAuthException.Reason#CODE_MISMATCH}, ...)
   */
  public AuthResult answer(String code) {
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException("code must not be null or empty");
    }
    String key = switch (type) {
      case SOFTWARE_TOKEN_MFA -> "SOFTWARE_TOKEN_MFA_CODE";
      case SMS_MFA -> "SMS_MFA_CODE";
      case EMAIL_OTP -> "EMAIL_OTP_CODE";
      case SMS_OTP -> "SMS_OTP_CODE";
    };
    return respond(Map.of(key, code));
  }
}
