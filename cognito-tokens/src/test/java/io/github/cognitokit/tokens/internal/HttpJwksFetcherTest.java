package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The default HTTP client: one per connect timeout for the whole JVM, not one per verifier or key set. */
class HttpJwksFetcherTest {
  @Test
  void defaultFetchers_withTheSameConnectTimeout_shareOneClient() {
    Duration connect = Duration.ofMillis(1_234);
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(connect, Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(connect, Duration.ofSeconds(5), 2048);

    assertThat(a.client()).isSameAs(b.client());
    assertThat(a.client().connectTimeout()).contains(connect);
    assertThat(a.client().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
  }

  @Test
  void defaultFetchers_withOtherConnectTimeouts_haveClientsOfTheirOwn() {
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(Duration.ofMillis(1_235), Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(Duration.ofMillis(1_236), Duration.ofSeconds(3), 1024);

    assertThat(a.client()).isNotSameAs(b.client());
    assertThat(b.client().connectTimeout()).contains(Duration.ofMillis(1_236));
  }

  @Test
  void aFetcherWithTheUsersClient_sendsWithIt() {
    HttpClient mine = HttpClient.newHttpClient();

    assertThat(new HttpJwksFetcher(mine, Duration.ofSeconds(3), 1024).client()).isSameAs(mine);
  }

  @Test
  void pastSixteenConnectTimeouts_theTableStartsOver_andStillShares() {
    for (int i = 0; i < 20; i++) {
      HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_000 + i), Duration.ofSeconds(3), 1024).client();
    }
    HttpJwksFetcher a = HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_019), Duration.ofSeconds(3), 1024);
    HttpJwksFetcher b = HttpJwksFetcher.lazyDefault(Duration.ofMillis(2_019), Duration.ofSeconds(9), 1024);

    assertThat(a.client()).isSameAs(b.client());
  }
}
