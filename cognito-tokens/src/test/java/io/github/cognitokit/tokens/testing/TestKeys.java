package io.github.cognitokit.tokens.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Collection;
import java.util.stream.Collectors;

/** Key pairs generated in the test, their JWK form, and a signer for hand-made tokens. */
public final class TestKeys {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  public final String kid;
  public final String alg;
  public final KeyPair pair;
  /** When non-null, written as the JWK's alg member (may differ from {@link #alg}). */
  public String jwkAlg;
  public String use = "sig";
  /** For keys made from a seed: the randomness of every signature too, so tokens are the same on every run. */
  private java.security.SecureRandom signingRandom;

  private TestKeys(String kid, String alg, KeyPair pair) {
    this.kid = kid;
    this.alg = alg;
    this.pair = pair;
    this.jwkAlg = alg;
  }

  public static TestKeys rsa(String kid) {
    return rsa(kid, 2048, "RS256");
  }

  public static TestKeys rsa(String kid, int bits, String alg) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return new TestKeys(kid, alg, g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The same RSA key pair on every run (a seeded {@code SHA1PRNG}), so that fuzz findings replay.
   *
   * @param kid the key id
   * @param seed the seed
   * @return the key
   */
  public static TestKeys rsa(String kid, long seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, seeded(seed));
      TestKeys k = new TestKeys(kid, "RS256", g.generateKeyPair());
      k.signingRandom = seeded(seed + 1);
      return k;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The same EC key pair on every run, and ECDSA signatures whose nonces come from a seeded source too, so that a
   * token signed with it is the same on every run.
   *
   * @param kid the key id
   * @param alg ES256, ES384 or ES512
   * @param seed the seed
   * @return the key
   */
  public static TestKeys ec(String kid, String alg, long seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec(curve(alg)), seeded(seed));
      TestKeys k = new TestKeys(kid, alg, g.generateKeyPair());
      k.signingRandom = seeded(seed + 1);
      return k;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.security.SecureRandom seeded(long seed) throws GeneralSecurityException {
    java.security.SecureRandom r = java.security.SecureRandom.getInstance("SHA1PRNG");
    r.setSeed(java.nio.ByteBuffer.allocate(8).putLong(seed).array());
    return r;
  }

  private static String curve(String alg) {
    return switch (alg) {
      case "ES256" -> "secp256r1";
      case "ES384" -> "secp384r1";
      case "ES512" -> "secp521r1";
      default -> throw new IllegalArgumentException(alg);
    };
  }

  public static TestKeys ec(String kid, String alg) {
    String curve = switch (alg) {
      case "ES256" -> "secp256r1";
      case "ES384" -> "secp384r1";
      case "ES512" -> "secp521r1";
      default -> throw new IllegalArgumentException(alg);
    };
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec(curve));
      return new TestKeys(kid, alg, g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public TestKeys withoutJwkAlg() {
    this.jwkAlg = null;
    return this;
  }

  /** The public JWK as JSON. */
  public String jwk() {
    StringBuilder sb = new StringBuilder("{");
    if (pair.getPublic() instanceof RSAPublicKey rsa) {
      sb.append("\"kty\":\"RSA\",\"n\":\"").append(unsigned(rsa.getModulus())).append("\",\"e\":\"")
          .append(unsigned(rsa.getPublicExponent())).append('"');
    } else {
      ECPublicKey ec = (ECPublicKey) pair.getPublic();
      int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
      String crv = switch (size) {
        case 32 -> "P-256";
        case 48 -> "P-384";
        default -> "P-521";
      };
      sb.append("\"kty\":\"EC\",\"crv\":\"").append(crv).append("\",\"x\":\"")
          .append(fixed(ec.getW().getAffineX(), size)).append("\",\"y\":\"")
          .append(fixed(ec.getW().getAffineY(), size)).append('"');
    }
    if (kid != null) {
      sb.append(",\"kid\":\"").append(kid).append('"');
    }
    if (use != null) {
      sb.append(",\"use\":\"").append(use).append('"');
    }
    if (jwkAlg != null) {
      sb.append(",\"alg\":\"").append(jwkAlg).append('"');
    }
    return sb.append('}').toString();
  }

  public static String jwks(Collection<TestKeys> keys) {
    return keys.stream().map(TestKeys::jwk).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
  }

  public static String jwks(TestKeys... keys) {
    return jwks(java.util.List.of(keys));
  }

  /** Signs {@code b64(header).b64(payload)} with this key and the given JWS algorithm. */
  public String sign(String headerJson, String payloadJson, String signAlg) {
    String input = b64(headerJson) + "." + b64(payloadJson);
    return input + "." + B64.encodeToString(signature(input, signAlg));
  }

  public byte[] signature(String input, String signAlg) {
    try {
      Signature s = Signature.getInstance(jca(signAlg));
      PrivateKey key = pair.getPrivate();
      if (signingRandom != null) {
        synchronized (signingRandom) {
          s.initSign(key, signingRandom);
          s.update(input.getBytes(StandardCharsets.US_ASCII));
          return s.sign();
        }
      }
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String jca(String alg) {
    return switch (alg) {
      case "RS256" -> "SHA256withRSA";
      case "RS384" -> "SHA384withRSA";
      case "RS512" -> "SHA512withRSA";
      case "ES256" -> "SHA256withECDSAinP1363Format";
      case "ES384" -> "SHA384withECDSAinP1363Format";
      case "ES512" -> "SHA512withECDSAinP1363Format";
      case "ES256-DER" -> "SHA256withECDSA";
      default -> throw new IllegalArgumentException(alg);
    };
  }

  public static String b64(String s) {
    return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  public static String b64(byte[] b) {
    return B64.encodeToString(b);
  }

  private static String unsigned(BigInteger v) {
    byte[] bytes = v.toByteArray();
    if (bytes[0] == 0 && bytes.length > 1) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return B64.encodeToString(bytes);
  }

  private static String fixed(BigInteger v, int size) {
    byte[] bytes = v.toByteArray();
    byte[] out = new byte[size];
    int copy = Math.min(bytes.length, size);
    System.arraycopy(bytes, bytes.length - copy, out, size - copy, copy);
    return B64.encodeToString(out);
  }
}
