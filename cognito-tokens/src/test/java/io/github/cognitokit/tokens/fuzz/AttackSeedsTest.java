package io.github.cognitokit.tokens.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.internal.JwkSetParser;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What happens to the attack seeds of the key-set fuzz target: the fuzz target only requires that nothing but the
 * documented exception escapes; these say that each bad key is refused, and how.
 */
class AttackSeedsTest {
  static byte[] seed(String name) throws Exception {
    try (InputStream in = AttackSeedsTest.class.getResourceAsStream(
        "VerifierFuzzTestInputs/jwksParser_arbitraryBytes/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void aPointOffTheCurve_isNotAKey() throws Exception {
    Map<String, ?> keys = JwkSetParser.parse(seed("point-off-curve"));
    assertThat(keys).as("(0, 0) is not on P-256: the key is left out, so no token can name it").isEmpty();
  }

  @Test
  void aShortModulus_isNotAKey() throws Exception {
    Map<String, ?> keys = JwkSetParser.parse(seed("short-modulus"));
    assertThat(keys).as("a 17-bit modulus is far below the 2048-bit minimum: left out").isEmpty();
  }

  @Test
  void duplicateMembers_truncationAndABom_areNotAKeySet() {
    for (String name : new String[] {"duplicate-members", "truncated", "bom"}) {
      assertThatThrownBy(() -> JwkSetParser.parse(seed(name))).as(name)
          .isInstanceOf(JwkSetParser.InvalidKeySetException.class);
    }
  }
}
