package io.github.cognitokit.auth.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client half of SRP-6a as Amazon Cognito runs it, for {@code USER_SRP_AUTH} / {@code PASSWORD_VERIFIER} and for
 * remembered devices ({@code DEVICE_SRP_AUTH} / {@code DEVICE_PASSWORD_VERIFIER}).
 *
 * <p>Cognito's parameters (RFC 5054, with Cognito's own choices):
 * <ul>
 *   <li>the 3072-bit group of RFC 5054 appendix A (the RFC 3526 prime), generator {@code g = 2}, hash SHA-256;</li>
 *   <li>every number enters a hash in its shortest two's-complement big-endian form: a positive number whose top
 *       bit is set gets a leading zero byte ({@link BigInteger#toByteArray()}), so {@code k = H(N | g)} and
 *       {@code u = H(A | B)} hash those forms, not numbers padded to the length of N;</li>
 *   <li>{@code x = H(salt | H(poolName | userId | ":" | password))}, where the pool name is the part of the pool id
 *       after the underscore (for a device: the device group key and the device key);</li>
 *   <li>the session key {@code S = (B - k g^x)^(a + u x) mod N} goes through HKDF-SHA256 (salt {@code u}, info
 *       {@code "Caldera Derived Key"}) to a 16-byte key;</li>
 *   <li>the claim is {@code HMAC-SHA256(key, poolName | userId | secretBlock | timestamp)} in Base64, with the
 *       timestamp in US English as {@code EEE MMM d HH:mm:ss 'UTC' yyyy} (day of month not zero-padded).</li>
 * </ul>
 *
 * <p>Values of this class hold the secret exponent {@code a}; they never print it.
 */
public final class Srp {
  /** The RFC 5054 3072-bit prime. */
  public static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
      + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
      + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
      + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
      + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
      + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
      + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
      + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);
  /** The generator. */
  public static final BigInteger G = BigInteger.TWO;
  /** The multiplier {@code k = H(N | g)}. */
  public static final BigInteger K = hashToNumber(N.toByteArray(), G.toByteArray());

  private static final byte[] INFO = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);
  /** Bytes of the secret exponent {@code a}: 1024 bits, as in AWS's own clients. */
  private static final int A_BYTES = 128;

  private Srp() {}

  /** One sign-in attempt's ephemeral key pair: the secret {@code a} and the public {@code A = g^a mod N}. */
  public static final class Ephemeral {
    private final BigInteger a;
    private final BigInteger publicA;

    private Ephemeral(BigInteger a) {
      this.a = a;
      this.publicA = G.modPow(a, N);
    }

    /**
     * Returns {@code A} in hexadecimal, as {@code SRP_A} carries it.
     *
     * @return lower-case hex without leading zeros
     */
    public String publicHex() {
      return publicA.toString(16);
    }

    BigInteger publicA() {
      return publicA;
    }

    @Override
    public String toString() {
      return "Srp.Ephemeral[a=***]";
    }
  }

  /**
   * Draws a fresh {@code a} and computes {@code A}.
   *
   * @param random the source of randomness (a {@link SecureRandom})
   * @return the key pair
   */
  public static Ephemeral ephemeral(SecureRandom random) {
    for (;;) {
      BigInteger a = new BigInteger(1, randomBytes(random, A_BYTES)).mod(N);
      if (a.signum() != 0) {
        return new Ephemeral(a);
      }
    }
  }

  /**
   * Uses a given {@code a}; for tests against fixed vectors only.
   *
   * @param a the secret exponent, in (0, N)
   * @return the key pair
   * @throws IllegalArgumentException if {@code a} is out of range
   */
  public static Ephemeral ephemeral(BigInteger a) {
    if (a == null || a.signum() <= 0 || a.compareTo(N) >= 0) {
      throw new IllegalArgumentException("a must be in (0, N)");
    }
    return new Ephemeral(a);
  }

  /**
   * Computes the 16-byte key that signs the password claim.
   *
   * @param ephemeral this attempt's key pair
   * @param realm the pool name (the part of the pool id after the underscore), or for a device its group key
   * @param userId {@code USER_ID_FOR_SRP} (the internal user name), or for a device its key
   * @param password the password, or for a device its random password
   * @param serverB {@code SRP_B} from the challenge
   * @param salt {@code SALT} from the challenge
   * @return the key
   * @throws SrpException if {@code B mod N} or {@code u} is zero (a forged or broken challenge)
   */
  public static byte[] passwordKey(Ephemeral ephemeral, String realm, String userId, String password,
      BigInteger serverB, BigInteger salt) {
    if (serverB.mod(N).signum() == 0) {
      throw new SrpException("SRP_B is a multiple of N");
    }
    BigInteger u = hashToNumber(ephemeral.publicA.toByteArray(), serverB.toByteArray());
    if (u.signum() == 0) {
      throw new SrpException("the scrambling parameter u is zero");
    }
    BigInteger x = x(realm, userId, password, salt);
    BigInteger base = serverB.subtract(K.multiply(G.modPow(x, N))).mod(N);
    BigInteger s = base.modPow(ephemeral.a.add(u.multiply(x)), N);
    return hkdf(s.toByteArray(), u.toByteArray());
  }

  /**
   * Computes {@code x = H(salt | H(realm | userId | ":" | password))}.
   *
   * @param realm the pool name or device group key
   * @param userId the internal user name or device key
   * @param password the password
   * @param salt the salt
   * @return x
   */
  public static BigInteger x(String realm, String userId, String password, BigInteger salt) {
    byte[] inner = sha256().digest((realm + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return hashToNumber(salt.toByteArray(), inner);
  }

  /**
   * Signs the password claim.
   *
   * @param key the key from {@link #passwordKey}
   * @param realm the pool name or device group key
   * @param userId the internal user name or device key
   * @param secretBlock {@code SECRET_BLOCK} from the challenge, decoded
   * @param timestamp the timestamp sent with the claim ({@link #timestamp(Instant)})
   * @return the signature, Base64
   */
  public static String signature(byte[] key, String realm, String userId, byte[] secretBlock, String timestamp) {
    Mac mac = hmac(key);
    mac.update(realm.getBytes(StandardCharsets.UTF_8));
    mac.update(userId.getBytes(StandardCharsets.UTF_8));
    mac.update(secretBlock);
    mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal());
  }

  /**
   * Formats the claim's timestamp, such as {@code Sun Mar 1 09:05:07 UTC 2026}.
   *
   * @param now the time
   * @return the timestamp
   */
  public static String timestamp(Instant now) {
    return TIMESTAMP.format(now);
  }

  /** A new device's secrets for {@code ConfirmDevice}: its random password, the salt and the verifier. */
  public record DeviceVerifier(String password, byte[] salt, byte[] verifier) {
    @Override
    public String toString() {
      return "DeviceVerifier[password=***]";
    }
  }

  /**
   * Makes a remembered device's password verifier: a random 40-byte password (Base64), a random 16-byte salt, and
   * {@code v = g^x mod N} with {@code x} computed from the device group key, the device key and that password.
   *
   * @param deviceGroupKey the device group key Cognito sent in {@code NewDeviceMetadata}
   * @param deviceKey the device key
   * @param random the source of randomness
   * @return the password to keep, and the salt and verifier to send (both in their two's-complement form)
   */
  public static DeviceVerifier deviceVerifier(String deviceGroupKey, String deviceKey, SecureRandom random) {
    String password = Base64.getEncoder().encodeToString(randomBytes(random, 40));
    BigInteger salt = new BigInteger(1, randomBytes(random, 16));
    return new DeviceVerifier(password, salt.toByteArray(), verifier(deviceGroupKey, deviceKey, password, salt));
  }

  /**
   * Computes a device's verifier {@code g^x mod N} for a known password and salt.
   *
   * @param deviceGroupKey the device group key
   * @param deviceKey the device key
   * @param password the device password
   * @param salt the salt
   * @return the verifier in its two's-complement form
   */
  public static byte[] verifier(String deviceGroupKey, String deviceKey, String password, BigInteger salt) {
    return G.modPow(x(deviceGroupKey, deviceKey, password, salt), N).toByteArray();
  }

  /**
   * Reads a hexadecimal number from a challenge parameter.
   *
   * @param value the parameter value
   * @param name its name, for the message
   * @return the number (non-negative)
   * @throws SrpException if it is missing or not hexadecimal
   */
  public static BigInteger hex(String value, String name) {
    if (value == null || value.isEmpty() || value.length() > 2048) {
      throw new SrpException(name + " is missing or too long");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        throw new SrpException(name + " is not hexadecimal");
      }
    }
    return new BigInteger(value, 16);
  }

  /** A challenge whose SRP parameters cannot be used. */
  public static final class SrpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param message what was wrong, never a parameter's value
     */
    public SrpException(String message) {
      super(message);
    }
  }

  private static BigInteger hashToNumber(byte[] first, byte[] second) {
    MessageDigest d = sha256();
    d.update(first);
    d.update(second);
    return new BigInteger(1, d.digest());
  }

  private static byte[] hkdf(byte[] ikm, byte[] salt) {
    byte[] prk = hmac(salt).doFinal(ikm);
    byte[] okm = hmac(prk).doFinal(INFO);
    byte[] key = new byte[16];
    System.arraycopy(okm, 0, key, 0, 16);
    return key;
  }

  private static Mac hmac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] randomBytes(SecureRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
