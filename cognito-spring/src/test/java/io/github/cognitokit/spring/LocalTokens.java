package io.github.cognitokit.spring;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenUse;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Tokens signed here with a fixed-size RSA key, for the tests that need exact claim shapes without the emulator. The
 * claims follow Cognito's access and ID tokens (AWS Cognito developer guide, "Understanding the access token" and
 * "Understanding the identity (ID) token").
 */
public final class LocalTokens {
  public static final String POOL_ID = "eu-west-1_AbC123";
  public static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/" + POOL_ID;
  public static final String CLIENT_ID = "5d3b1p2s0nlbbu4skmajl0sq2p";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final KeyPair KEYS = generate();

  private LocalTokens() {}

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String b64(byte[] bytes) {
    return B64.encodeToString(bytes);
  }

  static String unsigned(BigInteger n) {
    byte[] b = n.toByteArray();
    return b64(b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b);
  }

  public static String jwks() {
    RSAPublicKey k = (RSAPublicKey) KEYS.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"local-1\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
        + unsigned(k.getModulus()) + "\",\"e\":\"" + unsigned(k.getPublicExponent()) + "\"}]}";
  }

  /** Signs a payload given as JSON text. */
  public static String sign(String payloadJson) {
    String header = b64("{\"kid\":\"local-1\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String input = header + "." + b64(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(KEYS.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A verifier for these tokens, keys preloaded, so nothing is fetched. */
  public static CognitoJwtVerifier.Builder verifier(TokenUse use) {
    return CognitoJwtVerifier.builder().userPoolId(POOL_ID).clientId(CLIENT_ID).tokenUse(use);
  }

  public static CognitoJwtVerifier ready(CognitoJwtVerifier verifier) {
    verifier.preload(jwks());
    return verifier;
  }

  public static CognitoToken verified(String token, TokenUse use) {
    return ready(verifier(use).build()).verify(token);
  }

  public static long now() {
    return System.currentTimeMillis() / 1000;
  }

  /** A user's access token, in the shape the developer guide shows. */
  public static String access(String extraJson) {
    long now = now();
    return sign("{\"sub\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"cognito:groups\":[\"admins\",\"ops\"],"
        + "\"iss\":\"" + ISSUER + "\",\"version\":2,\"client_id\":\"" + CLIENT_ID + "\",\"origin_jti\":\"o-1\","
        + "\"token_use\":\"access\",\"scope\":\"aws.cognito.signin.user.admin openid orders/read\","
        + "\"auth_time\":" + now + ",\"exp\":" + (now + 3600) + ",\"iat\":" + now + ",\"jti\":\"j-1\","
        + "\"username\":\"alice\"" + extraJson + "}");
  }

  /** An ID token, in the shape the developer guide shows. */
  public static String id(String audJson) {
    long now = now();
    return sign("{\"sub\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"cognito:groups\":[\"admins\"],"
        + "\"email_verified\":true,\"iss\":\"" + ISSUER + "\",\"cognito:username\":\"alice\",\"origin_jti\":\"o-1\","
        + "\"aud\":" + audJson + ",\"event_id\":\"e-1\",\"token_use\":\"id\",\"auth_time\":" + now
        + ",\"exp\":" + (now + 3600) + ",\"iat\":" + now + ",\"jti\":\"j-2\",\"email\":\"alice@example.com\","
        + "\"address\":{\"formatted\":\"1 Main St\"},\"custom:tenant\":\"acme\"}");
  }

  /** A client-credentials (machine) access token: no user, sub is the client. */
  public static String machine() {
    long now = now();
    return sign("{\"sub\":\"" + CLIENT_ID + "\",\"token_use\":\"access\",\"scope\":\"rs/read rs/write\","
        + "\"auth_time\":" + now + ",\"iss\":\"" + ISSUER + "\",\"exp\":" + (now + 3600) + ",\"iat\":" + now
        + ",\"version\":2,\"jti\":\"j-3\",\"client_id\":\"" + CLIENT_ID + "\"}");
  }
}
