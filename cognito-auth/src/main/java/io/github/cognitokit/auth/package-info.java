/**
 * Gets Cognito tokens from code: {@link io.github.cognitokit.auth.CognitoAuth} for user sign-in with challenges,
 * refresh and sign-out, {@link io.github.cognitokit.auth.SecretHash} for the SECRET_HASH value, and
 * {@link io.github.cognitokit.auth.ClientCredentials} for cached OAuth2 client-credentials tokens.
 *
 * <p>No secret, password or token ever appears in a log line, an exception message or a {@code toString()}.
 */
package io.github.cognitokit.auth;
