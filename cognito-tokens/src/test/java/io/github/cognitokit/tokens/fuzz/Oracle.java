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

  /**
   * Tells whether the token's signature segment is the exact encoding of a signature that the JDK verifies over the
   * exact signing input. JWTs: canonical unpadded base64url only. ALB tokens: canonical base64url, padded (as ALB
   * sends it) or unpadded (AWS announced in 2019 that it would drop the padding, and its docs still show it, so the
   * verifier accepts both on purpose; the signing input is taken as received either way). Nothing else is
   * normalized, so a token that differs from a genuine one in any other spelling is not genuine.
   */
  static boolean signedBy(String token, TestKeys key, String jcaAlgorithm, boolean padded) {
    try {
      int last = token.lastIndexOf('.');
      byte[] input = token.substring(0, last).getBytes(StandardCharsets.US_ASCII);
      String segment = token.substring(last + 1);
      byte[] sig = Base64.getUrlDecoder().decode(segment);
      boolean unpaddedForm = Base64.getUrlEncoder().withoutPadding().encodeToString(sig).equals(segment);
      boolean paddedForm = Base64.getUrlEncoder().encodeToString(sig).equals(segment);
      if (!(unpaddedForm || (padded && paddedForm))) {
        return false;
      }
      Signature s = Signature.getInstance(jcaAlgorithm);
      s.initVerify(key.pair.getPublic());
      s.update(input);
      return s.verify(sig);
    } catch (Exception e) {
      return false;
    }
  }
}
