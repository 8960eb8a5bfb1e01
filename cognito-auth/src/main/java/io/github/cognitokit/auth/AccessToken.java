package io.github.cognitokit.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * An OAuth2 access token from the client-credentials grant. Immutable; {@link #toString()} never shows the token.
 */
public final class AccessToken {
  private final String value;
  private final String tokenType;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final Set<String> scopes;

  AccessToken(String value, String tokenType, Instant issuedAt, Instant expiresAt, Set<String> scopes) {
    this.value = value;
    this.tokenType = tokenType;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
    this.scopes = Set.copyOf(scopes);
  }

  /**
   * Returns the token, for an {@code Authorization: Bearer} header.
   *
   * @return the token value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the value for an {@code Authorization} header.
   *
   * @return {@code Bearer <token>}
   */
  public String authorizationHeader() {
    return "Bearer " + value;
  }

  /**
   * Returns the token type.
   *
   * @return usually {@code Bearer}
   */
  public String tokenType() {
    return tokenType;
  }

  /**
   * Returns when the token was received.
   *
   * @return the time of receipt
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns when the token expires.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns the token's lifetime as granted.
   *
   * @return expiry minus receipt
   */
  public Duration lifetime() {
    return Duration.between(issuedAt, expiresAt);
  }

  /**
   * Returns the scopes granted, as the token endpoint reported them (or as requested, if it did not say).
   *
   * @return the scopes; unmodifiable
   */
  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return "AccessToken{type=" + tokenType + ", scopes=" + scopes + ", expiresAt=" + expiresAt + ", value=***}";
  }
}
