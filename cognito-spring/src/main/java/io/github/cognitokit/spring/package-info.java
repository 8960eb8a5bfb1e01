/**
 * Spring Security on Cognito Kit: {@link io.github.cognitokit.spring.CognitoJwtDecoder} and
 * {@link io.github.cognitokit.spring.ReactiveCognitoJwtDecoder} apply every Cognito check Spring's own decoder leaves
 * out (token use, app client, groups, scopes), and {@link io.github.cognitokit.spring.CognitoAuthoritiesConverter}
 * turns groups and scopes into authorities. Spring Boot users get all of it from {@code cognito.*} properties
 * (package {@code boot}).
 */
package io.github.cognitokit.spring;
