package io.github.cognitokit.tokens.alb;

import io.github.cognitokit.tokens.internal.ClaimValues;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A verified {@code x-amzn-oidc-data} token: the user claims an ALB received from the identity provider's user info
 * endpoint, signed by the load balancer.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the raw token.
 */
public final class AlbToken {
  private final Map<String, Object> claims;
  private final String keyId;
  private final String signer;
  private final String clientId;
  private final String issuer;
  private final String subject;
  private final Instant expiresAt;

  AlbToken(Map<String, Object> claims, String keyId, String signer, String clientId) {
    this.claims = claims;
    this.keyId = keyId;
    this.signer = signer;
    this.clientId = clientId;
    this.issuer = ClaimValues.string(claims, "iss");
    this.subject = ClaimValues.string(claims, "sub");
    this.expiresAt = ClaimValues.time(claims, "exp");
    ClaimValues.string(claims, "username");
    ClaimValues.string(claims, "email");
  }

  /**
   * Returns the {@code sub} claim: the user's id at the identity provider.
   *
   * @return the subject, or null if the provider sent none
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the {@code username} claim, which Cognito sends as the user's user name.
   *
   * @return the user name; empty if the provider sent none
   */
  public Optional<String> username() {
    return Optional.ofNullable((String) claims.get("username"));
  }

  /**
   * Returns the {@code email} claim.
   *
   * @return the e-mail address; empty if the provider sent none
   */
  public Optional<String> email() {
    return Optional.ofNullable((String) claims.get("email"));
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
   * Returns the {@code iss} claim: the identity provider.
   *
   * @return the issuer, or null if none was sent
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the {@code signer} header: the ARN of the load balancer that signed the token.
   *
   * @return the load balancer ARN
   */
  public String signer() {
    return signer;
  }

  /**
   * Returns the {@code client} header: the app client the load balancer authenticated with.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the {@code kid} header.
   *
   * @return the key id, a UUID
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns a claim as a given type.
   *
   * @param <T> the type
   * @param name the claim name
   * @param type the expected class
   * @return the value; empty if absent or null
   * @throws IllegalArgumentException if a name or type is null, or the claim has another type
   */
  public <T> Optional<T> claim(String name, Class<T> type) {
    return ClaimValues.typed(claims, name, type);
  }

  /**
   * Returns every claim of the payload.
   *
   * @return the claims; unmodifiable
   */
  public Map<String, Object> claims() {
    return claims;
  }

  @Override
  public String toString() {
    return "AlbToken{sub=" + subject + ", client=" + clientId + ", exp=" + expiresAt + "}";
  }
}
