package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.MalformedTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A compact JWS split into its parts, with strict checks: three non-empty segments of canonical unpadded base64url
 * (or, in {@link Form#PADDED} form, base64url with padding, as an ALB's {@code x-amzn-oidc-data} header has it), header
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
    return parse(token, known, headers, Form.UNPADDED);
  }

  /** How the segments are encoded. */
  public enum Form {
    /** A JWS compact serialization: canonical unpadded base64url; messages say "token". */
    UNPADDED("token"),
    /** An ALB's {@code x-amzn-oidc-data}: base64url, padded; messages say "ALB token". */
    PADDED("ALB token");

    private final String label;

    Form(String label) {
      this.label = label;
    }
  }

  /**
   * Parses a token in the given form. The messages name what is wrong, never the token.
   *
   * @param token the compact serialization, length already checked
   * @param known strings to intern while parsing JSON
   * @param headers a cache of headers already parsed, or null
   * @param form the segments' encoding
   * @return the parts
   * @throws MalformedTokenException if the token is not well formed
   */
  public static JwtParts parse(String token, KnownStrings known, HeaderCache headers, Form form) {
    String label = form.label;
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
      header = json(decode(raw, 0, first, "header", form), "header", known, label);
    }
    byte[] payloadBytes = decode(raw, first + 1, second, "payload", form);
    byte[] signature = decode(raw, second + 1, raw.length, "signature", form);
    Map<String, Object> payload = json(payloadBytes, "payload", known, label);
    return new JwtParts(header, payload, raw, first, cached, second, signature);
  }

  private static byte[] decode(byte[] raw, int from, int to, String part, Form form) {
    byte[] bytes = form == Form.PADDED ? Base64Url.decodePadded(raw, from, to) : Base64Url.decode(raw, from, to);
    if (bytes == null) {
      throw Rejections.malformed(form.label + " " + part + (form == Form.PADDED ? " is not base64url"
          : " is not canonical unpadded base64url"));
    }
    return bytes;
  }

  private static Map<String, Object> json(byte[] bytes, String part, KnownStrings known, String label) {
    try {
      return Json.parseObject(bytes, 0, bytes.length, known);
    } catch (JsonException e) {
      throw Rejections.malformed(label + " " + part + " is not a strict UTF-8 JSON object: "
          + e.getMessage());
    }
  }
}
