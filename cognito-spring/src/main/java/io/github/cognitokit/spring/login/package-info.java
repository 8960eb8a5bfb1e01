/** Hosted UI (managed login): the client registration for {@code oauth2Login()} and the Cognito logout URL. */
package io.github.cognitokit.spring.login;
