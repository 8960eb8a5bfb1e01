package io.github.cognitokit.spring.servlet;

import io.github.cognitokit.spring.internal.BaseUrl;
import io.github.cognitokit.spring.login.CognitoHostedUi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sends the browser to Cognito's {@code /logout} with the {@code client_id} and {@code logout_uri} it requires, so that
 * signing out of the application also ends the hosted-UI session (otherwise the next login would pass straight
 * through). Spring's logout filter has already ended the Spring session and cleared the security context when this
 * runs.
 *
 * <pre>{@code
 * http.logout(logout -> logout.logoutSuccessHandler(new CognitoLogoutSuccessHandler(hostedUi)));
 * }</pre>
 *
 * <p>{@code {baseUrl}} in the return address is the request's scheme, host, port and context path. Thread-safe.
 */
public final class CognitoLogoutSuccessHandler implements LogoutSuccessHandler {
  private final CognitoHostedUi hostedUi;

  /**
   * Creates the handler.
   *
   * @param hostedUi the hosted UI and app client to log out of
   * @throws IllegalArgumentException if it is null
   */
  public CognitoLogoutSuccessHandler(CognitoHostedUi hostedUi) {
    if (hostedUi == null) {
      throw new IllegalArgumentException("hostedUi must not be null");
    }
    this.hostedUi = hostedUi;
  }

  /**
   * Redirects to Cognito's logout endpoint.
   *
   * @param request the logout request
   * @param response its response
   * @param authentication who logged out, or null
   * @throws IOException if the redirect cannot be sent
   */
  @Override
  public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException {
    String base = BaseUrl.of(request.getScheme(), request.getServerName(), request.getServerPort(),
        request.getContextPath());
    response.sendRedirect(hostedUi.logoutUri(BaseUrl.expand(hostedUi.logoutRedirectUri(), base)).toString());
  }

  @Override
  public String toString() {
    return "CognitoLogoutSuccessHandler{" + hostedUi.logoutEndpoint() + "}";
  }
}
