/**
 * Sets up Amazon Cognito from code, idempotently: start with {@link io.github.cognitokit.admin.CognitoAdmin}.
 *
 * <p>Every {@code ensure()} creates what is missing or converges what exists to the settings named, and reports
 * what it did in a {@link io.github.cognitokit.admin.ChangeReport}. Cognito's {@code Update*} calls reset every field
 * left out, so updates always describe, merge the named settings into the full current object (fields this library
 * does not model included), and send it whole.
 *
 * <p>This package holds what you touch: the specs ({@code *Spec}, fluent and mutable, one per resource), the handles
 * they return ({@link io.github.cognitokit.admin.UserPool}, {@link io.github.cognitokit.admin.AppClient} ...), values,
 * enums and {@link io.github.cognitokit.admin.CognitoAdminException}. {@code ensure()} and {@code plan()} freeze the
 * spec into an immutable desired state (later changes to the spec do not affect a run) and hand it to the engine in
 * the internal package: for each resource, read what Cognito holds, plan the difference with a pure function, and
 * write only if the plan says so; {@code plan()} stops before writing.
 */
package io.github.cognitokit.admin;
