package io.github.cognitokit.admin.internal;

import io.github.cognitokit.tokens.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the logo Cognito serves for a hosted UI ({@code UICustomization.ImageUrl}, a public CloudFront address), so
 * that a logo can be compared with the one a spec asks for, and sent again when only the CSS changes
 * ({@code SetUICustomization} replaces both). Not part of the public API.
 */
public final class HostedImages {
  /** Cognito's limit for a hosted UI logo. */
  public static final int MAX_BYTES = 100 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private HostedImages() {}

  /**
   * Fetches an image.
   *
   * @param url the image address: https, or http on loopback (an emulator's stand-in)
   * @return the bytes, or empty if the address is not acceptable, the answer is not 200, or the image is larger than
   *     Cognito allows
   * @throws IOException if it cannot be read
   */
  public static Optional<byte[]> fetch(String url) throws IOException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!uri.isAbsolute() || !Loopback.isHttpsOrLoopbackHttp(uri)) {
      return Optional.empty();
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the hosted UI logo", e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    }
  }
}
