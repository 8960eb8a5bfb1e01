package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.testing.FakeFetcher;
import io.github.cognitokit.tokens.testing.MutableClock;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import io.github.cognitokit.tokens.testing.Tokens.RawJson;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus of rejected tokens: each case names the exact exception type it must raise. */
class RejectedTokensTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final TestKeys RSA = TestKeys.rsa("rsa-1");
  static final TestKeys EC = TestKeys.ec("ec-1", "ES256");
  static final TestKeys EC384 = TestKeys.ec("ec-384", "ES384");
  static final TestKeys ATTACKER = TestKeys.rsa("rsa-1");
  static final TestKeys ENC = TestKeys.rsa("enc-1");
  static final TestKeys DUP_A = TestKeys.rsa("dup");
  static final TestKeys DUP_B = TestKeys.rsa("dup");
  static final TestKeys WEAK = TestKeys.rsa("weak", 1024, "RS256");
  static final TestKeys EC_NO_ALG = TestKeys.ec("ec-noalg", "ES256").withoutJwkAlg();

  static {
    ENC.use = "enc";
  }

  static final FakeFetcher FETCHER = new FakeFetcher(TestKeys.jwks(RSA, EC, EC384, ENC, DUP_A, DUP_B, WEAK,
      EC_NO_ALG));

  enum Config { ACCESS, ID, ACCESS_ADMINS, ACCESS_WRITE_SCOPE, ANY_CLIENT }

  static CognitoJwtVerifier verifier(Config config) {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID)
        .clientId(Tokens.CLIENT_ID).clock(new MutableClock(NOW)).fetcher(FETCHER).kidMissInterval(
            java.time.Duration.ZERO);
    return switch (config) {
      case ACCESS -> b.tokenUse(TokenUse.ACCESS).build();
      case ID -> b.tokenUse(TokenUse.ID).build();
      case ACCESS_ADMINS -> b.tokenUse(TokenUse.ACCESS).requireAnyGroup("superadmins").build();
      case ACCESS_WRITE_SCOPE -> b.tokenUse(TokenUse.ACCESS).requireAnyScope("rs/write").build();
      case ANY_CLIENT -> CognitoJwtVerifier.builder().userPool(p -> p.userPoolId(Tokens.POOL_ID).anyClientId())
          .tokenUse(TokenUse.ANY).clock(new MutableClock(NOW)).fetcher(FETCHER)
          .kidMissInterval(java.time.Duration.ZERO).build();
    };
  }

  static Tokens access() {
    return Tokens.access(RSA, NOW);
  }

  static String raw(String header, String payload, byte[] signature) {
    return TestKeys.b64(header) + "." + TestKeys.b64(payload) + "." + TestKeys.b64(signature);
  }

  static String withSignature(String jwt, byte[] signature) {
    return jwt.substring(0, jwt.lastIndexOf('.') + 1) + TestKeys.b64(signature);
  }

  static byte[] signature(String jwt) {
    return Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1));
  }

  static String hs256(String headerJson, String payloadJson, byte[] secret) {
    try {
      String input = TestKeys.b64(headerJson) + "." + TestKeys.b64(payloadJson);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + TestKeys.b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String derSignedEs256() {
    Tokens t = Tokens.access(EC, NOW);
    try {
      String input = TestKeys.b64(t.headerJson()) + "." + TestKeys.b64(t.payloadJson());
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initSign(EC.pair.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + TestKeys.b64(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Arguments c(String name, Config config, Class<? extends TokenVerificationException> type,
      Supplier<String> token) {
    return Arguments.of(name, config, type, token);
  }

  static Stream<Arguments> cases() {
    List<Arguments> l = new ArrayList<>();
    Config A = Config.ACCESS;
    Class<MalformedTokenException> M = MalformedTokenException.class;
    Class<UnsupportedAlgorithmException> U = UnsupportedAlgorithmException.class;
    Class<KeyNotFoundException> K = KeyNotFoundException.class;
    Class<InvalidSignatureException> S = InvalidSignatureException.class;
    String good = access().build();
    String[] seg = good.split("\\.");

    // Parsing
    l.add(c("empty string", A, M, () -> ""));
    l.add(c("one segment", A, M, () -> seg[0]));
    l.add(c("two segments", A, M, () -> seg[0] + "." + seg[1]));
    l.add(c("four segments", A, M, () -> good + "." + seg[2]));
    l.add(c("empty signature", A, M, () -> seg[0] + "." + seg[1] + "."));
    l.add(c("empty header", A, M, () -> "." + seg[1] + "." + seg[2]));
    l.add(c("padded header segment", A, M, () -> seg[0] + "=." + seg[1] + "." + seg[2]));
    l.add(c("whitespace inside", A, M, () -> seg[0] + ". " + seg[1] + "." + seg[2]));
    l.add(c("standard base64 alphabet", A, M, () -> seg[0] + "." + seg[1] + "." + seg[2].replace('-', '+')
        .replace('_', '/') + "+"));
    l.add(c("segment of length 1 mod 4", A, M, () -> seg[0] + "." + seg[1] + "A." + seg[2]));
    l.add(c("non-canonical trailing bits", A, M, () -> {
      String sig = TestKeys.b64(new byte[] {1, 2, 3, 4}); // "AQIDBA": 2 trailing chars, low 4 bits zero
      return seg[0] + "." + seg[1] + "." + sig.substring(0, sig.length() - 1) + "B";
    }));
    l.add(c("non-ASCII character", A, M, () -> seg[0] + "." + seg[1] + "é." + seg[2]));
    l.add(c("header not JSON", A, M, () -> raw("not json", access().payloadJson(), new byte[256])));
    l.add(c("header a JSON array", A, M, () -> raw("[1,2]", access().payloadJson(), new byte[256])));
    l.add(c("payload not JSON", A, M, () -> RSA.sign(access().headerJson(), "hello", "RS256")));
    l.add(c("payload a JSON number", A, M, () -> RSA.sign(access().headerJson(), "12345", "RS256")));
    l.add(c("payload a JSON string", A, M, () -> RSA.sign(access().headerJson(), "\"x\"", "RS256")));
    l.add(c("duplicate iss claim", A, M, () -> RSA.sign(access().headerJson(),
        access().payloadJson().replaceFirst("\\{", "{\"iss\":\"https://evil.example.com\","), "RS256")));
    l.add(c("duplicate alg header", A, M, () -> RSA.sign("{\"alg\":\"none\",\"alg\":\"RS256\",\"kid\":\"rsa-1\"}",
        access().payloadJson(), "RS256")));
    l.add(c("surrogate pair in the header", A, M, () -> seg[0].substring(0, 4) + "\ud83d\ude00"
        + seg[0].substring(4) + "." + seg[1] + "." + seg[2]));
    l.add(c("surrogate pair replacing a dot's neighbour", A, M, () -> seg[0] + "\ud83d\ude00." + seg[1] + "."
        + seg[2]));
    l.add(c("Latin-1 letter in the signature", A, M, () -> seg[0] + "." + seg[1] + ".\u00e9" + seg[2].substring(1)));
    l.add(c("character above U+00FF in the payload", A, M, () -> seg[0] + "." + seg[1].substring(0, 5) + "\u0141"
        + seg[1].substring(6) + "." + seg[2]));
    l.add(c("invalid UTF-8 in payload", A, M, () -> TestKeys.b64(access().headerJson()) + "."
        + TestKeys.b64(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}) + "." + seg[2]));
    l.add(c("trailing content after payload", A, M, () -> RSA.sign(access().headerJson(),
        access().payloadJson() + "}", "RS256")));
    l.add(c("trailing comma in payload", A, M, () -> RSA.sign(access().headerJson(),
        access().payloadJson().replaceFirst("}$", ",}"), "RS256")));
    l.add(c("leading zero number", A, M, () -> RSA.sign(access().headerJson(),
        access().payloadJson().replaceFirst("\"version\":2", "\"version\":02"), "RS256")));
    l.add(c("lone surrogate escape", A, M, () -> access().claim("x", new RawJson("\"\\ud800\"")).build()));
    l.add(c("nesting 40 levels deep", A, M, () -> access().claim("deep",
        new RawJson("[".repeat(40) + "]".repeat(40))).build()));
    l.add(c("token over the 16 KiB limit", A, M, () -> access().claim("pad", "x".repeat(17_000)).build()));
    l.add(c("crit header", A, M, () -> access().header("crit", List.of("exp")).header("exp", 1).build()));
    l.add(c("kid a number", A, M, () -> access().header("kid", 7).build()));
    l.add(c("exp a string", A, M, () -> access().claim("exp", String.valueOf(NOW.getEpochSecond() + 60)).build()));
    l.add(c("iat a boolean", A, M, () -> access().claim("iat", true).build()));
    l.add(c("iss a number", A, M, () -> access().claim("iss", 12).build()));
    l.add(c("iss missing", A, M, () -> access().without("iss").build()));
    l.add(c("aud a number", Config.ID, M, () -> Tokens.id(RSA, NOW).claim("aud", 5).build()));
    l.add(c("aud array with a number", Config.ID, M, () -> Tokens.id(RSA, NOW)
        .claim("aud", List.of(Tokens.CLIENT_ID, 5)).build()));
    l.add(c("groups a string", A, M, () -> access().claim("cognito:groups", "admins").build()));
    l.add(c("scope an array", A, M, () -> access().claim("scope", List.of("openid")).build()));
    l.add(c("token_use a number", A, M, () -> access().claim("token_use", 1).build()));
    l.add(c("client_id a list", A, M, () -> access().claim("client_id", List.of(Tokens.CLIENT_ID)).build()));

    // Algorithms
    l.add(c("alg none", A, U, () -> access().header("alg", "none").build()));
    l.add(c("alg HS256 with the public key as secret", A, U, () -> hs256(access().header("alg", "HS256")
        .headerJson(), access().payloadJson(), RSA.pair.getPublic().getEncoded())));
    l.add(c("alg PS256", A, U, () -> access().header("alg", "PS256").build()));
    l.add(c("alg EdDSA", A, U, () -> access().header("alg", "EdDSA").build()));
    l.add(c("alg missing", A, U, () -> access().withoutHeader("alg").build()));
    l.add(c("alg a number", A, U, () -> access().header("alg", 256).build()));
    l.add(c("alg lower case", A, U, () -> access().header("alg", "rs256").build()));
    l.add(c("RS256 header on an EC key", A, U, () -> access().header("kid", "ec-1").build()));
    l.add(c("RS256 header on an EC key without alg", A, U, () -> access().header("kid", "ec-noalg").build()));
    l.add(c("ES256 header on an RSA key", A, U, () -> Tokens.access(EC, NOW).header("kid", "rsa-1").build()));
    l.add(c("ES384 header on a P-256 key", A, U, () -> Tokens.access(EC384, NOW).header("kid", "ec-noalg")
        .build()));
    l.add(c("RS384 header on a key that says RS256", A, U, () -> access().header("alg", "RS384")
        .signWith(RSA, "RS384").build()));

    // Keys
    l.add(c("kid missing", A, K, () -> access().withoutHeader("kid").build()));
    l.add(c("kid empty", A, K, () -> access().header("kid", "").build()));
    l.add(c("kid unknown", A, K, () -> access().header("kid", "nope").build()));
    l.add(c("kid of an encryption key", A, K, () -> access().header("kid", "enc-1").signWith(ENC, "RS256")
        .build()));
    l.add(c("kid naming two different keys", A, K, () -> access().header("kid", "dup").signWith(DUP_A, "RS256")
        .build()));
    l.add(c("kid of a 1024-bit RSA key", A, K, () -> access().header("kid", "weak").signWith(WEAK, "RS256")
        .build()));

    // Signatures
    l.add(c("one signature byte flipped", A, S, () -> {
      byte[] sig = signature(good);
      sig[10] ^= 0x01;
      return withSignature(good, sig);
    }));
    l.add(c("signed by another key under the same kid", A, S, () -> access().signWith(ATTACKER, "RS256")
        .build()));
    l.add(c("payload changed after signing", A, S, () -> {
      String forged = TestKeys.b64(access().claim("cognito:groups", List.of("superadmins")).payloadJson());
      return seg[0] + "." + forged + "." + seg[2];
    }));
    l.add(c("RSA signature truncated", A, S, () -> withSignature(good, java.util.Arrays.copyOf(signature(good),
        255))));
    l.add(c("RSA signature of zeros", A, S, () -> withSignature(good, new byte[256])));
    l.add(c("ES256 signature of 63 bytes", A, S, () -> {
      String jwt = Tokens.access(EC, NOW).build();
      return withSignature(jwt, java.util.Arrays.copyOf(signature(jwt), 63));
    }));
    l.add(c("ES256 signature of 65 bytes", A, S, () -> {
      String jwt = Tokens.access(EC, NOW).build();
      return withSignature(jwt, java.util.Arrays.copyOf(signature(jwt), 65));
    }));
    l.add(c("ES256 signature in DER form", A, S, RejectedTokensTest::derSignedEs256));
    l.add(c("ES256 signature of zeros", A, S, () -> withSignature(Tokens.access(EC, NOW).build(), new byte[64])));
    l.add(c("jku header to the attacker's keys", A, S, () -> access().header("jku", "https://evil.example.com/k")
        .signWith(ATTACKER, "RS256").build()));
    l.add(c("embedded jwk header of the attacker", A, S, () -> access()
        .header("jwk", new RawJson(ATTACKER.jwk())).signWith(ATTACKER, "RS256").build()));
    l.add(c("x5u header", A, S, () -> access().header("x5u", "https://evil.example.com/cert")
        .signWith(ATTACKER, "RS256").build()));

    // Claims
    l.add(c("expired now", A, TokenExpiredException.class, () -> access().claim("exp", NOW.getEpochSecond())
        .build()));
    l.add(c("expired long ago", A, TokenExpiredException.class, () -> access().claim("exp", 1000).build()));
    l.add(c("exp missing", A, TokenExpiredException.class, () -> access().without("exp").build()));
    l.add(c("nbf in the future", A, TokenNotYetValidException.class, () -> access()
        .claim("nbf", NOW.getEpochSecond() + 10).build()));
    l.add(c("iat in the future", A, TokenNotYetValidException.class, () -> access()
        .claim("iat", NOW.getEpochSecond() + 10).build()));
    l.add(c("issuer of another pool", A, InvalidIssuerException.class, () -> access()
        .claim("iss", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other").build()));
    l.add(c("issuer with a trailing slash", A, InvalidIssuerException.class, () -> access()
        .claim("iss", Tokens.ISSUER + "/").build()));
    l.add(c("issuer over http", A, InvalidIssuerException.class, () -> access()
        .claim("iss", Tokens.ISSUER.replace("https", "http")).build()));
    l.add(c("token_use missing", A, InvalidTokenUseException.class, () -> access().without("token_use").build()));
    l.add(c("token_use null", A, InvalidTokenUseException.class, () -> access().claim("token_use", null).build()));
    l.add(c("token_use refresh", A, InvalidTokenUseException.class, () -> access().claim("token_use", "refresh")
        .build()));
    l.add(c("ID token where access is required", A, InvalidTokenUseException.class, () -> Tokens.id(RSA, NOW)
        .build()));
    l.add(c("access token where ID is required", Config.ID, InvalidTokenUseException.class, () -> access()
        .build()));
    l.add(c("client_id of another client", A, InvalidClientException.class, () -> access()
        .claim("client_id", "other").build()));
    l.add(c("client_id missing", A, InvalidClientException.class, () -> access().without("client_id").build()));
    // A verified CognitoToken always has sub and a client id, even where any client is accepted.
    l.add(c("sub missing", A, M, () -> access().without("sub").build()));
    l.add(c("sub empty", A, M, () -> access().claim("sub", "").build()));
    l.add(c("client_id missing, any client accepted", Config.ANY_CLIENT, InvalidClientException.class,
        () -> access().without("client_id").build()));
    l.add(c("ID token aud empty, any client accepted", Config.ANY_CLIENT, InvalidClientException.class,
        () -> Tokens.id(RSA, NOW).claim("aud", List.of()).build()));
    l.add(c("ID token aud of another client", Config.ID, InvalidClientException.class, () -> Tokens.id(RSA, NOW)
        .claim("aud", "other").build()));
    l.add(c("ID token aud array without the client", Config.ID, InvalidClientException.class, () -> Tokens
        .id(RSA, NOW).claim("aud", List.of("a", "b")).build()));
    l.add(c("ID token aud missing", Config.ID, InvalidClientException.class, () -> Tokens.id(RSA, NOW)
        .without("aud").build()));
    l.add(c("not in the required group", Config.ACCESS_ADMINS, MissingGroupException.class, () -> access()
        .build()));
    l.add(c("no groups claim", Config.ACCESS_ADMINS, MissingGroupException.class, () -> access()
        .without("cognito:groups").build()));
    l.add(c("lacks the required scope", Config.ACCESS_WRITE_SCOPE, MissingScopeException.class, () -> access()
        .build()));
    l.add(c("scope claim missing", Config.ACCESS_WRITE_SCOPE, MissingScopeException.class, () -> access()
        .without("scope").build()));
    l.add(c("scope differing only in case", Config.ACCESS_WRITE_SCOPE, MissingScopeException.class, () -> access()
        .claim("scope", "RS/WRITE").build()));
    return l.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verify_rejects(String name, Config config, Class<? extends TokenVerificationException> type,
      Supplier<String> token) {
    String jwt = token.get();
    CognitoJwtVerifier verifier = verifier(config);

    assertThatThrownBy(() -> verifier.verify(jwt))
        .isExactlyInstanceOf(type)
        .satisfies(e -> {
          String message = e.getMessage();
          assertThat(message).isNotBlank();
          int dot = jwt.lastIndexOf('.');
          if (dot > 0 && jwt.length() - dot > 8) {
            assertThat(message).doesNotContain(jwt.substring(dot + 1));
          }
          if (jwt.length() > 40) {
            assertThat(message).doesNotContain(jwt);
          }
          assertThat(((TokenVerificationException) e).reason()).isNotNull();
        });
  }

  @Test
  void corpus_coversAtLeastFiftyCases_andEveryFailureType() {
    List<Arguments> all = cases().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(50);
    assertThat(all.stream().map(a -> a.get()[2]).distinct().toList()).hasSize(11);
  }

  @Test
  void jkuHeader_isNeverFetched() {
    FakeFetcher fetcher = new FakeFetcher(TestKeys.jwks(RSA));
    CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ACCESS).clock(new MutableClock(NOW))
        .fetcher(uri -> {
          assertThat(uri.toString()).doesNotContain("evil");
          return fetcher.fetch(uri);
        }).build();
    String jwt = access().header("jku", "https://evil.example.com/k").build();
    assertThat(verifier.verify(jwt).subject()).isNotNull();
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void claimErrors_nameTheClaimAndTheExpectedValue() {
    assertThatThrownBy(() -> verifier(Config.ACCESS).verify(access().claim("client_id", "other").build()))
        .isInstanceOfSatisfying(InvalidClientException.class, e -> {
          assertThat(e.claim()).isEqualTo("client_id");
          assertThat(e.expected()).isEqualTo(Tokens.CLIENT_ID);
          assertThat(e.reason()).isEqualTo(TokenVerificationException.Reason.CLIENT);
        });
    assertThatThrownBy(() -> verifier(Config.ACCESS).verify(access().claim("exp", 1000).build()))
        .isInstanceOfSatisfying(TokenExpiredException.class, e -> assertThat(e.claim()).isEqualTo("exp"));
  }
}
