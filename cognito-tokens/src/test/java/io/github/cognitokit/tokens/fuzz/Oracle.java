package io.github.cognitokit.tokens.fuzz;

import io.github.cognitokit.tokens.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;

/**
 * An independent check of what the verifier accepts: the signature over the exact signing input must verify with
 * the served key, using the JDK directly.
 */
final class Oracle {
  private Oracle() {}

  static boolean signedBy(String token, TestKeys key, String jcaAlgorithm) {
    try {
      int last = token.lastIndexOf('.');
      byte[] input = token.substring(0, last).getBytes(StandardCharsets.US_ASCII);
      byte[] sig = Base64.getUrlDecoder().decode(token.substring(last + 1).replace("=", ""));
      Signature s = Signature.getInstance(jcaAlgorithm);
      s.initVerify(key.pair.getPublic());
      s.update(input);
      return s.verify(sig);
    } catch (Exception e) {
      return false;
    }
  }
}
