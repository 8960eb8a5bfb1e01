package io.github.cognitokit.spring.apps;

import io.github.cognitokit.spring.CognitoAuthenticationConverter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The README's "Spring Boot" section: an app with its own security filter chain. Keep the two in step. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ReadmeApi.Endpoints.class)
public class ReadmeApi {
  // README snippet begins
  @Bean
  SecurityFilterChain api(HttpSecurity http, CognitoAuthenticationConverter cognito) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/health").permitAll()
            .requestMatchers("/admin/**").hasRole("admins")                // cognito:groups has "admins"
            .requestMatchers("/orders/**").hasAuthority("SCOPE_orders/read")  // the access token's scope
            .anyRequest().authenticated())
        // The decoder is the auto-configured CognitoJwtDecoder; the converter names the principal by user name.
        .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(cognito)))
        .build();
  }
  // README snippet ends

  /** The endpoints. */
  @RestController
  public static class Endpoints {
    @GetMapping("/health")
    public String health() {
      return "up";
    }

    @GetMapping("/admin/users")
    public String admin() {
      return "admin ok";
    }

    @GetMapping("/orders/1")
    public String order() {
      return "order ok";
    }

    @GetMapping("/whoami")
    public String whoami(java.security.Principal principal) {
      return principal.getName();
    }
  }
}
