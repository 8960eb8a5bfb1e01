/** WebFlux parts: the key-set outage web filter and the Cognito logout handler. */
package io.github.cognitokit.spring.reactive;
