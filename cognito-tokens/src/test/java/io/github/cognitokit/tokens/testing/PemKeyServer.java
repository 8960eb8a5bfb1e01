package io.github.cognitokit.tokens.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback ALB key server: {@code GET /{kid}} answers the PEM public key, or 404. Counts requests. */
public final class PemKeyServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> pems = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int failWith;

  public PemKeyServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "pem-key-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public static String pem(PublicKey key) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
  }

  public PemKeyServer put(String kid, PublicKey key) {
    pems.put(kid, pem(key));
    return this;
  }

  public PemKeyServer remove(String kid) {
    pems.remove(kid);
    return this;
  }

  /** Answers every request with this status (an outage), or serves keys again with 0. */
  public PemKeyServer failWith(int status) {
    this.failWith = status;
    return this;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String kid = exchange.getRequestURI().getPath().substring(1);
      if (failWith != 0) {
        exchange.sendResponseHeaders(failWith, -1);
        return;
      }
      String pem = pems.get(kid);
      byte[] body = (pem == null ? "not found" : pem).getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(pem == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
