package io.github.cognitokit.auth.testing;

import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 TOTP codes from a Base32 secret, as an authenticator app computes them. */
public final class Totp {
  private Totp() {}

  /**
   * The current code, taken early enough in its 30-second step that a server which accepts only the current step
   * (as the emulator does) still sees the same step: within the last 2 seconds of a step it waits for the next.
   */
  public static String freshCode(String base32Secret) {
    long millisIntoStep = System.currentTimeMillis() % 30_000;
    if (millisIntoStep > 28_000) {
      try {
        Thread.sleep(30_000 - millisIntoStep + 50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the next TOTP step", e);
      }
    }
    return code(base32Secret, Instant.now());
  }

  /** A code that is certainly wrong now: the current one with its last digit changed. */
  public static String wrongCode(String base32Secret) {
    String right = code(base32Secret, Instant.now());
    char last = right.charAt(5);
    return right.substring(0, 5) + (char) (last == '9' ? '0' : last + 1);
  }

  public static String code(String base32Secret, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
      int o = h[h.length - 1] & 0x0f;
      int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
      return String.format("%06d", bin % 1_000_000);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = s.replace("=", "").toUpperCase();
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
