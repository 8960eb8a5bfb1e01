package io.github.cognitokit.tokens.servlet;

import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.alb.AlbToken;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The caller that {@link CognitoAuthFilter} verified, returned by {@code request.getUserPrincipal()}.
 *
 * <p>Its name is the user name, or the {@code sub} claim for machine-to-machine tokens and users without one. Its
 * roles ({@code request.isUserInRole}) are the {@code cognito:groups} of the verified Cognito token. Immutable;
 * {@link #toString()} never shows a token.
 */
public final class CognitoPrincipal implements Principal {
  private final String name;
  private final CognitoToken token;
  private final AlbToken albToken;

  CognitoPrincipal(CognitoToken token, AlbToken albToken) {
    this.token = token;
    this.albToken = albToken;
    String n = null;
    if (albToken != null) {
      n = albToken.username().orElse(albToken.subject());
    }
    if (n == null && token != null) {
      n = token.username().orElse(token.subject());
    }
    this.name = n == null ? "" : n;
  }

  /**
   * Returns the user name, or the subject when the token has no user name.
   *
   * @return the name; empty only if the token has neither
   */
  @Override
  public String getName() {
    return name;
  }

  /**
   * Returns the verified Cognito token: the bearer token, or in ALB mode the verified
   * {@code x-amzn-oidc-accesstoken}.
   *
   * @return the token; empty in ALB mode without access-token verification
   */
  public Optional<CognitoToken> token() {
    return Optional.ofNullable(token);
  }

  /**
   * Returns the verified ALB identity token ({@code x-amzn-oidc-data}).
   *
   * @return the ALB token; empty in bearer mode
   */
  public Optional<AlbToken> albToken() {
    return Optional.ofNullable(albToken);
  }

  /**
   * Returns the caller's groups, which are its servlet roles.
   *
   * @return the {@code cognito:groups} of the verified Cognito token; empty without one
   */
  public List<String> groups() {
    return token == null ? List.of() : token.groups();
  }

  @Override
  public String toString() {
    return "CognitoPrincipal{name=" + name + ", groups=" + groups() + "}";
  }
}
