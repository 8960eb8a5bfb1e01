package io.github.cognitokit.tokens.internal;

/**
 * A strict base64url decoder (RFC 4648 section 5): only the 64 URL-safe characters, no padding, no whitespace, and
 * canonical encodings only (the unused bits of the last character must be zero), so that one token has exactly one
 * spelling.
 */
public final class Base64Url {
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private Base64Url() {}

  /**
   * Decodes {@code s[from, to)}.
   *
   * @param s the text
   * @param from first character, inclusive
   * @param to last character, exclusive
   * @return the bytes, or null if the range is not canonical unpadded base64url
   */
  public static byte[] decode(String s, int from, int to) {
    int len = to - from;
    int rem = len & 3;
    if (rem == 1) {
      return null;
    }
    byte[] out = new byte[(len / 4) * 3 + (rem == 0 ? 0 : rem - 1)];
    int o = 0;
    int i = from;
    int fullEnd = to - rem;
    while (i < fullEnd) {
      int a = value(s.charAt(i));
      int b = value(s.charAt(i + 1));
      int c = value(s.charAt(i + 2));
      int d = value(s.charAt(i + 3));
      if ((a | b | c | d) < 0) {
        return null;
      }
      int bits = (a << 18) | (b << 12) | (c << 6) | d;
      out[o++] = (byte) (bits >> 16);
      out[o++] = (byte) (bits >> 8);
      out[o++] = (byte) bits;
      i += 4;
    }
    if (rem == 2) {
      int a = value(s.charAt(i));
      int b = value(s.charAt(i + 1));
      if ((a | b) < 0 || (b & 0x0f) != 0) {
        return null;
      }
      out[o] = (byte) ((a << 2) | (b >> 4));
    } else if (rem == 3) {
      int a = value(s.charAt(i));
      int b = value(s.charAt(i + 1));
      int c = value(s.charAt(i + 2));
      if ((a | b | c) < 0 || (c & 0x03) != 0) {
        return null;
      }
      int bits = (a << 12) | (b << 6) | c;
      out[o++] = (byte) (bits >> 10);
      out[o] = (byte) (bits >> 2);
    }
    return out;
  }

  /**
   * Decodes {@code s[from, to)} that may end in correct {@code =} padding, as the segments of ALB tokens do. The
   * padding, if present, must make the length a multiple of four; the rest follows {@link #decode}.
   *
   * @param s the text
   * @param from first character, inclusive
   * @param to last character, exclusive
   * @return the bytes, or null if the range is not canonical base64url
   */
  public static byte[] decodePadded(String s, int from, int to) {
    int end = to;
    while (end > from && s.charAt(end - 1) == '=' && to - end < 2) {
      end--;
    }
    if (end != to && (to - from) % 4 != 0) {
      return null;
    }
    return decode(s, from, end);
  }

  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }
}
