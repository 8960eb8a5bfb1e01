/**
 * {@code cognito-kit}, the command line: {@link io.github.cognitokit.cli.CognitoKit} is its entry point. The
 * commands are small classes named after them ({@code PlanCommand}, {@code ApplyCommand}, {@code PruneCommand},
 * {@code ExportCommand}, {@code UsersSyncCommand}, {@code TokenVerifyCommand}, {@code SchemaCommand}) on top of the
 * library: {@link io.github.cognitokit.admin.PoolFile}, {@link io.github.cognitokit.admin.Provisioning} and
 * {@link io.github.cognitokit.tokens.CognitoJwtVerifier}.
 */
package io.github.cognitokit.cli;
