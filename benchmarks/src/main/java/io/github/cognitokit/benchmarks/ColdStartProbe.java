package io.github.cognitokit.benchmarks;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * One cold start, in a JVM of its own started by {@link ColdStart}: reads the key set and the token (not timed),
 * then times the first verification from nothing and prints {@code nanos=<n>}. Modes: {@code kit} builds a
 * {@link CognitoJwtVerifier} from the in-memory key set and verifies the token with every Cognito check;
 * {@code floor} does only what any verifier must: decode the RSA key, make a JDK {@link Signature} and check the
 * signature (no JSON, no claims). Exits 1 if the token does not verify.
 */
public final class ColdStartProbe {
  /** After how many signature checks the verifiers look for ACCP, as {@code signatureProvider}'s Javadoc says. */
  static final int ACCP_AFTER_CHECKS = 1_000;

  private ColdStartProbe() {}

  /**
   * Runs one cold start.
   *
   * @param args the mode ({@code kit}, {@code floor}, {@code none}: nothing, the zero point of an instruction count,
   *     or {@code switch}), the key set file, the token file
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    String jwks = Files.readString(Path.of(args[1]));
    String token = Files.readString(Path.of(args[2]));
    if ("switch".equals(args[0])) {
      switchProvider(jwks, token);
      return;
    }
    long start = System.nanoTime();
    boolean ok = switch (args[0]) {
      case "floor" -> floor(jwks, token);
      case "none" -> true;
      default -> kit(jwks, token);
    };
    long nanos = System.nanoTime() - start;
    System.out.println("nanos=" + nanos);
    System.exit(ok ? 0 : 1);
  }

  private static boolean kit(String jwks, String token) {
    // The pool and client of Fixture, written out: loading Fixture would load the peers' classes too.
    CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().userPoolId("us-east-1_BenchPool1")
        .tokenUse(TokenUse.ACCESS).clientId("bench-client-id").build();
    verifier.preload(jwks);
    return verifier.verify(token) != null;
  }

  /**
   * Prints which provider checks signatures after the first token ({@code first=}) and after the JVM's verifiers
   * have checked {@link #ACCP_AFTER_CHECKS} tokens and the common pool has done the work it was given
   * ({@code later=}).
   */
  private static void switchProvider(String jwks, String token) {
    CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().userPoolId("us-east-1_BenchPool1")
        .tokenUse(TokenUse.ACCESS).clientId("bench-client-id").build();
    verifier.preload(jwks);
    verifier.verify(token);
    System.out.println("first=" + verifier);
    for (int i = 0; i < ACCP_AFTER_CHECKS; i++) {
      verifier.verify(token);
    }
    java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(30, java.util.concurrent.TimeUnit.SECONDS);
    System.out.println("later=" + verifier);
  }

  private static boolean floor(String jwks, String token) throws Exception {
    Base64.Decoder b64 = Base64.getUrlDecoder();
    PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
        new BigInteger(1, b64.decode(member(jwks, "n"))), new BigInteger(1, b64.decode(member(jwks, "e")))));
    int dot = token.lastIndexOf('.');
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(key);
    s.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
    return s.verify(b64.decode(token.substring(dot + 1)));
  }

  /** A string member of the key set's only key, found by text search: the floor parses no JSON. */
  private static String member(String jwks, String name) {
    // String.concat, not "+": the first "+" in a JVM bootstraps invokedynamic, which is not the floor's work.
    int at = jwks.indexOf("\"".concat(name).concat("\""));
    int open = jwks.indexOf('"', jwks.indexOf(':', at) + 1);
    return jwks.substring(open + 1, jwks.indexOf('"', open + 1));
  }
}
