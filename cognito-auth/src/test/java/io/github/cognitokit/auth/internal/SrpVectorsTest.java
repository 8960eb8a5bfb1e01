package io.github.cognitokit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks our SRP math against vectors computed by AWS's own JavaScript client, amazon-cognito-identity-js 6.3.21
 * (generator and pinned version beside the vectors: {@code src/test/resources/srp/}). The library was driven through
 * its public {@code CognitoUser.authenticateUser} and {@code getDeviceResponse} with a fixed {@code a}, clock and
 * challenge, so each vector is what that client would send to Cognito.
 */
class SrpVectorsTest {
  private static Map<String, Object> vectors;

  private static synchronized Map<String, Object> vectors() throws Exception {
    if (vectors == null) {
      try (InputStream in = SrpVectorsTest.class.getResourceAsStream("/srp/srp-vectors.json")) {
        vectors = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return vectors;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> user() throws Exception {
    return (List<Map<String, Object>>) vectors().get("user");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> deviceAuth() throws Exception {
    return (List<Map<String, Object>>) vectors().get("deviceAuth");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> deviceVerifiers() throws Exception {
    return (List<Map<String, Object>>) vectors().get("deviceVerifiers");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> expected(Map<String, Object> v) {
    return (Map<String, Object>) v.get("expected");
  }

  private static String s(Map<String, Object> v, String key) {
    return (String) v.get(key);
  }

  @ParameterizedTest
  @MethodSource("user")
  void userSignInMatchesAwsJavaScriptClient(Map<String, Object> v) {
    Map<String, Object> want = expected(v);
    String pool = s(v, "poolId").substring(s(v, "poolId").indexOf('_') + 1);
    Srp.Ephemeral e = Srp.ephemeral(new BigInteger(s(v, "smallA"), 16));
    assertThat(e.publicHex()).isEqualTo(want.get("SRP_A"));
    assertThat(Srp.K.toString(16)).isEqualTo(want.get("k"));

    byte[] key = Srp.passwordKey(e, pool, s(v, "userIdForSrp"), s(v, "password"),
        Srp.hex(s(v, "srpB"), "SRP_B"), Srp.hex(s(v, "salt"), "SALT"));
    assertThat(HexFormat.of().formatHex(key)).isEqualTo(want.get("hkdf"));

    String timestamp = Srp.timestamp(Instant.parse(s(v, "now")));
    assertThat(timestamp).isEqualTo(want.get("TIMESTAMP"));
    String signature = Srp.signature(key, pool, s(v, "userIdForSrp"),
        Base64.getDecoder().decode(s(v, "secretBlock")), timestamp);
    assertThat(signature).isEqualTo(want.get("PASSWORD_CLAIM_SIGNATURE"));
    assertThat(want.get("USERNAME")).as("the claim names the internal user, not the alias typed")
        .isEqualTo(v.get("userIdForSrp"));
  }

  @ParameterizedTest
  @MethodSource("deviceAuth")
  void deviceSignInMatchesAwsJavaScriptClient(Map<String, Object> v) {
    Map<String, Object> want = expected(v);
    Srp.Ephemeral e = Srp.ephemeral(new BigInteger(s(v, "smallA"), 16));
    assertThat(e.publicHex()).isEqualTo(want.get("SRP_A"));
    byte[] key = Srp.passwordKey(e, s(v, "deviceGroupKey"), s(v, "deviceKey"), s(v, "randomPassword"),
        Srp.hex(s(v, "srpB"), "SRP_B"), Srp.hex(s(v, "salt"), "SALT"));
    String timestamp = Srp.timestamp(Instant.parse(s(v, "now")));
    assertThat(Srp.signature(key, s(v, "deviceGroupKey"), s(v, "deviceKey"),
        Base64.getDecoder().decode(s(v, "secretBlock")), timestamp)).isEqualTo(want.get("PASSWORD_CLAIM_SIGNATURE"));
  }

  @ParameterizedTest
  @MethodSource("deviceVerifiers")
  void deviceVerifierMatchesAwsJavaScriptClient(Map<String, Object> v) {
    byte[] verifier = Srp.verifier(s(v, "deviceGroupKey"), s(v, "deviceKey"), s(v, "randomPassword"),
        new BigInteger(s(v, "salt"), 16));
    assertThat(HexFormat.of().formatHex(verifier)).isEqualTo(v.get("verifier"));
  }

  @Test
  void theVectorsCoverTheEncodingEdges() throws Exception {
    List<Map<String, Object>> all = user();
    assertThat(all).anySatisfy(v -> assertThat(s(v, "salt")).matches("^[89a-f].*"));   // needs a leading 0x00
    assertThat(all).anySatisfy(v -> assertThat(s(v, "salt")).startsWith("00"));         // leading zero dropped
    assertThat(all).anySatisfy(v -> assertThat(s(v, "srpB")).hasSize(768).matches("^[89a-f].*"));
    assertThat(all).anySatisfy(v -> assertThat(s(v, "srpB")).matches("^[0-7].*"));
    assertThat(all).anySatisfy(v -> assertThat((String) expected(v).get("u")).hasSize(64).matches("^[89a-f].*"));
    assertThat(all).anySatisfy(v -> assertThat((String) expected(v).get("TIMESTAMP")).matches("\\w{3} \\w{3} \\d "
        + ".*"));                                                                         // day 1-9, not padded
    assertThat(all).anySatisfy(v -> assertThat(s(v, "password")).matches(".*[^\\x00-\\x7f].*"));
  }

  @Test
  void timestampIsUsEnglishUtcWithUnpaddedDay() {
    assertThat(Srp.timestamp(Instant.parse("2026-12-05T03:04:05Z"))).isEqualTo("Sat Dec 5 03:04:05 UTC 2026");
    assertThat(Srp.timestamp(Instant.parse("2026-12-25T23:04:05Z"))).isEqualTo("Fri Dec 25 23:04:05 UTC 2026");
  }

  @Test
  void refusesAServerValueThatIsAMultipleOfN() {
    Srp.Ephemeral e = Srp.ephemeral(new SecureRandom());
    for (BigInteger b : List.of(BigInteger.ZERO, Srp.N, Srp.N.shiftLeft(1))) {
      assertThatThrownBy(() -> Srp.passwordKey(e, "pool", "user", "pw", b, BigInteger.TEN))
          .isInstanceOf(Srp.SrpException.class).hasMessage("SRP_B is a multiple of N");
    }
  }

  @Test
  void refusesParametersThatAreNotHex() {
    assertThatThrownBy(() -> Srp.hex("12g4", "SALT")).isInstanceOf(Srp.SrpException.class)
        .hasMessage("SALT is not hexadecimal");
    assertThatThrownBy(() -> Srp.hex(null, "SRP_B")).isInstanceOf(Srp.SrpException.class)
        .hasMessage("SRP_B is missing or too long");
    assertThatThrownBy(() -> Srp.hex("-1", "SRP_B")).isInstanceOf(Srp.SrpException.class)
        .hasMessage("SRP_B is not hexadecimal");
    assertThatThrownBy(() -> Srp.ephemeral(BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void freshDeviceVerifierMatchesItsOwnPasswordAndHidesIt() {
    Srp.DeviceVerifier d = Srp.deviceVerifier("-group", "us-east-1_device", new SecureRandom());
    assertThat(Base64.getDecoder().decode(d.password())).hasSize(40);
    assertThat(d.verifier()).isEqualTo(Srp.verifier("-group", "us-east-1_device", d.password(),
        new BigInteger(d.salt())));
    assertThat(d.toString()).doesNotContain(d.password());
    assertThat(Srp.ephemeral(new SecureRandom()).toString()).isEqualTo("Srp.Ephemeral[a=***]");
  }
}
