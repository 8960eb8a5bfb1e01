package io.github.cognitokit.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified Cognito token into Spring Security's {@link JwtAuthenticationToken}: authorities from a
 * {@link CognitoAuthoritiesConverter}, and as principal name the user name ({@code username} in access tokens,
 * {@code cognito:username} in ID tokens) or, for machine tokens of the client-credentials grant, which have no user,
 * the {@code sub} claim (the app client id).
 *
 * <pre>{@code
 * http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new CognitoAuthenticationConverter())));
 * }</pre>
 *
 * <p>The authority Spring Security 7's own converter adds to every bearer-token authentication (the
 * {@code FACTOR_BEARER} factor, for multi-factor rules) is added too; Spring Security 6 adds none. Immutable and thread-safe. In WebFlux, wrap it in Spring's
 * {@code ReactiveJwtAuthenticationConverterAdapter}.
 */
public final class CognitoAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
  /** Spring Security 7 adds a factor authority to every bearer authentication; 6.x has no such class. */
  private static final boolean FACTORS =
      isPresent("org.springframework.security.core.authority.FactorGrantedAuthority");

  private final CognitoAuthoritiesConverter authorities;

  /** Creates a converter with {@link CognitoAuthoritiesConverter#withDefaults() the default authorities}. */
  public CognitoAuthenticationConverter() {
    this(CognitoAuthoritiesConverter.withDefaults());
  }

  /**
   * Creates a converter.
   *
   * @param authorities maps groups and scopes to authorities
   * @throws IllegalArgumentException if it is null
   */
  public CognitoAuthenticationConverter(CognitoAuthoritiesConverter authorities) {
    if (authorities == null) {
      throw new IllegalArgumentException("authorities must not be null");
    }
    this.authorities = authorities;
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, CognitoAuthenticationConverter.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Returns the authentication of a verified token.
   *
   * @param jwt the token
   * @return the authentication, named by {@link #principalName(Jwt)}
   */
  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Collection<GrantedAuthority> all = authorities.convert(jwt);
    if (FACTORS) {
      List<GrantedAuthority> withFactor = new ArrayList<>(all.size() + 1);
      withFactor.addAll(all);
      withFactor.add(Factor.bearer());
      all = withFactor;
    }
    return new JwtAuthenticationToken(jwt, all, principalName(jwt));
  }

  /** Loaded only on Spring Security 7, where the class exists: what its own JwtAuthenticationConverter adds. */
  private static final class Factor {
    static GrantedAuthority bearer() {
      return org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(
          org.springframework.security.core.authority.FactorGrantedAuthority.BEARER_AUTHORITY);
    }
  }

  /**
   * Returns the name of a token's principal: {@code username}, else {@code cognito:username}, else {@code sub}.
   *
   * @param jwt the token
   * @return the name; null only if the token has none of the three
   */
  public static String principalName(Jwt jwt) {
    Object name = jwt.getClaims().get("username");
    if (!(name instanceof String)) {
      name = jwt.getClaims().get("cognito:username");
    }
    if (!(name instanceof String)) {
      name = jwt.getClaims().get("sub");
    }
    return name instanceof String s ? s : null;
  }

  /**
   * Returns the authorities converter.
   *
   * @return the converter
   */
  public CognitoAuthoritiesConverter authorities() {
    return authorities;
  }

  @Override
  public String toString() {
    return "CognitoAuthenticationConverter{" + authorities + "}";
  }
}
