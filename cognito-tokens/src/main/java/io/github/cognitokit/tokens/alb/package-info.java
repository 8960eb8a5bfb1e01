/**
 * Verifies the identity headers that an AWS Application Load Balancer adds after it has authenticated a user:
 * {@link io.github.cognitokit.tokens.alb.AlbJwtVerifier} for {@code x-amzn-oidc-data}.
 */
package io.github.cognitokit.tokens.alb;
