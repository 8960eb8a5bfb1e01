package io.github.cognitokit.examples;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.Group;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.AuthTokens;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.tokens.UserPoolIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot: an orders API protected by cognito-spring from three {@code cognito.*} properties, called with the
 * pool's tokens over HTTP; beside it, Spring's own decoder set up as {@code issuer-uri} sets it up, which accepts an
 * ID token and another client's token that the API must refuse.
 */
final class SpringScenario {
  static final String USER = "spring-admin";
  static final String PASSWORD = "Spring-Quickstart-1!";

  private SpringScenario() {}

  /** The API: no security configuration of its own; the auto-configuration protects it. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableMethodSecurity
  @Import(OrdersApi.Endpoints.class)
  static class OrdersApi {
    /** The endpoints. */
    @RestController
    static class Endpoints {
      @GetMapping("/orders")
      String orders(Principal principal) {
        return "orders of " + principal.getName();
      }

      @GetMapping("/admin/orders")
      @PreAuthorize("hasRole('admins')")
      String all() {
        return "all orders";
      }
    }
  }

  static void run(Run run) throws Exception {
    Console c = run.console;
    c.step("spring: a pool with the API's app client and a second client, a user in group admins");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-spring").ensure());
    AppClient api = pool.client("orders-web").publicClient()
        .authFlows(AuthFlow.ADMIN_USER_PASSWORD, AuthFlow.REFRESH_TOKEN).ensure();
    c.report(api.report());
    AppClient other = pool.client("reporting-job").publicClient()
        .authFlows(AuthFlow.ADMIN_USER_PASSWORD, AuthFlow.REFRESH_TOKEN).ensure();
    c.report(other.report());
    c.report(pool.user(USER).email("spring-admin@example.com", true).permanentPassword(PASSWORD).ensure().report());
    Group admins = pool.group("admins").description("may see every order").ensure();
    c.report(admins.report());
    c.report(admins.addUser(USER));

    AuthTokens tokens;
    AuthTokens otherTokens;
    try (CognitoAuth viaApi = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
            .clientId(api.clientId()).build();
        CognitoAuth viaOther = CognitoAuth.builder().client(run.target.cognito).userPoolId(pool.id())
            .clientId(other.clientId()).build()) {
      tokens = viaApi.adminPasswordAuth(USER, PASSWORD).tokens();
      otherTokens = viaOther.adminPasswordAuth(USER, PASSWORD).tokens();
    }

    URI jwks = run.target.jwksUri(pool.id());
    List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
        "spring.main.banner-mode=off", "logging.level.root=WARN",
        "cognito.user-pool-id=" + pool.id(), "cognito.client-ids=" + api.clientId(), "cognito.token-use=access"));
    if (jwks != null) {
      properties.add("cognito.jwks-uri=" + jwks);
    }
    c.step("spring: start the API with cognito.user-pool-id, cognito.client-ids and cognito.token-use, and call it");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OrdersApi.class)
        .web(WebApplicationType.SERVLET).properties(properties.toArray(new String[0])).run()) {
      URI base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> ok = get(http, base, "/orders", tokens.accessToken());
      c.check("GET /orders with the access token: " + ok.statusCode() + " \"" + ok.body() + "\"",
          ok.statusCode() == 200 && ok.body().equals("orders of " + USER));
      HttpResponse<String> admin = get(http, base, "/admin/orders", tokens.accessToken());
      c.check("GET /admin/orders (hasRole admins): " + admin.statusCode(), admin.statusCode() == 200);
      HttpResponse<String> id = get(http, base, "/orders", tokens.idToken());
      c.check("GET /orders with the ID token: " + id.statusCode() + ", "
          + id.headers().firstValue("WWW-Authenticate").orElse(""), id.statusCode() == 401);
      HttpResponse<String> foreign = get(http, base, "/orders", otherTokens.accessToken());
      c.check("GET /orders with reporting-job's access token: " + foreign.statusCode(), foreign.statusCode() == 401);
      HttpResponse<String> none = get(http, base, "/orders", null);
      c.check("GET /orders without a token: " + none.statusCode(), none.statusCode() == 401);
    }

    c.step("spring: Spring's own decoder, as spring.security.oauth2.resourceserver.jwt.issuer-uri sets it up");
    // The emulator, like Cognito, names the public issuer in its tokens; only the key set is served locally.
    String issuer = UserPoolIds.issuer(pool.id());
    NimbusJwtDecoder spring = NimbusJwtDecoder.withJwkSetUri(jwks != null ? jwks.toString()
        : issuer + "/.well-known/jwks.json").build();
    spring.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
    c.check("NimbusJwtDecoder accepts the ID token as if it were an access token (cognito-spring refuses it)",
        accepts(spring, tokens.idToken()));
    c.check("NimbusJwtDecoder accepts reporting-job's token (cognito-spring refuses it)",
        accepts(spring, otherTokens.accessToken()));
  }

  static boolean accepts(NimbusJwtDecoder decoder, String token) {
    try {
      decoder.decode(token);
      return true;
    } catch (JwtException e) {
      return false;
    }
  }

  static HttpResponse<String> get(HttpClient http, URI base, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
