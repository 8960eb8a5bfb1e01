/**
 * Not API; may change in any release. Parsing, key-set caching, fetching and claim checks behind
 * {@link io.github.cognitokit.tokens.CognitoJwtVerifier}.
 */
package io.github.cognitokit.tokens.internal;
