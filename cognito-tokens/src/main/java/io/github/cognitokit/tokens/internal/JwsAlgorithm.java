package io.github.cognitokit.tokens.internal;

/** The signature algorithms a Cognito token may use, with what each needs of its key. */
public enum JwsAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256. */
  RS256("SHA256withRSA", "RSA", null, 0),
  /** RSASSA-PKCS1-v1_5 with SHA-384. */
  RS384("SHA384withRSA", "RSA", null, 0),
  /** RSASSA-PKCS1-v1_5 with SHA-512. */
  RS512("SHA512withRSA", "RSA", null, 0),
  /** ECDSA on P-256 with SHA-256, raw R||S signature. */
  ES256("SHA256withECDSAinP1363Format", "EC", "P-256", 64),
  /** ECDSA on P-384 with SHA-384, raw R||S signature. */
  ES384("SHA384withECDSAinP1363Format", "EC", "P-384", 96),
  /** ECDSA on P-521 with SHA-512, raw R||S signature. */
  ES512("SHA512withECDSAinP1363Format", "EC", "P-521", 132);

  private final String jcaName;
  private final String keyType;
  private final String curve;
  private final int signatureLength;

  JwsAlgorithm(String jcaName, String keyType, String curve, int signatureLength) {
    this.jcaName = jcaName;
    this.keyType = keyType;
    this.curve = curve;
    this.signatureLength = signatureLength;
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
