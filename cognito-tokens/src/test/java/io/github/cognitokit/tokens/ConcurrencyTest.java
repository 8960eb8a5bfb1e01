package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void verify_eightThreadsFiftyThousandTokensEach_fromAColdCache_oneFetchNoError() throws Exception {
    TestKeys key = TestKeys.rsa("k1");
    Instant now = Instant.now();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      tokens.add(Tokens.access(key, now).claim("jti", "token-" + i).claim("username", "user-" + i).build());
    }
    try (JwksServer server = new JwksServer().serve(TestKeys.jwks(key)).delay(100)) {
      CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(server.uri())
          .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 61;
        results.add(pool.submit(() -> {
          start.await();
          int ok = 0;
          for (int i = 0; i < 50_000; i++) {
            int n = (offset + i) % tokens.size();
            CognitoToken verified = verifier.verify(tokens.get(n));
            if (verified.username().orElseThrow().equals("user-" + n)) {
              ok++;
            }
          }
          return ok;
        }));
      }
      start.countDown();
      for (Future<Integer> f : results) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(50_000);
      }
      pool.shutdownNow();
      assertThat(server.requests()).isEqualTo(1);
    }
  }
}
