package io.github.cognitokit.auth;

import java.util.Map;
import java.util.Set;

/**
 * {@code SELECT_CHALLENGE}: choice-based sign-in ({@link CognitoAuth#userAuth(String)}) asks which way the user signs
 * in, among the factors the pool and the user have. Answer with one of the methods below; each returns the next
 * step: tokens, a {@link MfaCodeChallenge} for a one-time code, or a {@link WebAuthnChallenge} for a passkey.
 */
public final class SelectChallenge extends AuthChallenge {
  private final Set<FirstFactor> available;

  SelectChallenge(String username, Map<String, String> parameters, String session, ChallengeResponder responder,
      Set<FirstFactor> available) {
    super("SELECT_CHALLENGE", username, parameters, session, responder);
    this.available = Set.copyOf(available);
  }

  /**
   * Returns the factors Cognito offers ({@code AvailableChallenges}).
   *
   * @return the factors; unmodifiable
   */
  public Set<FirstFactor> available() {
    return available;
  }

  /**
   * Signs in with the password ({@code ANSWER=PASSWORD}).
   *
   * @param password the password
   * @return the next result, usually tokens
   * @throws IllegalArgumentException if the password is empty or the factor is not offered
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult password(String password) {
    return withPassword(FirstFactor.PASSWORD, password);
  }

  /**
   * Signs in with the password through SRP ({@code ANSWER=PASSWORD_SRP}, then the {@code PASSWORD_VERIFIER} claim);
   * needs the user pool id on the {@link CognitoAuth} builder.
   *
   * @param password the password
   * @return the next result, usually tokens
   * @throws IllegalArgumentException if the password is empty or the factor is not offered
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult passwordSrp(String password) {
    return withPassword(FirstFactor.PASSWORD_SRP, password);
  }

  /**
   * Asks for a one-time code by e-mail ({@code ANSWER=EMAIL_OTP}).
   *
   * @return the next result: the {@link MfaCodeChallenge} of type {@link MfaType#EMAIL_OTP}
   * @throws IllegalArgumentException if the factor is not offered
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult emailOtp() {
    return choose(FirstFactor.EMAIL_OTP);
  }

  /**
   * Asks for a one-time code by SMS ({@code ANSWER=SMS_OTP}).
   *
   * @return the next result: the {@link MfaCodeChallenge} of type {@link MfaType#SMS_OTP}
   * @throws IllegalArgumentException if the factor is not offered
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult smsOtp() {
    return choose(FirstFactor.SMS_OTP);
  }

  /**
   * Signs in with a passkey ({@code ANSWER=WEB_AUTHN}).
   *
   * @return the next result: the {@link WebAuthnChallenge} with the options for the browser or device
   * @throws IllegalArgumentException if the factor is not offered
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult webAuthn() {
    return choose(FirstFactor.WEB_AUTHN);
  }

  private AuthResult withPassword(FirstFactor factor, String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password must not be null or empty");
    }
    offered(factor);
    return responder.select(this, factor, password);
  }

  private AuthResult choose(FirstFactor factor) {
    offered(factor);
    return responder.select(this, factor, null);
  }

  private void offered(FirstFactor factor) {
    if (!available.isEmpty() && !available.contains(factor)) {
      throw new IllegalArgumentException(factor + " is not offered; Cognito offers " + available);
    }
  }
}
