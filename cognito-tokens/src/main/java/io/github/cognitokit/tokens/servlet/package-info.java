/**
 * Protects servlet applications (Servlet 5 and 6, {@code jakarta.servlet}) with Cognito tokens:
 * {@link io.github.cognitokit.tokens.servlet.CognitoAuthFilter} for bearer tokens or verified ALB identity headers.
 */
package io.github.cognitokit.tokens.servlet;
