package io.github.cognitokit.tokens.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Tokens whose signature was verified, by their exact text, so that a token seen again skips parsing and the
 * signature check (its claims are still checked on every use, because time passes). An entry lives until the token
 * expires and never longer than a key set does, and is dropped as soon as the key that verified it is no longer
 * published. Size-bounded; no thread of its own (maintenance runs on the calling thread). Thread-safe.
 */
public final class VerifiedTokenCache {
  /**
   * A verified token and what it was verified with.
   *
   * @param token the token's claims
   * @param clientIds the accepted client ids of its pool, or null for any
   * @param keys the key set of its pool
   * @param key the key whose signature check it passed
   */
  public record Entry(CognitoToken token, Set<String> clientIds, KeySetCache keys, VerificationKey key) {}

  private final Cache<String, Entry> cache;

  /**
   * Creates a cache.
   *
   * @param maximumSize the most tokens kept, at least 1
   * @param ticker the time source for expiry
   * @param clock the clock that tokens' {@code exp} is compared with
   * @param keySetLifetime how long a key set lives; no entry outlives it
   */
  public VerifiedTokenCache(long maximumSize, Ticker ticker, Clock clock, Duration keySetLifetime) {
    long lifetime = keySetLifetime.toNanos();
    this.cache = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .ticker(ticker::read)
        .executor(Runnable::run)
        .expireAfter(new Expiry<String, Entry>() {
          @Override
          public long expireAfterCreate(String key, Entry value, long currentTime) {
            long left = Duration.between(clock.instant(), value.token().expiresAt()).toNanos();
            return Math.max(0, Math.min(left, lifetime));
          }

          @Override
          public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
          }

          @Override
          public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
            return currentDuration;
          }
        })
        .build();
  }

  /**
   * Returns a token verified before, if the key that verified it is still published.
   *
   * @param token the token's text
   * @return the entry, or null to verify from scratch
   */
  public Entry get(String token) {
    Entry hit = cache.getIfPresent(token);
    if (hit == null) {
      return null;
    }
    if (hit.keys().stillPublished(hit.key())) {
      return hit;
    }
    // The key that verified it left the key set (rotation after a compromise): verify from scratch.
    cache.invalidate(token);
    return null;
  }

  /**
   * Remembers a token whose signature verified.
   *
   * @param token the token's text
   * @param entry what it was verified with
   */
  public void put(String token, Entry entry) {
    cache.put(token, entry);
  }
}
