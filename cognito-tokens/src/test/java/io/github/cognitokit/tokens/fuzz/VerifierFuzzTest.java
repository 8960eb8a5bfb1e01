package io.github.cognitokit.tokens.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import io.github.cognitokit.tokens.internal.JwkSetParser;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Fuzz tests of the verifier and the key-set parser. In CI they run in regression mode over the committed seeds in
 * {@code src/test/resources/.../fuzz/VerifierFuzzTestInputs}; {@code JAZZER_FUZZ=1 ./mvnw -B -pl cognito-tokens test
 * -Dtest='*FuzzTest'} runs them as coverage-guided fuzzing (for {@code maxDuration}). Any outcome other than a
 * {@link TokenVerificationException}, or a token accepted without a genuine signature of a served key, fails.
 */
class VerifierFuzzTest {
  // Fixed keys, kids, tokens and clock: the same bytes on every run, so any finding replays.
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final TestKeys RSA = TestKeys.rsa("rsa-1", 2026_11_22L);
  static final TestKeys EC = TestKeys.ec("ec-1", "ES256", 2026_11_23L);
  static final String JWKS = TestKeys.jwks(RSA, EC);
  static final CognitoJwtVerifier VERIFIER = verifier();
  static final String VALID_RSA = Tokens.access(RSA, NOW).build();
  static final String VALID_EC = Tokens.access(EC, NOW).build();

  static CognitoJwtVerifier verifier() {
    CognitoJwtVerifier v = CognitoJwtVerifier.builder().userPoolId(Tokens.POOL_ID).clientId(Tokens.CLIENT_ID)
        .tokenUse(TokenUse.ANY).clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
        .fetcher(uri -> JWKS.getBytes(StandardCharsets.UTF_8)).build();
    v.preload(JWKS);
    return v;
  }

  static void verifyExpectingOnlyDocumentedOutcomes(String token) {
    CognitoToken accepted;
    try {
      accepted = VERIFIER.verify(token);
    } catch (TokenVerificationException expected) {
      return;
    }
    boolean genuine = accepted.keyId().equals("rsa-1") && Oracle.signedBy(token, RSA, TestKeys.jca(accepted
        .algorithm()), false) || accepted.keyId().equals("ec-1") && Oracle.signedBy(token, EC, TestKeys.jca(accepted
        .algorithm()), false);
    assertThat(genuine).as("accepted a token without a genuine signature of a served key").isTrue();
  }

  @DictionaryFile(resourcePath = "/io/github/cognitokit/tokens/fuzz/json-edges.dict")
  @FuzzTest(maxDuration = "2m")
  void verify_arbitraryStrings(FuzzedDataProvider data) {
    verifyExpectingOnlyDocumentedOutcomes(data.consumeRemainingAsString());
  }

  @DictionaryFile(resourcePath = "/io/github/cognitokit/tokens/fuzz/json-edges.dict")
  @FuzzTest(maxDuration = "2m")
  void verify_mutatedGenuineTokens(FuzzedDataProvider data) {
    String base = data.consumeBoolean() ? VALID_RSA : VALID_EC;
    verifyExpectingOnlyDocumentedOutcomes(Mutations.mutate(base, data));
  }

  @FuzzTest(maxDuration = "1m")
  void jwksParser_arbitraryBytes(FuzzedDataProvider data) {
    try {
      JwkSetParser.parse(data.consumeRemainingAsBytes());
    } catch (JwkSetParser.InvalidKeySetException expected) {
      // the documented failure
    }
  }
}
