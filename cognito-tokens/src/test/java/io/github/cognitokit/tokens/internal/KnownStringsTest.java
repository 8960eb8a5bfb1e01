package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verifier's table holds the common strings and its own, whether it was copied from the common table (a few
 * extras) or built afresh (more extras than the copy has room for), and the common table never changes.
 */
class KnownStringsTest {
  private static String find(KnownStrings known, String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return known.find(b, 0, b.length);
  }

  @Test
  void aFewExtras_areAddedToACopyOfTheCommonTable() {
    String issuer = new String("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
    KnownStrings known = KnownStrings.withCommonAnd(List.of(issuer, "client-1", "iss", "client-1"));

    assertThat(find(known, issuer)).isSameAs(issuer);
    assertThat(find(known, "client-1")).isEqualTo("client-1");
    assertThat(find(known, "iss")).as("a duplicate of a common word keeps the common instance")
        .isSameAs(find(KnownStrings.COMMON, "iss"));
    assertThat(find(known, "cognito:groups")).isEqualTo("cognito:groups");
    assertThat(find(KnownStrings.COMMON, issuer)).as("the common table is unchanged").isNull();
    assertThat(find(KnownStrings.COMMON, "client-1")).isNull();
  }

  @Test
  void manyExtras_buildATableOfTheirOwn_thatStillHoldsEveryWord() {
    List<String> extras = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      extras.add("client-" + i);
    }
    KnownStrings known = KnownStrings.withCommonAnd(extras);

    assertThat(extras).allSatisfy(e -> assertThat(find(known, e)).isEqualTo(e));
    assertThat(find(known, "token_use")).isEqualTo("token_use");
    assertThat(find(known, "client-300")).isNull();
    assertThat(find(KnownStrings.COMMON, "client-7")).isNull();
  }
}
