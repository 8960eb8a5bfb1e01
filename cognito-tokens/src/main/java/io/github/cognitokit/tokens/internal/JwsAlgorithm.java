package io.github.cognitokit.tokens.internal;

/** The signature algorithms a Cognito token may use, with what each needs of its key. */
public enum JwsAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256. */
  RS256("SHA256withRSA", "RSA", null, 0, null),
  /** RSASSA-PKCS1-v1_5 with SHA-384. */
  RS384("SHA384withRSA", "RSA", null, 0, null),
  /** RSASSA-PKCS1-v1_5 with SHA-512. */
  RS512("SHA512withRSA", "RSA", null, 0, null),
  /** ECDSA on P-256 with SHA-256, raw R||S signature. */
  ES256("SHA256withECDSAinP1363Format", "EC", "P-256", 64,
      "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"),
  /** ECDSA on P-384 with SHA-384, raw R||S signature. */
  ES384("SHA384withECDSAinP1363Format", "EC", "P-384", 96,
      "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973"),
  /** ECDSA on P-521 with SHA-512, raw R||S signature. */
  ES512("SHA512withECDSAinP1363Format", "EC", "P-521", 132,
      "01FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
          + "FA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409");

  private final String jcaName;
  private final String keyType;
  private final String curve;
  private final int signatureLength;
  /** The curve's group order n in hex, for {@link Orders}; null for RSA. */
  private final String orderHex;

  JwsAlgorithm(String jcaName, String keyType, String curve, int signatureLength, String orderHex) {
    this.jcaName = jcaName;
    this.keyType = keyType;
    this.curve = curve;
    this.signatureLength = signatureLength;
    this.orderHex = orderHex;
  }

  /**
   * The curves' group orders n, big-endian in half a signature's length, by ordinal (null for RSA). Parsed when the
   * first ECDSA signature is checked, not when the enum loads: a verifier of RSA tokens never parses them.
   */
  private static final class Orders {
    static final byte[][] BY_ALGORITHM = new byte[values().length][];

    static {
      for (JwsAlgorithm a : values()) {
        if (a.orderHex != null) {
          BY_ALGORITHM[a.ordinal()] = java.util.HexFormat.of().parseHex(a.orderHex);
        }
      }
    }
  }

  /**
   * Checks the ECDSA scalars of a raw R||S signature before any provider sees them: r and s must each lie in
   * [1, n-1], n being the curve's order. JDKs before 17.0.3 accepted r = s = 0 (CVE-2022-21449), and a range check
   * here costs two byte comparisons.
   *
   * @param signature a signature of exactly {@link #signatureLength()} bytes
   * @return true if both scalars are in range; always true for RSA
   */
  public boolean scalarsInRange(byte[] signature) {
    if (orderHex == null) {
      return true;
    }
    int half = Orders.BY_ALGORITHM[ordinal()].length;
    return inRange(signature, 0, half) && inRange(signature, half, half);
  }

  private boolean inRange(byte[] sig, int from, int length) {
    boolean zero = true;
    for (int i = from; i < from + length; i++) {
      if (sig[i] != 0) {
        zero = false;
        break;
      }
    }
    return !zero && java.util.Arrays.compareUnsigned(sig, from, from + length, Orders.BY_ALGORITHM[ordinal()], 0,
        length) < 0;
  }

  /**
   * Returns the curve's group order n, for tests.
   *
   * @return n as a positive number, or null for RSA
   */
  public java.math.BigInteger curveOrder() {
    return orderHex == null ? null : new java.math.BigInteger(1, Orders.BY_ALGORITHM[ordinal()]);
  }

  /**
   * Returns the algorithm named by a JWS {@code alg} value.
   *
   * @param name the header value
   * @return the algorithm, or null if it is not one we accept
   */
  public static JwsAlgorithm of(String name) {
    if (name == null || name.length() != 5) {
      return null;
    }
    switch (name) {
      case "RS256": return RS256;
      case "RS384": return RS384;
      case "RS512": return RS512;
      case "ES256": return ES256;
      case "ES384": return ES384;
      case "ES512": return ES512;
      default: return null;
    }
  }

  /**
   * Returns the JCA signature algorithm name.
   *
   * @return the name for {@code Signature.getInstance}
   */
  public String jcaName() {
    return jcaName;
  }

  /**
   * Returns the JWK {@code kty} a key must have.
   *
   * @return {@code RSA} or {@code EC}
   */
  public String keyType() {
    return keyType;
  }

  /**
   * Returns the JWK {@code crv} an EC key must have.
   *
   * @return the curve, or null for RSA
   */
  public String curve() {
    return curve;
  }

  /**
   * Returns the exact signature length for ECDSA.
   *
   * @return the length in bytes, or 0 for RSA (checked by the key size)
   */
  public int signatureLength() {
    return signatureLength;
  }
}
