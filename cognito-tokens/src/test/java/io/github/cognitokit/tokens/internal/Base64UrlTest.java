package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64UrlTest {
  @Test
  void decode_roundTripsEveryLength() {
    Random random = new Random(42);
    for (int len = 0; len < 200; len++) {
      byte[] data = new byte[len];
      random.nextBytes(data);
      String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(data);
      assertThat(Base64Url.decode("x" + encoded + "y", 1, encoded.length() + 1)).isEqualTo(data);
    }
  }

  @Test
  void decode_rejectsPaddingOtherAlphabetsAndSpareBits() {
    assertThat(Base64Url.decode("AQ==", 0, 4)).isNull();
    assertThat(Base64Url.decode("a+b/", 0, 4)).isNull();
    assertThat(Base64Url.decode("AQ", 0, 2)).containsExactly(1);
    assertThat(Base64Url.decode("AR", 0, 2)).isNull(); // spare bits set
    assertThat(Base64Url.decode("AQI", 0, 3)).containsExactly(1, 2);
    assertThat(Base64Url.decode("AQJ", 0, 3)).isNull();
    assertThat(Base64Url.decode("A", 0, 1)).isNull();
    assertThat(Base64Url.decode("AB C", 0, 4)).isNull();
    assertThat(Base64Url.decode("ABé=", 0, 4)).isNull();
  }
}
