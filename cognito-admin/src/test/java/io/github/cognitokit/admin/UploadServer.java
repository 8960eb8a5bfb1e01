package io.github.cognitokit.admin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for an import job's pre-signed S3 upload URL on loopback: keeps the last body and its
 * {@code x-amz-server-side-encryption} header, and answers with the status set (200 unless told otherwise).
 */
final class UploadServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicReference<String> body = new AtomicReference<>();
  private final AtomicReference<String> encryption = new AtomicReference<>();
  private final AtomicInteger status = new AtomicInteger(200);

  UploadServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/upload", x -> {
      body.set(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      encryption.set(x.getRequestHeaders().getFirst("x-amz-server-side-encryption"));
      x.sendResponseHeaders(status.get(), -1);
      x.close();
    });
    server.start();
  }

  /** The URL to hand out as {@code PreSignedUrl}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload?X-Amz-Signature=x";
  }

  /** The last uploaded file, or null. */
  String body() {
    return body.get();
  }

  /** The last upload's server-side encryption header, or null. */
  String encryption() {
    return encryption.get();
  }

  /** Answers later uploads with this HTTP status. */
  void answer(int httpStatus) {
    status.set(httpStatus);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
