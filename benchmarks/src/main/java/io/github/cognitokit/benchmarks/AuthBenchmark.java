package io.github.cognitokit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.cognitokit.auth.ClientCredentials;
import io.github.cognitokit.auth.SecretHash;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** SECRET_HASH and the cached client-credentials path. */
@State(Scope.Benchmark)
public class AuthBenchmark {
  static final AtomicInteger TOKEN_REQUESTS = new AtomicInteger();
  SecretHash hasher;
  HttpServer server;
  ClientCredentials credentials;

  /** Starts a loopback token endpoint and warms the token cache. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    hasher = SecretHash.forClient("1example23456789", "abcdef0123456789abcdef0123456789abcdef0123456789abcd");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/oauth2/token", exchange -> {
      TOKEN_REQUESTS.incrementAndGet();
      byte[] body = "{\"access_token\":\"eyJraWQiOiJrIn0.eyJzdWIiOiJjIn0.c2ln\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    credentials = ClientCredentials.builder()
        .tokenEndpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token"))
        .clientId("m2m").clientSecret("secret").scopes("rs/read").build();
    credentials.token();
  }

  /** Stops the endpoint. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.stop(0);
  }

  /**
   * {@code SecretHash.of}: keys a MAC and hashes.
   *
   * @return the hash
   */
  @Benchmark
  public String secretHashOf() {
    return SecretHash.of("alice@example.com", "1example23456789", "abcdef0123456789abcdef0123456789abcdef0123456789abcd");
  }

  /**
   * A hasher keyed once.
   *
   * @return the hash
   */
  @Benchmark
  public String secretHashKeyed() {
    return hasher.hash("alice@example.com");
  }

  /**
   * {@code ClientCredentials.token()} from the cache.
   *
   * @return the token
   */
  @Benchmark
  public Object clientCredentialsCached() {
    return credentials.token();
  }
}
