package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenCheck;
import io.github.cognitokit.tokens.TokenExpiredException;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The claim rules of {@link io.github.cognitokit.tokens.CognitoJwtVerifier}, run after the signature verified (and
 * again on a verified-token cache hit): expiry and not-before with the clock skew, token use, the app client, the
 * required groups and scopes, a subject, then the custom checks. Immutable and thread-safe.
 */
public final class ClaimRules {
  private final TokenUse tokenUse;
  private final Clock clock;
  private final Duration clockSkew;
  private final Set<String> requiredGroups;
  private final Set<String> requiredScopes;
  private final List<TokenCheck> checks;

  /**
   * Makes the rules.
   *
   * @param tokenUse the token use required, or {@link TokenUse#ANY}
   * @param clock the clock
   * @param clockSkew the skew allowed either way
   * @param requiredGroups groups of which the token must have one; empty for none
   * @param requiredScopes scopes of which the token must have one; empty for none
   * @param checks custom checks, in order
   */
  public ClaimRules(TokenUse tokenUse, Clock clock, Duration clockSkew, Collection<String> requiredGroups,
      Collection<String> requiredScopes, List<TokenCheck> checks) {
    this.tokenUse = tokenUse;
    this.clock = clock;
    this.clockSkew = clockSkew;
    this.requiredGroups = Set.copyOf(requiredGroups);
    this.requiredScopes = Set.copyOf(requiredScopes);
    this.checks = List.copyOf(checks);
  }

  /**
   * The expiry rule, the same for Cognito's tokens and the ALB's: {@code exp} must be present and, allowing the
   * skew, after now.
   *
   * @param exp the expiry, or null if the token has none
   * @param now the time now
   * @param skew the clock difference allowed
   * @param label what expires, for the message ("token", "ALB token header")
   * @throws TokenExpiredException if it is missing or past
   */
  public static void requireUnexpired(Instant exp, Instant now, Duration skew, String label) {
    if (exp == null) {
      throw Rejections.expired("exp", "a number", label + " has no exp claim");
    }
    if (!exp.plus(skew).isAfter(now)) {
      throw Rejections.expired("exp", "after " + now.minus(skew), label + " expired at " + exp);
    }
  }

  /**
   * Checks a signed token's claims, then the custom checks.
   *
   * @param t the token
   * @param clientIds the pool's accepted client ids, or null for any
   * @throws TokenVerificationException a subtype naming the failed check
   */
  public void check(CognitoToken t, Set<String> clientIds) {
    Instant now = clock.instant();
    requireUnexpired(t.expiresAt(), now, clockSkew, "token");
    Instant nbf = t.notBefore().orElse(null);
    if (nbf != null && nbf.minus(clockSkew).isAfter(now)) {
      throw Rejections.notYetValid("nbf", "not after " + now.plus(clockSkew), "token is not valid before "
          + nbf);
    }
    Instant iat = t.issuedAt().orElse(null);
    if (iat != null && iat.minus(clockSkew).isAfter(now)) {
      throw Rejections.notYetValid("iat", "not after " + now.plus(clockSkew), "token was issued in the"
          + " future, at " + iat);
    }
    TokenUse use = t.tokenUse();
    if (use == null) {
      throw Rejections.invalidTokenUse("token_use", "id or access", "token_use is missing or is neither id nor"
          + " access");
    }
    if (tokenUse != TokenUse.ANY && use != tokenUse) {
      throw Rejections.invalidTokenUse("token_use", tokenUse.claimValue(), "token_use is " + use.claimValue()
          + ", expected " + tokenUse.claimValue());
    }
    if (clientIds != null) {
      if (use == TokenUse.ID) {
        if (!audienceMatches(t.claims().get("aud"), clientIds)) {
          throw Rejections.invalidClient("aud", String.join(", ", clientIds), "ID token aud is not a"
              + " configured client id: expected one of " + clientIds);
        }
      } else if (t.clientId() == null || !clientIds.contains(t.clientId())) {
        throw Rejections.invalidClient("client_id", String.join(", ", clientIds), "access token client_id"
            + " is " + (t.clientId() == null ? "missing" : "'" + t.clientId() + "'") + ": expected one of "
            + clientIds);
      }
    }
    // Cognito puts both in every token it issues; a verified CognitoToken always has them (no null accessors).
    if (t.subject() == null || t.subject().isEmpty()) {
      throw Rejections.malformed("token has no sub claim");
    }
    if (t.clientId() == null || t.clientId().isEmpty()) {
      throw Rejections.invalidClient(use == TokenUse.ID ? "aud" : "client_id", "an app client id",
          use == TokenUse.ID ? "ID token has no aud claim"
              : "access token has no client_id claim");
    }
    if (!requiredGroups.isEmpty() && Collections.disjoint(t.groups(), requiredGroups)) {
      throw Rejections.missingGroup("cognito:groups", String.join(", ", requiredGroups), "token is in none of"
          + " the required groups " + requiredGroups);
    }
    if (!requiredScopes.isEmpty() && Collections.disjoint(t.scopes(), requiredScopes)) {
      throw Rejections.missingScope("scope", String.join(" ", requiredScopes), "token has none of the required"
          + " scopes " + requiredScopes);
    }
    runChecks(t);
  }

  private static boolean audienceMatches(Object aud, Set<String> clientIds) {
    if (aud instanceof String) {
      return clientIds.contains(aud);
    }
    if (aud instanceof List) {
      for (Object a : (List<?>) aud) {
        if (clientIds.contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private void runChecks(CognitoToken token) {
    for (TokenCheck check : checks) {
      try {
        check.check(token);
      } catch (RuntimeException e) {
        // instanceof, not a catch clause of its own: that would load the exception class with this one.
        throw e instanceof TokenVerificationException ? e
            : Rejections.checkFailed("custom check failed with " + e.getClass().getSimpleName(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "tokenUse=" + tokenUse + (requiredGroups.isEmpty() ? "" : ", groups=" + requiredGroups)
        + (requiredScopes.isEmpty() ? "" : ", scopes=" + requiredScopes);
  }
}
