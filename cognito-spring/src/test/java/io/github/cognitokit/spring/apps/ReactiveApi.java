package io.github.cognitokit.spring.apps;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The WebFlux twin of {@link ServletApi}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableReactiveMethodSecurity
@Import(ReactiveApi.Api.class)
public class ReactiveApi {
  /** The endpoints. */
  @RestController
  public static class Api {
    @GetMapping("/me")
    public Mono<Map<String, Object>> me(Authentication auth) {
      List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
      return Mono.just(Map.of("name", auth.getName(), "authorities", authorities));
    }

    @GetMapping("/admin")
    @PreAuthorize("hasRole('admins')")
    public Mono<String> admin() {
      return Mono.just("admin ok");
    }

    @GetMapping("/auditors")
    @PreAuthorize("hasRole('auditors')")
    public Mono<String> auditors() {
      return Mono.just("auditors ok");
    }

    @GetMapping("/profile")
    @PreAuthorize("hasAuthority('SCOPE_aws.cognito.signin.user.admin')")
    public Mono<String> profile() {
      return Mono.just("profile ok");
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAuthority('SCOPE_orders/write')")
    public Mono<String> orders() {
      return Mono.just("orders ok");
    }
  }
}
