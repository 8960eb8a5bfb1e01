/**
 * Gets Cognito tokens from code: {@link io.github.cognitokit.auth.CognitoAuth} for user sign-in (password, SRP,
 * remembered devices, choice-based sign-in with e-mail or SMS codes and passkeys, custom authentication) with typed
 * challenges, self-service accounts, refresh and sign-out, {@link io.github.cognitokit.auth.HostedUiLogin} for the
 * hosted-UI code flow, {@link io.github.cognitokit.auth.SecretHash} for the SECRET_HASH value, and
 * {@link io.github.cognitokit.auth.ClientCredentials} for cached OAuth2 client-credentials tokens.
 *
 * <p>No secret, password or token ever appears in a log line, an exception message or a {@code toString()}.
 */
package io.github.cognitokit.auth;
