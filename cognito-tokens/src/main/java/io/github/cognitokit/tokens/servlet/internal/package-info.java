/**
 * The servlet filter's machinery: reading {@code web.xml} init parameters and the authenticated request wrapper.
 * Not part of the API; may change in any release.
 */
package io.github.cognitokit.tokens.servlet.internal;
