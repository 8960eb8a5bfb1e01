package io.github.cognitokit.admin.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** JSON text to the SDK's {@link Document} (managed login branding settings), with Jackson's streaming parser. */
public final class JsonDocuments {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonDocuments() {}

  /**
   * Parses a JSON object.
   *
   * @param json the text
   * @param setting the setting it came from, for messages
   * @return the document
   * @throws IllegalArgumentException if it is not one JSON object (duplicate keys included)
   */
  public static Document parseObject(String json, String setting) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(setting + " must be a JSON object");
      }
      Document d = value(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException(setting + " has text after the JSON object");
      }
      return d;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(setting + " is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new IllegalArgumentException(setting + " could not be read: " + e.getMessage());
    }
  }

  private static Document value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Document> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        return Document.fromMap(map);
      }
      case START_ARRAY -> {
        List<Document> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return Document.fromList(list);
      }
      case VALUE_STRING -> {
        return Document.fromString(p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Document.fromNumber(SdkNumber.fromString(p.getText()));
      }
      case VALUE_TRUE -> {
        return Document.fromBoolean(true);
      }
      case VALUE_FALSE -> {
        return Document.fromBoolean(false);
      }
      default -> {
        return Document.fromNull();
      }
    }
  }
}
