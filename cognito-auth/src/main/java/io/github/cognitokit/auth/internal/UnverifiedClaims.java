package io.github.cognitokit.auth.internal;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads claims of tokens that Cognito has just returned over TLS, without verifying them: only to learn the
 * internal user name. Never use this to make an access decision; verify tokens with cognito-tokens.
 */
public final class UnverifiedClaims {
  private UnverifiedClaims() {}

  /**
   * Reads a string claim.
   *
   * @param jwt the token, or null
   * @param name the claim
   * @return the value, or null if the token is absent or unreadable or has no such string claim
   */
  public static String string(String jwt, String name) {
    if (jwt == null) {
      return null;
    }
    try {
      Object v = JWTParser.parse(jwt).getJWTClaimsSet().getClaim(name);
      return v instanceof String ? (String) v : null;
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Parses a JSON array of strings, as Cognito sends {@code requiredAttributes} and {@code MFAS_CAN_CHOOSE}.
   *
   * @param json the text, or null
   * @return the strings; empty if absent or unreadable
   */
  public static List<String> stringArray(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try {
      for (Object o : JSONArrayUtils.parse(json)) {
        if (o instanceof String) {
          out.add((String) o);
        }
      }
    } catch (ParseException | RuntimeException e) {
      return out;
    }
    return out;
  }
}
