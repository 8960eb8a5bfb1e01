package io.github.cognitokit.examples;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * What an Application Load Balancer does after it signed a user in with Cognito, played locally since no ALB runs
 * here: it signs an {@code x-amzn-oidc-data} header (ES256, padded base64url segments, raw R||S signature) with a
 * P-256 key of its own, and serves that key as PEM at {@code {base}/{kid}}, as the regional key host
 * {@code public-keys.auth.elb.{region}.amazonaws.com} does.
 */
final class AlbStandIn implements AutoCloseable {
  private static final Base64.Encoder PADDED = Base64.getUrlEncoder();

  final String arn;
  private final String kid = UUID.randomUUID().toString();
  private final KeyPair key;
  private final HttpServer keyHost;

  AlbStandIn(String arn) throws Exception {
    this.arn = arn;
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    key = g.generateKeyPair();
    String pem = "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
    keyHost = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    keyHost.createContext("/", exchange -> {
      boolean known = exchange.getRequestURI().getPath().equals("/" + kid);
      byte[] body = (known ? pem : "not found").getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(known ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    keyHost.start();
  }

  /** The stand-in key host: the filter's {@code keyBaseUri}. */
  URI keyBase() {
    return URI.create("http://127.0.0.1:" + keyHost.getAddress().getPort());
  }

  /** The {@code x-amzn-oidc-data} header the ALB would forward for this user, valid for two minutes. */
  String oidcData(String issuer, String clientId, String sub, String username, String email) throws Exception {
    long exp = Instant.now().getEpochSecond() + 120;
    String header = "{\"typ\":\"JWT\",\"kid\":\"" + kid + "\",\"alg\":\"ES256\",\"iss\":\"" + issuer
        + "\",\"client\":\"" + clientId + "\",\"signer\":\"" + arn + "\",\"exp\":" + exp + "}";
    String payload = "{\"sub\":\"" + sub + "\",\"email_verified\":\"true\",\"email\":\"" + email
        + "\",\"username\":\"" + username + "\",\"exp\":" + exp + ",\"iss\":\"" + issuer + "\"}";
    String input = PADDED.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
        + PADDED.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
    s.initSign(key.getPrivate());
    s.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + PADDED.encodeToString(s.sign());
  }

  @Override
  public void close() {
    keyHost.stop(0);
  }
}
