package io.github.cognitokit.tokens.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mints tokens in the ALB {@code x-amzn-oidc-data} format: ES256, base64url segments with padding. */
public final class AlbTokens {
  public static final String ARN =
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188";
  public static final String CLIENT = "alb-client-1";
  public static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool1";
  private static final Base64.Encoder PADDED = Base64.getUrlEncoder();

  public final Map<String, Object> header = new LinkedHashMap<>();
  public final Map<String, Object> claims = new LinkedHashMap<>();
  private final KeyPair pair;
  private String signatureAlgorithm = "SHA256withECDSAinP1363Format";

  private AlbTokens(KeyPair pair) {
    this.pair = pair;
  }

  public static AlbTokens of(KeyPair pair, String kid, Instant now) {
    AlbTokens t = new AlbTokens(pair);
    t.header.put("typ", "JWT");
    t.header.put("kid", kid);
    t.header.put("alg", "ES256");
    t.header.put("iss", ISSUER);
    t.header.put("client", CLIENT);
    t.header.put("signer", ARN);
    t.header.put("exp", now.getEpochSecond() + 120);
    t.claims.put("sub", "5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
    t.claims.put("email_verified", "true");
    t.claims.put("email", "alice@example.com");
    t.claims.put("username", "alice");
    t.claims.put("exp", now.getEpochSecond() + 120);
    t.claims.put("iss", ISSUER);
    return t;
  }

  public AlbTokens header(String name, Object value) {
    header.put(name, value);
    return this;
  }

  public AlbTokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  private TestKeys deterministicSigner;

  /** Signs with this key's seeded randomness (a key made from a seed): the same token on every run. */
  public AlbTokens signedWith(TestKeys key) {
    this.deterministicSigner = key;
    return this;
  }

  public AlbTokens derSignature() {
    signatureAlgorithm = "SHA256withECDSA";
    return this;
  }

  public String build() {
    String input = PADDED.encodeToString(Tokens.json(header).getBytes(StandardCharsets.UTF_8)) + "."
        + PADDED.encodeToString(Tokens.json(claims).getBytes(StandardCharsets.UTF_8));
    if (deterministicSigner != null && signatureAlgorithm.equals("SHA256withECDSAinP1363Format")) {
      return input + "." + PADDED.encodeToString(deterministicSigner.signature(input, "ES256"));
    }
    try {
      Signature s = Signature.getInstance(signatureAlgorithm);
      s.initSign(pair.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + PADDED.encodeToString(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
