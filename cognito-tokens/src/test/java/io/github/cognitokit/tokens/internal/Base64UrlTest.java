package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
      byte[] framed = ("x." + encoded + ".y").getBytes(StandardCharsets.US_ASCII);
      assertThat(Base64Url.decode(framed, 2, framed.length - 2)).isEqualTo(data);
    }
  }

  @Test
  void decode_rejectsPaddingOtherAlphabetsAndSpareBits() {
    assertThat(Base64Url.decode("AQ==", 0, 4)).isNull();
    assertThat(Base64Url.decode("AQI=", 0, 4)).isNull();
    assertThat(Base64Url.decode("AQ==AQ", 0, 6)).isNull();
    assertThat(Base64Url.decode("A=AA", 0, 4)).isNull();
    assertThat(Base64Url.decode("a+b/", 0, 4)).isNull();
    assertThat(Base64Url.decode("AQ", 0, 2)).containsExactly(1);
    assertThat(Base64Url.decode("AR", 0, 2)).isNull(); // spare bits set
    assertThat(Base64Url.decode("AQI", 0, 3)).containsExactly(1, 2);
    assertThat(Base64Url.decode("AQJ", 0, 3)).isNull();
    assertThat(Base64Url.decode("A", 0, 1)).isNull();
    assertThat(Base64Url.decode("AB C", 0, 4)).isNull();
    assertThat(Base64Url.decode("ABCD\nABCD", 0, 9)).isNull();
    assertThat(Base64Url.decode("ABé=", 0, 4)).isNull();
    assertThat(Base64Url.decode("AB\u0141A", 0, 4)).isNull(); // above U+00FF becomes '?'
    assertThat(Base64Url.decode("", 0, 0)).isEmpty();
  }

  @Test
  void decode_agreesWithAStrictByteByByteDecoderOnRandomInput() {
    // Mostly alphabet characters, with padding, the other alphabet, whitespace, dots and high bytes mixed in, at
    // every length around the four-character blocks: the JDK decoder plus our checks must accept exactly what the
    // grammar accepts and decode it to the same bytes.
    byte[] pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);
    byte[] odd = {'=', '+', '/', ' ', '\n', '.', 0, (byte) 0x80, (byte) 0xc3, (byte) 0xff, '"'};
    Random random = new Random(7);
    int accepted = 0;
    for (int round = 0; round < 200_000; round++) {
      int len = random.nextInt(14);
      byte[] s = new byte[len + 2];
      for (int i = 0; i < s.length; i++) {
        s[i] = random.nextInt(12) == 0 ? odd[random.nextInt(odd.length)] : pool[random.nextInt(pool.length)];
      }
      byte[] expected = strictReference(s, 1, 1 + len);
      byte[] actual = Base64Url.decode(s, 1, 1 + len);
      assertThat(actual).as("input %s", new String(s, 1, len, StandardCharsets.ISO_8859_1)).isEqualTo(expected);
      accepted += expected == null ? 0 : 1;
    }
    assertThat(accepted).as("the random input must exercise both outcomes").isBetween(20_000, 180_000);
  }

  @Test
  void decodePadded_acceptsOnlyCorrectPadding() {
    assertThat(Base64Url.decodePadded(bytes("AQ=="), 0, 4)).containsExactly(1);
    assertThat(Base64Url.decodePadded(bytes("AQI="), 0, 4)).containsExactly(1, 2);
    assertThat(Base64Url.decodePadded(bytes("AQ"), 0, 2)).containsExactly(1);
    assertThat(Base64Url.decodePadded(bytes("AQ="), 0, 3)).isNull();
    assertThat(Base64Url.decodePadded(bytes("A==="), 0, 4)).isNull();
    assertThat(Base64Url.decodePadded(bytes("AR=="), 0, 4)).isNull();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** RFC 4648 section 5 without padding, canonical only, one character at a time: the specification as code. */
  private static byte[] strictReference(byte[] s, int from, int to) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int len = to - from;
    if (len % 4 == 1) {
      return null;
    }
    int bits = 0;
    int count = 0;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      int v = s[i] < 0 ? -1 : alphabet.indexOf(s[i]);
      if (v < 0) {
        return null;
      }
      bits = (bits << 6) | v;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out.write((bits >> count) & 0xff);
      }
    }
    if ((bits & ((1 << count) - 1)) != 0) {
      return null; // spare bits set
    }
    return out.toByteArray();
  }

  @Test
  void decodeString_withASurrogatePair_isNotBase64url_andNeverOverruns() {
    // Found by the CI fuzzing of the key-set parser: an RSA "n" holding a character above U+FFFF, two chars but
    // one ISO-8859-1 byte.
    String n = "AQQASBKke\ud83c\udfbbkeY";
    assertThat(Base64Url.decode(n, 0, n.length())).isNull();
    assertThat(Base64Url.decode("AQ\ud83d\ude00", 0, 4)).isNull();
    assertThat(Base64Url.decode("AQID", 0, 4)).containsExactly(1, 2, 3);
  }
}
