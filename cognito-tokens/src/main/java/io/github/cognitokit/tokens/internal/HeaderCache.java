package io.github.cognitokit.tokens.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * The parsed headers of the last few tokens that verified, by their exact base64url text. A user pool signs with
 * one or two keys, so nearly every token repeats one of a handful of headers; a hit skips decoding and parsing it.
 * Only headers of tokens whose signature verified are remembered, so garbage cannot crowd them out; the oldest entry
 * gives way when it is full. Thread-safe; lookups take no lock and allocate nothing.
 */
public final class HeaderCache {
  private static final int CAPACITY = 8;

  /**
   * Segment and parsed header, alternating: {@code byte[]}, {@code Map}, {@code byte[]}, ... Pairs in one array
   * rather than an array of entry records, so that one volatile read sees both halves of each, and so that a cold
   * start loads one class less.
   */
  private volatile Object[] entries = new Object[0];
  private int oldest; // in pairs; guarded by this

  /** Creates an empty cache. */
  public HeaderCache() {}

  /**
   * Finds the parsed header for a segment.
   *
   * @param token the token bytes
   * @param length the length of the header segment at their start
   * @return the parsed header, or null if it is not cached
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> find(byte[] token, int length) {
    Object[] e = entries;
    for (int i = 0; i < e.length; i += 2) {
      byte[] segment = (byte[]) e[i];
      if (segment.length == length && Arrays.equals(segment, 0, length, token, 0, length)) {
        return (Map<String, Object>) e[i + 1];
      }
    }
    return null;
  }

  /**
   * Remembers the header of a token whose signature verified; does nothing if its header came from this cache or
   * another thread added it meanwhile.
   *
   * @param parts the token
   */
  public void remember(JwtParts parts) {
    if (parts.headerCached() || find(parts.token(), parts.headerLength()) != null) {
      return;
    }
    byte[] segment = Arrays.copyOf(parts.token(), parts.headerLength());
    synchronized (this) {
      Object[] current = entries;
      Object[] next;
      if (current.length < 2 * CAPACITY) {
        next = Arrays.copyOf(current, current.length + 2);
        next[current.length] = segment;
        next[current.length + 1] = parts.header();
      } else {
        next = current.clone();
        next[2 * oldest] = segment;
        next[2 * oldest + 1] = parts.header();
        oldest = (oldest + 1) % CAPACITY;
      }
      entries = next;
    }
  }
}
