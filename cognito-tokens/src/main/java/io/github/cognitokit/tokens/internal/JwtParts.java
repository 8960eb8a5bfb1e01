package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.MalformedTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A compact JWS split into its parts, with strict checks: three non-empty segments of canonical unpadded base64url
 * (or, {@link #parsePadded padded}, base64url with padding, as an ALB's {@code x-amzn-oidc-data} header has it), header
 * and payload strict UTF-8 JSON objects without duplicate members. One parser for Cognito's tokens and the ALB's.
 *
 * @param header the header members
 * @param payload the claims
 * @param token the token's characters as bytes; its first {@code signingInputLength} bytes are the signing input
 *     {@code header.payload}
 * @param headerLength the length of the header segment
 * @param headerCached true if the header came from a {@link HeaderCache} rather than being parsed
 * @param signingInputLength the length of the signing input
 * @param signature the decoded signature
 */
public record JwtParts(Map<String, Object> header, Map<String, Object> payload, byte[] token, int headerLength,
    boolean headerCached, int signingInputLength, byte[] signature) {

  /**
   * Parses a token. The messages name what is wrong, never the token.
   *
   * @param token the compact serialization, length already checked
   * @return the parts
   * @throws MalformedTokenException if the token is not a well-formed JWS
   */
  public static JwtParts parse(String token) {
    return parse(token, KnownStrings.COMMON, null);
  }

  /**
   * Parses a token, sharing known strings and reusing cached headers.
   *
   * @param token the compact serialization, length already checked
   * @param known the strings to share
   * @param headers the headers of tokens that verified before, or null
   * @return the parts
   * @throws MalformedTokenException if the token is not a well-formed JWS
   */
  public static JwtParts parse(String token, KnownStrings known, HeaderCache headers) {
    return parse(token, known, headers, false);
  }

  /**
   * Parses an ALB's {@code x-amzn-oidc-data} header: a JWS whose segments are base64url with padding. Messages say
   * "ALB token" and name what is wrong, never the token.
   *
   * @param token the header value, length already checked
   * @param known strings to intern while parsing JSON
   * @return the parts
   * @throws MalformedTokenException if the token is not well formed
   */
  public static JwtParts parsePadded(String token, KnownStrings known) {
    return parse(token, known, null, true);
  }

  // The form is a boolean rather than an enum: an enum is one more class to load before the first token.
  private static JwtParts parse(String token, KnownStrings known, HeaderCache headers, boolean padded) {
    String label = padded ? "ALB token" : "token";
    // One copy of the token as bytes, which is also the signing input. A character above U+00FF becomes '?' and
    // one from U+0080 to U+00FF a byte above 0x7F: neither is a base64url character or a dot, so such a token
    // fails in decode below, just as it would on its characters.
    byte[] raw = token.getBytes(StandardCharsets.ISO_8859_1);
    if (raw.length != token.length()) {
      // A surrogate pair became one '?': byte and character positions no longer line up.
      throw Rejections.malformed(label + " holds characters outside base64url");
    }
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw Rejections.malformed(label + " must have exactly 3 dot-separated segments");
    }
    if (first == 0 || second == first + 1 || second == raw.length - 1) {
      throw Rejections.malformed(label + " has an empty segment");
    }
    Map<String, Object> header = headers == null ? null : headers.find(raw, first);
    boolean cached = header != null;
    if (!cached) {
      header = json(decode(raw, 0, first, "header", label, padded), "header", known, label);
    }
    byte[] payloadBytes = decode(raw, first + 1, second, "payload", label, padded);
    byte[] signature = decode(raw, second + 1, raw.length, "signature", label, padded);
    Map<String, Object> payload = json(payloadBytes, "payload", known, label);
    return new JwtParts(header, payload, raw, first, cached, second, signature);
  }

  private static byte[] decode(byte[] raw, int from, int to, String part, String label, boolean padded) {
    byte[] bytes = padded ? Base64Url.decodePadded(raw, from, to) : Base64Url.decode(raw, from, to);
    if (bytes == null) {
      throw Rejections.malformed(label + " " + part + (padded ? " is not base64url"
          : " is not canonical unpadded base64url"));
    }
    return bytes;
  }

  private static Map<String, Object> json(byte[] bytes, String part, KnownStrings known, String label) {
    try {
      return Json.parseObject(bytes, 0, bytes.length, known);
    } catch (RuntimeException e) { // JsonException, not named: see Rejections
      throw e instanceof JsonException
          ? Rejections.malformed(label + " " + part + " is not a strict UTF-8 JSON object: " + e.getMessage()) : e;
    }
  }
}
