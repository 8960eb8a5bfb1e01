package io.github.cognitokit.spring.apps;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC API with no security configuration of its own: the Cognito auto-configuration's chain and decoder
 * protect it. Method security checks groups and scopes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@Import(ServletApi.Api.class)
public class ServletApi {
  /** The endpoints. */
  @RestController
  public static class Api {
    @GetMapping("/me")
    public Map<String, Object> me(Authentication auth) {
      List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
      return Map.of("name", auth.getName(), "authorities", authorities);
    }

    @GetMapping("/admin")
    @PreAuthorize("hasRole('admins')")
    public String admin() {
      return "admin ok";
    }

    @GetMapping("/auditors")
    @PreAuthorize("hasRole('auditors')")
    public String auditors() {
      return "auditors ok";
    }

    @GetMapping("/profile")
    @PreAuthorize("hasAuthority('SCOPE_aws.cognito.signin.user.admin')")
    public String profile() {
      return "profile ok";
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAuthority('SCOPE_orders/write')")
    public String orders() {
      return "orders ok";
    }
  }
}
