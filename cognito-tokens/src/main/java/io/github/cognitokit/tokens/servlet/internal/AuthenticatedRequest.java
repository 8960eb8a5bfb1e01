package io.github.cognitokit.tokens.servlet.internal;

import io.github.cognitokit.tokens.servlet.CognitoPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/**
 * The request {@link io.github.cognitokit.tokens.servlet.CognitoAuthFilter} passes on once a token verified: the
 * principal, the remote user, the roles (the user's groups) and the auth type.
 */
public final class AuthenticatedRequest extends HttpServletRequestWrapper {
  private final CognitoPrincipal principal;
  private final String authType;

  /**
   * Wraps a request.
   *
   * @param request the request
   * @param principal the verified user
   * @param authType {@code BEARER} or {@code ALB}
   */
  public AuthenticatedRequest(HttpServletRequest request, CognitoPrincipal principal, String authType) {
    super(request);
    this.principal = principal;
    this.authType = authType;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public String getRemoteUser() {
    return principal.getName();
  }

  @Override
  public boolean isUserInRole(String role) {
    return role != null && principal.groups().contains(role);
  }

  @Override
  public String getAuthType() {
    return authType;
  }
}
