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
 * Makes the exceptions the verification path throws ({@code throw Rejections.malformed(...)}), each the documented
 * {@code TokenVerificationException} subtype. Why a factory: the JVM's bytecode verifier loads every class a method
 * throws with {@code new X(...)} to check that it is a {@code Throwable}, so a verifier class full of such throws
 * loads sixteen exception classes before it verifies its first token; returning them as {@code RuntimeException}
 * here defers that to the first rejection (about 5 ms at a cold start, docs/BENCHMARKS.md).
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
}
