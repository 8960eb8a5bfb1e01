/**
 * Verifies Amazon Cognito ID and access tokens in any JVM service, with no AWS SDK on the class path.
 *
 * <p>Start with {@link io.github.cognitokit.tokens.CognitoJwtVerifier}. Every rejection is a subtype of
 * {@link io.github.cognitokit.tokens.TokenVerificationException}.
 */
package io.github.cognitokit.tokens;
