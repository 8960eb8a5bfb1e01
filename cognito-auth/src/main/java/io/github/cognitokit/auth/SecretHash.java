package io.github.cognitokit.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes Cognito's {@code SECRET_HASH}: {@code Base64(HMAC-SHA256(key = client secret, message = username +
 * clientId))}, UTF-8, standard Base64 with padding.
 *
 * <pre>{@code
 * String hash = SecretHash.of("alice", clientId, clientSecret);
 * SecretHash forClient = SecretHash.forClient(clientId, clientSecret);  // keyed once, then:
 * String again = forClient.hash("alice");
 * }</pre>
 *
 * <p>Which user name to hash matters: {@code InitiateAuth} takes the name the user typed (an alias works), but
 * challenge responses and refreshes need the user's <em>internal</em> user name ({@code USER_ID_FOR_SRP}, the
 * {@code username} claim of the access token; in e-mail-as-username pools a UUID). {@link CognitoAuth} takes care of
 * this. Instances are immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class SecretHash {
  private static final String HMAC = "HmacSHA256";

  private final String clientId;
  private final Mac keyed;

  private SecretHash(String clientId, Mac keyed) {
    this.clientId = clientId;
    this.keyed = keyed;
  }

  /**
   * Computes the hash for one call.
   *
   * @param username the user name to hash (see the class comment for which one)
   * @param clientId the app client id
   * @param clientSecret the app client secret
   * @return the Base64 hash
   * @throws IllegalArgumentException if an argument is null or empty
   */
  public static String of(String username, String clientId, String clientSecret) {
    return forClient(clientId, clientSecret).hash(username);
  }

  /**
   * Keys a hasher for one app client, so that each {@link #hash(String)} only clones the prepared MAC.
   *
   * @param clientId the app client id
   * @param clientSecret the app client secret
   * @return the hasher
   * @throws IllegalArgumentException if an argument is null or empty
   */
  public static SecretHash forClient(String clientId, String clientSecret) {
    require(clientId, "clientId");
    require(clientSecret, "clientSecret");
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC));
      return new SecretHash(clientId, mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * Computes the hash of a user name for this client.
   *
   * @param username the user name to hash
   * @return the Base64 hash
   * @throws IllegalArgumentException if {@code username} is null or empty
   */
  public String hash(String username) {
    require(username, "username");
    Mac mac = copy();
    mac.update(username.getBytes(StandardCharsets.UTF_8));
    mac.update(clientId.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal());
  }

  private Mac copy() {
    try {
      return (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the HmacSHA256 provider cannot clone a keyed MAC", e);
    }
  }

  /**
   * Returns the client id this hasher is keyed for.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  private static void require(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or empty");
    }
  }

  @Override
  public String toString() {
    return "SecretHash{clientId=" + clientId + ", secret=***}";
  }
}
