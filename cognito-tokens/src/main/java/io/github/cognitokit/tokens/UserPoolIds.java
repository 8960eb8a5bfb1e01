package io.github.cognitokit.tokens;

/**
 * The user pool id rule every Cognito Kit module shares, and what follows from an id: its region and the issuer of
 * the pool's tokens. An id is {@code <region>_<suffix>}, for example {@code us-east-1_AbC123} or
 * {@code cn-north-1_Xy9}: a region of lower-case letters and dashes ending in a number, an underscore, then letters
 * and digits.
 */
public final class UserPoolIds {
  private UserPoolIds() {}

  /**
   * Tells whether a string is a user pool id.
   *
   * @param userPoolId the candidate; null is not one
   * @return true if it follows the rule
   */
  public static boolean isValid(String userPoolId) {
    if (userPoolId == null) {
      return false;
    }
    // The rule, as a regular expression: ([a-z]{2,4}(?:-[a-z]+)+-[0-9]+)_[0-9A-Za-z]+. Scanned by hand so that
    // building a verifier compiles no pattern; UserPoolIdsTest checks both agree.
    int underscore = userPoolId.indexOf('_');
    if (underscore < 0 || underscore == userPoolId.length() - 1) {
      return false;
    }
    for (int i = underscore + 1; i < userPoolId.length(); i++) {
      char c = userPoolId.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return isRegion(userPoolId, underscore);
  }

  /** Whether {@code id[0, end)} is letters{2,4} (-letters+)+ -digits+. */
  private static boolean isRegion(String id, int end) {
    int parts = 0;
    int start = 0;
    while (start <= end) {
      int dash = id.indexOf('-', start);
      int stop = dash < 0 || dash > end ? end : dash;
      int length = stop - start;
      boolean last = stop == end;
      if (length == 0) {
        return false;
      }
      for (int i = start; i < stop; i++) {
        char c = id.charAt(i);
        boolean ok = last ? c >= '0' && c <= '9' : c >= 'a' && c <= 'z';
        if (!ok) {
          return false;
        }
      }
      if (parts == 0 && (length < 2 || length > 4 || last)) {
        return false;
      }
      parts++;
      start = stop + 1;
    }
    return parts >= 3;
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
    String id = require(userPoolId, "userPoolId");
    return id.substring(0, id.indexOf('_'));
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
