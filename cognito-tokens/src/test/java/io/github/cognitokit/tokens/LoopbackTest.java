package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one loopback rule: IP literals in 127.0.0.0/8 or ::1, or localhost; never a name that merely looks like one. */
class LoopbackTest {
  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "127.255.255.255", "[::1]", "::1",
      "[0:0:0:0:0:0:0:1]"})
  void loopbackHosts(String host) {
    assertThat(Loopback.isLoopbackHost(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "evil-localhost",
      "128.0.0.1", "10.0.0.1", "0.0.0.0", "127.0.0", "127.0.0.256", "127.0.0.1.", "127..0.1", "[::2]", "::",
      "[::ffff:10.0.0.1]", "", "1270.0.0.1", "example.com", "[::1:evil]"})
  void otherHosts(String host) {
    assertThat(Loopback.isLoopbackHost(host)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://auth.example.com/oauth2/token", "http://127.0.0.1:8080/oauth2/token",
      "http://localhost/x", "http://[::1]:9000/x", "HTTPS://example.com"})
  void allowedUrls(String url) {
    assertThat(Loopback.isHttpsOrLoopbackHttp(URI.create(url))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.evil.example/oauth2/token", "http://example.com/x", "ftp://127.0.0.1/x",
      "/relative", "http:opaque", "http://10.1.2.3/x"})
  void refusedUrls(String url) {
    assertThat(Loopback.isHttpsOrLoopbackHttp(URI.create(url))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void null_isNeither() {
    assertThat(Loopback.isLoopbackHost(null)).isFalse();
    assertThat(Loopback.isHttpsOrLoopbackHttp(null)).isFalse();
  }
}
