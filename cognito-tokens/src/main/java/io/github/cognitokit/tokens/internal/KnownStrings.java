package io.github.cognitokit.tokens.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Strings that every token and key set repeats (member names such as {@code iss} and {@code exp}, values such as
 * {@code access} and {@code RS256}, and a verifier's own issuers and client ids), so that {@link Json} hands out one
 * shared instance instead of allocating the same string for each token. A shared instance also keeps its hash code,
 * and equal configured strings compare by identity first, which makes the verifier's own lookups cheaper.
 *
 * <p>An immutable open-addressed table keyed by the length and the first eight bytes; lookups read those bytes as
 * one {@code long}, compare the rest only on a match, and never allocate. Thread-safe.
 */
public final class KnownStrings {
  private static final List<String> COMMON_WORDS = List.of(
      // JOSE header and JWK members and values
      "alg", "kid", "typ", "cty", "crit", "jku", "jwk", "x5u", "x5c", "x5t", "keys", "kty", "use", "key_ops", "n",
      "e", "x", "y", "crv", "sig", "RSA", "EC", "P-256", "P-384", "P-521", "AQAB", "JWT", "signer", "client",
      "RS256", "RS384", "RS512", "ES256", "ES384", "ES512",
      // registered and Cognito claims and values
      "iss", "sub", "aud", "exp", "iat", "nbf", "jti", "auth_time", "token_use", "scope", "client_id", "username",
      "version", "origin_jti", "event_id", "cognito:username", "cognito:groups", "cognito:roles",
      "cognito:preferred_role", "email", "email_verified", "phone_number", "phone_number_verified", "at_hash",
      "identities", "name", "given_name", "family_name", "nonce", "access", "id", "aws.cognito.signin.user.admin",
      "openid", "profile", "phone");

  /** The longest string a table takes. */
  static final int MAX_LENGTH = 255;

  /** The table of common JWT and key-set strings. */
  public static final KnownStrings COMMON = new KnownStrings(COMMON_WORDS);

  private final String[] table;
  private final byte[][] bytes;
  private final long[] firstWords;
  private final int mask;
  /** Which lengths occur, so most other strings are turned away at once. */
  private final boolean[] lengths;
  private int count;

  private KnownStrings(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(words.size(), 8) * 4 - 1) << 1; // at most a quarter full
    table = new String[size];
    bytes = new byte[size][];
    firstWords = new long[size];
    mask = size - 1;
    lengths = new boolean[MAX_LENGTH + 1];
    for (String w : words) {
      add(w);
    }
  }

  /** A copy of a table, to add to. */
  private KnownStrings(KnownStrings base) {
    table = base.table.clone();
    bytes = base.bytes.clone();
    firstWords = base.firstWords.clone();
    mask = base.mask;
    lengths = base.lengths.clone();
    count = base.count;
  }

  /** Adds a string unless the table has it; only while building, before the table is shared. */
  private void add(String w) {
    byte[] b = w.getBytes(StandardCharsets.ISO_8859_1);
    if (find(b, 0, b.length) != null) {
      return;
    }
    long first = firstWordSlowly(b, 0, b.length);
    int i = index(first, b.length);
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = w;
    bytes[i] = b;
    firstWords[i] = first;
    lengths[b.length] = true;
    count++;
  }

  /**
   * Returns a table with the common strings and some more, for example a verifier's issuers and client ids. Only
   * strings of at most {@value #MAX_LENGTH} ASCII characters are used; others are left out.
   *
   * @param more the extra strings
   * @return the table
   */
  public static KnownStrings withCommonAnd(Collection<String> more) {
    List<String> extra = new ArrayList<>();
    for (String s : more) {
      if (s.length() <= MAX_LENGTH && ascii(s)) {
        extra.add(s);
      }
    }
    if ((COMMON.count + extra.size()) * 4 > COMMON.table.length) {
      List<String> all = new ArrayList<>(COMMON_WORDS);
      all.addAll(extra);
      return new KnownStrings(all);
    }
    // Copying the common table is cheaper than building it again, which a fresh JVM would do interpreted.
    KnownStrings copy = new KnownStrings(COMMON);
    for (String s : extra) {
      copy.add(s);
    }
    return copy;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private int index(long firstWord, int length) {
    long h = (firstWord ^ length) * 0x9e3779b97f4a7c15L;
    return (int) (h >>> 40) & mask;
  }

  /** The first {@code min(length, 8)} bytes, little-endian, zero above them. */
  private static long firstWordSlowly(byte[] buf, int from, int length) {
    long w = 0;
    for (int i = Math.min(length, 8) - 1; i >= 0; i--) {
      w = (w << 8) | (buf[from + i] & 0xff);
    }
    return w;
  }

  /**
   * Returns the shared string for {@code buf[from, from + length)}, if the table has it.
   *
   * @param buf the bytes
   * @param from the first byte of the string
   * @param length how many bytes
   * @return the shared string, or null if it is not in the table
   */
  String find(byte[] buf, int from, int length) {
    return find(ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN), buf, from, length);
  }

  /**
   * Finds the shared instance of a string of ASCII bytes.
   *
   * @param words {@code buf} as a little-endian buffer, for reading eight bytes at a time
   * @param buf the bytes
   * @param from the first byte of the string
   * @param length how many bytes
   * @return the shared string, or null if it is not in the table
   */
  String find(ByteBuffer words, byte[] buf, int from, int length) {
    if (length > MAX_LENGTH || !lengths[length]) {
      return null;
    }
    long first;
    if (length >= 8) {
      first = words.getLong(from);
    } else if (from + 8 <= buf.length) {
      first = words.getLong(from) & ((1L << (length << 3)) - 1);
    } else {
      first = firstWordSlowly(buf, from, length);
    }
    for (int i = index(first, length); table[i] != null; i = (i + 1) & mask) {
      byte[] w = bytes[i];
      if (firstWords[i] == first && w.length == length
          && (length <= 8 || Arrays.equals(w, 8, length, buf, from + 8, from + length))) {
        return table[i];
      }
    }
    return null;
  }
}
