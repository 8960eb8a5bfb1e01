package io.github.cognitokit.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a Cognito token's groups and scopes to Spring Security authorities: each {@code cognito:groups} entry becomes
 * {@code ROLE_<group>} and each {@code scope} entry {@code SCOPE_<scope>}, so that {@code hasRole("admins")} and
 * {@code hasAuthority("SCOPE_orders/read")} work as Spring users expect. Both prefixes can be changed, and either kind
 * can be left out.
 *
 * <pre>{@code
 * CognitoAuthoritiesConverter authorities = CognitoAuthoritiesConverter.builder().groupPrefix("GROUP_").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Groups come first, in token order, then scopes.
 */
public final class CognitoAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {
  /** The default group prefix, the one {@code hasRole} adds. */
  public static final String DEFAULT_GROUP_PREFIX = "ROLE_";
  /** The default scope prefix, the one Spring's own converter uses. */
  public static final String DEFAULT_SCOPE_PREFIX = "SCOPE_";

  private final String groupPrefix;
  private final String scopePrefix;
  private final boolean groups;
  private final boolean scopes;
  /** Authorities already made, by group or scope name: a pool has a handful, and every token repeats them. */
  private final Map<String, GrantedAuthority> groupAuthorities = new ConcurrentHashMap<>();
  private final Map<String, GrantedAuthority> scopeAuthorities = new ConcurrentHashMap<>();
  /** How many names each of them remembers; beyond it, authorities are made afresh (hostile or huge pools). */
  private static final int REMEMBERED = 1024;

  private CognitoAuthoritiesConverter(Builder b) {
    this.groupPrefix = b.groupPrefix;
    this.scopePrefix = b.scopePrefix;
    this.groups = b.groups;
    this.scopes = b.scopes;
  }

  /**
   * Returns a converter with the default prefixes, {@code ROLE_} and {@code SCOPE_}.
   *
   * @return the converter
   */
  public static CognitoAuthoritiesConverter withDefaults() {
    return builder().build();
  }

  /**
   * Returns a builder with the default prefixes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this converter's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.groupPrefix = groupPrefix;
    b.scopePrefix = scopePrefix;
    b.groups = groups;
    b.scopes = scopes;
    return b;
  }

  /**
   * Returns the token's authorities.
   *
   * @param jwt a verified token
   * @return the group authorities, then the scope authorities; unmodifiable, empty if it has neither
   */
  @Override
  public Collection<GrantedAuthority> convert(Jwt jwt) {
    List<GrantedAuthority> result = new ArrayList<>();
    if (groups) {
      Object claim = jwt.getClaims().get("cognito:groups");
      if (claim instanceof Collection<?> list) {
        for (Object group : list) {
          if (group instanceof String s && !s.isEmpty()) {
            result.add(authority(groupAuthorities, groupPrefix, s));
          }
        }
      }
    }
    if (scopes) {
      Object claim = jwt.getClaims().get("scope");
      if (claim instanceof String s) {
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
          if (i == s.length() || s.charAt(i) == ' ') {
            if (i > start) {
              result.add(authority(scopeAuthorities, scopePrefix, s.substring(start, i)));
            }
            start = i + 1;
          }
        }
      } else if (claim instanceof Collection<?> list) {
        for (Object scope : list) {
          if (scope instanceof String str && !str.isEmpty()) {
            result.add(authority(scopeAuthorities, scopePrefix, str));
          }
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static GrantedAuthority authority(Map<String, GrantedAuthority> made, String prefix, String name) {
    GrantedAuthority a = made.get(name);
    if (a == null) {
      a = new SimpleGrantedAuthority(prefix + name);
      if (made.size() < REMEMBERED) {
        made.putIfAbsent(name, a);
      }
    }
    return a;
  }

  @Override
  public String toString() {
    return "CognitoAuthoritiesConverter{groups=" + (groups ? groupPrefix + "<group>" : "off") + ", scopes="
        + (scopes ? scopePrefix + "<scope>" : "off") + "}";
  }

  /** Builds a {@link CognitoAuthoritiesConverter}. Not thread-safe. */
  public static final class Builder {
    private String groupPrefix = DEFAULT_GROUP_PREFIX;
    private String scopePrefix = DEFAULT_SCOPE_PREFIX;
    private boolean groups = true;
    private boolean scopes = true;

    private Builder() {}

    /**
     * Sets the prefix of group authorities. Default {@code ROLE_}.
     *
     * @param prefix the prefix; may be empty
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder groupPrefix(String prefix) {
      this.groupPrefix = notNull(prefix, "groupPrefix");
      return this;
    }

    /**
     * Sets the prefix of scope authorities. Default {@code SCOPE_}.
     *
     * @param prefix the prefix; may be empty
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder scopePrefix(String prefix) {
      this.scopePrefix = notNull(prefix, "scopePrefix");
      return this;
    }

    /**
     * Sets whether groups become authorities. Default true.
     *
     * @param enabled whether to map {@code cognito:groups}
     * @return this builder
     */
    public Builder groups(boolean enabled) {
      this.groups = enabled;
      return this;
    }

    /**
     * Sets whether scopes become authorities. Default true.
     *
     * @param enabled whether to map {@code scope}
     * @return this builder
     */
    public Builder scopes(boolean enabled) {
      this.scopes = enabled;
      return this;
    }

    /**
     * Builds the converter.
     *
     * @return the converter
     * @throws IllegalStateException if groups and scopes have the same prefix (a group named like a scope would
     *     grant that scope)
     */
    public CognitoAuthoritiesConverter build() {
      if (groups && scopes && groupPrefix.equals(scopePrefix)) {
        throw new IllegalStateException("groupPrefix and scopePrefix are both '" + groupPrefix + "': a group named"
            + " like a scope would grant that scope; give them different prefixes");
      }
      return new CognitoAuthoritiesConverter(this);
    }

    private static String notNull(String value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null; use \"\" for no prefix");
      }
      return value;
    }
  }
}
