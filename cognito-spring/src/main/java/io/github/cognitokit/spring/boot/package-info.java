/**
 * Spring Boot auto-configuration: {@link io.github.cognitokit.spring.boot.CognitoAutoConfiguration} from
 * {@code cognito.*} properties ({@link io.github.cognitokit.spring.boot.CognitoProperties}).
 */
package io.github.cognitokit.spring.boot;
