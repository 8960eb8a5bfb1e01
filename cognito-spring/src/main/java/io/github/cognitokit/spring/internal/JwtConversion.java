package io.github.cognitokit.spring.internal;

import io.github.cognitokit.spring.KeySetUnavailableJwtException;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.InvalidTokenUseException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Turns a verified {@link CognitoToken} into Spring's {@link Jwt}, and a verification failure into the
 * {@link JwtException} Spring Security expects. Not part of the public API.
 */
public final class JwtConversion {
  /** RFC 6750 section 3.1, where {@code invalid_token} is defined. */
  static final String RFC6750_URI = "https://tools.ietf.org/html/rfc6750#section-3.1";
  /** The claims Spring reads as {@link Instant}s. */
  private static final List<String> TIME_CLAIMS = List.of("exp", "iat", "nbf", "auth_time");

  private JwtConversion() {}

  /**
   * Verifies a token (waiting for keys if need be) and returns it as a Spring {@link Jwt}.
   *
   * @param verifier the verifier
   * @param token the compact token
   * @return the verified token
   * @throws JwtException as {@link #toJwtException(TokenVerificationException)} maps the failure
   */
  public static Jwt verify(CognitoJwtVerifier verifier, String token) {
    try {
      return toJwt(token, verifier.verify(token));
    } catch (TokenVerificationException e) {
      throw toJwtException(e);
    }
  }

  /**
   * Builds the Spring {@link Jwt} of a verified token: the same header parameters and claims, with times as
   * {@link Instant} and {@code aud} as a list, the types Spring's own decoder produces.
   *
   * @param tokenValue the compact token
   * @param token the verified token
   * @return the Spring token
   */
  public static Jwt toJwt(String tokenValue, CognitoToken token) {
    Map<String, Object> claims = token.claims();
    Object iat = claims.get("iat");
    Object exp = claims.get("exp");
    // Jwt copies the claims into a map of its own: hand it a converting view, so that they are copied once.
    return new Jwt(tokenValue, iat instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null,
        exp instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null, token.header(),
        new SpringClaims(claims));
  }

  /** The claims as Spring types them, converted while Jwt copies them; read once, never stored. */
  private static final class SpringClaims extends AbstractMap<String, Object> {
    private final Map<String, Object> claims;

    SpringClaims(Map<String, Object> claims) {
      this.claims = claims;
    }

    @Override
    public int size() {
      return claims.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return claims.size();
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
          Iterator<Entry<String, Object>> it = claims.entrySet().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Entry<String, Object> next() {
              Entry<String, Object> e = it.next();
              Object converted = convert(e.getKey(), e.getValue());
              return converted == e.getValue() ? e : new SimpleImmutableEntry<>(e.getKey(), converted);
            }
          };
        }
      };
    }

    private static Object convert(String name, Object value) {
      if (value instanceof Number n && TIME_CLAIMS.contains(name)) {
        return Instant.ofEpochSecond(n.longValue());
      }
      if (value instanceof String s && "aud".equals(name)) {
        return List.of(s);
      }
      return value;
    }
  }

  /**
   * Maps a verification failure to Spring's exception. An unreachable key set is a
   * {@link KeySetUnavailableJwtException} (a service failure, not a bad token); claim failures are
   * {@link JwtValidationException}s and the rest {@link BadJwtException}s, each with an RFC 6750
   * {@code invalid_token} error whose description names what failed but never echoes the token or claim values.
   *
   * @param e the failure
   * @return the exception to throw
   */
  public static JwtException toJwtException(TokenVerificationException e) {
    if (e instanceof KeySetUnavailableException) {
      return new KeySetUnavailableJwtException("The key set of the user pool cannot be fetched: " + e.getMessage(),
          e);
    }
    String description = describe(e);
    switch (e.reason()) {
      case EXPIRED, NOT_YET_VALID, ISSUER, TOKEN_USE, CLIENT, GROUP, SCOPE, CHECK_FAILED -> {
        JwtValidationException v = new JwtValidationException(description,
            List.of(new OAuth2Error("invalid_token", description, RFC6750_URI)));
        v.initCause(e);
        return v;
      }
      default -> {
        return new BadJwtException(description, e);
      }
    }
  }

  /**
   * Returns the public description of a failure, naming the expected kind of token where that is the failure.
   *
   * @param e the failure
   * @return one sentence without token or claim values
   */
  public static String describe(TokenVerificationException e) {
    if (e instanceof InvalidTokenUseException use) {
      if ("access".equals(use.expected())) {
        return "The token is not an access token";
      }
      if ("id".equals(use.expected())) {
        return "The token is not an ID token";
      }
    }
    return describe(e.reason());
  }

  /**
   * Returns the public description of a failure: safe to send to the caller in {@code WWW-Authenticate}.
   *
   * @param reason the failure
   * @return one sentence without token or claim values
   */
  public static String describe(TokenVerificationException.Reason reason) {
    return switch (reason) {
      case MALFORMED -> "The token is malformed";
      case UNSUPPORTED_ALGORITHM -> "The token is signed with an algorithm that is not accepted";
      case KEY_NOT_FOUND -> "The token is not signed by a key of the user pool";
      case INVALID_SIGNATURE -> "The token signature is invalid";
      case EXPIRED -> "The token has expired";
      case NOT_YET_VALID -> "The token is not valid yet";
      case ISSUER -> "The token is not issued by an accepted user pool";
      case TOKEN_USE -> "The token is not of the accepted kind (ID or access token)";
      case CLIENT -> "The token is issued to an app client that is not accepted";
      case GROUP -> "The token is in none of the required groups";
      case SCOPE -> "The token has none of the required scopes";
      case CHECK_FAILED -> "The token failed a check of this application";
      case KEY_SET_UNAVAILABLE -> "The keys of the user pool cannot be fetched";
      case SIGNER -> "The token is not signed by an accepted signer";
    };
  }

  /**
   * Tells whether a failure was caused by an unreachable key set, anywhere in its cause chain.
   *
   * @param failure the failure, or null
   * @return true if a {@link KeySetUnavailableException} is in the chain
   */
  public static boolean isKeySetOutage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KeySetUnavailableException) {
        return true;
      }
    }
    return false;
  }
}
