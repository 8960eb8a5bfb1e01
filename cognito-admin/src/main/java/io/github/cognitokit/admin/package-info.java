/**
 * Sets up Amazon Cognito from code, idempotently: start with {@link io.github.cognitokit.admin.CognitoAdmin}.
 *
 * <p>Every {@code ensure()} creates what is missing or converges what exists to the settings named, and reports
 * what it did in a {@link io.github.cognitokit.admin.ChangeReport}. Cognito's {@code Update*} calls reset every field
 * left out, so updates always describe, merge the named settings into the full current object (fields this library
 * does not model included), and send it whole.
 */
package io.github.cognitokit.admin;
