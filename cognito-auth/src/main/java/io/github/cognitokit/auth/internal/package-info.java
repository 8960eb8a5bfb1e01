/**
 * Not API; may change in any release. Error mapping, token decoding and the OAuth2 token endpoint call.
 */
package io.github.cognitokit.auth.internal;
