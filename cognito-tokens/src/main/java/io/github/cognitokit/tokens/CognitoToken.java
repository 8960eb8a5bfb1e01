package io.github.cognitokit.tokens;

import io.github.cognitokit.tokens.internal.ClaimValues;
import io.github.cognitokit.tokens.internal.Rejections;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verified Cognito ID or access token: its signature, issuer, times, token use, client and the required groups and
 * scopes have all been checked.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the token use, subject, client and expiry, never the raw
 * token or its signature. Claim values keep their JSON types: {@code String}, {@code Long} (or {@code BigInteger}),
 * {@code Double}, {@code Boolean}, {@code List<Object>}, {@code Map<String, Object>}, or null.
 */
public final class CognitoToken {
  private final Map<String, Object> claims;
  private final Map<String, Object> header;
  private final String algorithm;
  private final String keyId;
  private final TokenUse tokenUse;
  private final String issuer;
  private final String subject;
  private final String username;
  private final String clientId;
  private final Object audience;
  private final List<String> groups;
  private final String scope;
  /** Split on first use; racy but safe, since the unmodifiable wrapper publishes the set through a final field. */
  private Set<String> scopes;
  private final Instant expiresAt;
  private final Instant notBefore;
  private final Instant issuedAt;

  /**
   * Reads a token's claims.
   *
   * @param issuer the {@code iss} claim, already read (and type-checked) by the verifier to find the pool
   * @param acceptedClients the verifier's client ids for this token's pool, or null for any: of an {@code aud}
   *     array, the client id is the first accepted entry
   */
  CognitoToken(Map<String, Object> claims, Map<String, Object> header, String algorithm, String keyId,
      String issuer, Set<String> acceptedClients) {
    this.claims = claims;
    this.header = header;
    this.algorithm = algorithm;
    this.keyId = keyId;
    this.issuer = issuer;
    this.subject = ClaimValues.string(claims, "sub");
    Object use = claims.get("token_use");
    if (use != null && !(use instanceof String)) {
      throw Rejections.malformed("claim token_use must be a string");
    }
    this.tokenUse = TokenUse.fromClaim(use);
    this.audience = claims.get("aud");
    if (audience != null && !(audience instanceof String) && !ClaimValues.isStringList(audience)) {
      throw Rejections.malformed("claim aud must be a string or an array of strings");
    }
    String clientIdClaim = ClaimValues.string(claims, "client_id");
    String accessUsername = ClaimValues.string(claims, "username");
    String idUsername = ClaimValues.string(claims, "cognito:username");
    if (tokenUse == TokenUse.ID) {
      this.clientId = audience instanceof String ? (String) audience : firstClient(audience, acceptedClients);
      this.username = idUsername;
    } else {
      this.clientId = clientIdClaim;
      this.username = accessUsername;
    }
    Object groupsClaim = claims.get("cognito:groups");
    if (groupsClaim != null && !ClaimValues.isStringList(groupsClaim)) {
      throw Rejections.malformed("claim cognito:groups must be an array of strings");
    }
    @SuppressWarnings("unchecked")
    List<String> groupList = groupsClaim == null ? List.of() : (List<String>) groupsClaim;
    this.groups = groupList;
    this.scope = ClaimValues.string(claims, "scope");
    this.expiresAt = ClaimValues.time(claims, "exp");
    this.notBefore = ClaimValues.time(claims, "nbf");
    this.issuedAt = ClaimValues.time(claims, "iat");
    if (issuer == null) {
      throw Rejections.malformed("token has no iss claim");
    }
  }

  private static Set<String> splitScopes(String scope) {
    Set<String> result = new LinkedHashSet<>();
    int start = 0;
    for (int i = 0; i <= scope.length(); i++) {
      if (i == scope.length() || scope.charAt(i) == ' ') {
        if (i > start) {
          result.add(scope.substring(start, i));
        }
        start = i + 1;
      }
    }
    return Collections.unmodifiableSet(result);
  }

  private static String firstClient(Object audience, Set<String> accepted) {
    if (!(audience instanceof List<?> list) || list.isEmpty()) {
      return null;
    }
    for (Object a : list) {
      if (accepted == null || accepted.contains(a)) {
        return (String) a;
      }
    }
    return (String) list.get(0);
  }

  /**
   * Returns the {@code sub} claim: the user's (or, for client-credentials tokens, the client's) stable id.
   *
   * <p>Claims a Cognito token always carries ({@code sub}, {@code iss}, {@code exp}, {@code token_use} and the
   * client id) are returned as plain values, never null: the verifier refuses a token without them. Claims that
   * can be absent ({@code username}, {@code iat}, {@code nbf}, {@code jti}, any other claim) are {@link Optional}.
   *
   * @return the subject; never null
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the user name: {@code username} of an access token, {@code cognito:username} of an ID token. This is
   * the user's internal user name, which is what SECRET_HASH and the admin API need, even when the user signed in
   * with an e-mail alias.
   *
   * @return the user name; empty for machine-to-machine (client credentials) tokens
   */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /**
   * Returns the app client the token was issued to: {@code client_id} of an access token, {@code aud} of an ID
   * token.
   *
   * @return the client id; never null (the verifier refuses a token that names no app client). Cognito's ID tokens
   *     carry one {@code aud}; of an {@code aud} array, the first entry the verifier accepts
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the kind of token.
   *
   * @return {@link TokenUse#ID} or {@link TokenUse#ACCESS}
   */
  public TokenUse tokenUse() {
    return tokenUse;
  }

  /**
   * Returns the {@code iss} claim.
   *
   * @return the issuer, for example {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123}
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the {@code cognito:groups} claim.
   *
   * @return the groups, in token order; empty if the user is in none; unmodifiable
   */
  public List<String> groups() {
    return groups;
  }

  /**
   * Returns the space-separated {@code scope} claim as a set.
   *
   * @return the scopes, in token order; empty for ID tokens; unmodifiable
   */
  public Set<String> scopes() {
    Set<String> s = scopes;
    if (s == null) {
      s = scope == null ? Set.of() : splitScopes(scope);
      scopes = s;
    }
    return s;
  }

  /**
   * Returns the {@code exp} claim.
   *
   * @return when the token expires
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns the {@code iat} claim.
   *
   * @return when the token was issued; empty if the token does not say
   */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * Returns the {@code nbf} claim.
   *
   * @return the start of validity; empty if the token does not say
   */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }

  /**
   * Returns the {@code jti} claim.
   *
   * @return the token id; empty if the token has none
   */
  public Optional<String> tokenId() {
    Object v = claims.get("jti");
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  /**
   * Returns the {@code kid} header: the key that signed the token.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the {@code alg} header.
   *
   * @return the signature algorithm, for example {@code RS256}
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Returns a claim as a given type.
   *
   * @param <T> the type
   * @param name the claim name, for example {@code custom:tenant}
   * @param type the expected class: {@code String.class}, {@code Long.class}, {@code Boolean.class},
   *     {@code List.class}, {@code Map.class}, {@code Number.class}, {@code Object.class}
   * @return the value; empty if the claim is absent or null
   * @throws IllegalArgumentException if a name or type is null, or the claim has another type (the message names
   *     both types, not the value)
   */
  public <T> Optional<T> claim(String name, Class<T> type) {
    return ClaimValues.typed(claims, name, type);
  }

  /**
   * Returns every parameter of the JOSE header ({@code alg}, {@code kid}, and {@code typ} where the issuer sets it),
   * for adapters that hand the header on, such as a Spring {@code Jwt}.
   *
   * @return the header parameters in token order; unmodifiable
   */
  public Map<String, Object> header() {
    return header;
  }

  /**
   * Returns every claim of the payload.
   *
   * @return the claims in token order; unmodifiable
   */
  public Map<String, Object> claims() {
    return claims;
  }

  @Override
  public String toString() {
    return "CognitoToken{token_use=" + (tokenUse == null ? null : tokenUse.claimValue()) + ", sub=" + subject
        + (username == null ? "" : ", username=" + username) + ", client_id=" + clientId + ", exp=" + expiresAt
        + "}";
  }
}
