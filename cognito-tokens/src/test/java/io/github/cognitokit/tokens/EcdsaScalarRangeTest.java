package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.testing.AlbTokens;
import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.PemKeyServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SignatureSpi;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * ECDSA signatures whose r or s is 0 or at least the curve order are refused by the library itself, before any
 * provider sees them: JDKs 17.0.0 to 17.0.2 accepted r = s = 0 for any message (CVE-2022-21449). The JWT path is
 * run with a provider that accepts every signature, as those JDKs did for zeros, so only our check can refuse.
 */
class EcdsaScalarRangeTest {
  static final TestKeys EC = TestKeys.ec("ec-zero", "ES256");
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  /** A provider whose ECDSA says yes to everything. */
  static final class AcceptAll extends Provider {
    AcceptAll() {
      super("AcceptAll", "1", "accepts every ECDSA signature");
      put("Signature.SHA256withECDSAinP1363Format", Yes.class.getName());
    }
  }

  /** Accepts any signature. */
  public static final class Yes extends SignatureSpi {
    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {}

    @Override
    protected void engineInitSign(PrivateKey privateKey) {}

    @Override
    protected void engineUpdate(byte b) {}

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {}

    @Override
    protected byte[] engineSign() {
      return new byte[0];
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) {
      return true;
    }

    @Override
    @SuppressWarnings("deprecation")
    protected void engineSetParameter(String param, Object value) {}

    @Override
    @SuppressWarnings("deprecation")
    protected Object engineGetParameter(String param) {
      return null;
    }
  }

  static String withSignature(String jwt, byte[] signature) {
    return jwt.substring(0, jwt.lastIndexOf('.') + 1) + TestKeys.b64(signature);
  }

  @Test
  void zeroAndOutOfRangeScalars_areRefusedBeforeTheProvider() {
    CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(new MutableClock(NOW)).fetcher(new FakeFetcher(TestKeys.jwks(EC)))
        .signatureProvider(new AcceptAll()).build();
    String jwt = Tokens.access(EC, NOW).build();
    assertThat(verifier.verify(jwt)).as("the accept-all provider is really used").isNotNull();

    byte[] zeros = new byte[64];
    byte[] rIsN = new byte[64];
    System.arraycopy(java.util.HexFormat.of().parseHex(
        "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), 0, rIsN, 0, 32);
    rIsN[63] = 1;
    byte[] sIsZero = new byte[64];
    sIsZero[31] = 1;
    for (byte[] bad : new byte[][] {zeros, rIsN, sIsZero}) {
      String forged = withSignature(Tokens.access(EC, NOW).claim("username", "mallory").build(), bad);
      assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidSignatureException.class);
    }
  }

  @Test
  void albTokens_withZeroScalars_areInvalidSignatures() {
    TestKeys key = TestKeys.ec("unused", "ES256");
    String kid = "0d7e8f4a-1b2c-4d3e-8f9a-0b1c2d3e4f5a";
    AlbJwtVerifier alb = AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId(AlbTokens.CLIENT)
        .clock(new MutableClock(NOW)).fetcher(uri -> { throw new AssertionError("preloaded"); }).build();
    alb.preload(AlbTokens.ARN, kid, PemKeyServer.pem(key.pair.getPublic()));
    String jwt = AlbTokens.of(key.pair, kid, NOW).build();
    assertThat(alb.verify(jwt)).isNotNull();
    String zeroed = jwt.substring(0, jwt.lastIndexOf('.') + 1)
        + java.util.Base64.getUrlEncoder().encodeToString(new byte[64]);
    assertThatThrownBy(() -> alb.verify(zeroed)).isInstanceOf(InvalidSignatureException.class);
  }
}
