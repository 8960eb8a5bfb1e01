package io.github.cognitokit.tokens.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenVerificationException;
import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.alb.AlbToken;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import io.github.cognitokit.tokens.servlet.CognitoPrincipal;
import io.github.cognitokit.tokens.testing.AlbTokens;
import io.github.cognitokit.tokens.testing.PemKeyServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests of the ALB header verifier and of the servlet filter's header handling, plus their bounded random
 * runs. The filter runs against minimal request and response objects, since the servlet container is not what is
 * being fuzzed.
 */
class AlbAndFilterFuzzTest {
  // Fixed key, kid, token and clock, as in VerifierFuzzTest: findings replay.
  static final TestKeys ALB_KEY = TestKeys.ec("alb", "ES256", 2026_11_24L);
  static final String KID = "3b1c9a7e-0d1f-4e68-b2f3-8c0b5f2d9e41";
  static final AlbJwtVerifier ALB = alb();
  static final String VALID_ALB = AlbTokens.of(ALB_KEY.pair, KID, VerifierFuzzTest.NOW).signedWith(ALB_KEY).build();
  static final CognitoAuthFilter FILTER = CognitoAuthFilter.bearer(VerifierFuzzTest.VERIFIER)
      .requireGroup("/admin/*", "admins").build();

  static AlbJwtVerifier alb() {
    AlbJwtVerifier v = AlbJwtVerifier.builder().albArn(AlbTokens.ARN).clientId(AlbTokens.CLIENT)
        .clock(java.time.Clock.fixed(VerifierFuzzTest.NOW, java.time.ZoneOffset.UTC))
        .keyBaseUri(java.net.URI.create("https://keys.invalid")).fetcher(uri -> {
          throw new io.github.cognitokit.tokens.KeySetUnavailableException("no network in fuzz tests");
        }).build();
    v.preload(AlbTokens.ARN, KID, PemKeyServer.pem(ALB_KEY.pair.getPublic()));
    return v;
  }

  static void albOutcome(String header) {
    AlbToken accepted;
    try {
      accepted = ALB.verify(header);
    } catch (TokenVerificationException expected) {
      return;
    }
    assertThat(Oracle.signedBy(header, ALB_KEY, "SHA256withECDSAinP1363Format", true))
        .as("accepted an ALB token without a genuine signature").isTrue();
    assertThat(accepted.keyId()).isEqualTo(KID);
  }

  /** Runs the filter on one request; returns the status, or 200 when the chain was called. */
  static int filterOutcome(List<String> authorization, String path) throws Exception {
    AtomicInteger status = new AtomicInteger(200);
    AtomicBoolean chained = new AtomicBoolean();
    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(AlbAndFilterFuzzTest.class
        .getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method
        .getName()) {
          case "getHeaders" -> "Authorization".equalsIgnoreCase((String) args[0])
              ? Collections.enumeration(authorization) : Collections.emptyEnumeration();
          case "getServletPath" -> path;
          case "getMethod" -> "GET";
          case "getPathInfo", "getAttribute" -> null;
          case "setAttribute" -> null;
          case "hashCode" -> 1;
          case "equals" -> proxy == args[0];
          default -> null;
        });
    ServletOutputStream body = new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {}

      @Override
      public void write(int b) {}
    };
    HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(AlbAndFilterFuzzTest.class
        .getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
          if (method.getName().equals("setStatus")) {
            status.set((Integer) args[0]);
          }
          return method.getName().equals("getOutputStream") ? body : null;
        });
    FilterChain chain = (req, res) -> {
      chained.set(true);
      CognitoPrincipal principal = (CognitoPrincipal) ((HttpServletRequest) req).getUserPrincipal();
      CognitoToken token = principal.token().orElseThrow();
      assertThat(Oracle.signedBy(token == null ? "" : authorization.get(0).substring(7).trim(), VerifierFuzzTest.RSA,
          "SHA256withRSA", false)).as("the chain ran for a token without a genuine signature").isTrue();
    };
    FILTER.doFilter(request, response, chain);
    if (chained.get()) {
      assertThat(status.get()).isEqualTo(200);
    } else {
      assertThat(status.get()).isIn(400, 401, 403, 503);
    }
    return status.get();
  }

  @DictionaryFile(resourcePath = "/io/github/cognitokit/tokens/fuzz/json-edges.dict")
  @FuzzTest(maxDuration = "1m")
  void albVerify_arbitraryAndMutatedHeaders(FuzzedDataProvider data) {
    albOutcome(data.consumeBoolean() ? data.consumeRemainingAsString() : Mutations.mutate(VALID_ALB, data));
  }

  @FuzzTest(maxDuration = "1m")
  void filter_arbitraryAuthorizationHeaders(FuzzedDataProvider data) throws Exception {
    int count = data.consumeInt(0, 3);
    List<String> headers = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      headers.add(data.consumeString(200));
    }
    filterOutcome(headers, data.consumeBoolean() ? "/admin/x" : "/api/x");
  }

  @Test
  void alb_twentyThousandMutations_fromAFixedSeed() {
    Random random = new Random(7L);
    for (int i = 0; i < 20_000; i++) {
      albOutcome(Mutations.mutate(VALID_ALB, Mutations.Source.of(random)));
    }
    albOutcome(VALID_ALB);
    assertThat(ALB.verify(VALID_ALB).keyId()).isEqualTo(KID);
  }

  @Test
  void filter_randomHeaders_alwaysAnswerADocumentedStatus() throws Exception {
    Random random = new Random(11L);
    Mutations.Source source = Mutations.Source.of(random);
    String good = "Bearer " + VerifierFuzzTest.VALID_RSA;
    assertThat(filterOutcome(List.of(good), "/api/x")).isEqualTo(200);
    for (int i = 0; i < 5_000; i++) {
      List<String> headers = switch (random.nextInt(4)) {
        case 0 -> List.of(source.consumeString(100));
        case 1 -> List.of("Bearer " + Mutations.mutate(VerifierFuzzTest.VALID_RSA, source));
        case 2 -> List.of(good, good);
        default -> List.of();
      };
      filterOutcome(headers, random.nextBoolean() ? "/admin/x" : "/api/x");
    }
  }
}
