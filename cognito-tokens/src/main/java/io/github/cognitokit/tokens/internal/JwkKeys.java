package io.github.cognitokit.tokens.internal;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;

/**
 * Turns RSA and EC JSON Web Keys into JCA public keys with the JDK alone: strict unpadded base64url members, a
 * positive RSA modulus and exponent, and EC points that lie on their curve.
 */
final class JwkKeys {
  private JwkKeys() {}

  /**
   * Thrown for a key that cannot be used. Unchecked and made through {@link #of(String)} so that the parsing classes
   * do not load it before a bad key ({@link Rejections} tells why).
   */
  static final class InvalidKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InvalidKeyException(String message) {
      super(message, null, false, false);
    }

    static RuntimeException of(String message) {
      return new InvalidKeyException(message);
    }
  }

  static RSAPublicKey rsa(Map<String, Object> jwk) throws InvalidKeyException {
    BigInteger n = unsigned(jwk, "n");
    BigInteger e = unsigned(jwk, "e");
    if (n.signum() <= 0 || e.signum() <= 0 || !e.testBit(0)) {
      throw InvalidKeyException.of("RSA modulus or exponent is not valid");
    }
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    } catch (Exception ex) { // the provider's GeneralSecurityException, not named: see Rejections
      throw InvalidKeyException.of("RSA key is not valid");
    }
  }

  static PublicKey ec(Map<String, Object> jwk, String curve) throws InvalidKeyException {
    String name = switch (curve) {
      case "P-256" -> "secp256r1";
      case "P-384" -> "secp384r1";
      case "P-521" -> "secp521r1";
      default -> throw InvalidKeyException.of("curve is not supported");
    };
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(name));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      int size = (spec.getCurve().getField().getFieldSize() + 7) / 8;
      BigInteger x = coordinate(jwk, "x", size);
      BigInteger y = coordinate(jwk, "y", size);
      BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
      if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
        throw InvalidKeyException.of("EC point is out of the field");
      }
      BigInteger left = y.multiply(y).mod(p);
      BigInteger right = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
      if (!left.equals(right)) {
        throw InvalidKeyException.of("EC point is not on the curve");
      }
      return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), spec));
    } catch (Exception ex) { // the provider's GeneralSecurityException, not named: see Rejections
      throw ex instanceof InvalidKeyException ? (RuntimeException) ex : InvalidKeyException.of("EC key is not valid");
    }
  }

  private static BigInteger coordinate(Map<String, Object> jwk, String member, int size) throws InvalidKeyException {
    byte[] bytes = bytes(jwk, member);
    if (bytes.length != size) {
      throw InvalidKeyException.of("EC coordinate " + member + " must be " + size + " bytes");
    }
    return new BigInteger(1, bytes);
  }

  private static BigInteger unsigned(Map<String, Object> jwk, String member) throws InvalidKeyException {
    return new BigInteger(1, bytes(jwk, member));
  }

  private static byte[] bytes(Map<String, Object> jwk, String member) throws InvalidKeyException {
    Object v = jwk.get(member);
    if (!(v instanceof String) || ((String) v).isEmpty()) {
      throw InvalidKeyException.of("member " + member + " is missing");
    }
    String s = (String) v;
    byte[] b = Base64Url.decode(s, 0, s.length());
    if (b == null) {
      throw InvalidKeyException.of("member " + member + " is not base64url");
    }
    return b;
  }
}
