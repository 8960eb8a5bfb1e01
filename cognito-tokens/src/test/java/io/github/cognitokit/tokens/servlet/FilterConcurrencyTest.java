package io.github.cognitokit.tokens.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import io.github.cognitokit.tokens.testing.JettyApp;
import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FilterConcurrencyTest {
  @Test
  void eightClientsFiveThousandRequestsEach_everyAnswerRight_oneKeyFetch() throws Exception {
    TestKeys key = TestKeys.rsa("k1");
    TestKeys attacker = TestKeys.rsa("k1");
    Instant now = Instant.now();
    String good = "Bearer " + Tokens.access(key, now).build();
    String forged = "Bearer " + Tokens.access(attacker, now).build();
    String expired = "Bearer " + Tokens.access(key, now).claim("exp", now.getEpochSecond() - 5).build();
    String noGroup = "Bearer " + Tokens.access(key, now).claim("cognito:groups", List.of("users")).build();
    try (JwksServer keys = new JwksServer().serve(TestKeys.jwks(key))) {
      CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(keys.uri())
          .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
      try (JettyApp app = JettyApp.with(CognitoAuthFilter.bearer(verifier).requireGroup("/admin/*", "admins")
          .build())) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int seed = t;
          results.add(pool.submit(() -> {
            HttpClient client = HttpClient.newHttpClient();
            start.await();
            int right = 0;
            for (int i = 0; i < 5000; i++) {
              int kind = (i + seed) % 5;
              String auth = switch (kind) {
                case 0, 1 -> good;
                case 2 -> forged;
                case 3 -> expired;
                default -> noGroup;
              };
              int expected = switch (kind) {
                case 0, 1 -> 200;
                case 4 -> 403;
                default -> 401;
              };
              HttpResponse<String> r = client.send(HttpRequest.newBuilder(app.uri("/admin/x"))
                  .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() == expected && (expected != 200 || r.body().startsWith("alice|BEARER|true"))) {
                right++;
              }
            }
            return right;
          }));
        }
        start.countDown();
        for (Future<Integer> f : results) {
          assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(5000);
        }
        pool.shutdownNow();
        assertThat(keys.requests()).isEqualTo(1);
      }
    }
  }
}
