package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.CheckFailedException;
import io.github.cognitokit.tokens.InvalidClientException;
import io.github.cognitokit.tokens.InvalidIssuerException;
import io.github.cognitokit.tokens.InvalidSignatureException;
import io.github.cognitokit.tokens.InvalidTokenUseException;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import io.github.cognitokit.tokens.MalformedTokenException;
import io.github.cognitokit.tokens.MissingGroupException;
import io.github.cognitokit.tokens.MissingScopeException;
import io.github.cognitokit.tokens.TokenExpiredException;
import io.github.cognitokit.tokens.TokenNotYetValidException;
import io.github.cognitokit.tokens.UnsupportedAlgorithmException;

/**
 * Makes the exceptions that classes on the cold path (building a verifier, verifying its first token) throw
 * ({@code throw Rejections.malformed(...)}), each the documented type: the {@code TokenVerificationException}
 * subtypes, and the JDK's {@code IllegalStateException} and {@code UnsupportedOperationException}. Why a factory: the
 * JVM's bytecode verifier loads every class a method throws with {@code new X(...)}, or names in a {@code catch}
 * clause, to check that it is a {@code Throwable}; loading a class costs about 0.4 ms on a cold JVM, so a verifier
 * full of such throws paid for some twenty exception classes before it verified its first token. Returned as
 * {@code RuntimeException} from here, they load with the first one thrown (docs/BENCHMARKS.md, "Cold start"). For
 * the same reason the internal exceptions ({@link JsonException}, {@link JwkKeys.InvalidKeyException},
 * {@link JwkSetParser.InvalidKeySetException}) are unchecked, made by factories of their own, and caught on the cold
 * path as {@code RuntimeException} with an {@code instanceof} test.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * The token is not a well-formed Cognito JWT.
   *
   * @param message what is wrong
   * @return a {@link MalformedTokenException}
   */
  public static RuntimeException malformed(String message) {
    return new MalformedTokenException(message);
  }

  /**
   * The algorithm is missing, unknown or does not fit the key.
   *
   * @param message what is wrong
   * @return an {@link UnsupportedAlgorithmException}
   */
  public static RuntimeException unsupportedAlgorithm(String message) {
    return new UnsupportedAlgorithmException(message);
  }

  /**
   * No usable key has the token's {@code kid}.
   *
   * @param message what is wrong
   * @return a {@link KeyNotFoundException}
   */
  public static RuntimeException keyNotFound(String message) {
    return new KeyNotFoundException(message);
  }

  /**
   * The key set cannot be had.
   *
   * @param message what is wrong
   * @return a {@link KeySetUnavailableException}
   */
  public static RuntimeException keySetUnavailable(String message) {
    return new KeySetUnavailableException(message);
  }

  /**
   * The signature does not verify.
   *
   * @param message what is wrong
   * @return an {@link InvalidSignatureException}
   */
  public static RuntimeException invalidSignature(String message) {
    return new InvalidSignatureException(message);
  }

  /**
   * The issuer is not a configured pool.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return an {@link InvalidIssuerException}
   */
  public static RuntimeException invalidIssuer(String claim, String expected, String message) {
    return new InvalidIssuerException(claim, expected, message);
  }

  /**
   * The token has expired, or has no expiry.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return a {@link TokenExpiredException}
   */
  public static RuntimeException expired(String claim, String expected, String message) {
    return new TokenExpiredException(claim, expected, message);
  }

  /**
   * The token is not valid yet.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return a {@link TokenNotYetValidException}
   */
  public static RuntimeException notYetValid(String claim, String expected, String message) {
    return new TokenNotYetValidException(claim, expected, message);
  }

  /**
   * The token is not of the use the verifier accepts.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return an {@link InvalidTokenUseException}
   */
  public static RuntimeException invalidTokenUse(String claim, String expected, String message) {
    return new InvalidTokenUseException(claim, expected, message);
  }

  /**
   * The token was issued to an app client the verifier does not accept.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return an {@link InvalidClientException}
   */
  public static RuntimeException invalidClient(String claim, String expected, String message) {
    return new InvalidClientException(claim, expected, message);
  }

  /**
   * The token is in none of the required groups.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return a {@link MissingGroupException}
   */
  public static RuntimeException missingGroup(String claim, String expected, String message) {
    return new MissingGroupException(claim, expected, message);
  }

  /**
   * The token has none of the required scopes.
   *
   * @param claim the claim
   * @param expected what was expected
   * @param message what is wrong
   * @return a {@link MissingScopeException}
   */
  public static RuntimeException missingScope(String claim, String expected, String message) {
    return new MissingScopeException(claim, expected, message);
  }

  /**
   * A custom check threw.
   *
   * @param message what happened
   * @param cause what it threw
   * @return a {@link CheckFailedException}
   */
  public static RuntimeException checkFailed(String message, Throwable cause) {
    return new CheckFailedException(message, cause);
  }

  /**
   * A builder or verifier is used in a way its state does not allow.
   *
   * @param message what is wrong and what to do instead
   * @return an {@link IllegalStateException}
   */
  public static RuntimeException illegalState(String message) {
    return new IllegalStateException(message);
  }

  /**
   * An unmodifiable object was asked to change.
   *
   * @param message what cannot change
   * @return an {@link UnsupportedOperationException}
   */
  public static RuntimeException unsupported(String message) {
    return new UnsupportedOperationException(message);
  }
}
