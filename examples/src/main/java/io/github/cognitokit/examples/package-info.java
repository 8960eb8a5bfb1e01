/**
 * The runnable quickstart: sets up complete Cognito deployments with cognito-admin, signs users and services in
 * with cognito-auth, verifies the tokens with cognito-tokens, and calls an API protected by the servlet filter.
 * Run it with {@code ./quickstart} from the repository root.
 */
package io.github.cognitokit.examples;
