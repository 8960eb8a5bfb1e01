package io.github.cognitokit.tokens.internal;

import io.github.cognitokit.tokens.MalformedTokenException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A compact JWS split into its parts, with strict checks: three segments of canonical unpadded base64url, header
 * and payload strict UTF-8 JSON objects without duplicate members.
 *
 * @param header the header members
 * @param payload the claims
 * @param signingInput the ASCII bytes of {@code header.payload}
 * @param signature the decoded signature
 */
public record JwtParts(Map<String, Object> header, Map<String, Object> payload, byte[] signingInput,
    byte[] signature) {

  /**
   * Parses a token. The messages name what is wrong, never the token.
   *
   * @param token the compact serialization, length already checked
   * @return the parts
   * @throws MalformedTokenException if the token is not a well-formed JWS
   */
  public static JwtParts parse(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw new MalformedTokenException("token must have exactly 3 dot-separated segments");
    }
    if (first == 0 || second == first + 1 || second == token.length() - 1) {
      throw new MalformedTokenException("token has an empty segment");
    }
    byte[] headerBytes = decode(token, 0, first, "header");
    byte[] payloadBytes = decode(token, first + 1, second, "payload");
    byte[] signature = decode(token, second + 1, token.length(), "signature");
    Map<String, Object> header = json(headerBytes, "header");
    Map<String, Object> payload = json(payloadBytes, "payload");
    byte[] signingInput = new byte[second];
    for (int i = 0; i < second; i++) {
      signingInput[i] = (byte) token.charAt(i); // base64url and '.' are ASCII, checked by decode
    }
    return new JwtParts(header, payload, signingInput, signature);
  }

  private static byte[] decode(String token, int from, int to, String part) {
    byte[] bytes = Base64Url.decode(token, from, to);
    if (bytes == null) {
      throw new MalformedTokenException("token " + part + " is not canonical unpadded base64url");
    }
    return bytes;
  }

  private static Map<String, Object> json(byte[] bytes, String part) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      try {
        return Json.parseObject(new String(bytes, StandardCharsets.ISO_8859_1));
      } catch (JsonException e) {
        throw new MalformedTokenException("token " + part + " is not a strict JSON object: " + e.getMessage());
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedTokenException("token " + part + " is not valid UTF-8");
    }
    try {
      return Json.parseObject(text);
    } catch (JsonException e) {
      throw new MalformedTokenException("token " + part + " is not a strict JSON object: " + e.getMessage());
    }
  }
}
