package io.github.cognitokit.auth;

/**
 * The outcome of a sign-in step: either {@link AuthTokens}, or an {@link AuthChallenge} to answer.
 *
 * <pre>{@code
 * AuthResult result = auth.adminPasswordAuth("alice", password);
 * while (result instanceof AuthChallenge) {
 *   AuthChallenge challenge = (AuthChallenge) result;
 *   if (challenge instanceof NewPasswordRequired) {
 *     result = ((NewPasswordRequired) challenge).answer(newPassword);
 *   } else if (challenge instanceof MfaCodeChallenge) {
 *     result = ((MfaCodeChallenge) challenge).answer(askUserForCode());
 *   } else {
 *     throw new IllegalStateException("unexpected " + challenge.name());
 *   }
 * }
 * AuthTokens tokens = (AuthTokens) result;
 * }</pre>
 */
public sealed interface AuthResult permits AuthTokens, AuthChallenge {
  /**
   * Tells whether this result holds tokens.
   *
   * @return true for {@link AuthTokens}
   */
  default boolean isTokens() {
    return this instanceof AuthTokens;
  }

  /**
   * Returns the tokens of a completed sign-in.
   *
   * @return this, as tokens
   * @throws IllegalStateException if this is a challenge, naming it
   */
  default AuthTokens tokens() {
    if (this instanceof AuthTokens) {
      return (AuthTokens) this;
    }
    throw new IllegalStateException("sign-in is not complete: Cognito asks for " + ((AuthChallenge) this).name());
  }
}
