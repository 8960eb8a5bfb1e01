package io.github.cognitokit.tokens.internal;

import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * A parsed public key from a key set, ready to verify signatures.
 *
 * @param kid the key id
 * @param keyType the JWK {@code kty}
 * @param curve the JWK {@code crv} for EC keys, else null
 * @param algorithm the JWK {@code alg} if the key names one, else null
 * @param publicKey the JCA key
 * @param ambiguous true if the key set held different keys under this {@code kid}; such a key is never used
 */
public record VerificationKey(String kid, String keyType, String curve, String algorithm, PublicKey publicKey,
    boolean ambiguous) {

  /**
   * Tells whether a token with this {@code alg} may be verified with this key: the key type and curve must fit the
   * algorithm, and a key that names its own {@code alg} accepts only that one.
   *
   * @param alg the token's algorithm
   * @return true if they agree
   */
  public boolean accepts(JwsAlgorithm alg) {
    if (!alg.keyType().equals(keyType)) {
      return false;
    }
    if (alg.curve() != null && !alg.curve().equals(curve)) {
      return false;
    }
    return algorithm == null || algorithm.equals(alg.name());
  }

  /**
   * Verifies a signature. Every failure, including malformed signatures, returns false.
   *
   * @param alg the algorithm, already checked with {@link #accepts(JwsAlgorithm)}
   * @param data the signing input
   * @param dataLength how many bytes of {@code data} are the signing input
   * @param signature the signature bytes
   * @return true only for a valid signature
   */
  public boolean verify(JwsAlgorithm alg, byte[] data, int dataLength, byte[] signature) {
    return verify(alg, data, dataLength, signature, null);
  }

  /**
   * Verifies a signature with engines from a {@link Signatures} cache.
   *
   * @param alg the algorithm, already checked with {@link #accepts(JwsAlgorithm)}
   * @param data the signing input
   * @param dataLength how many bytes of {@code data} are the signing input
   * @param signature the signature bytes
   * @param engines the engine cache, or null for a fresh JDK engine
   * @return true only for a valid signature
   */
  public boolean verify(JwsAlgorithm alg, byte[] data, int dataLength, byte[] signature, Signatures engines) {
    if (alg.signatureLength() != 0) {
      if (signature.length != alg.signatureLength() || !alg.scalarsInRange(signature)) {
        return false;
      }
    } else if (publicKey instanceof RSAPublicKey) {
      int modulusBytes = (((RSAPublicKey) publicKey).getModulus().bitLength() + 7) / 8;
      if (signature.length != modulusBytes) {
        return false;
      }
    }
    try {
      Signature verifier = engines == null ? Signature.getInstance(alg.jcaName()) : engines.get(alg);
      verifier.initVerify(publicKey);
      verifier.update(data, 0, dataLength);
      return verifier.verify(signature);
    } catch (Exception e) { // GeneralSecurityException or a provider's RuntimeException; not named: see Rejections
      return false;
    }
  }

  /**
   * Tells whether two keys are the same key material with the same algorithm restriction.
   *
   * @param other the other key
   * @return true if they are interchangeable
   */
  public boolean sameMaterial(VerificationKey other) {
    return keyType.equals(other.keyType)
        && java.util.Objects.equals(algorithm, other.algorithm)
        && Arrays.equals(publicKey.getEncoded(), other.publicKey.getEncoded());
  }

  /**
   * Returns a copy marked as ambiguous.
   *
   * @return the ambiguous copy
   */
  public VerificationKey asAmbiguous() {
    return new VerificationKey(kid, keyType, curve, algorithm, publicKey, true);
  }

  @Override
  public String toString() {
    return "VerificationKey{kid=" + kid + ", kty=" + keyType + (curve == null ? "" : ", crv=" + curve)
        + (algorithm == null ? "" : ", alg=" + algorithm) + (ambiguous ? ", ambiguous" : "") + "}";
  }
}
