package io.github.cognitokit.tokens.fuzz;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tests' structured mutations, run many times from a fixed seed on every build: bounded, repeatable, and
 * independent of the fuzzing engine.
 */
class MutationPropertyTest {
  @Test
  void verify_twentyThousandMutatedTokens_neverAcceptAForgery_norThrowAnythingElse() {
    Random random = new Random(20261122L);
    for (int i = 0; i < 20_000; i++) {
      String base = random.nextBoolean() ? VerifierFuzzTest.VALID_RSA : VerifierFuzzTest.VALID_EC;
      String mutated = Mutations.mutate(base, Mutations.Source.of(random));
      VerifierFuzzTest.verifyExpectingOnlyDocumentedOutcomes(mutated);
    }
  }

  @Test
  void verify_randomStrings_areRejectedWithTheDocumentedType() {
    Random random = new Random(42L);
    Mutations.Source source = Mutations.Source.of(random);
    for (int i = 0; i < 20_000; i++) {
      String token = source.consumeString(300);
      if (random.nextInt(4) == 0) {
        token = token + "." + source.consumeString(50) + "." + source.consumeString(50);
      }
      VerifierFuzzTest.verifyExpectingOnlyDocumentedOutcomes(token);
    }
  }
}
