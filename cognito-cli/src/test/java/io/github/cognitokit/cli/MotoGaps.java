package io.github.cognitokit.cli;

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
import java.util.Map;
import java.util.Set;

/**
 * A loopback stand-in in front of the emulator for the two reads it lacks and that {@code export} makes: it answers
 * {@code GetLogDeliveryConfiguration} and {@code GetUICustomization} as the API Reference shows a pool with neither
 * set ({@code LogDeliveryConfiguration} with no {@code LogConfigurations}; a {@code UICustomization} with no CSS or
 * image), and forwards every other request to the emulator unchanged.
 */
final class MotoGaps implements AutoCloseable {
  private static final Map<String, String> ANSWERS = Map.of(
      "AWSCognitoIdentityProviderService.GetLogDeliveryConfiguration",
      "{\"LogDeliveryConfiguration\":{\"LogConfigurations\":[]}}",
      "AWSCognitoIdentityProviderService.GetUICustomization", "{\"UICustomization\":{}}");
  private static final Set<String> HOP = Set.of("host", "connection", "content-length", "expect", "upgrade");

  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI emulator;

  MotoGaps(URI emulator) throws IOException {
    this.emulator = emulator;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      String canned = target == null ? null : ANSWERS.get(target);
      if (canned != null) {
        send(exchange, 200, canned.getBytes(StandardCharsets.UTF_8));
        return;
      }
      HttpRequest.Builder forward = HttpRequest.newBuilder(emulator.resolve(exchange.getRequestURI().toString()))
          .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
          values.forEach(v -> forward.header(name, v));
        }
      });
      HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      answer.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
      send(exchange, answer.statusCode(), answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
