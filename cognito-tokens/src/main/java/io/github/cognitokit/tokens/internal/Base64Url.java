package io.github.cognitokit.tokens.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A strict base64url decoder (RFC 4648 section 5): only the 64 URL-safe characters, no padding, no whitespace, and
 * canonical encodings only (the unused bits of the last character must be zero), so that one token has exactly one
 * spelling.
 */
public final class Base64Url {
  /** Every byte value (as an unsigned index) to its 6 bits, or -1; used for the last character's spare bits. */
  private static final byte[] VALUES = new byte[256];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

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
    // Characters above U+00FF become '?', which is not in the alphabet. A surrogate pair becomes one '?' for two
    // characters, so the byte count, not the character count, bounds the decoding (a fuzzing finding: the
    // character count overran the array).
    byte[] bytes = s.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != to - from) {
      return null;
    }
    return decode(bytes, 0, bytes.length);
  }

  /**
   * Decodes {@code src[from, to)}, bytes holding base64url characters.
   *
   * <p>The bulk of the work is the JDK's URL-safe decoder, which the JVM compiles to vector instructions on common
   * CPUs and which already rejects every byte outside the alphabet, padding in the middle and a dangling single
   * character. This adds what it lets through: trailing padding, and set bits in the unused low bits of the last
   * character.
   *
   * @param src the encoded bytes
   * @param from first byte, inclusive
   * @param to last byte, exclusive
   * @return the bytes, or null if the range is not canonical unpadded base64url
   */
  public static byte[] decode(byte[] src, int from, int to) {
    int len = to - from;
    if (len == 0) {
      return new byte[0];
    }
    int rem = len & 3;
    if (rem == 1 || src[to - 1] == '=') {
      return null;
    }
    if (rem != 0) {
      int last = VALUES[src[to - 1] & 0xff];
      if (last < 0 || (last & (rem == 2 ? 0x0f : 0x03)) != 0) {
        return null;
      }
    }
    ByteBuffer decoded;
    try {
      decoded = URL_DECODER.decode(ByteBuffer.wrap(src, from, len));
    } catch (IllegalArgumentException e) {
      return null;
    }
    byte[] out = decoded.array();
    int expected = (len >> 2) * 3 + (rem == 0 ? 0 : rem - 1);
    if (decoded.arrayOffset() != 0 || decoded.position() != 0 || decoded.remaining() != expected) {
      return null; // cannot happen for input that passed the checks above; refuse rather than guess
    }
    return out.length == expected ? out : Arrays.copyOf(out, expected);
  }

  /**
   * Decodes {@code src[from, to)} that may end in correct {@code =} padding, as the segments of ALB tokens do. The
   * padding, if present, must make the length a multiple of four; the rest follows {@link #decode(byte[], int, int)}.
   *
   * @param src the encoded bytes
   * @param from first byte, inclusive
   * @param to last byte, exclusive
   * @return the bytes, or null if the range is not canonical base64url
   */
  public static byte[] decodePadded(byte[] src, int from, int to) {
    int end = to;
    while (end > from && src[end - 1] == '=' && to - end < 2) {
      end--;
    }
    if (end != to && (to - from) % 4 != 0) {
      return null;
    }
    return decode(src, from, end);
  }
}
