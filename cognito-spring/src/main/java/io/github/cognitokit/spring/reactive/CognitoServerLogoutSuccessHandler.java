package io.github.cognitokit.spring.reactive;

import io.github.cognitokit.spring.internal.BaseUrl;
import io.github.cognitokit.spring.login.CognitoHostedUi;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The WebFlux counterpart of {@code CognitoLogoutSuccessHandler}: invalidates the web session, then sends the browser
 * to Cognito's {@code /logout} with {@code client_id} and {@code logout_uri}, so that the hosted-UI session ends too.
 *
 * <pre>{@code
 * http.logout(logout -> logout.logoutSuccessHandler(new CognitoServerLogoutSuccessHandler(hostedUi)));
 * }</pre>
 *
 * <p>Thread-safe; never blocks.
 */
public final class CognitoServerLogoutSuccessHandler implements ServerLogoutSuccessHandler {
  private final CognitoHostedUi hostedUi;

  /**
   * Creates the handler.
   *
   * @param hostedUi the hosted UI and app client to log out of
   * @throws IllegalArgumentException if it is null
   */
  public CognitoServerLogoutSuccessHandler(CognitoHostedUi hostedUi) {
    if (hostedUi == null) {
      throw new IllegalArgumentException("hostedUi must not be null");
    }
    this.hostedUi = hostedUi;
  }

  /**
   * Ends the session and redirects to Cognito's logout endpoint.
   *
   * @param exchange the logout exchange
   * @param authentication who logged out, or null
   * @return completion
   */
  @Override
  public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
    ServerHttpRequest request = exchange.getExchange().getRequest();
    URI uri = request.getURI();
    String base = BaseUrl.of(uri.getScheme(), uri.getHost(), uri.getPort(), request.getPath().contextPath().value());
    URI target = hostedUi.logoutUri(BaseUrl.expand(hostedUi.logoutRedirectUri(), base));
    return exchange.getExchange().getSession().flatMap(WebSession::invalidate).then(Mono.fromRunnable(() -> {
      ServerHttpResponse response = exchange.getExchange().getResponse();
      response.setStatusCode(HttpStatus.FOUND);
      response.getHeaders().setLocation(target);
    }));
  }

  @Override
  public String toString() {
    return "CognitoServerLogoutSuccessHandler{" + hostedUi.logoutEndpoint() + "}";
  }
}
