package io.github.cognitokit.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
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
 * <p>Any authority Spring Security itself adds to bearer-token authentications (Spring Security 7 adds a factor
 * authority) is kept. Immutable and thread-safe. In WebFlux, wrap it in Spring's
 * {@code ReactiveJwtAuthenticationConverterAdapter}.
 */
public final class CognitoAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
  private final CognitoAuthoritiesConverter authorities;
  private final JwtAuthenticationConverter spring;

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
    // Spring's own converter adds what Spring Security adds to every bearer authentication; ours replace the rest.
    this.spring = new JwtAuthenticationConverter();
    this.spring.setJwtGrantedAuthoritiesConverter(jwt -> List.of());
  }

  /**
   * Returns the authentication of a verified token.
   *
   * @param jwt the token
   * @return the authentication, named by {@link #principalName(Jwt)}
   */
  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Collection<GrantedAuthority> own = authorities.convert(jwt);
    Collection<GrantedAuthority> added = spring.convert(jwt).getAuthorities();
    Collection<GrantedAuthority> all = own;
    if (!added.isEmpty()) {
      all = new ArrayList<>(own);
      all.addAll(added);
    }
    return new JwtAuthenticationToken(jwt, all, principalName(jwt));
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
