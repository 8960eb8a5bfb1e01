package io.github.cognitokit.tokens;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user pool id rule every Cognito Kit module shares, and what follows from an id: its region and the issuer of
 * the pool's tokens. An id is {@code <region>_<suffix>}, for example {@code us-east-1_AbC123} or
 * {@code cn-north-1_Xy9}: a region of lower-case letters and dashes ending in a number, an underscore, then letters
 * and digits.
 */
public final class UserPoolIds {
  private static final Pattern POOL_ID = Pattern.compile("([a-z]{2,4}(?:-[a-z]+)+-\\d+)_[0-9A-Za-z]+");

  private UserPoolIds() {}

  /**
   * Tells whether a string is a user pool id.
   *
   * @param userPoolId the candidate; null is not one
   * @return true if it follows the rule
   */
  public static boolean isValid(String userPoolId) {
    return userPoolId != null && POOL_ID.matcher(userPoolId).matches();
  }

  /**
   * Checks a user pool id.
   *
   * @param userPoolId the id
   * @param name what the caller calls it, for the message
   * @return the id
   * @throws IllegalArgumentException if it is null or not a user pool id; the message names {@code name} and an
   *     example
   */
  public static String require(String userPoolId, String name) {
    if (!isValid(userPoolId)) {
      throw new IllegalArgumentException(name + " must look like us-east-1_AbC123, was "
          + (userPoolId == null ? "null" : "'" + userPoolId + "'"));
    }
    return userPoolId;
  }

  /**
   * Returns the region of a user pool id.
   *
   * @param userPoolId the id, for example {@code eu-west-1_AbC123}
   * @return the region, for example {@code eu-west-1}
   * @throws IllegalArgumentException if it is not a user pool id
   */
  public static String region(String userPoolId) {
    Matcher m = POOL_ID.matcher(require(userPoolId, "userPoolId"));
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: the id was checked");
    }
    return m.group(1);
  }

  /**
   * Returns the pool's name part: what follows the underscore, such as {@code AbC123} for {@code eu-west-1_AbC123}.
   * Cognito's SRP proof hashes this part, not the whole id.
   *
   * @param userPoolId the id
   * @return the name part
   * @throws IllegalArgumentException if it is not a user pool id
   */
  public static String poolName(String userPoolId) {
    String id = require(userPoolId, "userPoolId");
    return id.substring(id.indexOf('_') + 1);
  }

  /**
   * Returns the issuer ({@code iss} claim) of a pool's tokens:
   * {@code https://cognito-idp.{region}.amazonaws.com/{id}}, with {@code amazonaws.com.cn} in the China regions.
   *
   * @param userPoolId the id
   * @return the issuer
   * @throws IllegalArgumentException if it is not a user pool id
   */
  public static String issuer(String userPoolId) {
    String region = region(userPoolId);
    String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return "https://cognito-idp." + region + "." + domain + "/" + userPoolId;
  }
}
