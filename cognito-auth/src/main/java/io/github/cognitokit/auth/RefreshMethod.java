package io.github.cognitokit.auth;

/** How {@link CognitoAuth#refresh(String, String)} gets new tokens. */
public enum RefreshMethod {
  /**
   * {@code InitiateAuth} with {@code REFRESH_TOKEN_AUTH} and the SECRET_HASH of the internal user name. Works with
   * every app client; the default.
   */
  INITIATE_AUTH,
  /**
   * {@code GetTokensFromRefreshToken} with the client secret. Needed for app clients with refresh-token rotation,
   * which then return a new refresh token.
   */
  GET_TOKENS_FROM_REFRESH_TOKEN
}
