/**
 * Not API; may change in any release. Reconcilers (describe, diff, update), SDK field copying, retries, error
 * mapping and validation.
 */
package io.github.cognitokit.admin.internal;
