package io.github.cognitokit.benchmarks;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What rejecting the most expensive inputs we know costs, at the default token size limit (16 KiB) and at the
 * largest one a verifier accepts (64 KiB), next to verifying a genuine RS256 token in the same run. Each input is
 * unsigned and fully parsed before it is refused: a payload of colliding member names, of 64-digit numbers, of
 * 17-digit doubles, of tiny members, of escapes, and one long number.
 */
@State(Scope.Benchmark)
public class HostileInputBenchmark {
  /** The input's shape. */
  @Param({"genuineRs256", "collidingNames", "longNumbers", "doubles", "tinyMembers", "escapes", "oneLongNumber"})
  public String shape;

  /** The token size limit, and so the input's size. */
  @Param({"16384", "65536"})
  public int size;

  CognitoJwtVerifier verifier;
  String token;

  /** Builds the verifier (limit {@link #size}) and the input. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Fixture fixture = new Fixture("RS256");
    verifier = CognitoJwtVerifier.builder().userPoolId(Fixture.POOL_ID).clientId(Fixture.CLIENT)
        .tokenUse(TokenUse.ACCESS).maxTokenSize(size).fetcher(uri -> {
          throw new AssertionError("preloaded");
        }).build();
    verifier.preload(fixture.jwks);
    token = shape.equals("genuineRs256") ? fixture.tokens[0] : hostile(shape, size);
    if (token.length() > size) {
      throw new IllegalStateException(shape + " is " + token.length() + " characters, over " + size);
    }
  }

  static String hostile(String shape, int size) {
    int budget = size * 3 / 4 - 64; // base64 grows by a third; room for the header and the signature
    String payload = switch (shape) {
      case "collidingNames" -> {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; sb.length() + 40 < budget; i++) {
          sb.append(i == 0 ? "" : ",").append('"');
          for (int b = 0; b < 12; b++) {
            sb.append(((i >> b) & 1) == 0 ? "Aa" : "BB"); // all of one String.hashCode
          }
          sb.append("\":1");
        }
        yield sb.append('}').toString();
      }
      case "longNumbers" -> list("1".repeat(64), budget);
      case "doubles" -> list("1.7976931348623157e308", budget);
      case "tinyMembers" -> {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; sb.length() + 20 < budget; i++) {
          sb.append(i == 0 ? "" : ",").append('"').append(i).append("\":0");
        }
        yield sb.append('}').toString();
      }
      case "escapes" -> "{\"s\":\"" + "\\u0041".repeat((budget - 10) / 6) + "\"}";
      case "oneLongNumber" -> "{\"n\":" + "1".repeat(budget - 10) + "}";
      default -> throw new IllegalArgumentException(shape);
    };
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"bench-key-1\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
  }

  private static String list(String item, int budget) {
    StringBuilder sb = new StringBuilder("{\"n\":[");
    while (sb.length() + item.length() + 4 < budget) {
      sb.append(sb.length() == 6 ? "" : ",").append(item);
    }
    return sb.append("]}").toString();
  }

  /**
   * Verifies the input: accepts the genuine token, refuses the others.
   *
   * @return the outcome, so that nothing is optimized away
   */
  @Benchmark
  public Object verify() {
    try {
      return verifier.verify(token);
    } catch (TokenVerificationException e) {
      return e.reason();
    }
  }
}
