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

  private record Entry(byte[] segment, Map<String, Object> header) {}

  private volatile Entry[] entries = new Entry[0];
  private int oldest; // guarded by this

  /** Creates an empty cache. */
  public HeaderCache() {}

  /**
   * Finds the parsed header for a segment.
   *
   * @param token the token bytes
   * @param length the length of the header segment at their start
   * @return the parsed header, or null if it is not cached
   */
  Map<String, Object> find(byte[] token, int length) {
    for (Entry e : entries) {
      if (e.segment.length == length && Arrays.equals(e.segment, 0, length, token, 0, length)) {
        return e.header;
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
    Entry entry = new Entry(Arrays.copyOf(parts.token(), parts.headerLength()), parts.header());
    synchronized (this) {
      Entry[] current = entries;
      Entry[] next;
      if (current.length < CAPACITY) {
        next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = entry;
      } else {
        next = current.clone();
        next[oldest] = entry;
        oldest = (oldest + 1) % CAPACITY;
      }
      entries = next;
    }
  }
}
