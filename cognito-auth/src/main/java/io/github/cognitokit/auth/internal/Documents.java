package io.github.cognitokit.auth.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * Converts between JSON text and the SDK's {@link Document}, which carries the WebAuthn options and credentials of
 * the passkey operations. Parsing and writing are nimbus-jose-jwt's JSON functions.
 */
public final class Documents {
  private Documents() {}

  /**
   * Writes a document as a JSON object.
   *
   * @param document the document; must hold a map
   * @return the JSON text
   * @throws IllegalArgumentException if it is null or not a map
   */
  public static String toJson(Document document) {
    if (document == null || !document.isMap()) {
      throw new IllegalArgumentException("the document is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) plain(document);
    return JSONObjectUtils.toJSONString(map);
  }

  /**
   * Parses a JSON object into a document.
   *
   * @param json the JSON text
   * @param name what it is, for the message
   * @return the document
   * @throws IllegalArgumentException if it is null or not a JSON object
   */
  public static Document fromJson(String json, String name) {
    if (json == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    try {
      return document(JSONObjectUtils.parse(json));
    } catch (ParseException e) {
      throw new IllegalArgumentException(name + " is not a JSON object");
    }
  }

  private static Object plain(Document d) {
    if (d == null || d.isNull()) {
      return null;
    }
    if (d.isMap()) {
      Map<String, Object> out = new LinkedHashMap<>();
      d.asMap().forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    if (d.isList()) {
      List<Object> out = new ArrayList<>();
      d.asList().forEach(v -> out.add(plain(v)));
      return out;
    }
    if (d.isNumber()) {
      BigDecimal n = d.asNumber().bigDecimalValue();
      if (n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return n.longValue();
      }
      return n.doubleValue();
    }
    if (d.isBoolean()) {
      return d.asBoolean();
    }
    return d.asString();
  }

  private static Document document(Object value) {
    if (value == null) {
      return Document.fromNull();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Document> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), document(v)));
      return Document.fromMap(out);
    }
    if (value instanceof List<?> l) {
      List<Document> out = new ArrayList<>();
      l.forEach(v -> out.add(document(v)));
      return Document.fromList(out);
    }
    if (value instanceof Number n) {
      return Document.fromNumber(SdkNumber.fromString(n.toString()));
    }
    if (value instanceof Boolean b) {
      return Document.fromBoolean(b);
    }
    return Document.fromString(value.toString());
  }
}
