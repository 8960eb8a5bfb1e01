package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ECDSA scalar range check that runs before any provider (CVE-2022-21449: r = s = 0 passed on old JDKs). */
class JwsAlgorithmTest {
  static BigInteger jdkOrder(JwsAlgorithm alg) throws Exception {
    String curve = switch (alg) {
      case ES256 -> "secp256r1";
      case ES384 -> "secp384r1";
      default -> "secp521r1";
    };
    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
    p.init(new ECGenParameterSpec(curve));
    return p.getParameterSpec(ECParameterSpec.class).getOrder();
  }

  static byte[] signature(JwsAlgorithm alg, BigInteger r, BigInteger s) {
    int half = alg.signatureLength() / 2;
    byte[] out = new byte[alg.signatureLength()];
    put(out, 0, half, r);
    put(out, half, half, s);
    return out;
  }

  static void put(byte[] out, int from, int length, BigInteger v) {
    byte[] b = v.toByteArray();
    int skip = b.length > length ? b.length - length : 0; // a sign byte
    System.arraycopy(b, skip, out, from + length - (b.length - skip), b.length - skip);
  }

  @ParameterizedTest
  @EnumSource(value = JwsAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void curveOrder_isTheJdksOrder(JwsAlgorithm alg) throws Exception {
    assertThat(alg.curveOrder()).isEqualTo(jdkOrder(alg));
  }

  @ParameterizedTest
  @EnumSource(value = JwsAlgorithm.class, names = {"ES256", "ES384", "ES512"})
  void scalars_mustLieBetweenOneAndOrderMinusOne(JwsAlgorithm alg) {
    BigInteger n = alg.curveOrder();
    BigInteger one = BigInteger.ONE;
    assertThat(alg.scalarsInRange(signature(alg, one, one))).isTrue();
    assertThat(alg.scalarsInRange(signature(alg, n.subtract(one), n.subtract(one)))).isTrue();
    assertThat(alg.scalarsInRange(new byte[alg.signatureLength()])).as("r = s = 0").isFalse();
    assertThat(alg.scalarsInRange(signature(alg, BigInteger.ZERO, one))).as("r = 0").isFalse();
    assertThat(alg.scalarsInRange(signature(alg, one, BigInteger.ZERO))).as("s = 0").isFalse();
    assertThat(alg.scalarsInRange(signature(alg, n, one))).as("r = n").isFalse();
    assertThat(alg.scalarsInRange(signature(alg, one, n))).as("s = n").isFalse();
    byte[] ones = new byte[alg.signatureLength()];
    Arrays.fill(ones, (byte) 0xff);
    assertThat(alg.scalarsInRange(ones)).as("r, s > n").isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = JwsAlgorithm.class, names = {"RS256", "RS384", "RS512"})
  void rsa_hasNoScalars(JwsAlgorithm alg) {
    assertThat(alg.curveOrder()).isNull();
    assertThat(alg.scalarsInRange(new byte[256])).isTrue();
  }
}
