package io.github.cognitokit.tokens.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback key server for tests: serves a JWKS document, counts requests, and can misbehave on demand.
 */
public final class JwksServer implements AutoCloseable {
  public enum Mode { OK, STATUS, SLOW_HEADERS, DRIP, REDIRECT, GARBAGE, HUGE, DROP }

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String body = "{\"keys\":[]}";
  private volatile Mode mode = Mode.OK;
  private volatile int status = 500;
  private volatile long delayMillis;
  private volatile String redirectTo = "https://example.com/jwks.json";

  public JwksServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "jwks-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pool/.well-known/jwks.json");
  }

  public JwksServer serve(String jwks) {
    this.body = jwks;
    this.mode = Mode.OK;
    return this;
  }

  public JwksServer mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  public JwksServer status(int status) {
    this.status = status;
    this.mode = Mode.STATUS;
    return this;
  }

  public JwksServer delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  public JwksServer redirectTo(String location) {
    this.redirectTo = location;
    this.mode = Mode.REDIRECT;
    return this;
  }

  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      if (delayMillis > 0) {
        sleep(delayMillis);
      }
      switch (mode) {
        case OK -> send(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
        case STATUS -> send(exchange, status, "{\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8));
        case GARBAGE -> send(exchange, 200, "{\"keys\":[".getBytes(StandardCharsets.UTF_8));
        case REDIRECT -> {
          exchange.getResponseHeaders().add("Location", redirectTo);
          exchange.sendResponseHeaders(302, -1);
        }
        case HUGE -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try (OutputStream out = exchange.getResponseBody()) {
            out.write('{');
            for (int i = 0; i < 160; i++) { // 10 MiB
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up once it had enough: expected
          }
        }
        case DRIP -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
              out.write(b);
              out.flush();
              sleep(1000);
            }
          } catch (IOException e) {
            // the client gave up: expected
          }
        }
        case SLOW_HEADERS -> {
          sleep(60_000);
          send(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
        }
        case DROP -> exchange.getHttpContext(); // close without an answer
        default -> throw new IllegalStateException();
      }
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
