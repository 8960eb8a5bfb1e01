package io.github.cognitokit.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of a completed sign-in or refresh.
 *
 * <p>{@link #username()} is the user's internal user name, read from the access token: the one that refreshes and
 * admin calls need, even when the user signed in with an e-mail alias. Immutable; {@link #toString()} shows only the
 * user name and expiry, never a token.
 */
public final class AuthTokens implements AuthResult {
  private final String idToken;
  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;
  private final Duration expiresIn;
  private final String tokenType;
  private final String username;
  private final boolean admin;
  private final NewDevice newDevice;

  AuthTokens(String idToken, String accessToken, String refreshToken, Instant expiresAt, Duration expiresIn,
      String tokenType, String username, boolean admin) {
    this(idToken, accessToken, refreshToken, expiresAt, expiresIn, tokenType, username, admin, null);
  }

  AuthTokens(String idToken, String accessToken, String refreshToken, Instant expiresAt, Duration expiresIn,
      String tokenType, String username, boolean admin, NewDevice newDevice) {
    this.newDevice = newDevice;
    this.idToken = idToken;
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.expiresAt = expiresAt;
    this.expiresIn = expiresIn;
    this.tokenType = tokenType;
    this.username = username;
    this.admin = admin;
  }

  /**
   * Returns the ID token.
   *
   * @return the ID token, or null if Cognito sent none
   */
  public String idToken() {
    return idToken;
  }

  /**
   * Returns the access token.
   *
   * @return the access token
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Returns the refresh token: the one Cognito sent, or after a refresh without rotation the one that was used.
   *
   * @return the refresh token; empty if none is known
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * Returns when the access and ID tokens expire, computed from {@code ExpiresIn} when they were received.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns the lifetime Cognito gave the access and ID tokens.
   *
   * @return the lifetime
   */
  public Duration expiresIn() {
    return expiresIn;
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
   * Returns the user's internal user name, from the access token's {@code username} claim.
   *
   * @return the internal user name
   */
  public String username() {
    return username;
  }

  /**
   * Returns the device Cognito started tracking with this sign-in, in a pool that tracks devices. Confirm it with
   * {@link CognitoAuth#confirmDevice(AuthTokens, String)} to remember it.
   *
   * @return the new device; empty if Cognito sent none
   */
  public Optional<NewDevice> newDevice() {
    return Optional.ofNullable(newDevice);
  }

  boolean admin() {
    return admin;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthTokens && ((AuthTokens) o).accessToken.equals(accessToken)
        && Objects.equals(((AuthTokens) o).refreshToken, refreshToken);
  }

  @Override
  public int hashCode() {
    return accessToken.hashCode();
  }

  @Override
  public String toString() {
    return "AuthTokens{username=" + username + ", tokenType=" + tokenType + ", expiresAt=" + expiresAt
        + ", idToken=" + (idToken == null ? "none" : "***") + ", accessToken=***, refreshToken="
        + (refreshToken == null ? "none" : "***") + "}";
  }
}
