/** Servlet (Spring MVC) parts: the key-set outage filter and the Cognito logout handler. */
package io.github.cognitokit.spring.servlet;
