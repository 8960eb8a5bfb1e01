package io.github.cognitokit.tokens.internal;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a JSON Web Key Set into verification keys by {@code kid}.
 *
 * <p>The document must be strict JSON, UTF-8, an object with a {@code keys} array of objects. Keys that cannot be
 * used are left out with a debug log (not the key itself): no {@code kid}, {@code use} other than {@code sig},
 * {@code key_ops} without {@code verify}, a type other than RSA or EC, an RSA modulus under 2048 bits, an EC point
 * off its curve. Two different keys under one {@code kid} make that {@code kid} ambiguous.
 */
public final class JwkSetParser {
  private static final int MIN_RSA_BITS = 2048;

  private JwkSetParser() {}

  /**
   * Thrown for a document that is not a key set. Unchecked and made through {@link #of(String)} so that the classes
   * that parse key sets do not load it before a bad one ({@link Rejections} tells why).
   */
  public static final class InvalidKeySetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InvalidKeySetException(String message) {
      super(message);
    }

    static RuntimeException of(String message) {
      return new InvalidKeySetException(message);
    }
  }

  /**
   * Parses a key set.
   *
   * @param body the document bytes
   * @return the usable keys by {@code kid}, unmodifiable
   * @throws InvalidKeySetException if the document is not a JSON Web Key Set
   */
  public static Map<String, VerificationKey> parse(byte[] body) throws InvalidKeySetException {
    Map<String, Object> doc;
    try {
      doc = Json.parseObject(body);
    } catch (RuntimeException e) { // JsonException, not named: see Rejections
      throw notJson(e);
    }
    return keys(doc);
  }

  /**
   * Parses a key set held as text, such as one a caller preloads: a lone surrogate, which has no UTF-8 form, makes
   * it invalid (it is not read as {@code '?'}).
   *
   * @param text the document
   * @return the usable keys by {@code kid}, unmodifiable
   * @throws InvalidKeySetException if the document is not a JSON Web Key Set
   */
  public static Map<String, VerificationKey> parse(String text) throws InvalidKeySetException {
    Map<String, Object> doc;
    try {
      doc = Json.parseObject(text);
    } catch (RuntimeException e) { // JsonException, not named: see Rejections
      throw notJson(e);
    }
    return keys(doc);
  }

  /** A parser's {@code JsonException} as an invalid key set; any other exception as it is. */
  private static RuntimeException notJson(RuntimeException e) {
    return e instanceof JsonException
        ? InvalidKeySetException.of("the key set is not a strict UTF-8 JSON object: " + e.getMessage()) : e;
  }

  private static Map<String, VerificationKey> keys(Map<String, Object> doc) {
    Object keys = doc.get("keys");
    if (!(keys instanceof List)) {
      throw InvalidKeySetException.of("the key set has no \"keys\" array");
    }
    Map<String, VerificationKey> result = new HashMap<>();
    for (Object item : (List<?>) keys) {
      if (!(item instanceof Map)) {
        throw InvalidKeySetException.of("the key set's \"keys\" array holds something other than objects");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> jwk = (Map<String, Object>) item;
      VerificationKey key = toKey(jwk);
      if (key == null) {
        continue;
      }
      VerificationKey earlier = result.get(key.kid());
      if (earlier == null) {
        result.put(key.kid(), key);
      } else if (!earlier.sameMaterial(key)) {
        Log.LOG.debug("Key set holds different keys under kid {}: that kid is ambiguous and not used", key.kid());
        result.put(key.kid(), earlier.asAmbiguous());
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private static VerificationKey toKey(Map<String, Object> jwk) {
    Object kty = jwk.get("kty");
    Object kid = jwk.get("kid");
    Object use = jwk.get("use");
    Object alg = jwk.get("alg");
    if (!(kty instanceof String)) {
      Log.LOG.debug("Skipping a key without a string kty");
      return null;
    }
    if (!(kid instanceof String) || ((String) kid).isEmpty()) {
      Log.LOG.debug("Skipping a {} key without a kid", kty);
      return null;
    }
    if (use != null && !"sig".equals(use)) {
      Log.LOG.debug("Skipping key {}: use is not sig", kid);
      return null;
    }
    Object ops = jwk.get("key_ops");
    if (ops != null && !(ops instanceof List && ((List<?>) ops).contains("verify"))) {
      Log.LOG.debug("Skipping key {}: key_ops does not allow verify", kid);
      return null;
    }
    if (alg != null && !(alg instanceof String)) {
      Log.LOG.debug("Skipping key {}: alg is not a string", kid);
      return null;
    }
    if (alg != null && JwsAlgorithm.of((String) alg) == null) {
      Log.LOG.debug("Skipping key {}: alg {} is not supported", kid, alg);
      return null;
    }
    try {
      PublicKey publicKey;
      String curve = null;
      if ("RSA".equals(kty)) {
        RSAPublicKey rsa = JwkKeys.rsa(jwk);
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
          Log.LOG.debug("Skipping key {}: RSA modulus under {} bits", kid, MIN_RSA_BITS);
          return null;
        }
        publicKey = rsa;
      } else if ("EC".equals(kty)) {
        Object crv = jwk.get("crv");
        if (!"P-256".equals(crv) && !"P-384".equals(crv) && !"P-521".equals(crv)) {
          Log.LOG.debug("Skipping key {}: curve {} is not supported", kid, crv);
          return null;
        }
        curve = (String) crv;
        publicKey = JwkKeys.ec(jwk, curve);
      } else {
        Log.LOG.debug("Skipping key {}: key type {} is not supported", kid, kty);
        return null;
      }
      if (jwk.containsKey("d")) {
        Log.LOG.warn("Key set holds private key material under kid {}; only its public part is used", kid);
      }
      return new VerificationKey((String) kid, (String) kty, curve, (String) alg, publicKey, false);
    } catch (RuntimeException e) { // JwkKeys.InvalidKeyException, not named: see Rejections
      if (!(e instanceof JwkKeys.InvalidKeyException)) {
        throw e;
      }
      Log.LOG.debug("Skipping key {}: {}", kid, e.getMessage());
      return null;
    }
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(JwkSetParser.class);
  }
}
