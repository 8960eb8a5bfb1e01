package io.github.cognitokit.auth.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback proxy in front of a real token endpoint: forwards requests, records them, and injects the faults a
 * test queues (an error status and body, or a delay before answering).
 */
public final class FaultProxy implements AutoCloseable {
  /** A recorded request. */
  public record Recorded(String authorization, String body) {}

  private record Fault(int status, String body, long delayMillis, java.util.function.BooleanSupplier gate) {
    Fault(int status, String body, long delayMillis) {
      this(status, body, delayMillis, null);
    }
  }

  private final HttpServer server;
  private final URI target;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

  public FaultProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fault-proxy");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getPath());
  }

  /** The next request gets this status and JSON body instead of the real answer. */
  public FaultProxy failNext(int status, String body) {
    faults.add(new Fault(status, body, 0));
    return this;
  }

  /** The next request is forwarded, but answered only after this delay. */
  public FaultProxy delayNext(long millis) {
    faults.add(new Fault(0, null, millis));
    return this;
  }

  /** The next request fails after the delay with this status and body. */
  public FaultProxy failNextAfter(long millis, int status, String body) {
    faults.add(new Fault(status, body, millis));
    return this;
  }

  /**
   * The next request fails with this status and body, answered only once {@code gate} holds (checked every few
   * milliseconds, for at most 10 seconds): a latch on the test's own condition instead of a time window.
   */
  public FaultProxy failNextWhen(java.util.function.BooleanSupplier gate, int status, String body) {
    faults.add(new Fault(status, body, 0, gate));
    return this;
  }

  public List<Recorded> requests() {
    return List.copyOf(recorded);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      recorded.add(new Recorded(exchange.getRequestHeaders().getFirst("Authorization"),
          new String(body, StandardCharsets.UTF_8)));
      Fault fault = faults.poll();
      if (fault != null && fault.gate != null) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!fault.gate.getAsBoolean() && System.nanoTime() < deadline) {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      if (fault != null && fault.delayMillis > 0) {
        try {
          Thread.sleep(fault.delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (fault != null && fault.status > 0) {
        send(exchange, fault.status, fault.body, "application/json");
        return;
      }
      HttpRequest.Builder forward = HttpRequest.newBuilder(target)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
        String name = h.getKey();
        if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Content-Type")
            || name.equalsIgnoreCase("Accept")) {
          forward.header(name, h.getValue().get(0));
        }
      }
      HttpResponse<String> response;
      try {
        response = client.send(forward.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      send(exchange, response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse("application/json"));
    }
  }

  private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
