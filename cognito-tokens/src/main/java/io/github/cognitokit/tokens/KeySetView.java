package io.github.cognitokit.tokens;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A look at one cached key set of a verifier, from {@link CognitoJwtVerifier#keySets()}.
 */
public interface KeySetView {
  /**
   * Returns where the key set is fetched from.
   *
   * @return the JWKS URI
   */
  URI jwksUri();

  /**
   * Returns the key ids of the usable keys now cached.
   *
   * @return the {@code kid}s; empty before the first fetch
   */
  Set<String> kids();

  /**
   * Returns when the cached set was fetched or preloaded.
   *
   * @return the time, or empty before the first fetch
   */
  Optional<Instant> fetchedAt();

  /**
   * Fetches the key set now and waits for the result. An explicit refresh is not subject to the kid-miss rate
   * limit or to the back-off after a failure; a fetch already under way is joined instead of repeated.
   *
   * @throws KeySetUnavailableException if the fetch fails
   */
  void refresh();
}
