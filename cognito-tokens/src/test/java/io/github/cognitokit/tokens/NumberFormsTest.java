package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.internal.Json;
import io.github.cognitokit.tokens.testing.AlbTokens;
import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.PemKeyServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of JSON number (RFC 8259 section 6: sign, integer part, fraction, exponent with and without sign, at and
 * past every limit) in the header and the payload, at the top level and nested, through both verifiers, in tokens
 * signed with the right key. A number is either accepted, and the token verifies, or the token is refused as
 * malformed: never any other exception (a raw {@code NumberFormatException} escaped both verifiers before).
 */
class NumberFormsTest {
  static final TestKeys RSA = TestKeys.rsa("num-rsa");
  static final TestKeys ALB_KEY = TestKeys.ec("unused", "ES256");
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final String ALB_KID = "6a1c9a7e-0d1f-4e68-b2f3-8c0b5f2d9e41";
  static CognitoJwtVerifier jwt;
  static AlbJwtVerifier alb;

  @BeforeAll
  static void verifiers() {
    jwt = CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(new MutableClock(NOW)).fetcher(new FakeFetcher(TestKeys.jwks(RSA)))
        .build();
    alb = AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId(AlbTokens.CLIENT).clock(new MutableClock(NOW))
        .fetcher(uri -> { throw new AssertionError("no fetch expected: the key is preloaded"); }).build();
    alb.preload(AlbTokens.ARN, ALB_KID, PemKeyServer.pem(ALB_KEY.pair.getPublic()));
  }

  /** Every combination of the parts of a JSON number's grammar, with values at and past the parser's limits. */
  static List<String> numbers() {
    List<String> signs = List.of("", "-");
    List<String> integers = List.of("0", "123456789", "9".repeat(19), "1" + "0".repeat(Json.MAX_NUMBER_LENGTH - 2),
        "1" + "0".repeat(Json.MAX_NUMBER_LENGTH), "1".repeat(1000));
    List<String> fractions = List.of("", ".5", "." + "9".repeat(40));
    List<String> exponents = List.of("", "e0", "E+1", "e-1", "e309", "e-400", "E+0000000001", "e9999999999",
        "e-2147483648", "e2147483648", "e-2147483649", "e" + "9".repeat(70));
    List<String> out = new ArrayList<>();
    for (String s : signs) {
      for (String i : integers) {
        for (String f : fractions) {
          for (String e : exponents) {
            out.add(s + i + f + e);
          }
        }
      }
    }
    return out;
  }

  /** What the parser must do with a number: its value, or null if the token must be refused as malformed. */
  static Object expected(String number) {
    if (number.length() > Json.MAX_NUMBER_LENGTH) {
      return null;
    }
    if (number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0) {
      BigInteger big = new BigInteger(number);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    double d;
    try {
      d = new java.math.BigDecimal(number).doubleValue();
    } catch (NumberFormatException e) {
      // An exponent beyond an int: zero stays zero, a positive exponent overflows, a negative one underflows.
      int ePos = Math.max(number.indexOf('e'), number.indexOf('E'));
      String mantissa = number.substring(0, ePos);
      boolean zero = new java.math.BigDecimal(mantissa).signum() == 0;
      boolean negativeExponent = number.charAt(ePos + 1) == '-';
      if (zero || negativeExponent) {
        d = number.startsWith("-") ? -0.0 : 0.0;
      } else {
        return null;
      }
    }
    if (d == 0 && number.startsWith("-")) {
      d = -0.0; // IEEE 754 keeps the sign of zero; BigDecimal has no negative zero
    }
    return Double.isInfinite(d) ? null : d;
  }

  /** Top level, inside an array, inside an object. */
  static Stream<Function<String, Object>> placements() {
    return Stream.of(Tokens.RawJson::new, n -> List.of(new Tokens.RawJson(n)),
        n -> Map.of("inner", new Tokens.RawJson(n)));
  }

  /** A token with the value as claim {@code n}, in the header if {@code header}, else in the payload. */
  interface Minter {
    String mint(boolean header, Object value);
  }

  /**
   * Every number in every placement, the placements alternating between header and payload over the numbers: each
   * token verifies (and a top-level payload number reads back as {@link #expected}) or is malformed.
   */
  static void everyNumberForm(Minter mint, Function<String, Map<String, Object>> verify) {
    int accepted = 0;
    int malformed = 0;
    List<Function<String, Object>> places = placements().toList();
    for (String n : numbers()) {
      Object want = expected(n);
      for (int p = 0; p < places.size(); p++) {
        boolean header = (p + n.length()) % 2 == 0;
        String token = mint.mint(header, places.get(p).apply(n));
        if (want == null) {
          assertThatThrownBy(() -> verify.apply(token)).as(n).isInstanceOf(MalformedTokenException.class);
          malformed++;
        } else {
          Map<String, Object> claims = verify.apply(token);
          if (p == 0 && !header) {
            assertThat(claims.get("n")).as(n).isEqualTo(want);
          }
          accepted++;
        }
      }
    }
    assertThat(accepted).isPositive();
    assertThat(malformed).isPositive();
  }

  @Test
  void everyNumberForm_inTheJwtPayloadAndHeader_isAcceptedOrMalformed() {
    everyNumberForm((header, value) -> header ? Tokens.access(RSA, NOW).header("n", value).build()
        : Tokens.access(RSA, NOW).claim("n", value).build(), token -> jwt.verify(token).claims());
  }

  @Test
  void everyNumberForm_inTheAlbPayloadAndHeader_isAcceptedOrMalformed() {
    everyNumberForm((header, value) -> header ? AlbTokens.of(ALB_KEY.pair, ALB_KID, NOW).header("n", value).build()
        : AlbTokens.of(ALB_KEY.pair, ALB_KID, NOW).claim("n", value).build(), token -> alb.verify(token).claims());
  }

  @ParameterizedTest
  @MethodSource("reviewedInputs")
  void theReviewedInputs_areMalformed_withoutASignature(String number) {
    // Unsigned: the parser refuses them before any key or signature is looked at.
    String header = TestKeys.b64("{\"alg\":\"RS256\",\"kid\":\"num-rsa\",\"n\":" + number + "}");
    String payload = TestKeys.b64("{\"iss\":\"" + Tokens.ISSUER + "\",\"n\":{\"x\":[" + number + "]}}");
    String good = TestKeys.b64("{\"alg\":\"RS256\",\"kid\":\"num-rsa\"}");
    assertThatThrownBy(() -> jwt.verify(header + "." + TestKeys.b64("{}") + ".c2ln"))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> jwt.verify(good + "." + payload + ".c2ln"))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("number");
    String albToken = java.util.Base64.getUrlEncoder().encodeToString(("{\"alg\":\"ES256\",\"kid\":\""
        + UUID.randomUUID() + "\",\"n\":" + number + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + ".e30=.c2ln";
    assertThatThrownBy(() -> alb.verify(albToken)).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("number");
  }

  static Stream<String> reviewedInputs() {
    return Stream.of("1e9999999999", "1e99999999999999999999", "-1e9999999999", "1" + "0".repeat(5000),
        "0." + "1".repeat(100));
  }

  @Test
  void theReviewedScaleInput_parsesAsZero() throws Exception {
    // 0.1e-2147483648 is a valid JSON number: it underflows to zero, as in every IEEE 754 parser.
    assertThat(Json.parseObject("{\"n\":0.1e-2147483648}")).containsEntry("n", 0.0);
  }
}
